//! The domain rules, checked natively against the real catalog: scoring, the current stage,
//! the responsibility map, the one-tap N/A reasons, the summary of every module, the action plan
//! and snapshot comparison. One test crate, so the library is linked once for all of them:
//! `cargo test --test domain`, or one module with `cargo test --test domain plan::`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;

mod applicability;
mod compare;
mod decision;
mod na_reasons;
mod path;
mod plan;
mod report;
mod responsibility;
mod scoring;
mod stage;
mod summary;
