//! The reducer and the selectors, natively.

use std::rc::Rc;

use yew::prelude::*;

use super::*;
use crate::domain::answers::FollowUpEdit;
use crate::domain::content;
use crate::domain::content::catalog;
use crate::domain::plan::Figures;
use crate::domain::responsibility;
use crate::domain::responsibility::CellEdit;
use crate::domain::scoring::{self, YesNoTally};
use crate::domain::stage::{MAX_REASON_CHARS, StagePlacement};
use crate::domain::summary::Frozen;
use crate::domain::transfer::ImportMode;
use crate::platform::storage::{Saved, StoreError};

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
    // Unsaved, and to be written right after this render: a click does not wait, so the
    // status does not pass through "saving" (a failed write turns it to Failed).
    assert!(state.has_unsaved_changes());
    assert_eq!(state.last_edit(), Edit::Click);
    assert_eq!(state.save_status(), SaveStatus::Saved);
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
    assert!(state.has_unsaved_changes(), "1.2 still to be written");
}

#[test]
fn typing_waits_as_saving_and_a_click_does_not() {
    let state = answered(fresh(), "pre-1.1", Answer::NotApplicable);
    let document = state.document.clone();
    let state = persisted(state, &document, &document);
    let revision = state.revision();
    let state = state.reduce(Action::Note {
        item_id: "pre-1.1".into(),
        note: "r".into(),
    });
    assert_eq!(state.last_edit(), Edit::Typing);
    assert_eq!(state.save_status(), SaveStatus::Pending);
    assert_eq!(state.revision(), revision + 1);
    let state = answered(state, "pre-1.2", Answer::Yes);
    assert_eq!(state.last_edit(), Edit::Click);
    assert_eq!(state.revision(), revision + 2);
    assert_eq!(state.save_status(), SaveStatus::Saved);
}

#[test]
fn what_is_typed_counts_as_typing() {
    let state = answered(fresh(), "pre-1.1", Answer::Yes);
    type Make = fn() -> Action;
    let typed: [(&str, Make); 4] = [
        ("a note", || Action::Note {
            item_id: "pre-1.1".into(),
            note: "n".into(),
        }),
        ("a value", || Action::Value {
            item_id: "sla-1".into(),
            value: "99.9".into(),
        }),
        ("a plan owner", || Action::FollowUp {
            key: "pre-1.1".into(),
            edit: FollowUpEdit::Owner("o".into()),
        }),
        ("the organization", || Action::SetOrganization("org".into())),
    ];
    for (what, action) in typed {
        let next = state.clone().reduce(action());
        assert_ne!(next.document, state.document, "{what} changes the document");
        assert_eq!(next.last_edit(), Edit::Typing, "{what}");
    }
}

#[test]
fn names_and_reasons_typed_are_typing_and_choices_are_clicks() {
    let placed = |stage: &str, reason: &str| {
        Action::PlaceStage(Some(StagePlacement {
            stage: stage.into(),
            reason: reason.into(),
        }))
    };
    let state = fresh().reduce(placed("1", ""));
    assert_eq!(state.last_edit(), Edit::Click, "placing a stage");
    let state = state.reduce(placed("1", "r"));
    assert_eq!(state.last_edit(), Edit::Typing, "its reason");
    let state = state.reduce(placed("0", "r"));
    assert_eq!(state.last_edit(), Edit::Click, "another stage");

    let state = state.reduce(Action::SelectMap {
        model: "iaas",
        pattern: "direct",
        virtual_network: false,
    });
    assert_eq!(state.last_edit(), Edit::Click, "choosing the model");
    let edit = |state: Rc<AppState>, edit: CellEdit| {
        state.reduce(Action::EditCell {
            cell_id: "user:os".into(),
            edit,
        })
    };
    let state = edit(state, CellEdit::Setter("s".into()));
    assert_eq!(state.last_edit(), Edit::Typing, "a setter's name");
    let state = edit(state, CellEdit::Confirmed(true));
    assert_eq!(state.last_edit(), Edit::Click, "a confirmation");
    let state = edit(state, CellEdit::Manager("m".into()));
    assert_eq!(state.last_edit(), Edit::Typing, "a manager's name");
}

#[test]
fn an_action_that_changes_nothing_keeps_the_revision() {
    let state = answered(fresh(), "pre-1.1", Answer::Yes);
    let revision = state.revision();
    let same = answered(state, "pre-1.1", Answer::Yes);
    assert_eq!(same.revision(), revision);
    let ignored = same.reduce(Action::Answer {
        item_id: "nope-9.9".into(),
        answer: Answer::Yes,
    });
    assert_eq!(ignored.revision(), revision);
}

#[test]
fn a_save_that_changes_nothing_shown_keeps_the_view_key() {
    let state = answered(fresh(), "pre-1.1", Answer::Yes);
    let key = state.view_key();
    let document = state.document.clone();
    let saved = persisted(state, &document, &document);
    assert_eq!(saved.view_key(), key);
    let refused = refused(saved.clone());
    assert_ne!(refused.view_key(), key, "a failed write is shown");
    let answered_again = answered(saved, "pre-1.2", Answer::No);
    assert_ne!(answered_again.view_key(), key, "an answer is shown");
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

#[test]
fn a_stage_reason_is_cut_at_its_limit() {
    let long = "理".repeat(MAX_REASON_CHARS + 20);
    let state = fresh().reduce(Action::PlaceStage(Some(StagePlacement {
        stage: "1".into(),
        reason: long,
    })));
    let placed = state.document.stage_placement().expect("placed");
    assert_eq!(placed.stage, "1");
    assert_eq!(placed.reason.chars().count(), MAX_REASON_CHARS);
}

#[test]
fn an_edit_of_a_cell_the_map_does_not_have_is_ignored() {
    let state = fresh().reduce(Action::SelectMap {
        model: "iaas",
        pattern: "direct",
        virtual_network: false,
    });
    let before = state.document.clone();
    let revision = state.revision();
    let state = state.reduce(Action::EditCell {
        cell_id: "user:nowhere".into(),
        edit: CellEdit::Setter("s".into()),
    });
    assert_eq!(state.document, before);
    assert_eq!(state.revision(), revision);
    let state = state.reduce(Action::EditCell {
        cell_id: "user:os".into(),
        edit: CellEdit::Setter("s".into()),
    });
    assert_ne!(state.document, before, "a cell the map has is edited");
}

#[test]
fn the_setting_types_follow_the_map_and_the_answers() {
    let state = fresh();
    let all = state.setting_types();
    assert!(
        all.unanswered > 0,
        "every setting type applies without a map"
    );
    let item = state.checklist(content::SETTING_TYPES).items[0].id;
    let state = answered(state, item, Answer::Done);
    let after = state.setting_types();
    assert_eq!(after.done, 1);
    assert_eq!(after.unanswered, all.unanswered - 1);
}

#[test]
fn a_role_of_the_content_is_set_and_cleared_and_another_ignored() {
    let role = catalog().roles.roles[0].id;
    let state = fresh().reduce(Action::SetRole(Some(role.to_owned())));
    assert_eq!(state.document.role(), Some(role));
    let revision = state.revision();
    let ignored = state.clone().reduce(Action::SetRole(Some("nobody".into())));
    assert_eq!(ignored.document.role(), Some(role));
    assert_eq!(ignored.revision(), revision);
    let cleared = state.reduce(Action::SetRole(None));
    assert_eq!(cleared.document.role(), None);
}

/// The figures the views read, and every selector, equal what the domain computes from the
/// document as it is now.
fn assert_figures_current(state: &AppState) {
    let frozen = Frozen::active(&state.document);
    assert_eq!(*state.figures(), Figures::of(state.catalog, frozen));
    let answers = state.document.answers();
    assert_eq!(
        *state.preconditions(),
        scoring::score_preconditions(state.checklist(content::PRECONDITIONS), answers)
    );
    assert_eq!(
        *state.migration(),
        scoring::score_migration(state.checklist(content::MIGRATION), answers)
    );
    let map = responsibility::score_map(
        &state.catalog.responsibility,
        state.document.responsibility(),
    );
    assert_eq!(state.responsibility(), map.as_ref());
    assert_eq!(
        state.setting_types(),
        responsibility::score_setting_types(
            state.checklist(content::SETTING_TYPES),
            map.as_ref(),
            answers
        )
    );
    assert_eq!(
        state.current_stage(),
        crate::domain::stage::current_stage(
            &state.catalog.stages,
            state.preconditions().diagnosis,
            state.document.stage_placement(),
        )
    );
    assert_eq!(
        state.tally(content::MIGRATION),
        YesNoTally::of(state.checklist(content::MIGRATION), answers)
    );
}

#[test]
fn the_figures_follow_every_change_of_the_document() {
    let state = fresh();
    assert_figures_current(&state);
    let state = answered(state, "pre-1.1", Answer::No);
    assert_figures_current(&state);
    let state = answered(state, "mig-4.2", Answer::No);
    assert_figures_current(&state);
    assert!(
        !state.figures().plan.is_empty(),
        "a No of mig is in the plan"
    );
    let state = state.reduce(Action::SelectMap {
        model: "iaas",
        pattern: "sier",
        virtual_network: false,
    });
    assert_figures_current(&state);
    let state = state.reduce(Action::PlaceStage(Some(StagePlacement {
        stage: "1".into(),
        reason: "r".into(),
    })));
    assert_figures_current(&state);
    // Another tab's answers, merged in.
    let mut theirs = state.synced.clone();
    theirs.set_answer("mig-4.3", Answer::No);
    let state = state.reduce(Action::Adopt(theirs));
    assert_figures_current(&state);
    let fresh_document = Document::new(NOW);
    let state = state.reduce(Action::Cleared(fresh_document));
    assert_figures_current(&state);
    assert!(state.figures().plan.is_empty());
}

#[test]
fn choosing_a_model_starts_the_items_written_for_others_as_na_and_the_figures_follow() {
    let state = fresh().reduce(Action::SelectMap {
        model: "saas",
        pattern: "direct",
        virtual_network: false,
    });
    let response = state
        .document
        .answers()
        .response("msr-u-III.3.1.1")
        .expect("set to N/A");
    assert_eq!(response.answer, Some(Answer::NotApplicable));
    assert!(
        response.note.starts_with("本ツールの解釈："),
        "{}",
        response.note
    );
    // The figures count it as a reasoned N/A: one measure fewer to answer.
    let progress = state.progress("msr-u");
    assert_eq!((progress.answered, progress.total), (1, 19));
    assert_eq!(state.answer("sla-9"), None, "written for SaaS");
    let state = state.reduce(Action::SelectMap {
        model: "iaas",
        pattern: "direct",
        virtual_network: false,
    });
    assert_eq!(state.answer("msr-u-III.3.1.1"), None, "applies under IaaS");
    assert_eq!(state.answer("sla-9"), Some(Answer::NotApplicable));
}

#[test]
fn a_step_is_done_when_every_item_is_answered_or_every_cell_named() {
    let mut state = fresh();
    assert!(!state.step_done("pre"));
    let pre: Vec<&str> = state
        .checklist("pre")
        .items
        .iter()
        .map(|item| item.id)
        .collect();
    for (index, id) in pre.iter().enumerate() {
        assert!(!state.step_done("pre"), "{index} of 8 answered");
        state = state.reduce(Action::Answer {
            item_id: (*id).to_owned(),
            answer: Answer::Yes,
        });
    }
    assert!(state.step_done("pre"));
    assert!(
        state.step_done("stage"),
        "a view without items asks nothing"
    );
    assert!(!state.step_done("rsp"), "no model yet");
    state = state.reduce(Action::SelectMap {
        model: "saas",
        pattern: "direct",
        virtual_network: false,
    });
    assert!(!state.step_done("rsp"), "nobody named yet");
    let cells: Vec<String> = state
        .responsibility()
        .expect("saas")
        .cells
        .iter()
        .filter(|cell| cell.side == responsibility::Side::User)
        .map(|cell| cell.id())
        .collect();
    for (index, cell) in cells.iter().enumerate() {
        state = state.reduce(Action::EditCell {
            cell_id: cell.clone(),
            edit: CellEdit::Setter("情報システム課".into()),
        });
        assert!(!state.step_done("rsp"), "cell {index}: no manager yet");
        state = state.reduce(Action::EditCell {
            cell_id: cell.clone(),
            edit: CellEdit::Manager("総務課".into()),
        });
    }
    assert!(
        state.step_done("rsp"),
        "unconfirmed boundaries do not hold the step open"
    );
}

#[test]
fn a_change_of_language_writes_nothing() {
    let state = fresh().reduce(Action::SelectMap {
        model: "saas",
        pattern: "direct",
        virtual_network: false,
    });
    let before = state.document.clone();
    let state = state.reduce(Action::SetLanguage(Lang::En));
    assert_eq!(
        state.document, before,
        "the tool's reasons are shown in English, not rewritten"
    );
}
