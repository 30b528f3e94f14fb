//! The browser's input and output: storage, files, the clock and the persistence grant. Nothing outside
//! this module touches `localStorage`, downloads or chosen files.

pub mod chunks;
pub mod clock;
pub mod files;
pub mod persist;
pub mod storage;
