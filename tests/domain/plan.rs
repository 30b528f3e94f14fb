//! The action plan (PRODUCT.md section 4, `domain::plan`): every gap in priority order. The
//! migration checklist's No first (004 VI 1.2: each is a blocker of stage 2), then 基本 gaps
//! (measures, applicable setting types, lifecycle, open service levels), the responsibility map's
//! gaps, and 推奨 gaps last (PRODUCT.md section 2: 基本 before 推奨). Only settled answers count.

use std::collections::BTreeSet;

use crate::common::{
    State, all, all_item_ids, cat, checklist, item, map_record, recorded_cell, response, states,
};
use cloud_self_check::domain::answers::{Answer, Answers};
use cloud_self_check::domain::content::{Checklist, Item, Scale, Tier};
use cloud_self_check::domain::document::Document;
use cloud_self_check::domain::plan::{
    ItemGap, PlanEntry, Priority, action_plan, gap_priority, map_gap_key, planned_items,
    unanswered_count,
};
use cloud_self_check::domain::responsibility::{
    CellEdit, CellRecord, Gap, GapKind, ManagerSide, MapRecord, applicable_setting_types, score_map,
};
use cloud_self_check::domain::summary::Frozen;
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Helpers.

/// The plan's view of a state (the state itself and its builders are in `common`).
impl State {
    fn plan(&self) -> Vec<PlanEntry> {
        action_plan(cat(), self.frozen())
    }

    fn keys(&self) -> Vec<String> {
        self.plan().iter().map(PlanEntry::key).collect()
    }

    /// The plan's item entries as (id, priority, answer).
    fn items(&self) -> Vec<(&'static str, Priority, Answer)> {
        self.plan()
            .into_iter()
            .filter_map(|entry| match entry {
                PlanEntry::Item(gap) => Some((gap.item.id, gap.priority, gap.answer)),
                PlanEntry::Map(_) => None,
            })
            .collect()
    }

    fn unanswered(&self) -> usize {
        unanswered_count(cat(), self.frozen())
    }
}

/// A map with a model chosen and every cell of it recorded without a gap.
fn gapless(model: &str) -> MapRecord {
    gapless_with(model, false)
}

/// As [`gapless`], with the virtual network on the user's side or not.
fn gapless_with(model: &str, virtual_network: bool) -> MapRecord {
    let mut map = MapRecord {
        model: Some(model.into()),
        virtual_network,
        ..MapRecord::default()
    };
    let result = score_map(&cat().responsibility, &map).expect("model chosen");
    for cell in &result.cells {
        map.set_cell(&cell.id(), recorded_cell());
    }
    assert!(
        score_map(&cat().responsibility, &map)
            .unwrap()
            .gaps
            .is_empty()
    );
    map
}

// ---------------------------------------------------------------------------------------------
// Priorities.

#[test]
fn priorities_are_ordered_next_stage_basic_responsibility_recommended() {
    let mut priorities = [
        Priority::Recommended,
        Priority::Responsibility,
        Priority::NextStage,
        Priority::Basic,
    ];
    priorities.sort();
    assert_eq!(
        priorities,
        [
            Priority::NextStage,
            Priority::Basic,
            Priority::Responsibility,
            Priority::Recommended
        ]
    );
}

#[test]
fn which_settled_answers_are_gaps_and_how_urgent() {
    let pre = checklist("pre");
    let mig = checklist("mig");
    let basic = item("msr-u-III.1.1.1");
    let recommended = item("msr-u-III.1.1.3");
    assert_eq!(basic.tier, Some(Tier::Basic));
    assert_eq!(recommended.tier, Some(Tier::Recommended));
    let msr = checklist("msr-u");
    let life = checklist("life");
    let sla = checklist("sla");
    for answer in Answer::ALL {
        let expected_mig = (answer == Answer::No).then_some(Priority::NextStage);
        assert_eq!(
            gap_priority(mig, &mig.items[0], answer),
            expected_mig,
            "{answer:?}"
        );
        assert_eq!(gap_priority(pre, &pre.items[0], answer), None, "{answer:?}");
        let coverage_gap = matches!(answer, Answer::NotDone | Answer::Partly);
        assert_eq!(
            gap_priority(msr, basic, answer),
            coverage_gap.then_some(Priority::Basic),
            "{answer:?}"
        );
        assert_eq!(
            gap_priority(msr, recommended, answer),
            coverage_gap.then_some(Priority::Recommended),
            "{answer:?}"
        );
        // No tier counts as 基本.
        assert_eq!(life.items[0].tier, None);
        assert_eq!(
            gap_priority(life, &life.items[0], answer),
            coverage_gap.then_some(Priority::Basic),
            "{answer:?}"
        );
        assert_eq!(
            gap_priority(sla, &sla.items[0], answer),
            (answer == Answer::NotDefined).then_some(Priority::Basic),
            "{answer:?}"
        );
    }
}

#[test]
fn a_recommended_contract_item_would_be_recommended() {
    // No sla item has a tier today; the rule still reads the tier for the contract scale.
    let sla = checklist("sla");
    let recommended = item("msr-u-III.1.1.3");
    assert_eq!(
        gap_priority(sla, recommended, Answer::NotDefined),
        Some(Priority::Recommended)
    );
    assert_eq!(gap_priority(sla, recommended, Answer::Defined), None);
}

// ---------------------------------------------------------------------------------------------
// Each answer kind in or out of the plan.

#[test]
fn nothing_answered_means_no_item_in_the_plan() {
    let state = State::default();
    assert!(
        state.plan().is_empty(),
        "no model chosen: no map gaps either"
    );
}

#[test]
fn every_migration_no_is_a_next_stage_blocker_in_item_order() {
    let state = State::default()
        .answer("mig-4.9", Answer::No)
        .answer("mig-4.2", Answer::No)
        .answer("mig-4.5", Answer::Yes)
        .answer("mig-4.1", Answer::No);
    assert_eq!(
        state.items(),
        [
            ("mig-4.1", Priority::NextStage, Answer::No),
            ("mig-4.2", Priority::NextStage, Answer::No),
            ("mig-4.9", Priority::NextStage, Answer::No),
        ]
    );
}

#[test]
fn precondition_answers_are_never_in_the_plan() {
    let state = all(State::default(), "pre", Answer::No);
    assert!(state.plan().is_empty());
    let state = all(State::default(), "pre", Answer::Yes);
    assert!(state.plan().is_empty());
}

#[test]
fn coverage_answers_in_and_out_of_the_plan() {
    let state = State::default()
        .answer("msr-u-III.1.1.1", Answer::NotDone)
        .answer("msr-u-III.1.1.2", Answer::Partly)
        .answer("msr-u-III.1.1.4", Answer::Done)
        .answer("msr-u-III.1.2.1", Answer::NotApplicable)
        .note("msr-u-III.1.2.1", "使っていない")
        // Yes does not fit the coverage scale: not settled, not a gap.
        .answer("msr-u-III.1.3.1", Answer::Yes)
        .answer("msr-u-III.1.3.2", Answer::NotDefined);
    assert_eq!(
        state.items(),
        [
            ("msr-u-III.1.1.1", Priority::Basic, Answer::NotDone),
            ("msr-u-III.1.1.2", Priority::Basic, Answer::Partly),
        ]
    );
}

#[test]
fn na_without_a_reason_is_neither_a_gap_nor_answered() {
    // The lifecycle begun by a settled answer, so its other items count.
    let state = State::default()
        .answer("life-1.1.2", Answer::Done)
        .answer("life-1.1.1", Answer::NotApplicable);
    assert!(state.plan().is_empty());
    let before = state.unanswered();
    assert_eq!(before, 49);
    // A note of white space only is no reason.
    let blank = state.clone().note("life-1.1.1", " 　");
    assert!(blank.plan().is_empty());
    assert_eq!(blank.unanswered(), before);
    let reasoned = state.note("life-1.1.1", "構築済みのため");
    assert!(reasoned.plan().is_empty());
    assert_eq!(reasoned.unanswered(), before - 1);
}

#[test]
fn a_note_does_not_turn_a_gap_into_anything_else() {
    let state = State::default()
        .answer("life-1.2.1", Answer::NotDone)
        .note("life-1.2.1", "来期に対応");
    assert_eq!(
        state.items(),
        [("life-1.2.1", Priority::Basic, Answer::NotDone)]
    );
}

#[test]
fn contract_answers_in_and_out_of_the_plan() {
    let state = State::default()
        .answer("sla-1", Answer::Defined)
        .answer("sla-2", Answer::NotDefined)
        .answer("sla-3", Answer::NotApplicable)
        .note("sla-3", "対象外")
        .answer("sla-4", Answer::NotApplicable)
        .answer("sla-5", Answer::NotDone)
        .answer("sla-6", Answer::No)
        .answer("sla-7", Answer::NotDefined);
    assert_eq!(
        state.items(),
        [
            ("sla-2", Priority::Basic, Answer::NotDefined),
            ("sla-7", Priority::Basic, Answer::NotDefined),
        ]
    );
}

#[test]
fn migration_answers_other_than_no_are_not_in_the_plan() {
    let state = State::default()
        .answer("mig-4.1", Answer::Yes)
        .answer("mig-4.2", Answer::NotDone)
        .answer("mig-4.3", Answer::NotApplicable)
        .note("mig-4.3", "理由")
        .answer("mig-4.4", Answer::NotDefined);
    assert!(state.plan().is_empty());
}

#[test]
fn recommended_gaps_are_recommended() {
    let state = State::default()
        .answer("msr-p-IV.1.1.2", Answer::Partly)
        .answer("msr-u-III.4.2.1", Answer::NotDone)
        .answer("msr-u-III.1.1.3", Answer::Done);
    assert_eq!(
        state.items(),
        [
            ("msr-u-III.4.2.1", Priority::Recommended, Answer::NotDone),
            ("msr-p-IV.1.1.2", Priority::Recommended, Answer::Partly),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Order between and inside groups.

#[test]
fn the_plan_lists_groups_in_priority_order_and_items_in_catalog_order() {
    // Answered in reverse and across checklists, so neither answer order nor id order (where
    // life-1.1.10 sorts before life-1.1.2, and life before set) can pass for catalog order.
    let mut state = State {
        map: gapless("saas"),
        ..State::default()
    };
    state.map.edit("user:data", CellEdit::Confirmed(false));
    let state = state
        .answer("msr-p-IV.7.1.1", Answer::NotDone)
        .answer("msr-u-III.1.1.3", Answer::Partly)
        .answer("sla-9", Answer::NotDefined)
        .answer("sla-1", Answer::NotDefined)
        .answer("life-1.3.1", Answer::NotDone)
        .answer("life-1.1.10", Answer::NotDone)
        .answer("life-1.1.2", Answer::Partly)
        .answer("msr-p-IV.1.1.1", Answer::NotDone)
        .answer("msr-u-III.4.3.1", Answer::NotDone)
        .answer("msr-u-III.1.1.1", Answer::Partly)
        .answer("set-6.2", Answer::NotDone)
        .answer("set-1", Answer::Partly)
        .answer("mig-4.8", Answer::No)
        .answer("mig-4.3", Answer::No);
    assert_eq!(
        state.keys(),
        [
            "mig-4.3",
            "mig-4.8",
            "set-1",
            "set-6.2",
            "msr-u-III.1.1.1",
            "msr-u-III.4.3.1",
            "msr-p-IV.1.1.1",
            "life-1.1.2",
            "life-1.1.10",
            "life-1.3.1",
            "sla-1",
            "sla-9",
            "rsp:user:data:unconfirmed",
            "msr-u-III.1.1.3",
            "msr-p-IV.7.1.1",
        ]
    );
    let priorities: Vec<Priority> = state.plan().iter().map(PlanEntry::priority).collect();
    assert_eq!(
        priorities,
        [
            [Priority::NextStage; 2].as_slice(),
            &[Priority::Basic; 10],
            &[Priority::Responsibility],
            &[Priority::Recommended; 2],
        ]
        .concat()
    );
}

// ---------------------------------------------------------------------------------------------
// Setting types filtered by the map.

#[test]
fn only_the_setting_types_the_user_owns_under_the_map_are_in_the_plan() {
    let base = all(State::default(), "set", Answer::NotDone);
    let set_ids = |state: &State| -> Vec<&'static str> {
        state
            .items()
            .into_iter()
            .map(|(id, _, _)| id)
            .filter(|id| id.starts_with("set-"))
            .collect()
    };
    // No model chosen: every type.
    let every: Vec<&str> = checklist("set").items.iter().map(|item| item.id).collect();
    assert_eq!(set_ids(&base), every);
    // SaaS: the user owns data and the application's user settings (001 II.1.2), so the types
    // of the virtual environment, the network, the middleware and the OS drop out.
    let saas = State {
        map: gapless("saas"),
        ..base.clone()
    };
    assert_eq!(
        set_ids(&saas),
        ["set-1", "set-2", "set-3", "set-5", "set-6.1", "set-6.2"]
    );
    // IaaS: everything down to the OS and the virtual environment's settings, not the network.
    let iaas = State {
        map: gapless("iaas"),
        ..base.clone()
    };
    assert_eq!(
        set_ids(&iaas),
        [
            "set-1", "set-2", "set-3", "set-4.1", "set-5", "set-6.1", "set-6.2", "set-6.3",
            "set-6.4"
        ]
    );
    // With the virtual network on the user's side, its type comes in too.
    let network = State {
        map: gapless_with("iaas", true),
        ..base.clone()
    };
    assert_eq!(set_ids(&network), every);
}

#[test]
fn planned_items_are_mig_then_every_coverage_and_contract_item_with_set_filtered() {
    let saas = State {
        map: gapless("saas"),
        ..State::default()
    };
    let planned: Vec<(&str, &str)> = planned_items(cat(), saas.frozen())
        .into_iter()
        .map(|(checklist, item)| (checklist.id, item.id))
        .collect();
    let map = score_map(&cat().responsibility, &saas.map);
    let mut expected: Vec<(&str, &str)> = Vec::new();
    for id in ["mig", "set", "msr-u", "msr-p", "life", "sla"] {
        let items: Vec<&Item> = if id == "set" {
            applicable_setting_types(checklist(id), map.as_ref())
        } else {
            checklist(id).items.iter().collect()
        };
        expected.extend(items.into_iter().map(|item| (id, item.id)));
    }
    assert_eq!(planned, expected);
    assert_eq!(planned.len(), 9 + 6 + 19 + 27 + 50 + 9);
}

// ---------------------------------------------------------------------------------------------
// The responsibility map's gaps.

#[test]
fn map_gaps_come_in_the_maps_order_with_stable_keys() {
    let state = State::default().model("saas");
    let keys = state.keys();
    assert_eq!(
        keys,
        [
            "rsp:user:data:setter_missing",
            "rsp:user:application:setter_missing",
            "rsp:user:data:manager_missing",
            "rsp:user:application:manager_missing",
            "rsp:user:data:unconfirmed",
            "rsp:user:application:unconfirmed",
            "rsp:provider:application:provider_unconfirmed",
            "rsp:provider:middleware:provider_unconfirmed",
            "rsp:provider:os:provider_unconfirmed",
            "rsp:provider:virtual:provider_unconfirmed",
            "rsp:provider:hardware:provider_unconfirmed",
            "rsp:provider:network:provider_unconfirmed",
            "rsp:provider:facility:provider_unconfirmed",
        ]
    );
    let gaps: Vec<Gap> = score_map(&cat().responsibility, &state.map).unwrap().gaps;
    let entries: Vec<PlanEntry> = gaps.iter().copied().map(PlanEntry::Map).collect();
    assert_eq!(state.plan(), entries);
    assert!(
        entries
            .iter()
            .all(|entry| entry.priority() == Priority::Responsibility)
    );
}

#[test]
fn same_person_and_outside_manager_gaps_have_their_keys() {
    let mut state = State {
        map: gapless("iaas"),
        ..State::default()
    };
    state.map.pattern = Some("sier".into());
    state.map.set_cell(
        "user:os",
        CellRecord {
            setter: "SIer 佐藤".into(),
            manager: "sier 佐藤".into(),
            manager_side: Some(ManagerSide::Outside),
            confirmed: true,
        },
    );
    assert_eq!(
        state.keys(),
        ["rsp:user:os:manager_outside", "rsp:user:os:same_person"]
    );
}

#[test]
fn map_gap_keys_name_the_cell_and_the_kind() {
    let map = score_map(&cat().responsibility, &State::default().model("paas").map).unwrap();
    for gap in &map.gaps {
        let key = map_gap_key(gap);
        assert_eq!(key, format!("rsp:{}:{}", gap.cell.id(), gap.kind.key()));
        assert_eq!(PlanEntry::Map(*gap).key(), key);
    }
    let first = map.gaps[0];
    assert_eq!(first.kind, GapKind::SetterMissing);
    assert_eq!(map_gap_key(&first), "rsp:user:data:setter_missing");
}

#[test]
fn an_item_entry_is_keyed_by_its_item_id_and_carries_its_priority() {
    let entry = PlanEntry::Item(ItemGap {
        priority: Priority::Recommended,
        checklist: checklist("msr-u"),
        item: item("msr-u-III.1.1.3"),
        answer: Answer::Partly,
    });
    assert_eq!(entry.key(), "msr-u-III.1.1.3");
    assert_eq!(entry.priority(), Priority::Recommended);
}

#[test]
fn the_plan_reads_a_documents_active_assessment() {
    let mut document = Document::new("2025-01-01T00:00:00Z");
    document.set_answer("mig-4.1", Answer::No);
    document.set_answer("sla-2", Answer::NotDefined);
    let plan = action_plan(cat(), Frozen::active(&document));
    let keys: Vec<String> = plan.iter().map(PlanEntry::key).collect();
    assert_eq!(keys, ["mig-4.1", "sla-2"]);
}

// ---------------------------------------------------------------------------------------------
// What is not answered yet.

#[test]
fn unanswered_counts_the_planned_items_without_a_settled_answer_in_the_checks_begun() {
    let empty = State::default();
    // Nothing begun, nothing counted (issue 25: a user organization was told that the 27
    // provider-side measures it never opened were "unanswered").
    assert_eq!(empty.unanswered(), 0);
    // One settled answer begins a check: the rest of it counts. mig 9, set 10 (no model: every
    // type), msr-u 19, msr-p 27, life 50, sla 9.
    let begun = [
        ("mig-4.1", Answer::Yes),
        ("set-1", Answer::Done),
        ("msr-u-III.1.1.1", Answer::Done),
        ("msr-p-IV.1.1.1", Answer::Done),
        ("life-1.1.1", Answer::Done),
        ("sla-1", Answer::Defined),
    ]
    .into_iter()
    .fold(empty.clone(), |state, (id, answer)| {
        state.answer(id, answer)
    });
    assert_eq!(
        begun.unanswered(),
        (9 - 1) + (10 - 1) + (19 - 1) + (27 - 1) + (50 - 1) + (9 - 1)
    );
    let only_msr_u = empty.clone().answer("msr-u-III.1.1.1", Answer::Partly);
    assert_eq!(
        only_msr_u.unanswered(),
        18,
        "the other checks are not begun"
    );
    // An answer its scale does not offer, or N/A without a reason, begins nothing.
    let unsettled_only = empty
        .clone()
        .answer("mig-4.1", Answer::Done)
        .answer("life-1.1.1", Answer::NotApplicable);
    assert_eq!(unsettled_only.unanswered(), 0);
    // Under SaaS only 6 setting types apply.
    let saas = begun.clone().model("saas");
    assert_eq!(saas.unanswered(), begun.unanswered() - 4);
    // Precondition answers do not count, nor begin anything counted.
    let pre = all(empty.clone(), "pre", Answer::Yes);
    assert_eq!(pre.unanswered(), 0);
    assert_eq!(
        all(begun.clone(), "pre", Answer::Yes).unanswered(),
        begun.unanswered()
    );
    // Settled answers of every kind leave the count, gaps or not.
    let answered = begun
        .clone()
        .answer("mig-4.2", Answer::No)
        .answer("set-2", Answer::Done)
        .answer("msr-u-III.1.1.2", Answer::Partly)
        .answer("msr-p-IV.1.1.2", Answer::NotDone)
        .answer("life-1.1.2", Answer::NotApplicable)
        .note("life-1.1.2", "理由")
        .answer("sla-2", Answer::NotDefined);
    assert_eq!(answered.unanswered(), begun.unanswered() - 6);
    // Answers the scale does not offer, and N/A without a reason, do not.
    let unsettled = begun
        .clone()
        .answer("mig-4.2", Answer::Done)
        .answer("set-2", Answer::Yes)
        .answer("sla-2", Answer::Partly)
        .answer("life-1.1.2", Answer::NotApplicable);
    assert_eq!(unsettled.unanswered(), begun.unanswered());
    // A setting type that does not apply is not counted, answered or not.
    let dropped = saas.clone().answer("set-4.1", Answer::Done);
    assert_eq!(dropped.unanswered(), saas.unanswered());
}

#[test]
fn an_na_this_tool_set_for_another_model_begins_no_check() {
    use cloud_self_check::domain::applicability::rescope;
    use cloud_self_check::domain::text::Lang;
    let mut iaas = State::default().model("iaas");
    rescope(cat(), &mut iaas.answers, Some("iaas"), Lang::Ja);
    assert_eq!(iaas.answers.get("sla-9"), Some(&Answer::NotApplicable));
    assert_eq!(
        iaas.unanswered(),
        0,
        "the SLA check is not begun by the tool's N/A"
    );
    let mut edited = iaas.clone();
    edited.answers.set_note("sla-9", "SaaSは使っていない");
    assert_eq!(edited.unanswered(), 8, "the reader's own N/A begins it");
}

// ---------------------------------------------------------------------------------------------
// Generated states.

fn state() -> impl Strategy<Value = State> {
    states(
        all_item_ids(),
        response(0.8, &["", " ", "理由"], &[""]),
        map_record(&[None, Some("saas"), Some("paas"), Some("iaas")]),
        Just(None),
    )
}

/// The rule, written out on its own: the priority of an item's settled answer, if a gap.
fn expected_priority(checklist: &Checklist, item: &Item, answers: &Answers) -> Option<Priority> {
    let response = answers.response(item.id)?;
    let answer = response.answer?;
    if !Answer::choices(checklist.scale).contains(&answer) {
        return None;
    }
    if answer == Answer::NotApplicable && response.note.trim().is_empty() {
        return None;
    }
    let recommended = item.tier == Some(Tier::Recommended);
    match (checklist.id, checklist.scale, answer) {
        ("mig", _, Answer::No) => Some(Priority::NextStage),
        (_, Scale::Coverage, Answer::NotDone | Answer::Partly)
        | (_, Scale::Contract, Answer::NotDefined) => Some(if recommended {
            Priority::Recommended
        } else {
            Priority::Basic
        }),
        _ => None,
    }
}

/// The position of every item in the catalog, for checking catalog order.
fn catalog_position(id: &str) -> (usize, usize) {
    for (c, checklist) in cat().checklists.iter().enumerate() {
        if let Some(i) = checklist.items.iter().position(|item| item.id == id) {
            return (c, i);
        }
    }
    panic!("no item {id}")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_plan_holds_exactly_the_gaps_in_priority_then_catalog_order(state in state()) {
        let plan = state.plan();
        // Priorities never go down.
        for pair in plan.windows(2) {
            prop_assert!(pair[0].priority() <= pair[1].priority(), "{:?}", pair);
        }
        // Item entries: exactly the gaps the rule finds among the planned items, each with the
        // settled answer and the rule's priority, in priority then catalog order.
        let map = score_map(&cat().responsibility, &state.map);
        let applicable: BTreeSet<&str> = applicable_setting_types(checklist("set"), map.as_ref())
            .into_iter()
            .map(|item| item.id)
            .collect();
        let mut expected: Vec<(Priority, (usize, usize), &str)> = Vec::new();
        for checklist in cat().checklists {
            for item in checklist.items {
                if checklist.id == "set" && !applicable.contains(item.id) {
                    continue;
                }
                if let Some(priority) = expected_priority(checklist, item, &state.answers) {
                    expected.push((priority, catalog_position(item.id), item.id));
                }
            }
        }
        expected.sort();
        let items: Vec<(Priority, (usize, usize), &str)> = plan
            .iter()
            .filter_map(|entry| match entry {
                PlanEntry::Item(gap) => Some((gap.priority, catalog_position(gap.item.id), gap.item.id)),
                PlanEntry::Map(_) => None,
            })
            .collect();
        prop_assert_eq!(items, expected);
        for entry in &plan {
            if let PlanEntry::Item(gap) = entry {
                let settled = state.answers.response(gap.item.id).and_then(|r| r.settled(gap.checklist.scale));
                prop_assert_eq!(Some(gap.answer), settled);
                prop_assert!(matches!(
                    gap.answer,
                    Answer::No | Answer::NotDone | Answer::Partly | Answer::NotDefined
                ));
                prop_assert!(gap.checklist.item(gap.item.id).is_some());
            }
        }
        // Map entries: exactly the map's gaps, in its order.
        let gaps: Vec<Gap> = plan
            .iter()
            .filter_map(|entry| match entry {
                PlanEntry::Map(gap) => Some(*gap),
                PlanEntry::Item(_) => None,
            })
            .collect();
        prop_assert_eq!(gaps, map.map(|map| map.gaps).unwrap_or_default());
        // Keys are unique.
        let keys: BTreeSet<String> = plan.iter().map(PlanEntry::key).collect();
        prop_assert_eq!(keys.len(), plan.len());
    }

    #[test]
    fn unanswered_is_every_planned_item_without_a_settled_answer(state in state()) {
        let map = score_map(&cat().responsibility, &state.map);
        let applicable: BTreeSet<&str> = applicable_setting_types(checklist("set"), map.as_ref())
            .into_iter()
            .map(|item| item.id)
            .collect();
        let mut expected = 0;
        for checklist in cat().checklists {
            // Of the yes/no checklists, only the migration checklist's answers can be gaps.
            if checklist.scale == Scale::YesNo && checklist.id != "mig" {
                continue;
            }
            // A check counts once the reader has settled any of its items (the generated
            // states hold no N/A this tool set, whose reason is its own sentence).
            let settled_of = |item: &&cloud_self_check::domain::content::Item| {
                state.answers.response(item.id).and_then(|response| {
                    let answer = response.answer?;
                    let reasonless = answer == Answer::NotApplicable && response.note.trim().is_empty();
                    (Answer::choices(checklist.scale).contains(&answer) && !reasonless).then_some(answer)
                })
            };
            let begun = checklist.items.iter().any(|item| settled_of(&item).is_some());
            if !begun {
                continue;
            }
            for item in checklist.items {
                if checklist.id == "set" && !applicable.contains(item.id) {
                    continue;
                }
                let settled = state.answers.response(item.id).and_then(|response| {
                    let answer = response.answer?;
                    let reasonless = answer == Answer::NotApplicable && response.note.trim().is_empty();
                    (Answer::choices(checklist.scale).contains(&answer) && !reasonless).then_some(answer)
                });
                if settled.is_none() {
                    expected += 1;
                }
            }
        }
        prop_assert_eq!(state.unanswered(), expected);
    }
}
