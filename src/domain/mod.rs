//! The product's rules, free of any UI or browser dependency so they can be tested natively.
//!
//! Content (checklists and guidance copied from the seed documents) comes in as data, answers
//! come in from the user, and pure functions turn both into scores and diagnoses.

pub mod answers;
pub mod applicability;
pub mod chunks;
pub mod compare;
pub mod content;
pub mod decision;
pub mod document;
pub mod export;
pub mod na_reasons;
pub mod path;
pub mod plan;
pub mod report;
pub mod responsibility;
pub mod roles;
pub mod scoring;
pub mod stage;
pub mod summary;
pub mod text;
pub mod transfer;
