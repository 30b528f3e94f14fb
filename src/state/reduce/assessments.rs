//! Assessments, snapshots and imports. Fresh ids come from the entropy the caller took
//! (`crate::hooks::Actions`), so these stay pure.

use crate::domain::document::Document;
use crate::domain::transfer::{self, ImportMode};
use crate::state::AppState;

/// Adds an empty assessment under a fresh id and switches to it.
pub fn create(state: &mut AppState, name: &str, now: &str, entropy: u64) -> bool {
    let id = state.document.unused_id("a", entropy);
    state.document.create(&id, name, now);
    true
}

/// Copies an assessment under a new name and switches to the copy.
pub fn duplicate(state: &mut AppState, source: &str, name: &str, now: &str, entropy: u64) -> bool {
    let id = state.document.unused_id("a", entropy);
    state.document.duplicate(source, &id, name, now)
}

/// Freezes the active assessment under a label.
pub fn take_snapshot(state: &mut AppState, label: &str, now: &str, entropy: u64) -> bool {
    let id = state.document.unused_id("s", entropy);
    state.document.take_snapshot(&id, label, now);
    true
}

/// A file's document (already read and checked), merged or in place of this one.
pub fn import(state: &mut AppState, incoming: &Document, mode: ImportMode, entropy: u64) -> bool {
    // An import restores what the file holds, as it is: the tool's N/As of another model it
    // may bring are recognised as the tool's (applicability::set_by_tool) and brought in line
    // at the next choice of model.
    state.document = transfer::apply(&state.document, incoming, mode, entropy);
    true
}
