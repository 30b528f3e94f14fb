//! Helpers shared by the native test crates (`tests/domain`, `tests/data`, `tests/content`),
//! each of which includes this module as `common`:
//! - `seeds`: finding and reading the seed documents, and reading content files as JSON;
//! - `state`: the catalog, an assessment's state built up answer by answer, and the proptest
//!   strategies that generate such states;
//! - `documents`: saved documents, their assessments and the committed fixtures;
//! - `checks`: the list of checks, read from `content/modules.json` itself.

#![allow(dead_code, unused_imports)]

mod checks;
mod documents;
mod seeds;
mod state;

pub use checks::*;
pub use documents::*;
pub use seeds::*;
pub use state::*;
