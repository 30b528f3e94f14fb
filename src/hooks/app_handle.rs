//! Access to the app state from any component, and the app's actions as intentions.

use std::ops::Deref;

use yew::prelude::*;

use crate::domain::answers::{Answer, FollowUpEdit};
use crate::domain::document::{Document, MAX_DOCUMENT_BYTES, encode};
use crate::domain::responsibility::CellEdit;
use crate::domain::stage::StagePlacement;
use crate::domain::text::Lang;
use crate::domain::transfer::{self, ImportMode};
use crate::i18n::{Ui, ui};
use crate::platform::clock;
use crate::platform::storage::{self, BrowserStorage, StoreError};
use crate::state::{Action, AppState, Notice, ViewKey};

/// What a component may do, named by intention. It stays the same across renders (it holds
/// only the reducer's dispatcher), so a callback or a memoized component can take it without
/// being re-rendered. The clock and fresh ids are taken here, not by the components.
#[derive(Clone, PartialEq)]
pub struct Actions(UseReducerDispatcher<AppState>);

impl Actions {
    fn send(&self, action: Action) {
        self.0.dispatch(action);
    }

    pub fn answer(&self, item_id: &str, answer: Answer) {
        self.send(Action::Answer {
            item_id: item_id.to_owned(),
            answer,
        });
    }

    /// The note of an item (the reason for N/A).
    pub fn set_note(&self, item_id: &str, note: String) {
        self.send(Action::Note {
            item_id: item_id.to_owned(),
            note,
        });
    }

    /// The value a contract defines for an item.
    pub fn set_value(&self, item_id: &str, value: String) {
        self.send(Action::Value {
            item_id: item_id.to_owned(),
            value,
        });
    }

    pub fn set_language(&self, lang: Lang) {
        self.send(Action::SetLanguage(lang));
    }

    /// Places the organization at a stage with its reason, or (`None`) returns to the diagnosis.
    pub fn place_stage(&self, placement: Option<StagePlacement>) {
        self.send(Action::PlaceStage(placement));
    }

    /// Who is answering (a role id), or nobody in particular.
    pub fn set_role(&self, role: Option<String>) {
        self.send(Action::SetRole(role));
    }

    /// The service model, pattern and virtual-network side of the responsibility map.
    pub fn select_map(&self, model: &'static str, pattern: &'static str, virtual_network: bool) {
        self.send(Action::SelectMap {
            model,
            pattern,
            virtual_network,
        });
    }

    pub fn edit_cell(&self, cell_id: &str, edit: CellEdit) {
        self.send(Action::EditCell {
            cell_id: cell_id.to_owned(),
            edit,
        });
    }

    /// A new, empty assessment, which becomes the active one.
    pub fn create_assessment(&self, name: String) {
        self.send(Action::CreateAssessment {
            name,
            now: clock::now_iso(),
            entropy: clock::entropy(),
        });
    }

    /// A copy of an assessment under a new name, which becomes the active one.
    pub fn duplicate_assessment(&self, source: String, name: String) {
        self.send(Action::DuplicateAssessment {
            source,
            name,
            now: clock::now_iso(),
            entropy: clock::entropy(),
        });
    }

    pub fn rename_assessment(&self, id: String, name: String) {
        self.send(Action::RenameAssessment { id, name });
    }

    pub fn delete_assessment(&self, id: String) {
        self.send(Action::DeleteAssessment(id));
    }

    pub fn switch_assessment(&self, id: String) {
        self.send(Action::SwitchAssessment(id));
    }

    /// The organization of the active assessment, for the report.
    pub fn set_organization(&self, organization: String) {
        self.send(Action::SetOrganization(organization));
    }

    /// Freezes the active assessment under a label.
    pub fn take_snapshot(&self, label: String) {
        self.send(Action::TakeSnapshot {
            label,
            now: clock::now_iso(),
            entropy: clock::entropy(),
        });
    }

    pub fn delete_snapshot(&self, id: String) {
        self.send(Action::DeleteSnapshot(id));
    }

    /// The note, owner or due date of an action-plan entry (an item id or a map gap's key).
    pub fn follow_up(&self, key: &str, edit: FollowUpEdit) {
        self.send(Action::FollowUp {
            key: key.to_owned(),
            edit,
        });
    }

    /// Clears every answer and set-aside copy from storage (the language preference stays) and
    /// starts afresh. Returns how many set-aside copies could not be removed; on an error
    /// nothing changed.
    pub fn clear_all(&self) -> Result<usize, StoreError> {
        let fresh = Document::new(&clock::now_iso());
        let kept =
            BrowserStorage::require().and_then(|store| storage::clear_all(&store, &fresh))?;
        self.send(Action::Cleared(fresh));
        Ok(kept)
    }

    pub fn dismiss_notice(&self, notice: Notice) {
        self.send(Action::DismissNotice(notice));
    }
}

/// What a component may read and do. The root provides it as the context of every component;
/// its actions ([`Actions`], reached through `Deref`) are named by intention.
///
/// Two handles are equal when everything a view shows is equal, so a save that changes only
/// what storage is known to hold does not re-render any view.
#[derive(Clone)]
pub struct AppHandle {
    state: UseReducerHandle<AppState>,
    /// What the views showed when this handle was made (the reducer handle itself always
    /// reads the latest state).
    view: ViewKey,
    actions: Actions,
}

impl PartialEq for AppHandle {
    fn eq(&self, other: &Self) -> bool {
        self.view == other.view
    }
}

impl Deref for AppHandle {
    type Target = Actions;

    fn deref(&self) -> &Actions {
        &self.actions
    }
}

impl AppHandle {
    pub fn new(state: UseReducerHandle<AppState>) -> Self {
        let actions = Actions(state.dispatcher());
        let view = state.view_key();
        AppHandle {
            state,
            view,
            actions,
        }
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The interface text in the current language.
    pub fn text(&self) -> &'static Ui {
        ui(self.state.language())
    }

    /// The actions alone, the same on every render: for callbacks and memoized components.
    pub fn actions(&self) -> Actions {
        self.actions.clone()
    }

    /// Imports a file's document (already read and checked), merged or in place of the current
    /// one. What storage could not hold is refused before anything changes: `Err` gives the
    /// size in bytes the result would have had.
    pub fn import(&self, incoming: &Document, mode: ImportMode) -> Result<(), u64> {
        let entropy = clock::entropy();
        let result = transfer::apply(&self.state.document, incoming, mode, entropy);
        let bytes = encode(&result).len();
        if bytes > MAX_DOCUMENT_BYTES {
            return Err(bytes as u64);
        }
        self.actions.send(Action::Import {
            incoming: incoming.clone(),
            mode,
            entropy,
        });
        Ok(())
    }
}

/// The app state and its actions.
///
/// ```text
/// let app = use_app();
/// let yes = app.state().preconditions().tally.yes;
/// app.set_language(Lang::En);
/// ```
#[hook]
pub fn use_app() -> AppHandle {
    match use_context::<AppHandle>() {
        Some(handle) => handle,
        None => panic!("use_app called outside the App context provider"),
    }
}
