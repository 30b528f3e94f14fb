//! One view per route (`crate::app::route::Route`). A view reads the state through
//! `crate::hooks::use_app` and is built from the widgets in `crate::components`.

pub mod about;
pub mod data;
pub mod glossary;
pub mod home;
pub mod module;
pub mod results;
