//! The app state, the actions that change it, and the reducer. Components read scores through
//! the methods here, which call the pure functions of `domain::scoring`.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::answers::{Answer, FollowUpEdit};
use crate::domain::content::{self, Catalog, Checklist};
use crate::domain::document::{self, DecodeError, Document};
use crate::domain::responsibility::{self, CellEdit, MapResult, Selection};
use crate::domain::scoring::{self, MigrationResult, PreconditionResult, Progress, YesNoTally};
use crate::domain::stage::{self as stage_rule, CurrentStage, MAX_REASON_CHARS, StagePlacement};
use crate::domain::text::Lang;
use crate::domain::transfer::{self, ImportMode};
use crate::platform::storage::{LoadOutcome, Saved, StoreError};

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
}

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

impl AppState {
    /// The state the page is pre-rendered in: an empty document in Japanese, before storage is
    /// read. The browser starts from the same state, so the pre-rendered markup hydrates as it
    /// is; [`Action::Loaded`] then brings in what storage holds.
    pub fn pristine(catalog: &'static Catalog) -> Self {
        let document = Document::new("");
        AppState {
            catalog,
            synced: document.clone(),
            document,
            language: Lang::default(),
            loaded: false,
            memory_only: false,
            last_write_failed: false,
            notices: Vec::new(),
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
        AppState {
            catalog,
            synced: document.clone(),
            document,
            language,
            loaded: true,
            memory_only,
            last_write_failed,
            notices: notice.into_iter().collect(),
        }
    }

    /// Whether storage has been read yet.
    pub fn is_loaded(&self) -> bool {
        self.loaded
    }

    pub fn language(&self) -> Lang {
        self.language
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
        } else if self.has_unsaved_changes() {
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

    /// Yes counts of a yes/no checklist.
    pub fn tally(&self, checklist_id: &str) -> YesNoTally {
        YesNoTally::of(self.checklist(checklist_id), self.document.answers())
    }

    pub fn preconditions(&self) -> PreconditionResult {
        scoring::score_preconditions(
            self.checklist(content::PRECONDITIONS),
            self.document.answers(),
        )
    }

    pub fn migration(&self) -> MigrationResult {
        scoring::score_migration(self.checklist(content::MIGRATION), self.document.answers())
    }

    /// The current stage: the user's placement with its reason, else the diagnosis.
    pub fn current_stage(&self) -> CurrentStage {
        stage_rule::current_stage(
            &self.catalog.stages,
            self.preconditions().diagnosis,
            self.document.stage_placement(),
        )
    }

    /// The responsibility map, scored; `None` until a service model is chosen.
    pub fn responsibility(&self) -> Option<MapResult> {
        responsibility::score_map(&self.catalog.responsibility, self.document.responsibility())
    }

    /// Coverage of the setting types that apply under the map.
    pub fn setting_types(&self) -> scoring::Coverage {
        responsibility::score_setting_types(
            self.checklist(content::SETTING_TYPES),
            self.responsibility().as_ref(),
            self.document.answers(),
        )
    }

    fn push_notice(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Loaded {
                document,
                language,
                outcome,
            } => {
                // Storage is read right after hydration, in the same task, so nothing can have
                // been answered in between; clicks made on the pre-rendered page are replayed
                // as answers after this.
                return Rc::new(AppState::loaded(self.catalog, document, language, outcome));
            }
            Action::Answer { item_id, answer } => {
                // Only answers the item's scale offers are recorded.
                match self.catalog.find_item(&item_id) {
                    Some((checklist, _)) if answer.fits(checklist.scale) => {
                        next.document.set_answer(&item_id, answer);
                    }
                    _ => return self,
                }
            }
            Action::SetLanguage(lang) => next.language = lang,
            Action::PlaceStage(placement) => {
                let unknown = placement
                    .as_ref()
                    .is_some_and(|placement| self.catalog.stages.stage(&placement.stage).is_none());
                if unknown {
                    return self;
                }
                let placement = placement.map(|placement| StagePlacement {
                    reason: placement.reason.chars().take(MAX_REASON_CHARS).collect(),
                    ..placement
                });
                next.document.set_stage_placement(placement);
            }
            Action::SetRole(role) => {
                if role
                    .as_deref()
                    .is_some_and(|id| self.catalog.roles.role(id).is_none())
                {
                    return self;
                }
                next.document.set_role(role);
            }
            Action::Value { item_id, value } => {
                if self.catalog.find_item(&item_id).is_none() {
                    return self;
                }
                next.document.set_value(&item_id, &value);
            }
            Action::Note { item_id, note } => {
                if self.catalog.find_item(&item_id).is_none() {
                    return self;
                }
                next.document.set_note(&item_id, &note);
            }
            Action::SelectMap {
                model,
                pattern,
                virtual_network,
            } => {
                let guide = &self.catalog.responsibility;
                let (Some(model), Some(pattern)) = (guide.model(model), guide.pattern(pattern))
                else {
                    return self;
                };
                if !pattern.applies_to(model.id) {
                    return self;
                }
                let mut map = self.document.responsibility().clone();
                map.select(
                    guide,
                    Selection {
                        model,
                        pattern,
                        virtual_network,
                    },
                );
                next.document.set_responsibility(map);
            }
            Action::EditCell { cell_id, edit } => {
                // Only cells the current map has: a stale edit (say from a view of the model
                // before a change) must not write a record nobody sees.
                let known = self
                    .responsibility()
                    .is_some_and(|map| map.cells.iter().any(|cell| cell.id() == cell_id));
                if !known {
                    return self;
                }
                next.document.edit_cell(&cell_id, edit);
            }
            Action::Persisted {
                written_from,
                result,
            } => match result {
                Ok(Saved {
                    document: stored,
                    set_aside,
                }) => {
                    // Changes made while the save ran are kept on top of what was stored.
                    next.document = document::merge(&written_from, &self.document, &stored);
                    next.synced = stored;
                    next.last_write_failed = false;
                    next.notices.retain(|notice| notice != &Notice::WriteFailed);
                    if let Some((backup_key, reason)) = set_aside {
                        next.push_notice(Notice::Recovered { backup_key, reason });
                    }
                }
                Err(_) => {
                    next.last_write_failed = true;
                    next.push_notice(Notice::WriteFailed);
                }
            },
            Action::Adopt(theirs) => {
                // Keep this tab's unsaved changes on top of the other tab's document.
                next.document = document::merge(&self.synced, &self.document, &theirs);
                next.synced = theirs;
            }
            Action::DismissNotice(notice) => next.notices.retain(|shown| shown != &notice),
            Action::CreateAssessment { name, now, entropy } => {
                let id = self.document.unused_id("a", entropy);
                next.document.create(&id, &name, &now);
            }
            Action::DuplicateAssessment {
                source,
                name,
                now,
                entropy,
            } => {
                let id = self.document.unused_id("a", entropy);
                if !next.document.duplicate(&source, &id, &name, &now) {
                    return self;
                }
            }
            Action::RenameAssessment { id, name } => {
                if !next.document.rename(&id, &name) {
                    return self;
                }
            }
            Action::DeleteAssessment(id) => {
                if !next.document.delete(&id) {
                    return self;
                }
            }
            Action::SwitchAssessment(id) => {
                if !next.document.switch(&id) {
                    return self;
                }
            }
            Action::SetOrganization(organization) => next.document.set_organization(&organization),
            Action::TakeSnapshot {
                label,
                now,
                entropy,
            } => {
                let id = self.document.unused_id("s", entropy);
                next.document.take_snapshot(&id, &label, &now);
            }
            Action::DeleteSnapshot(id) => {
                if !next.document.delete_snapshot(&id) {
                    return self;
                }
            }
            Action::FollowUp { key, edit } => {
                let is_item = self.catalog.find_item(&key).is_some();
                // Anything else must be the key of a gap of the map (`rsp:…`).
                let is_map_gap = key.starts_with(concat!("rsp", ":"));
                if !(is_item || is_map_gap) || !next.document.follow_up(&key, is_item, edit) {
                    return self;
                }
            }
            Action::Import {
                incoming,
                mode,
                entropy,
            } => {
                next.document = transfer::apply(&self.document, &incoming, mode, entropy);
            }
            Action::Cleared(fresh) => {
                // Storage took the fresh document, so it can be written again, and the notices
                // about the old data (a set-aside copy now removed, a failed write) are moot.
                next.document = fresh.clone();
                next.synced = fresh;
                next.last_write_failed = false;
                next.memory_only = false;
                next.notices.clear();
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::catalog;

    const NOW: &str = "2026-11-24T10:00:00.000Z";

    fn fresh() -> Rc<AppState> {
        Rc::new(AppState::loaded(
            catalog(),
            Document::new(NOW),
            Lang::Ja,
            LoadOutcome::Fresh,
        ))
    }

    fn answered(state: Rc<AppState>, item_id: &str, answer: Answer) -> Rc<AppState> {
        state.reduce(Action::Answer {
            item_id: item_id.into(),
            answer,
        })
    }

    /// The state after storage accepted `written_from` as `stored`.
    fn persisted(state: Rc<AppState>, written_from: &Document, stored: &Document) -> Rc<AppState> {
        state.reduce(Action::Persisted {
            written_from: written_from.clone(),
            result: Ok(Saved {
                document: stored.clone(),
                set_aside: None,
            }),
        })
    }

    fn refused(state: Rc<AppState>) -> Rc<AppState> {
        let written_from = state.document.clone();
        state.reduce(Action::Persisted {
            written_from,
            result: Err(StoreError("QuotaExceededError".into())),
        })
    }

    #[test]
    fn answering_records_the_answer_and_marks_it_unsaved_until_stored() {
        let state = fresh();
        assert_eq!(
            state.save_status(),
            SaveStatus::NothingYet,
            "nothing is saved before the first answer"
        );
        let state = answered(state, "pre-1.1", Answer::Yes);
        assert_eq!(state.answer("pre-1.1"), Some(Answer::Yes));
        assert_eq!(state.save_status(), SaveStatus::Pending);
        assert_eq!(state.preconditions().tally.yes, 1);
        let document = state.document.clone();
        let state = persisted(state, &document, &document);
        assert_eq!(state.save_status(), SaveStatus::Saved);
    }

    #[test]
    fn an_answer_given_while_a_save_ran_is_kept() {
        let state = answered(fresh(), "pre-1.1", Answer::Yes);
        let written_from = state.document.clone();
        let state = answered(state, "pre-1.2", Answer::No);
        let state = persisted(state, &written_from, &written_from);
        assert_eq!(state.answer("pre-1.1"), Some(Answer::Yes));
        assert_eq!(state.answer("pre-1.2"), Some(Answer::No));
        assert_eq!(
            state.save_status(),
            SaveStatus::Pending,
            "1.2 still to be written"
        );
    }

    #[test]
    fn answers_outside_the_items_scale_or_unknown_items_are_ignored() {
        let state = fresh();
        let after = state.clone().reduce(Action::Answer {
            item_id: "pre-1.1".into(),
            answer: Answer::Done,
        });
        assert_eq!(after.answer("pre-1.1"), None);
        let after = state.reduce(Action::Answer {
            item_id: "nope-9.9".into(),
            answer: Answer::Yes,
        });
        assert!(after.document.answers().is_empty());
    }

    #[test]
    fn a_refused_write_shows_one_notice_until_a_write_succeeds() {
        let state = answered(fresh(), "pre-1.1", Answer::Yes);
        let state = refused(refused(state));
        assert_eq!(state.save_status(), SaveStatus::Failed);
        assert_eq!(state.notices, vec![Notice::WriteFailed]);
        let document = state.document.clone();
        let state = persisted(state, &document, &document);
        assert_eq!(state.save_status(), SaveStatus::Saved);
        assert!(state.notices.is_empty());
    }

    #[test]
    fn a_notice_is_dismissed_by_what_it_says() {
        let state = refused(fresh());
        let state = state.reduce(Action::DismissNotice(Notice::StorageUnavailable));
        assert_eq!(state.notices, vec![Notice::WriteFailed]);
        let state = state.reduce(Action::DismissNotice(Notice::WriteFailed));
        assert!(state.notices.is_empty());
    }

    #[test]
    fn adopting_another_tabs_document_needs_no_write_back() {
        let state = fresh();
        let mut theirs = Document::new(NOW);
        theirs.set_answer("mig-4.2", Answer::No);
        let state = state.reduce(Action::Adopt(theirs.clone()));
        assert_eq!(state.document, theirs);
        assert!(!state.has_unsaved_changes());
        assert_eq!(state.save_status(), SaveStatus::Saved);
    }

    #[test]
    fn adopting_keeps_this_tabs_unsaved_answers() {
        let state = refused(answered(fresh(), "pre-1.1", Answer::No));
        let mut theirs = Document::new(NOW);
        theirs.set_answer("mig-4.2", Answer::No);
        let state = state.reduce(Action::Adopt(theirs));
        assert_eq!(state.answer("pre-1.1"), Some(Answer::No));
        assert_eq!(state.answer("mig-4.2"), Some(Answer::No));
        assert!(state.has_unsaved_changes(), "1.1 is still to be written");
    }

    #[test]
    fn the_pristine_state_writes_nothing_until_storage_is_read() {
        let state = Rc::new(AppState::pristine(catalog()));
        assert!(!state.is_loaded());
        assert!(!state.may_write());
        assert_eq!(state.save_status(), SaveStatus::Loading);
        assert_eq!(state.language(), Lang::Ja);
        assert!(state.document.answers().is_empty());
        // An answer given now is kept, but still not written before the load.
        let state = answered(state, "pre-1.1", Answer::No);
        assert_eq!(state.answer("pre-1.1"), Some(Answer::No));
        assert!(!state.may_write());
    }

    #[test]
    fn loading_takes_the_stored_document_and_its_notice() {
        let mut stored = Document::new(NOW);
        stored.set_answer("mig-4.2", Answer::Yes);
        let state = Rc::new(AppState::pristine(catalog())).reduce(Action::Loaded {
            document: stored.clone(),
            language: Lang::En,
            outcome: LoadOutcome::FreshUnsaved,
        });
        assert!(state.is_loaded());
        assert_eq!(state.document, stored);
        assert_eq!(state.synced, stored);
        assert_eq!(state.language(), Lang::En);
        assert_eq!(state.notices, vec![Notice::WriteFailed]);
        assert_eq!(state.save_status(), SaveStatus::Failed);
        assert!(
            state.may_write(),
            "a refused first write does not stop later tries"
        );

        let state = Rc::new(AppState::pristine(catalog())).reduce(Action::Loaded {
            document: stored,
            language: Lang::Ja,
            outcome: LoadOutcome::Unavailable,
        });
        assert!(!state.may_write());
        assert_eq!(state.save_status(), SaveStatus::MemoryOnly);
    }

    #[test]
    fn memory_only_stays_memory_only_after_changes() {
        let state = Rc::new(AppState::loaded(
            catalog(),
            Document::new(NOW),
            Lang::Ja,
            LoadOutcome::Unavailable,
        ));
        assert_eq!(state.notices, vec![Notice::StorageUnavailable]);
        let state = state.reduce(Action::SetLanguage(Lang::En));
        assert_eq!(state.save_status(), SaveStatus::MemoryOnly);
        assert_eq!(state.language(), Lang::En);
        assert!(!state.may_write());
    }

    fn act(state: Rc<AppState>, action: Action) -> Rc<AppState> {
        state.reduce(action)
    }

    #[test]
    fn the_language_is_a_preference_not_a_change_to_save() {
        let state = act(fresh(), Action::SetLanguage(Lang::En));
        assert_eq!(state.language(), Lang::En);
        assert!(!state.has_unsaved_changes(), "the document did not change");
        assert_eq!(state.save_status(), SaveStatus::NothingYet);
    }

    #[test]
    fn assessments_are_created_duplicated_renamed_switched_and_deleted() {
        let state = answered(fresh(), "pre-1.1", Answer::Yes);
        let state = act(
            state,
            Action::CreateAssessment {
                name: "支所".into(),
                now: NOW.into(),
                entropy: 7,
            },
        );
        assert_eq!(state.document.assessments().len(), 2);
        let created = state.document.active().id.clone();
        assert_eq!(state.document.active().name, "支所");
        assert_eq!(
            state.answer("pre-1.1"),
            None,
            "a new assessment starts empty"
        );

        let state = act(state, Action::SwitchAssessment("a1".into()));
        assert_eq!(state.answer("pre-1.1"), Some(Answer::Yes));
        let state = act(
            state,
            Action::DuplicateAssessment {
                source: "a1".into(),
                name: "本社のコピー".into(),
                now: NOW.into(),
                entropy: 7,
            },
        );
        assert_eq!(state.document.assessments().len(), 3);
        assert_eq!(state.document.active().name, "本社のコピー");
        assert_eq!(
            state.answer("pre-1.1"),
            Some(Answer::Yes),
            "the copy has the answers"
        );
        assert_ne!(
            state.document.active().id,
            created,
            "a fresh id, not a taken one"
        );

        let copy = state.document.active().id.clone();
        let state = act(
            state,
            Action::RenameAssessment {
                id: copy.clone(),
                name: "大阪".into(),
            },
        );
        assert_eq!(state.document.active().name, "大阪");
        let state = act(state, Action::DeleteAssessment(copy.clone()));
        assert_eq!(state.document.assessments().len(), 2);
        assert!(state.document.assessment(&copy).is_none());

        // Unknown ids change nothing (the same state comes back).
        for action in [
            Action::SwitchAssessment("nope".into()),
            Action::DeleteAssessment("nope".into()),
            Action::RenameAssessment {
                id: "nope".into(),
                name: "x".into(),
            },
            Action::DuplicateAssessment {
                source: "nope".into(),
                name: "x".into(),
                now: NOW.into(),
                entropy: 1,
            },
            Action::DeleteSnapshot("nope".into()),
        ] {
            let after = state.clone().reduce(action);
            assert!(Rc::ptr_eq(&after, &state));
        }
    }

    #[test]
    fn follow_ups_go_to_items_or_map_gaps_and_nowhere_else() {
        let state = answered(fresh(), "msr-u-III.1.1.1", Answer::NotDone);
        let state = act(
            state,
            Action::FollowUp {
                key: "msr-u-III.1.1.1".into(),
                edit: FollowUpEdit::Owner("情報システム課".into()),
            },
        );
        let response = state
            .document
            .answers()
            .response("msr-u-III.1.1.1")
            .cloned();
        assert_eq!(response.map(|r| r.owner), Some("情報システム課".into()));
        let state = act(
            state,
            Action::FollowUp {
                key: "rsp:user:data:setter_missing".into(),
                edit: FollowUpEdit::Due("2027-03-31".into()),
            },
        );
        assert_eq!(
            state.document.active().followups["rsp:user:data:setter_missing"].due,
            "2027-03-31"
        );
        for (key, edit) in [
            ("unknown", FollowUpEdit::Note("x".into())),
            (
                "rsp:user:data:setter_missing",
                FollowUpEdit::Due("31/03/2027".into()),
            ),
        ] {
            let after = state.clone().reduce(Action::FollowUp {
                key: key.into(),
                edit,
            });
            assert!(Rc::ptr_eq(&after, &state), "{key}");
        }
    }

    #[test]
    fn snapshots_freeze_the_answers_of_the_moment() {
        let state = answered(fresh(), "pre-1.1", Answer::Yes);
        let state = act(
            state,
            Action::TakeSnapshot {
                label: "上期".into(),
                now: NOW.into(),
                entropy: 3,
            },
        );
        let state = answered(state, "pre-1.1", Answer::No);
        let snapshot = &state.document.active().snapshots[0];
        assert_eq!(snapshot.label, "上期");
        assert_eq!(snapshot.answers.get("pre-1.1"), Some(&Answer::Yes));
        assert_eq!(state.answer("pre-1.1"), Some(Answer::No));
        let id = snapshot.id.clone();
        let state = act(state, Action::DeleteSnapshot(id));
        assert!(state.document.active().snapshots.is_empty());
    }

    #[test]
    fn an_import_changes_the_document_and_leaves_the_language() {
        let state = act(fresh(), Action::SetLanguage(Lang::En));
        let mut incoming = Document::new("2025-01-01T00:00:00.000Z");
        incoming.set_answer("mig-4.1", Answer::Yes);
        let state = act(
            state,
            Action::Import {
                incoming: incoming.clone(),
                mode: ImportMode::Replace,
                entropy: 1,
            },
        );
        assert_eq!(state.document, incoming);
        assert_eq!(state.language(), Lang::En);
        assert!(state.has_unsaved_changes(), "the import is saved next");
    }

    #[test]
    fn clearing_takes_the_fresh_document_as_stored() {
        let state = refused(answered(fresh(), "pre-1.1", Answer::Yes));
        let fresh_document = Document::new("2026-11-27T00:00:00.000Z");
        let state = act(state, Action::Cleared(fresh_document.clone()));
        assert_eq!(state.document, fresh_document);
        assert_eq!(state.synced, fresh_document);
        assert_eq!(state.save_status(), SaveStatus::NothingYet);
    }
}
