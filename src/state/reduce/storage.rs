//! What storage reports: a save's outcome, another tab's document, all data cleared.

use crate::domain::document::{self, Document};
use crate::platform::storage::{Saved, StoreError};
use crate::state::{AppState, Notice};

/// The outcome of saving `written_from` (the document as it was when the save began).
pub fn persisted(
    state: &mut AppState,
    written_from: &Document,
    result: Result<Saved, StoreError>,
) -> bool {
    match result {
        Ok(Saved {
            document: stored,
            set_aside,
        }) => {
            // Changes made while the save ran are kept on top of what was stored.
            state.document = document::merge(written_from, &state.document, &stored);
            state.synced = stored;
            state.last_write_failed = false;
            state
                .notices
                .retain(|notice| notice != &Notice::WriteFailed);
            if let Some((backup_key, reason)) = set_aside {
                state.push_notice(Notice::Recovered { backup_key, reason });
            }
        }
        Err(_) => {
            state.last_write_failed = true;
            state.push_notice(Notice::WriteFailed);
        }
    }
    true
}

/// Another tab saved `theirs`: this tab's unsaved changes stay on top of it.
pub fn adopt(state: &mut AppState, theirs: Document) -> bool {
    state.document = document::merge(&state.synced, &state.document, &theirs);
    state.synced = theirs;
    true
}

/// Storage took the fresh document, so it can be written again, and the notices about the old
/// data (a set-aside copy now removed, a failed write) are moot.
pub fn cleared(state: &mut AppState, fresh: Document) -> bool {
    state.document = fresh.clone();
    state.synced = fresh;
    state.last_write_failed = false;
    state.memory_only = false;
    state.notices.clear();
    true
}
