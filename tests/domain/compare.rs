//! Snapshot comparison (PRODUCT.md section 4, `domain::compare`): the items recorded
//! differently, in catalog order; every headline number of `domain::summary`, before and after,
//! with the way it moved; the map's selection and cells; the current stage.

use std::collections::BTreeSet;

use crate::common::{
    State, all, cat, checklist, count, flip, listed_checks, pct, placement, response, states,
};
use cloud_self_check::domain::answers::{Answer, ItemResponse};
use cloud_self_check::domain::compare::{BeforeAfter, Comparison, MapChange, compare};
use cloud_self_check::domain::document::Document;
use cloud_self_check::domain::responsibility::{CellEdit, CellRecord, ManagerSide, MapRecord};
use cloud_self_check::domain::stage::CurrentStage;
use cloud_self_check::domain::summary::{Direction, Frozen, Metric, Value, module_scores};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Helpers.

fn diff(before: &State, after: &State) -> Comparison {
    compare(cat(), before.frozen(), after.frozen())
}

/// The item changes as (id, before, after, details changed).
fn items(comparison: &Comparison) -> Vec<(&'static str, Option<Answer>, Option<Answer>, bool)> {
    comparison
        .items
        .iter()
        .map(|change| {
            (
                change.item.id,
                change.answer.before,
                change.answer.after,
                change.details_changed,
            )
        })
        .collect()
}

/// The score changes that did not stay, as (module, metric, before, after, direction).
type Moved = (
    &'static str,
    Metric,
    Option<Value>,
    Option<Value>,
    Direction,
);

fn moved(comparison: &Comparison) -> Vec<Moved> {
    comparison
        .scores
        .iter()
        .filter(|score| score.direction != Direction::Stayed)
        .map(|score| {
            (
                score.module,
                score.metric,
                score.value.before,
                score.value.after,
                score.direction,
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Nothing changed.

#[test]
fn comparing_a_state_with_itself_finds_nothing() {
    let state = State::default()
        .model("iaas")
        .answer("pre-1.1", Answer::Yes)
        .answer("msr-u-III.1.1.1", Answer::Partly)
        .note("msr-u-III.1.1.1", "半分")
        .placed("2", "試行中");
    let comparison = diff(&state, &state.clone());
    assert!(comparison.items.is_empty());
    assert!(comparison.map.is_empty());
    assert!(!comparison.stage.changed());
    assert!(moved(&comparison).is_empty());
    assert!(comparison.is_unchanged());
}

#[test]
fn every_headline_number_is_listed_even_when_it_stayed() {
    let state = State::default();
    let comparison = diff(&state, &state);
    let listed: Vec<(&str, Metric)> = comparison
        .scores
        .iter()
        .map(|score| (score.module, score.metric))
        .collect();
    let expected: Vec<(&str, Metric)> = module_scores(cat(), state.frozen())
        .into_iter()
        .flat_map(|score| {
            let module = score.module;
            score
                .score
                .headline()
                .figures
                .into_iter()
                .map(move |figure| (module, figure.metric))
        })
        .collect();
    assert_eq!(listed, expected);
    assert_eq!(
        &listed[..4],
        [
            ("pre", Metric::Yes),
            ("mig", Metric::Yes),
            ("stage", Metric::Stage),
            ("rsp", Metric::CellsCovered)
        ]
    );
    // How many figures each check's scoring in content/modules.json gives: one count of Yes,
    // the stage, cells covered and gaps, the setting types' coverage, 基本 and 推奨, all items
    // and each part, defined and open.
    let figures: usize = listed_checks()
        .iter()
        .map(|check| match check.scoring.as_str() {
            "precondition" | "migration" | "yes_no" | "current_stage" | "setting_types" => 1,
            "map" | "coverage" | "contract" => 2,
            "coverage_by_part" => 1 + checklist(&check.id).parts.len(),
            other => panic!("modules.json names unknown scoring {other}"),
        })
        .sum();
    assert_eq!(listed.len(), figures);
}

// ---------------------------------------------------------------------------------------------
// Items.

#[test]
fn items_answered_differently_are_listed_in_catalog_order() {
    let before = State::default()
        .answer("sla-1", Answer::NotDefined)
        .answer("life-1.1.10", Answer::NotDone)
        .answer("mig-4.1", Answer::No)
        .answer("msr-u-III.1.1.1", Answer::Done)
        .answer("pre-1.2", Answer::Yes);
    let after = State::default()
        .answer("sla-1", Answer::Defined)
        .answer("life-1.1.10", Answer::NotDone)
        .answer("life-1.1.2", Answer::Partly)
        .answer("mig-4.1", Answer::Yes)
        .answer("msr-u-III.1.1.1", Answer::Done)
        .answer("pre-1.1", Answer::No);
    assert_eq!(
        items(&diff(&before, &after)),
        [
            ("pre-1.1", None, Some(Answer::No), false),
            ("pre-1.2", Some(Answer::Yes), None, false),
            ("mig-4.1", Some(Answer::No), Some(Answer::Yes), false),
            ("life-1.1.2", None, Some(Answer::Partly), false),
            (
                "sla-1",
                Some(Answer::NotDefined),
                Some(Answer::Defined),
                false
            ),
        ]
    );
    let comparison = diff(&before, &after);
    assert!(
        comparison
            .items
            .iter()
            .all(|change| change.answer_changed())
    );
    assert!(!comparison.is_unchanged());
    let change = &comparison.items[2];
    assert_eq!(change.checklist.id, "mig");
    assert_eq!(change.item.number, "4.1");
}

#[test]
fn a_changed_note_value_owner_or_due_date_is_flagged_apart_from_the_answer() {
    let before = State::default().answer("msr-p-IV.1.1.1", Answer::NotDone);
    type Edit = fn(&mut ItemResponse);
    let edits: [(&str, Edit); 4] = [
        ("note", |response| response.note = "来期".into()),
        ("value", |response| response.value = "99.9%".into()),
        ("owner", |response| response.owner = "情報システム課".into()),
        ("due", |response| response.due = "2025-12-31".into()),
    ];
    for (field, edit) in edits {
        let mut after = before.clone();
        let mut response = after
            .answers
            .response("msr-p-IV.1.1.1")
            .cloned()
            .unwrap_or_default();
        edit(&mut response);
        after.answers.set_response("msr-p-IV.1.1.1", response);
        let comparison = diff(&before, &after);
        assert_eq!(
            items(&comparison),
            [(
                "msr-p-IV.1.1.1",
                Some(Answer::NotDone),
                Some(Answer::NotDone),
                true
            )],
            "{field}"
        );
        assert!(!comparison.items[0].answer_changed(), "{field}");
        assert!(moved(&comparison).is_empty(), "{field}");
        assert!(!comparison.is_unchanged(), "{field}");
    }
}

#[test]
fn an_answer_and_a_note_changed_together_are_both_flagged() {
    let before = State::default().answer("life-1.2.1", Answer::NotDone);
    let after = before
        .clone()
        .answer("life-1.2.1", Answer::Done)
        .note("life-1.2.1", "完了");
    assert_eq!(
        items(&diff(&before, &after)),
        [(
            "life-1.2.1",
            Some(Answer::NotDone),
            Some(Answer::Done),
            true
        )]
    );
    // A note on an item with no answer is a change of details only.
    let noted = State::default().note("life-1.2.2", "確認中");
    assert_eq!(
        items(&diff(&State::default(), &noted)),
        [("life-1.2.2", None, None, true)]
    );
}

#[test]
fn raw_answers_are_compared_settled_or_not() {
    // N/A without a reason, and an answer its scale does not offer, are still changes.
    let before = State::default();
    let after = State::default()
        .answer("msr-u-III.1.1.1", Answer::NotApplicable)
        .answer("set-1", Answer::Yes);
    assert_eq!(
        items(&diff(&before, &after)),
        [
            ("set-1", None, Some(Answer::Yes), false),
            ("msr-u-III.1.1.1", None, Some(Answer::NotApplicable), false),
        ]
    );
    assert!(moved(&diff(&before, &after)).is_empty());
    // Giving the reason changes only the details. No number moves: an N/A without its reason
    // is out of the coverage too, counted apart until the reason is there.
    let before = State::default()
        .answer("msr-u-III.1.1.1", Answer::NotApplicable)
        .answer("msr-u-III.1.1.2", Answer::Done)
        .answer("msr-u-III.1.1.4", Answer::NotDone);
    let after = before.clone().note("msr-u-III.1.1.1", "該当業務なし");
    let comparison = diff(&before, &after);
    assert_eq!(
        items(&comparison),
        [(
            "msr-u-III.1.1.1",
            Some(Answer::NotApplicable),
            Some(Answer::NotApplicable),
            true
        )]
    );
    assert!(
        moved(&comparison).is_empty(),
        "N/A was out of the count either way"
    );
}

#[test]
fn responses_to_unknown_items_are_not_compared() {
    let before = State::default().answer_unchecked("zzz-9.9", Answer::Yes);
    let after = State::default().answer_unchecked("zzz-9.9", Answer::No);
    let comparison = diff(&before, &after);
    assert!(comparison.items.is_empty());
    assert!(comparison.is_unchanged());
}

// ---------------------------------------------------------------------------------------------
// Scores.

#[test]
fn scores_rise_and_fall_number_by_number() {
    let before = State::default()
        .answer("pre-1.1", Answer::Yes)
        .answer("mig-4.1", Answer::Yes)
        .answer("mig-4.2", Answer::Yes)
        .answer("msr-u-III.1.1.1", Answer::Done)
        .answer("msr-u-III.1.1.3", Answer::NotDone)
        .answer("sla-1", Answer::NotDefined);
    let after = State::default()
        .answer("pre-1.1", Answer::Yes)
        .answer("pre-1.2", Answer::Yes)
        .answer("mig-4.1", Answer::Yes)
        .answer("msr-u-III.1.1.1", Answer::NotDone)
        .answer("msr-u-III.1.1.3", Answer::Done)
        .answer("sla-1", Answer::Defined);
    let comparison = diff(&before, &after);
    assert_eq!(
        moved(&comparison),
        [
            (
                "pre",
                Metric::Yes,
                count(1, 8),
                count(2, 8),
                Direction::Rose
            ),
            (
                "mig",
                Metric::Yes,
                count(2, 9),
                count(1, 9),
                Direction::Fell
            ),
            ("msr-u", Metric::Basic, pct(100), pct(0), Direction::Fell),
            (
                "msr-u",
                Metric::Recommended,
                pct(0),
                pct(100),
                Direction::Rose
            ),
            (
                "sla",
                Metric::Defined,
                count(0, 9),
                count(1, 9),
                Direction::Rose
            ),
            (
                "sla",
                Metric::Open,
                count(1, 9),
                count(0, 9),
                Direction::Fell
            ),
        ]
    );
}

#[test]
fn a_score_appearing_has_no_direction() {
    let before = State::default();
    let after = State::default().answer("life-1.3.1", Answer::Done);
    assert_eq!(
        moved(&diff(&before, &after)),
        [
            ("life", Metric::Coverage, None, pct(100), Direction::Changed),
            (
                "life",
                Metric::Part("1.3"),
                None,
                pct(100),
                Direction::Changed
            ),
        ]
    );
}

#[test]
fn the_setting_types_move_with_the_model() {
    // Under SaaS set-4.1 does not apply; under IaaS it does, and it is not done.
    let before = State::default()
        .model("saas")
        .answer("set-1", Answer::Done)
        .answer("set-4.1", Answer::NotDone);
    let after = before.clone().model("iaas");
    let comparison = diff(&before, &after);
    let set: Vec<Moved> = moved(&comparison)
        .into_iter()
        .filter(|moved| moved.0 == "set")
        .collect();
    assert_eq!(
        set,
        [("set", Metric::Coverage, pct(100), pct(50), Direction::Fell)]
    );
    assert!(comparison.items.is_empty());
    assert!(comparison.map.selection.changed());
}

// ---------------------------------------------------------------------------------------------
// The map.

#[test]
fn a_change_of_model_or_pattern_is_a_change_of_selection() {
    let none = State::default();
    let saas = State::default().model("saas");
    let comparison = diff(&none, &saas);
    assert_eq!(comparison.map.selection.before, None);
    assert_eq!(
        comparison.map.selection.after.map(|s| s.model.id),
        Some("saas")
    );
    assert!(comparison.map.cells.is_empty());
    assert!(!comparison.map.is_empty());
    assert!(!comparison.is_unchanged());
    assert_eq!(
        moved(&comparison)
            .into_iter()
            .filter(|moved| moved.0 == "rsp")
            .map(|moved| (moved.1, moved.3, moved.4))
            .collect::<Vec<_>>(),
        [
            (Metric::CellsCovered, count(0, 2), Direction::Changed),
            (Metric::Gaps, Some(Value::Number(13)), Direction::Changed),
        ]
    );

    let mut paas = State::default().model("paas");
    let mut sier = paas.clone();
    sier.map.pattern = Some("sier".into());
    let comparison = diff(&paas, &sier);
    let selection = comparison.map.selection;
    assert_eq!(selection.before.map(|s| s.pattern.id), Some("direct"));
    assert_eq!(selection.after.map(|s| s.pattern.id), Some("sier"));
    assert!(!comparison.map.is_empty());
    // A pattern that does not apply to the model falls back to direct use: no change.
    paas.map.pattern = Some("api".into());
    assert!(diff(&State::default().model("paas"), &paas).map.is_empty());
}

#[test]
fn the_virtual_network_choice_is_a_change_of_selection() {
    let iaas = State::default().model("iaas");
    let mut network = iaas.clone();
    network.map.virtual_network = true;
    let comparison = diff(&iaas, &network);
    assert!(comparison.map.selection.changed());
    assert!(comparison.map.cells.is_empty());
    assert!(!comparison.map.is_empty());
    assert!(!comparison.is_unchanged());
}

#[test]
fn cells_recorded_differently_are_listed_by_id() {
    let mut before = State::default().model("saas");
    before
        .map
        .edit("user:data", CellEdit::Setter("山田".into()));
    before.map.edit("provider:os", CellEdit::Confirmed(true));
    let mut after = before.clone();
    after.map.edit("user:data", CellEdit::Setter("佐藤".into()));
    after.map.edit("provider:os", CellEdit::Confirmed(false));
    after
        .map
        .edit("user:application", CellEdit::Manager("総務課".into()));
    let comparison = diff(&before, &after);
    assert_eq!(
        comparison.map.cells,
        ["provider:os", "user:application", "user:data"]
    );
    assert!(!comparison.map.selection.changed());
    assert!(!comparison.map.is_empty());
    // One gap closed (user:application's manager), one opened (provider:os): no number moved.
    assert!(moved(&comparison).is_empty());
}

#[test]
fn a_cell_change_that_moves_no_score_still_counts_as_a_change() {
    // Under direct use the manager's side raises no gap, so no number moves.
    let before = State::default().model("saas");
    let mut after = before.clone();
    after.map.set_cell(
        "user:data",
        CellRecord {
            manager_side: Some(ManagerSide::Own),
            ..CellRecord::default()
        },
    );
    let comparison = diff(&before, &after);
    assert!(moved(&comparison).is_empty());
    assert_eq!(comparison.map.cells, ["user:data"]);
    assert!(!comparison.map.is_empty());
    assert!(!comparison.is_unchanged());
}

#[test]
fn a_map_change_is_empty_only_without_selection_or_cell_changes() {
    let unchanged = MapChange {
        selection: BeforeAfter {
            before: None,
            after: None,
        },
        cells: Vec::new(),
    };
    assert!(unchanged.is_empty());
    let cells = MapChange {
        cells: vec!["user:data".into()],
        ..unchanged.clone()
    };
    assert!(!cells.is_empty());
}

// ---------------------------------------------------------------------------------------------
// The stage.

#[test]
fn the_stage_is_compared_before_and_after() {
    let before = all(State::default(), "pre", Answer::Yes);
    let after = before.clone().placed("3", "基幹業務を移行済み");
    let comparison = diff(&before, &after);
    assert!(matches!(
        comparison.stage.before,
        CurrentStage::Diagnosed(stage) if stage.id == "1"
    ));
    assert!(matches!(
        comparison.stage.after,
        CurrentStage::Placed(stage) if stage.id == "3"
    ));
    assert!(comparison.stage.changed());
    assert_eq!(
        moved(&comparison),
        [(
            "stage",
            Metric::Stage,
            Some(Value::Stage("1")),
            Some(Value::Stage("3")),
            Direction::Rose
        )]
    );
}

#[test]
fn a_placement_at_the_diagnosed_stage_changes_where_it_comes_from() {
    // Diagnosed stage 1, then placed at stage 1 with a reason: the number stays, the source
    // of the stage does not.
    let before = all(State::default(), "pre", Answer::Yes);
    let after = before.clone().placed("1", "試行中");
    let comparison = diff(&before, &after);
    assert!(moved(&comparison).is_empty());
    assert!(comparison.items.is_empty());
    assert!(comparison.map.is_empty());
    assert!(comparison.stage.changed());
    assert!(!comparison.is_unchanged());
}

#[test]
fn before_and_after_tells_whether_it_changed() {
    assert!(
        !BeforeAfter {
            before: 1,
            after: 1
        }
        .changed()
    );
    assert!(
        BeforeAfter {
            before: 1,
            after: 2
        }
        .changed()
    );
}

#[test]
fn a_snapshot_compares_with_the_live_state() {
    let mut document = Document::new("2025-01-01T00:00:00Z");
    document.set_answer("mig-4.1", Answer::No);
    assert!(document.take_snapshot("s1", "4月", "2025-04-01T00:00:00Z"));
    document.set_answer("mig-4.1", Answer::Yes);
    let snapshot = document.active().snapshot("s1").expect("snapshot s1");
    let comparison = compare(cat(), Frozen::from(snapshot), Frozen::active(&document));
    assert_eq!(
        items(&comparison),
        [("mig-4.1", Some(Answer::No), Some(Answer::Yes), false)]
    );
    assert_eq!(
        moved(&comparison),
        [(
            "mig",
            Metric::Yes,
            count(0, 9),
            count(1, 9),
            Direction::Rose
        )]
    );
}

// ---------------------------------------------------------------------------------------------
// Generated states.

/// A subset of the items, to keep generated states small enough to share answers.
fn item_ids() -> Vec<&'static str> {
    cat()
        .checklists
        .iter()
        .flat_map(|checklist| checklist.items.iter().take(3).map(|item| item.id))
        .chain(["zzz-unknown"])
        .collect()
}

fn map_record() -> impl Strategy<Value = MapRecord> {
    let name = prop::sample::select(vec!["", "山田", "佐藤"]);
    (
        prop::sample::select(vec![None, Some("saas"), Some("iaas")]),
        prop::sample::select(vec![None, Some("direct"), Some("sier"), Some("api")]),
        any::<bool>(),
        prop::collection::vec(prop::option::of((name.clone(), name, any::<bool>())), 4),
    )
        .prop_map(|(model, pattern, virtual_network, records)| {
            let mut map = MapRecord {
                model: model.map(str::to_owned),
                pattern: pattern.map(str::to_owned),
                virtual_network,
                ..MapRecord::default()
            };
            let ids = [
                "user:data",
                "user:os",
                "provider:network",
                "provider:facility",
            ];
            for (id, record) in ids.iter().zip(records) {
                if let Some((setter, manager, confirmed)) = record {
                    map.set_cell(
                        id,
                        CellRecord {
                            setter: setter.into(),
                            manager: manager.into(),
                            manager_side: None,
                            confirmed,
                        },
                    );
                }
            }
            map
        })
}

/// A state drawn from small pools of responses, maps and placements, so two generated states
/// often share some answers.
fn state() -> impl Strategy<Value = State> {
    states(
        item_ids(),
        response(0.6, &["", "理由"], &["", "山田"]),
        map_record(),
        placement(&["1", "3", "x"]),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_state_compared_with_itself_is_unchanged(state in state()) {
        let comparison = diff(&state, &state.clone());
        prop_assert!(comparison.items.is_empty());
        prop_assert!(comparison.map.is_empty());
        prop_assert!(!comparison.stage.changed());
        prop_assert!(comparison.scores.iter().all(|score| score.direction == Direction::Stayed));
        prop_assert!(comparison.is_unchanged());
    }

    #[test]
    fn the_items_listed_are_exactly_those_recorded_differently(a in state(), b in state()) {
        let comparison = diff(&a, &b);
        let mut expected = Vec::new();
        for checklist in cat().checklists {
            for item in checklist.items {
                let (old, new) = (a.answers.response(item.id), b.answers.response(item.id));
                if old != new {
                    let answer = |response: Option<&ItemResponse>| response.and_then(|r| r.answer);
                    let rest = |response: Option<&ItemResponse>| {
                        let r = response.cloned().unwrap_or_default();
                        (r.note, r.value, r.owner, r.due)
                    };
                    expected.push((item.id, answer(old), answer(new), rest(old) != rest(new)));
                }
            }
        }
        prop_assert_eq!(items(&comparison), expected);
        for change in &comparison.items {
            prop_assert!(change.checklist.item(change.item.id).is_some());
        }
    }

    #[test]
    fn scores_pair_the_two_headlines_and_reverse_when_swapped(a in state(), b in state()) {
        let forward = diff(&a, &b);
        let backward = diff(&b, &a);
        let headline = |state: &State| -> Vec<(&'static str, Metric, Option<Value>)> {
            module_scores(cat(), state.frozen())
                .into_iter()
                .flat_map(|score| {
                    let module = score.module;
                    score.score.headline().figures.into_iter()
                        .map(move |figure| (module, figure.metric, figure.value))
                })
                .collect()
        };
        let befores: Vec<_> = forward.scores.iter()
            .map(|score| (score.module, score.metric, score.value.before)).collect();
        let afters: Vec<_> = forward.scores.iter()
            .map(|score| (score.module, score.metric, score.value.after)).collect();
        prop_assert_eq!(befores, headline(&a));
        prop_assert_eq!(afters, headline(&b));
        for (f, r) in forward.scores.iter().zip(&backward.scores) {
            prop_assert_eq!(f.direction, Direction::between(f.value.before, f.value.after));
            prop_assert_eq!(r.direction, flip(f.direction));
        }
        prop_assert_eq!(forward.stage.before, backward.stage.after);
        prop_assert_eq!(forward.stage.after, backward.stage.before);
        prop_assert_eq!(forward.map.selection.before, backward.map.selection.after);
        prop_assert_eq!(&forward.map.cells, &backward.map.cells);
        // Nothing recorded differently means no number moved.
        if forward.is_unchanged() {
            prop_assert!(forward.scores.iter().all(|score| score.direction == Direction::Stayed));
        }
    }

    #[test]
    fn the_cells_listed_are_exactly_those_recorded_differently(a in state(), b in state()) {
        let ids: BTreeSet<&String> = a.map.cells.keys().chain(b.map.cells.keys()).collect();
        let expected: Vec<String> = ids
            .into_iter()
            .filter(|id| a.map.cells.get(*id) != b.map.cells.get(*id))
            .cloned()
            .collect();
        prop_assert_eq!(diff(&a, &b).map.cells, expected);
    }
}
