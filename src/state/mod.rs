//! The app state and its selectors. Components read scores through the methods here, which
//! call the pure functions of `domain`; `action` says what can happen and `reduce` how each
//! action changes the state.

mod action;
mod reduce;
#[cfg(test)]
mod tests;

pub use action::Action;

use std::rc::Rc;

use crate::domain::answers::Answer;
use crate::domain::content::{self, Catalog, Checklist};
use crate::domain::document::{DecodeError, Document};
use crate::domain::path::{ReaderPath, reader_path};
use crate::domain::plan::Figures;
use crate::domain::responsibility::{GapKind, MapResult};
use crate::domain::scoring::{self, MigrationResult, PreconditionResult, Progress, YesNoTally};
use crate::domain::stage::CurrentStage;
use crate::domain::summary::{Frozen, Score};
use crate::domain::text::Lang;
use crate::platform::storage::LoadOutcome;

/// Whether the document on screen is also in storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Storage has not been read yet (the pre-rendered page, before the app is alive).
    Loading,
    /// Changed, not yet written.
    Pending,
    /// Nothing was recorded yet ([`Document::is_untouched`]), so nothing is kept either.
    NothingYet,
    Saved,
    /// The last write was refused.
    Failed,
    /// Storage must not or cannot be written: answers live only in this tab.
    MemoryOnly,
}

/// How the last change to the document was made, which decides when it is saved: a click at
/// once, typing when the reader pauses (`crate::hooks::use_autosave`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Edit {
    #[default]
    Click,
    Typing,
}

/// See [`AppState::view_key`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewKey {
    revision: u64,
    language: Lang,
    loaded: bool,
    status: SaveStatus,
    notices: Vec<Notice>,
}

/// A message about storage that the user must see.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    StorageUnavailable,
    WriteFailed,
    Recovered {
        backup_key: String,
        reason: DecodeError,
    },
    RecoveryFailed {
        reason: DecodeError,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub catalog: &'static Catalog,
    /// What the user sees and edits.
    pub document: Document,
    /// The reader's language: a preference of this browser, not part of the document.
    language: Lang,
    /// The document as storage holds it, as far as this tab knows: read at load, written since,
    /// or seen written by another tab. Changes since are what the next save writes.
    pub synced: Document,
    /// False until storage has been read: nothing is written before that.
    loaded: bool,
    memory_only: bool,
    last_write_failed: bool,
    pub notices: Vec<Notice>,
    /// Counts the changes to the document, so the autosave can follow them without comparing
    /// documents.
    revision: u64,
    last_edit: Edit,
    /// The document's figures, renewed whenever it changes (see [`AppState::figures`]).
    figures: Rc<Figures>,
}

impl AppState {
    /// The state the page is pre-rendered in: an empty document in Japanese, before storage is
    /// read. The browser starts from the same state, so the pre-rendered markup hydrates as it
    /// is; [`Action::Loaded`] then brings in what storage holds.
    pub fn pristine(catalog: &'static Catalog) -> Self {
        let document = Document::new("");
        let figures = Rc::new(Figures::of(catalog, Frozen::active(&document)));
        AppState {
            catalog,
            synced: document.clone(),
            document,
            language: Lang::default(),
            loaded: false,
            memory_only: false,
            last_write_failed: false,
            notices: Vec::new(),
            revision: 0,
            last_edit: Edit::Click,
            figures,
        }
    }

    /// The state right after loading, with the notice the load calls for.
    pub fn loaded(
        catalog: &'static Catalog,
        document: Document,
        language: Lang,
        outcome: LoadOutcome,
    ) -> Self {
        let memory_only = !outcome.may_write();
        let last_write_failed = outcome == LoadOutcome::FreshUnsaved;
        let notice = match outcome {
            LoadOutcome::Fresh | LoadOutcome::Restored => None,
            LoadOutcome::FreshUnsaved => Some(Notice::WriteFailed),
            LoadOutcome::Recovered { backup_key, reason } => {
                Some(Notice::Recovered { backup_key, reason })
            }
            LoadOutcome::RecoveryFailed { reason } => Some(Notice::RecoveryFailed { reason }),
            LoadOutcome::Unavailable => Some(Notice::StorageUnavailable),
        };
        let figures = Rc::new(Figures::of(catalog, Frozen::active(&document)));
        AppState {
            catalog,
            synced: document.clone(),
            document,
            language,
            loaded: true,
            memory_only,
            last_write_failed,
            notices: notice.into_iter().collect(),
            revision: 0,
            last_edit: Edit::Click,
            figures,
        }
    }

    /// Whether storage has been read yet.
    pub fn is_loaded(&self) -> bool {
        self.loaded
    }

    pub fn language(&self) -> Lang {
        self.language
    }

    /// Changes to the document so far (any change counts, from the user or another tab).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// How the last change to the document was made.
    pub fn last_edit(&self) -> Edit {
        self.last_edit
    }

    /// What decides whether a view must render again: everything a view shows (the document
    /// through its revision), but not what storage is known to hold, which no view shows except
    /// through the save status. A save that changes nothing else re-renders no view.
    pub fn view_key(&self) -> ViewKey {
        ViewKey {
            revision: self.revision,
            language: self.language,
            loaded: self.loaded,
            status: self.save_status(),
            notices: self.notices.clone(),
        }
    }

    pub fn may_write(&self) -> bool {
        self.loaded && !self.memory_only
    }

    /// Whether there are changes that storage does not have yet.
    pub fn has_unsaved_changes(&self) -> bool {
        self.document != self.synced
    }

    pub fn save_status(&self) -> SaveStatus {
        if !self.loaded {
            SaveStatus::Loading
        } else if self.memory_only {
            SaveStatus::MemoryOnly
        } else if self.last_write_failed {
            SaveStatus::Failed
        } else if self.has_unsaved_changes() && self.last_edit == Edit::Typing {
            // A click is written right after the render that shows it, so only typing waits.
            SaveStatus::Pending
        } else if self.document.is_untouched() {
            SaveStatus::NothingYet
        } else {
            SaveStatus::Saved
        }
    }

    pub fn checklist(&self, id: &str) -> &'static Checklist {
        match self.catalog.checklist(id) {
            Some(checklist) => checklist,
            None => panic!("content has no checklist {id}"),
        }
    }

    pub fn answer(&self, item_id: &str) -> Option<Answer> {
        self.document.answers().get(item_id).copied()
    }

    /// How many items of a checklist are answered, whatever its scale.
    pub fn progress(&self, checklist_id: &str) -> Progress {
        Progress::of(self.checklist(checklist_id), self.document.answers())
    }

    /// Every figure of the active assessment (scores, action plan, what it still waits for),
    /// computed once per change of the document: views read them here.
    pub fn figures(&self) -> &Figures {
        &self.figures
    }

    /// Recomputes the figures, after the document changed.
    pub(super) fn renew_figures(&mut self) {
        self.figures = Rc::new(Figures::of(self.catalog, Frozen::active(&self.document)));
    }

    /// The score of a check the app has code of its own for (the build requires it in the
    /// catalog, as [`AppState::checklist`] requires its content).
    fn score_of(&self, module: &str) -> &Score {
        match self.figures.score(module) {
            Some(score) => score,
            None => panic!("content has no check {module}"),
        }
    }

    /// Yes counts of a yes/no checklist.
    pub fn tally(&self, checklist_id: &str) -> YesNoTally {
        match self.score_of(checklist_id).yes_no() {
            Some(tally) => tally,
            None => panic!("{checklist_id} is not a yes/no check"),
        }
    }

    pub fn preconditions(&self) -> &PreconditionResult {
        match self.score_of(content::PRECONDITIONS) {
            Score::Precondition(result) => result,
            _ => panic!("pre is not scored as the precondition check"),
        }
    }

    pub fn migration(&self) -> &MigrationResult {
        match self.score_of(content::MIGRATION) {
            Score::Migration(result) => result,
            _ => panic!("mig is not scored as the migration checklist"),
        }
    }

    /// The current stage: the user's placement with its reason, else the diagnosis.
    pub fn current_stage(&self) -> CurrentStage {
        match self.score_of(content::STAGES) {
            Score::Stage(stage) => *stage,
            _ => panic!("stage is not scored as the current stage"),
        }
    }

    /// The path this tool proposes to the reader: for the role chosen (or the first using-side
    /// role) and the map as far as it is filled in.
    pub fn path(&self) -> ReaderPath {
        let role = self
            .document
            .role()
            .and_then(|id| self.catalog.roles.role(id));
        reader_path(self.catalog, role, self.responsibility())
    }

    /// Whether the reader has done what a step of the path asks: every item of a checklist
    /// answered; for the map, a model chosen and a setter and a setting manager named for every
    /// cell of the user's. A view without items asks nothing.
    pub fn step_done(&self, module: &str) -> bool {
        if module == content::RESPONSIBILITY {
            return self.responsibility().is_some_and(|map| {
                !map.gaps
                    .iter()
                    .any(|gap| matches!(gap.kind, GapKind::SetterMissing | GapKind::ManagerMissing))
            });
        }
        if self.catalog.checklist(module).is_none() {
            return true;
        }
        let progress = self.progress(module);
        progress.answered == progress.total
    }

    /// The responsibility map, scored; `None` until a service model is chosen.
    pub fn responsibility(&self) -> Option<&MapResult> {
        match self.score_of(content::RESPONSIBILITY) {
            Score::Map(map) => map.as_ref(),
            _ => panic!("rsp is not scored as the map"),
        }
    }

    /// Coverage of the setting types that apply under the map.
    pub fn setting_types(&self) -> scoring::Coverage {
        match self.score_of(content::SETTING_TYPES) {
            Score::SettingTypes(coverage) => *coverage,
            _ => panic!("set is not scored as the setting types"),
        }
    }

    fn push_notice(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }
}
