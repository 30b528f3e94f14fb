//! The browser's input and output: storage, files and the persistence grant. Nothing outside
//! this module touches `localStorage`, downloads or chosen files.

pub mod files;
pub mod persist;
pub mod storage;
