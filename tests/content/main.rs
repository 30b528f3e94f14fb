//! The content checked against the seed documents it quotes (from `$CLOUD_SELF_CHECK_SEEDS`, or
//! else `../shared/seeds`): the compiled catalog (checklists, results, stages and sources
//! against 004), then each content file read directly (the glossary, lifecycle, measures,
//! setting types, SLA and roles), and the wording rules across all content and the interface
//! text. `cargo test --test content`, or one file's checks with `cargo test --test content sla::`.
//!
//! Without the seeds the seed checks fail; they are skipped only when
//! `CLOUD_SELF_CHECK_SKIP_SEEDS=1` asks for it (`common::seeds_dir`).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;

/// The content compiler of `build/`, run by `modules` on copies of `content/`.
#[path = "../../build/mod.rs"]
#[allow(dead_code)]
mod compiler;

mod catalog;
mod chunks;
mod glossary;
mod life;
mod measures;
mod modules;
mod roles;
mod set;
mod sla;
mod wording;
