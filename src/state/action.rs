//! What can happen to the app state: the user's intentions (sent through
//! `crate::hooks::Actions`) and what storage reports (sent by the hooks that load and save).

use crate::domain::answers::{Answer, FollowUpEdit};
use crate::domain::document::Document;
use crate::domain::responsibility::CellEdit;
use crate::domain::stage::StagePlacement;
use crate::domain::text::Lang;
use crate::domain::transfer::ImportMode;
use crate::platform::storage::{LoadOutcome, Saved, StoreError};
use crate::state::{AppState, Edit, Notice};

pub enum Action {
    /// Storage was read (right after the pre-rendered page came alive).
    Loaded {
        document: Document,
        language: Lang,
        outcome: LoadOutcome,
    },
    Answer {
        item_id: String,
        answer: Answer,
    },
    SetLanguage(Lang),
    /// Places the organization at a stage (with the reason), or returns to the diagnosis.
    PlaceStage(Option<StagePlacement>),
    /// Says who is answering (a role id), or nobody in particular.
    SetRole(Option<String>),
    /// Sets the value a contract defines for an item.
    Value {
        item_id: String,
        value: String,
    },
    /// Sets an item's note (the reason for N/A).
    Note {
        item_id: String,
        note: String,
    },
    /// Chooses the service model, pattern and virtual-network side of the responsibility map,
    /// dropping the records of cells the new choice does not have (the view asks first).
    SelectMap {
        model: &'static str,
        pattern: &'static str,
        virtual_network: bool,
    },
    /// Changes one cell of the responsibility map.
    EditCell {
        cell_id: String,
        edit: CellEdit,
    },
    /// The result of saving `written_from`, the document as it was when the save began.
    Persisted {
        written_from: Document,
        result: Result<Saved, StoreError>,
    },
    /// Another tab saved this document.
    Adopt(Document),
    /// Adds an empty assessment under a fresh id (the caller's clock and randomness give
    /// `entropy`) and switches to it.
    CreateAssessment {
        name: String,
        now: String,
        entropy: u64,
    },
    /// Copies an assessment under a new name and switches to the copy.
    DuplicateAssessment {
        source: String,
        name: String,
        now: String,
        entropy: u64,
    },
    RenameAssessment {
        id: String,
        name: String,
    },
    /// Deletes an assessment (the view asks first); the last one stays.
    DeleteAssessment(String),
    SwitchAssessment(String),
    /// The organization of the active assessment, for the report.
    SetOrganization(String),
    /// Freezes the active assessment under a label.
    TakeSnapshot {
        label: String,
        now: String,
        entropy: u64,
    },
    DeleteSnapshot(String),
    /// Edits the note, owner or due date of an action-plan entry: an item (by id) or a map gap
    /// (by its plan key).
    FollowUp {
        key: String,
        edit: FollowUpEdit,
    },
    /// Imports a file's document (already read and checked), merged or in place of this one.
    Import {
        incoming: Document,
        mode: ImportMode,
        entropy: u64,
    },
    /// All data was cleared from storage; `fresh` is the new document storage now holds.
    Cleared(Document),
    DismissNotice(Notice),
}

impl Action {
    /// Whether this action is typing (a note, a name, a value, a reason), which the autosave
    /// writes once the reader pauses, or a click, written at once.
    pub fn edit(&self, state: &AppState) -> Edit {
        match self {
            Action::Note { .. }
            | Action::Value { .. }
            | Action::FollowUp { .. }
            | Action::RenameAssessment { .. }
            | Action::SetOrganization(_)
            | Action::EditCell {
                edit: CellEdit::Setter(_) | CellEdit::Manager(_),
                ..
            } => Edit::Typing,
            // The reason of the stage already placed, typed.
            Action::PlaceStage(Some(placement))
                if state
                    .document
                    .stage_placement()
                    .is_some_and(|placed| placed.stage == placement.stage) =>
            {
                Edit::Typing
            }
            _ => Edit::Click,
        }
    }
}
