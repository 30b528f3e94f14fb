//! The user's data: the saved document and its codec, several assessments in one document,
//! export and import of the whole document (with the corpus of bad import files and the fuzzer
//! of the import path), and the CSV export. `cargo test --test data`, or one module with
//! `cargo test --test data transfer::`; `scripts/fuzz.sh` runs the fuzzer at length.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;

mod assessments;
mod bad_imports;
mod document;
mod export;
mod fuzz;
mod transfer;
