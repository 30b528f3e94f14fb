//! The app state, the actions that change it, and the reducer. Components read scores through
//! the methods here, which call the pure functions of `domain::scoring`.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::answers::Answer;
use crate::domain::content::{self, Catalog, Checklist};
use crate::domain::document::{DecodeError, Document};
use crate::domain::scoring::{self, MigrationResult, PreconditionResult, YesNoTally};
use crate::domain::text::Lang;
use crate::storage::LoadOutcome;

/// Whether the document on screen is also in storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Changed, not yet written.
    Pending,
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
    pub document: Document,
    pub save_status: SaveStatus,
    pub notices: Vec<Notice>,
}

pub enum Action {
    Answer {
        item_id: String,
        answer: Answer,
    },
    SetLanguage(Lang),
    /// The result of writing the current document to storage.
    Persisted(Result<(), ()>),
    /// Another tab saved this document: show its version, which already holds every answer
    /// this tab saved before it.
    Adopt(Document),
    DismissNotice(usize),
}

impl AppState {
    /// The state right after loading, with the notice the load calls for.
    pub fn loaded(catalog: &'static Catalog, document: Document, outcome: LoadOutcome) -> Self {
        let (save_status, notice) = match outcome {
            LoadOutcome::Fresh | LoadOutcome::Restored => (SaveStatus::Pending, None),
            LoadOutcome::Recovered { backup_key, reason } => (
                SaveStatus::Pending,
                Some(Notice::Recovered { backup_key, reason }),
            ),
            LoadOutcome::RecoveryFailed { reason } => (
                SaveStatus::MemoryOnly,
                Some(Notice::RecoveryFailed { reason }),
            ),
            LoadOutcome::Unavailable => (SaveStatus::MemoryOnly, Some(Notice::StorageUnavailable)),
        };
        AppState {
            catalog,
            document,
            save_status,
            notices: notice.into_iter().collect(),
        }
    }

    pub fn language(&self) -> Lang {
        self.document.language()
    }

    pub fn may_write(&self) -> bool {
        self.save_status != SaveStatus::MemoryOnly
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

    /// Answered / Yes counts of a yes/no checklist, for progress displays.
    pub fn tally(&self, checklist_id: &str) -> YesNoTally {
        YesNoTally::of(self.checklist(checklist_id), self.document.answers())
    }

    pub fn preconditions(&self) -> PreconditionResult {
        scoring::score_preconditions(
            self.checklist(content::PRECONDITIONS),
            self.document.answers(),
        )
    }

    pub fn migration(&self) -> MigrationResult<'static> {
        scoring::score_migration(self.checklist(content::MIGRATION), self.document.answers())
    }

    fn with_document_change(&self, change: impl FnOnce(&mut Document)) -> Self {
        let mut next = self.clone();
        change(&mut next.document);
        if next.document != self.document && next.may_write() {
            next.save_status = SaveStatus::Pending;
        }
        next
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Answer { item_id, answer } => {
                // Only answers the item's scale offers are recorded.
                match self.catalog.find_item(&item_id) {
                    Some((checklist, _)) if answer.fits(checklist.scale) => {
                        self.with_document_change(|doc| doc.set_answer(&item_id, answer))
                    }
                    _ => return self,
                }
            }
            Action::SetLanguage(lang) => self.with_document_change(|doc| doc.set_language(lang)),
            Action::Persisted(result) => {
                let mut next = (*self).clone();
                match result {
                    Ok(()) => {
                        next.save_status = SaveStatus::Saved;
                        next.notices.retain(|notice| notice != &Notice::WriteFailed);
                    }
                    Err(()) => {
                        next.save_status = SaveStatus::Failed;
                        if !next.notices.contains(&Notice::WriteFailed) {
                            next.notices.push(Notice::WriteFailed);
                        }
                    }
                }
                next
            }
            Action::Adopt(document) => {
                let mut next = (*self).clone();
                next.document = document;
                next
            }
            Action::DismissNotice(index) => {
                let mut next = (*self).clone();
                if index < next.notices.len() {
                    next.notices.remove(index);
                }
                next
            }
        };
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
            LoadOutcome::Fresh,
        ))
    }

    #[test]
    fn answering_records_the_answer_and_marks_it_unsaved() {
        let state = fresh().reduce(Action::Persisted(Ok(())));
        assert_eq!(state.save_status, SaveStatus::Saved);
        let state = state.reduce(Action::Answer {
            item_id: "pre-1.1".into(),
            answer: Answer::Yes,
        });
        assert_eq!(state.answer("pre-1.1"), Some(Answer::Yes));
        assert_eq!(state.save_status, SaveStatus::Pending);
        assert_eq!(state.preconditions().tally.yes, 1);
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
        let state = fresh()
            .reduce(Action::Persisted(Err(())))
            .reduce(Action::Persisted(Err(())));
        assert_eq!(state.save_status, SaveStatus::Failed);
        assert_eq!(state.notices, vec![Notice::WriteFailed]);
        let state = state.reduce(Action::Persisted(Ok(())));
        assert_eq!(state.save_status, SaveStatus::Saved);
        assert!(state.notices.is_empty());
    }

    #[test]
    fn adopting_another_tabs_document_replaces_answers_and_keeps_status() {
        let state = fresh().reduce(Action::Persisted(Ok(())));
        let mut theirs = Document::new(NOW);
        theirs.set_answer("mig-4.2", Answer::No);
        let state = state.reduce(Action::Adopt(theirs.clone()));
        assert_eq!(state.document, theirs);
        assert_eq!(state.save_status, SaveStatus::Saved);
    }

    #[test]
    fn memory_only_stays_memory_only_after_changes() {
        let state = Rc::new(AppState::loaded(
            catalog(),
            Document::new(NOW),
            LoadOutcome::Unavailable,
        ));
        assert_eq!(state.notices, vec![Notice::StorageUnavailable]);
        let state = state.reduce(Action::SetLanguage(Lang::En));
        assert_eq!(state.save_status, SaveStatus::MemoryOnly);
        assert_eq!(state.language(), Lang::En);
        assert!(!state.may_write());
    }
}
