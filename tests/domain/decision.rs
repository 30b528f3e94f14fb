//! What the results lead with (`domain::decision`, issue 25): where the organization stands, read
//! from the figures with every unanswered part said to be unknown; the first actions, each the
//! source's own instruction, in this tool's order and capped; and the migration items answered
//! No, which are conditions for stage 2 and never actions.

use crate::common::{
    State, all, all_item_ids, cat, checklist, item, map_record, placement, recorded_cell, response,
    states,
};
use cloud_self_check::domain::answers::Answer;
use cloud_self_check::domain::content::{Item, Tier};
use cloud_self_check::domain::decision::{
    BasicCoverage, FirstAction, MAX_FIRST_ACTIONS, MigrationStanding, ResponsibilityGaps,
    STAGE_TWO_CONCLUSION, StageStanding, USER_MEASURES, first_actions, stage_two_conditions,
    standing,
};
use cloud_self_check::domain::plan::{Figures, PlanEntry, Priority};
use cloud_self_check::domain::responsibility::{
    CellRecord, GapKind, ManagerSide, Side, cell_id, score_map,
};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Helpers.

impl State {
    fn figures(&self) -> Figures {
        Figures::of(cat(), self.frozen())
    }
}

/// Every precondition answered Yes: stage 1 (004 VI 1.2).
fn stage1() -> State {
    all(State::default(), "pre", Answer::Yes)
}

fn stage(id: &str) -> &'static cloud_self_check::domain::content::Stage {
    cat().stages.stage(id).expect("stage")
}

/// The 基本 user-side measures, in item order.
fn basic_measures() -> Vec<&'static Item> {
    checklist(USER_MEASURES)
        .items
        .iter()
        .filter(|item| item.tier == Some(Tier::Basic))
        .collect()
}

fn recommended_measure() -> &'static Item {
    checklist(USER_MEASURES)
        .items
        .iter()
        .find(|item| item.tier == Some(Tier::Recommended))
        .expect("a 推奨 measure")
}

/// The ids of the measure actions, in order.
fn measure_ids(actions: &[FirstAction]) -> Vec<&'static str> {
    actions
        .iter()
        .filter_map(|action| match action {
            FirstAction::Measure { item, .. } => Some(item.id),
            _ => None,
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Where the organization stands.

#[test]
fn with_nothing_answered_every_part_of_the_standing_is_unknown() {
    let standing = standing(&State::default().figures());
    assert_eq!(
        standing.stage,
        StageStanding::Unknown {
            answered: 0,
            total: checklist("pre").items.len()
        }
    );
    assert_eq!(standing.migration, MigrationStanding::Unknown);
    assert_eq!(standing.basic, BasicCoverage::Unknown);
    assert_eq!(standing.gaps, ResponsibilityGaps::Unknown);
}

#[test]
fn the_stage_is_the_diagnosis_the_placement_or_outside_the_profile() {
    assert_eq!(
        standing(&stage1().figures()).stage,
        StageStanding::Diagnosed(stage("1"))
    );
    let no_experience = State::default().answer("pre-1.1", Answer::No);
    assert_eq!(
        standing(&no_experience.figures()).stage,
        StageStanding::Diagnosed(stage("0"))
    );
    let placed = stage1().placed("3", "基幹業務をクラウドで運用している");
    assert_eq!(
        standing(&placed.figures()).stage,
        StageStanding::Placed(stage("3"))
    );
    let outside = all(State::default(), "pre", Answer::No).answer("pre-1.1", Answer::Yes);
    assert_eq!(
        standing(&outside.figures()).stage,
        StageStanding::OutsideProfile
    );
    let partial = State::default()
        .answer("pre-1.1", Answer::Yes)
        .answer("pre-1.2", Answer::No)
        .answer("pre-1.3", Answer::Yes);
    assert_eq!(
        standing(&partial.figures()).stage,
        StageStanding::Unknown {
            answered: 3,
            total: 8
        }
    );
}

#[test]
fn migration_readiness_is_ready_not_ready_pending_or_unknown() {
    let total = checklist("mig").items.len();
    assert_eq!(
        standing(&all(State::default(), "mig", Answer::Yes).figures()).migration,
        MigrationStanding::Ready
    );
    let two_no = State::default()
        .answer("mig-4.1", Answer::No)
        .answer("mig-4.2", Answer::Yes)
        .answer("mig-4.5", Answer::No);
    assert_eq!(
        standing(&two_no.figures()).migration,
        MigrationStanding::NotReady {
            no: 2,
            total,
            unanswered: total - 3
        }
    );
    let three_yes = State::default()
        .answer("mig-4.1", Answer::Yes)
        .answer("mig-4.2", Answer::Yes)
        .answer("mig-4.3", Answer::Yes);
    assert_eq!(
        standing(&three_yes.figures()).migration,
        MigrationStanding::Pending { yes: 3, total }
    );
}

#[test]
fn basic_coverage_counts_the_basic_user_side_measures_only_and_says_how_many_were_answered() {
    let basic = basic_measures();
    let total = basic.len();
    let state = State::default()
        .answer(basic[0].id, Answer::Done)
        .answer(basic[1].id, Answer::Partly)
        .not_applicable(basic[2].id)
        // A 推奨 measure is never blended in.
        .answer(recommended_measure().id, Answer::NotDone);
    assert_eq!(
        standing(&state.figures()).basic,
        BasicCoverage::Known {
            percent: 75,
            answered: 3,
            total
        }
    );
    let not_done = State::default().answer(basic[0].id, Answer::NotDone);
    assert_eq!(
        standing(&not_done.figures()).basic,
        BasicCoverage::Known {
            percent: 0,
            answered: 1,
            total
        }
    );
    // Only 推奨, or only N/A, answered: no figure to give.
    let recommended_only = State::default().answer(recommended_measure().id, Answer::Done);
    assert_eq!(
        standing(&recommended_only.figures()).basic,
        BasicCoverage::Unknown
    );
    let na_only = State::default().not_applicable(basic[0].id);
    assert_eq!(standing(&na_only.figures()).basic, BasicCoverage::Unknown);
    // An N/A without its reason is not answered.
    let reasonless = State::default()
        .answer(basic[0].id, Answer::Done)
        .answer(basic[1].id, Answer::NotApplicable);
    assert_eq!(
        standing(&reasonless.figures()).basic,
        BasicCoverage::Known {
            percent: 100,
            answered: 1,
            total
        }
    );
}

#[test]
fn the_gaps_are_the_map_s_once_a_model_is_chosen_with_what_to_decide_counted_apart() {
    let saas = State::default().model("saas");
    let map = score_map(&cat().responsibility, &saas.map).expect("a map");
    // SaaS, nobody named: 2 user cells each without setter and manager (4 to decide), and
    // every boundary unconfirmed (2 user-side, 6 provider-side, to confirm).
    let to_decide = map
        .gaps
        .iter()
        .filter(|gap| matches!(gap.kind, GapKind::SetterMissing | GapKind::ManagerMissing))
        .count();
    assert_eq!(to_decide, 4);
    assert_eq!(
        standing(&saas.figures()).gaps,
        ResponsibilityGaps::Known {
            total: map.gaps.len(),
            to_decide
        }
    );
}

// ---------------------------------------------------------------------------------------------
// The first actions.

#[test]
fn nothing_answered_gives_no_action() {
    let actions = first_actions(cat(), &State::default().figures());
    assert!(actions.actions.is_empty());
    assert_eq!(actions.more_in_plan, 0);
}

#[test]
fn a_basic_measure_not_done_comes_first_and_the_stage_practice_last() {
    let basic = basic_measures();
    let state = stage1().answer(basic[3].id, Answer::NotDone);
    let actions = first_actions(cat(), &state.figures());
    assert_eq!(
        actions.actions,
        vec![
            FirstAction::Measure {
                checklist: checklist(USER_MEASURES),
                item: basic[3],
                answer: Answer::NotDone,
            },
            FirstAction::StagePractice(stage("1")),
        ]
    );
    assert_eq!(actions.more_in_plan, 0);
}

#[test]
fn measures_not_done_come_before_measures_done_in_part_each_in_plan_order() {
    let basic = basic_measures();
    let state = State::default()
        .answer(basic[0].id, Answer::Partly)
        .answer(basic[1].id, Answer::NotDone)
        .answer(basic[2].id, Answer::Done)
        .answer(basic[4].id, Answer::Partly)
        .answer(basic[5].id, Answer::NotDone);
    let actions = first_actions(cat(), &state.figures());
    assert_eq!(
        measure_ids(&actions.actions),
        vec![basic[1].id, basic[5].id, basic[0].id, basic[4].id]
    );
    let answers: Vec<Answer> = actions
        .actions
        .iter()
        .filter_map(|action| match action {
            FirstAction::Measure { answer, .. } => Some(*answer),
            _ => None,
        })
        .collect();
    assert_eq!(
        answers,
        vec![
            Answer::NotDone,
            Answer::NotDone,
            Answer::Partly,
            Answer::Partly
        ]
    );
    // No stage: no practice.
    assert!(
        !actions
            .actions
            .iter()
            .any(|action| matches!(action, FirstAction::StagePractice(_)))
    );
}

#[test]
fn recommended_measures_and_other_basic_gaps_are_left_to_the_plan() {
    let life = checklist("life").items[0].id;
    let sla = checklist("sla").items[0].id;
    let state = State::default()
        .answer(recommended_measure().id, Answer::NotDone)
        .answer(life, Answer::NotDone)
        .answer(sla, Answer::NotDefined);
    let figures = state.figures();
    assert_eq!(figures.plan.len(), 3);
    let actions = first_actions(cat(), &figures);
    assert!(actions.actions.is_empty());
    assert_eq!(actions.more_in_plan, 3);
}

#[test]
fn provider_side_basic_measures_are_actions_too() {
    let provider = checklist("msr-p")
        .items
        .iter()
        .find(|item| item.tier == Some(Tier::Basic))
        .expect("a 基本 provider measure");
    let state = State::default().answer(provider.id, Answer::Partly);
    let actions = first_actions(cat(), &state.figures());
    assert_eq!(measure_ids(&actions.actions), vec![provider.id]);
}

#[test]
fn the_list_is_capped_and_the_stage_practice_keeps_its_place() {
    let basic = basic_measures();
    let state = all(stage1(), USER_MEASURES, Answer::NotDone);
    let figures = state.figures();
    let actions = first_actions(cat(), &figures);
    assert_eq!(actions.actions.len(), MAX_FIRST_ACTIONS);
    assert_eq!(
        measure_ids(&actions.actions),
        basic
            .iter()
            .take(MAX_FIRST_ACTIONS - 1)
            .map(|item| item.id)
            .collect::<Vec<_>>()
    );
    assert_eq!(
        actions.actions.last(),
        Some(&FirstAction::StagePractice(stage("1")))
    );
    // Every measure is in the plan; those not shown are counted.
    assert_eq!(
        actions.more_in_plan,
        figures.plan.len() - (MAX_FIRST_ACTIONS - 1)
    );

    let without_stage = all(State::default(), USER_MEASURES, Answer::NotDone);
    let actions = first_actions(cat(), &without_stage.figures());
    assert_eq!(measure_ids(&actions.actions).len(), MAX_FIRST_ACTIONS);
    assert_eq!(
        actions.more_in_plan,
        without_stage.figures().plan.len() - MAX_FIRST_ACTIONS
    );
}

#[test]
fn a_map_without_a_setting_manager_asks_to_name_one_first_with_001_ii_1_2() {
    let basic = basic_measures();
    let state = stage1().model("saas").answer(basic[0].id, Answer::NotDone);
    let figures = state.figures();
    let map = score_map(&cat().responsibility, &state.map).expect("a map");
    let missing: Vec<_> = map
        .gaps
        .iter()
        .filter(|gap| gap.kind == GapKind::ManagerMissing)
        .map(|gap| gap.cell)
        .collect();
    assert!(!missing.is_empty());
    let actions = first_actions(cat(), &figures);
    let basis = &cat()
        .responsibility
        .gap_basis("manager_missing")
        .expect("basis")
        .basis;
    assert_eq!(basis.source.section.ja(), "II.1.2");
    assert_eq!(
        actions.actions,
        vec![
            FirstAction::NameSettingManager {
                kind: GapKind::ManagerMissing,
                cells: missing.clone(),
                basis: Some(basis),
            },
            FirstAction::Measure {
                checklist: checklist(USER_MEASURES),
                item: basic[0],
                answer: Answer::NotDone,
            },
            FirstAction::StagePractice(stage("1")),
        ]
    );
    // The map's other gaps (setters, confirmations) stay in the plan.
    assert_eq!(actions.more_in_plan, figures.plan.len() - missing.len() - 1);
}

#[test]
fn an_outsourced_cell_whose_manager_is_outside_asks_for_one_inside_with_001_ii_1_3() {
    let mut state = State::default().model("iaas");
    state.map.pattern = Some("sier".into());
    let outside = CellRecord {
        manager_side: Some(ManagerSide::Outside),
        ..recorded_cell()
    };
    let os = cell_id(Side::User, "os");
    state.map.set_cell(&os, outside);
    let actions = first_actions(cat(), &state.figures());
    let kinds: Vec<GapKind> = actions
        .actions
        .iter()
        .filter_map(|action| match action {
            FirstAction::NameSettingManager { kind, .. } => Some(*kind),
            _ => None,
        })
        .collect();
    assert_eq!(
        kinds,
        vec![GapKind::ManagerMissing, GapKind::ManagerOutside]
    );
    let FirstAction::NameSettingManager { cells, basis, .. } = &actions.actions[1] else {
        panic!("expected the outside manager");
    };
    assert_eq!(
        cells.iter().map(|cell| cell.id()).collect::<Vec<_>>(),
        vec![os]
    );
    let basis = basis.expect("basis");
    assert_eq!(basis.source.section.ja(), "II.1.3 1.");
}

#[test]
fn a_stage_placed_with_a_reason_gives_its_practice_and_outside_the_profile_gives_none() {
    let placed = State::default().placed("2", "移行した");
    assert_eq!(
        first_actions(cat(), &placed.figures()).actions,
        vec![FirstAction::StagePractice(stage("2"))]
    );
    let outside = all(State::default(), "pre", Answer::No).answer("pre-1.1", Answer::Yes);
    assert!(first_actions(cat(), &outside.figures()).actions.is_empty());
}

// ---------------------------------------------------------------------------------------------
// The conditions for stage 2.

#[test]
fn migration_items_answered_no_are_conditions_for_stage_2_not_actions() {
    let basic = basic_measures();
    let state = stage1()
        .answer("mig-4.1", Answer::No)
        .answer("mig-4.2", Answer::Yes)
        .answer("mig-4.4", Answer::No)
        .answer(basic[0].id, Answer::NotDone);
    let figures = state.figures();
    let actions = first_actions(cat(), &figures);
    assert_eq!(measure_ids(&actions.actions), vec![basic[0].id]);
    assert!(actions.actions.iter().all(|action| match action {
        FirstAction::Measure { item, .. } => !item.id.starts_with("mig-"),
        _ => true,
    }));
    // The two Nos are in the plan, but not counted as more to do.
    assert_eq!(figures.plan.len(), 3);
    assert_eq!(actions.more_in_plan, 0);

    let conditions = stage_two_conditions(cat(), &figures).expect("conditions");
    assert_eq!(conditions.items, vec![item("mig-4.1"), item("mig-4.4")]);
    let conclusion = conditions.conclusion.expect("004's conclusion");
    assert_eq!(
        Some(conclusion),
        checklist("mig").outcome(STAGE_TWO_CONCLUSION)
    );
    assert!(conclusion.text[0].ja().contains("結論に至った"));
    assert!(conclusion.source.section.ja().starts_with("VI 1.2"));
}

#[test]
fn without_a_no_there_are_no_conditions() {
    assert_eq!(
        stage_two_conditions(cat(), &State::default().figures()),
        None
    );
    let all_yes = all(State::default(), "mig", Answer::Yes);
    assert_eq!(stage_two_conditions(cat(), &all_yes.figures()), None);
}

// ---------------------------------------------------------------------------------------------
// Any state.

fn state() -> impl Strategy<Value = State> {
    states(
        all_item_ids(),
        response(0.6, &["", "理由"], &[""]),
        map_record(&[None, Some("saas"), Some("paas"), Some("iaas")]),
        placement(&["0", "1", "2", "3", "4", "x"]),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// For any state: at most the cap; every action is the source's instruction from a gap of
    /// the plan, never a migration No; not done before done in part; the stage's practice last,
    /// there exactly when there is a stage; and the actions, the conditions and the rest of the
    /// plan add up to the plan.
    #[test]
    fn any_state_s_first_actions_are_capped_ordered_and_account_for_the_plan(state in state()) {
        let figures = state.figures();
        let actions = first_actions(cat(), &figures);
        prop_assert!(actions.actions.len() <= MAX_FIRST_ACTIONS);

        let stage = match standing(&figures).stage {
            StageStanding::Placed(stage) | StageStanding::Diagnosed(stage) => Some(stage),
            _ => None,
        };
        let practices: Vec<usize> = actions.actions.iter().enumerate()
            .filter(|(_, action)| matches!(action, FirstAction::StagePractice(_)))
            .map(|(index, _)| index)
            .collect();
        match stage {
            Some(stage) => {
                prop_assert_eq!(practices, vec![actions.actions.len() - 1]);
                prop_assert_eq!(actions.actions.last(), Some(&FirstAction::StagePractice(stage)));
            }
            None => prop_assert!(practices.is_empty()),
        }

        let mut shown = 0;
        let mut seen_partly = false;
        let mut seen_measure = false;
        for action in &actions.actions {
            match action {
                FirstAction::Measure { checklist, item, answer } => {
                    seen_measure = true;
                    prop_assert_eq!(item.tier, Some(Tier::Basic));
                    prop_assert!(item.statement.is_some());
                    prop_assert!(checklist.item(item.id).is_some());
                    let in_plan = figures.plan.iter().any(|entry| matches!(entry,
                        PlanEntry::Item(gap) if gap.item.id == item.id && gap.answer == *answer));
                    prop_assert!(in_plan);
                    match answer {
                        Answer::NotDone => prop_assert!(!seen_partly),
                        Answer::Partly => seen_partly = true,
                        other => prop_assert!(false, "unexpected {:?}", other),
                    }
                    shown += 1;
                }
                FirstAction::NameSettingManager { kind, cells, basis } => {
                    prop_assert!(!seen_measure, "managers come first");
                    prop_assert!(matches!(kind, GapKind::ManagerMissing | GapKind::ManagerOutside));
                    prop_assert!(basis.is_some());
                    let gaps = figures.plan.iter().filter(|entry| matches!(entry,
                        PlanEntry::Map(gap) if gap.kind == *kind)).count();
                    prop_assert_eq!(cells.len(), gaps);
                    prop_assert!(cells.iter().all(|cell| cell.side == Side::User));
                    shown += cells.len();
                }
                FirstAction::StagePractice(_) => {}
            }
        }
        let conditions = figures.plan.iter()
            .filter(|entry| entry.priority() == Priority::NextStage)
            .count();
        prop_assert_eq!(shown + conditions + actions.more_in_plan, figures.plan.len());

        // The conditions are exactly the migration Nos of the plan.
        let listed = stage_two_conditions(cat(), &figures).map_or(0, |found| found.items.len());
        prop_assert_eq!(listed, conditions);
    }
}
