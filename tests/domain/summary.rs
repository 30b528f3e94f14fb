//! One place that scores every module (`domain::summary`): the modules in overview order, each
//! result exactly the one its own scoring function gives, and headline numbers that two states
//! can be compared by, number by number.

use crate::common::{
    State, all, all_item_ids, cat, checklist, count, flip, listed_checks, listed_ids, map_record,
    pct, placement, recorded_cell, response, states,
};
use cloud_self_check::domain::answers::Answer;
use cloud_self_check::domain::content::{
    MIGRATION, PRECONDITIONS, RESPONSIBILITY, SETTING_TYPES, STAGES,
};
use cloud_self_check::domain::document::Document;
use cloud_self_check::domain::responsibility::{
    CellEdit, MapRecord, score_map, score_setting_types,
};
use cloud_self_check::domain::scoring::{
    ContractTally, Coverage, YesNoTally, coverage_by_part, score_coverage, score_migration,
    score_preconditions,
};
use cloud_self_check::domain::stage::{CurrentStage, StagePlacement, current_stage};
use cloud_self_check::domain::summary::{
    Direction, Figure, Frozen, Headline, Metric, Score, Value, current_stage_of, module_scores,
};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Helpers.

/// The scores of a state (the state itself and its builders are in `common`).
impl State {
    fn scores(&self) -> Vec<(&'static str, Score)> {
        module_scores(cat(), self.frozen())
            .into_iter()
            .map(|score| (score.module, score.score))
            .collect()
    }

    fn score(&self, module: &str) -> Score {
        self.scores()
            .into_iter()
            .find(|(id, _)| *id == module)
            .unwrap_or_else(|| panic!("no score for {module}"))
            .1
    }

    fn headline(&self, module: &str) -> Vec<(Metric, Option<Value>)> {
        self.score(module)
            .headline()
            .figures
            .into_iter()
            .map(|figure| (figure.metric, figure.value))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Which modules, in which order.

#[test]
fn every_module_is_scored_once_in_overview_order() {
    // Every check content/modules.json lists, in its order: the list is the only place checks
    // are written down.
    let expected = listed_ids(|_| true);
    for named in [
        PRECONDITIONS,
        MIGRATION,
        STAGES,
        RESPONSIBILITY,
        SETTING_TYPES,
    ] {
        assert!(
            expected.iter().any(|id| id == named),
            "the code names {named}, which modules.json must list"
        );
    }
    let modules: Vec<&str> = State::default()
        .scores()
        .into_iter()
        .map(|(module, _)| module)
        .collect();
    assert_eq!(modules, expected);
}

/// The name of the kind of score each scoring of `content/modules.json` gives.
fn kind_of_scoring(scoring: &str) -> &'static str {
    match scoring {
        "precondition" => "precondition",
        "migration" => "migration",
        "yes_no" => "yes_no",
        "current_stage" => "stage",
        "map" => "map",
        "setting_types" => "setting_types",
        "coverage" => "measures",
        "coverage_by_part" => "lifecycle",
        "contract" => "contract",
        other => panic!("modules.json names unknown scoring {other}"),
    }
}

#[test]
fn each_module_gets_the_kind_of_score_its_rule_gives() {
    let scores = State::default().scores();
    let kinds: Vec<&str> = scores
        .iter()
        .map(|(_, score)| match score {
            Score::Precondition(_) => "precondition",
            Score::Migration(_) => "migration",
            Score::YesNo(_) => "yes_no",
            Score::Stage(_) => "stage",
            Score::Map(_) => "map",
            Score::SettingTypes(_) => "setting_types",
            Score::Measures(_) => "measures",
            Score::Lifecycle { .. } => "lifecycle",
            Score::Contract(_) => "contract",
        })
        .collect();
    let expected: Vec<&str> = listed_checks()
        .iter()
        .map(|check| kind_of_scoring(&check.scoring))
        .collect();
    assert_eq!(kinds, expected);
}

// ---------------------------------------------------------------------------------------------
// Each score is the one its own function gives (no rule re-implemented).

#[test]
fn a_filled_in_state_scores_as_the_module_functions_do() {
    let mut state = State::default().model("saas").placed("3", "本格導入済み");
    for (index, checklist) in cat().checklists.iter().enumerate() {
        for (n, item) in checklist.items.iter().enumerate() {
            let choices = Answer::choices(checklist.scale);
            state = state.answer(item.id, choices[(index + n) % choices.len()]);
        }
    }
    state.map.edit("user:data", CellEdit::Setter("山田".into()));
    assert_scores_match_functions(&state);
}

fn assert_scores_match_functions(state: &State) {
    let answers = &state.answers;
    let map = score_map(&cat().responsibility, &state.map);
    let diagnosis = score_preconditions(checklist(PRECONDITIONS), answers).diagnosis;
    // Each listed check, scored by the function its scoring in modules.json names.
    let expected: Vec<(&'static str, Score)> = listed_checks()
        .iter()
        .map(|check| {
            let id = cat()
                .check(&check.id)
                .expect("a listed check is in the catalog")
                .id;
            let score = match check.scoring.as_str() {
                "precondition" => Score::Precondition(score_preconditions(checklist(id), answers)),
                "migration" => Score::Migration(score_migration(checklist(id), answers)),
                "yes_no" => Score::YesNo(YesNoTally::of(checklist(id), answers)),
                "current_stage" => Score::Stage(current_stage(
                    &cat().stages,
                    diagnosis,
                    state.stage.as_ref(),
                )),
                "map" => Score::Map(map.clone()),
                "setting_types" => {
                    Score::SettingTypes(score_setting_types(checklist(id), map.as_ref(), answers))
                }
                "coverage" => Score::Measures(score_coverage(checklist(id), answers)),
                "coverage_by_part" => Score::Lifecycle {
                    total: Coverage::of(checklist(id).items, answers),
                    parts: coverage_by_part(checklist(id), answers),
                },
                "contract" => Score::Contract(ContractTally::of(checklist(id), answers)),
                other => panic!("modules.json names unknown scoring {other}"),
            };
            (id, score)
        })
        .collect();
    assert_eq!(state.scores(), expected);
}

/// The Yes/No tally the views read off a score: that of every yes/no check, the same as its
/// result holds, and none for the other kinds.
#[test]
fn the_yes_no_tally_is_read_off_every_yes_no_score_and_no_other() {
    let state = State::default()
        .answer("pre-1.1", Answer::Yes)
        .answer("pre-1.2", Answer::No)
        .answer("mig-4.1", Answer::Yes);
    for (module, score) in state.scores() {
        let expected = match &score {
            Score::Precondition(result) => Some(result.tally),
            Score::Migration(result) => Some(result.tally),
            Score::YesNo(tally) => Some(*tally),
            _ => None,
        };
        assert_eq!(score.yes_no(), expected, "{module}");
    }
    let tally = |module: &str| state.score(module).yes_no().expect("a yes/no score");
    assert_eq!(
        (tally("pre").yes, tally("pre").no, tally("pre").total),
        (1, 1, 8)
    );
    assert_eq!(
        (tally("mig").yes, tally("mig").no, tally("mig").total),
        (1, 0, 9)
    );
    let yes_no = Score::YesNo(YesNoTally {
        yes: 2,
        no: 1,
        total: 3,
    });
    assert_eq!(
        yes_no.yes_no(),
        Some(YesNoTally {
            yes: 2,
            no: 1,
            total: 3
        })
    );
}

#[test]
fn setting_types_count_only_the_types_the_map_gives_the_user() {
    // set-4.1 (virtual environment) and set-6.3 (middleware) touch no layer a SaaS user owns,
    // and do touch layers an IaaS user owns (001 II.1.2).
    let state = State::default()
        .answer("set-1", Answer::Done)
        .answer("set-4.1", Answer::NotDone)
        .answer("set-6.3", Answer::NotDone);
    let saas = state.clone().model("saas");
    let iaas = state.clone().model("iaas");
    let coverage = |state: &State| match state.score("set") {
        Score::SettingTypes(coverage) => coverage,
        other => panic!("set scored as {other:?}"),
    };
    assert_eq!((coverage(&saas).done, coverage(&saas).not_done), (1, 0));
    assert_eq!((coverage(&iaas).done, coverage(&iaas).not_done), (1, 2));
    // No model chosen yet: every type counts.
    assert_eq!((coverage(&state).done, coverage(&state).not_done), (1, 2));
    assert_eq!(saas.headline("set"), [(Metric::Coverage, pct(100))]);
    assert_eq!(iaas.headline("set"), [(Metric::Coverage, pct(33))]);
}

// ---------------------------------------------------------------------------------------------
// Headlines.

#[test]
fn nothing_answered_gives_counts_of_zero_and_no_percentages() {
    let state = State::default();
    assert_eq!(state.headline("pre"), [(Metric::Yes, count(0, 8))]);
    assert_eq!(state.headline("mig"), [(Metric::Yes, count(0, 9))]);
    assert_eq!(state.headline("stage"), [(Metric::Stage, None)]);
    assert_eq!(
        state.headline("rsp"),
        [(Metric::CellsCovered, None), (Metric::Gaps, None)]
    );
    assert_eq!(state.headline("set"), [(Metric::Coverage, None)]);
    for module in ["msr-u", "msr-p"] {
        assert_eq!(
            state.headline(module),
            [(Metric::Basic, None), (Metric::Recommended, None)]
        );
    }
    assert_eq!(
        state.headline("life"),
        [
            (Metric::Coverage, None),
            (Metric::Part("1.1"), None),
            (Metric::Part("1.2"), None),
            (Metric::Part("1.3"), None),
        ]
    );
    assert_eq!(
        state.headline("sla"),
        [(Metric::Defined, count(0, 9)), (Metric::Open, count(0, 9))]
    );
}

#[test]
fn yes_no_headlines_count_yes_of_all_items() {
    let state = State::default()
        .answer("pre-1.1", Answer::Yes)
        .answer("pre-1.2", Answer::Yes)
        .answer("pre-1.3", Answer::No)
        .answer("mig-4.1", Answer::Yes)
        .answer("mig-4.2", Answer::No);
    assert_eq!(state.headline("pre"), [(Metric::Yes, count(2, 8))]);
    assert_eq!(state.headline("mig"), [(Metric::Yes, count(1, 9))]);
    let all_yes = all(
        all(State::default(), "pre", Answer::Yes),
        "mig",
        Answer::Yes,
    );
    assert_eq!(all_yes.headline("pre"), [(Metric::Yes, count(8, 8))]);
    assert_eq!(all_yes.headline("mig"), [(Metric::Yes, count(9, 9))]);
}

#[test]
fn the_stage_headline_is_the_current_stage() {
    // All Yes: diagnosed stage 1.
    let diagnosed = all(State::default(), "pre", Answer::Yes);
    assert_eq!(
        diagnosed.headline("stage"),
        [(Metric::Stage, Some(Value::Stage("1")))]
    );
    assert!(matches!(
        diagnosed.score("stage"),
        Score::Stage(CurrentStage::Diagnosed(stage)) if stage.id == "1"
    ));
    // 1.1 No: stage 0 at once.
    let stage0 = State::default().answer("pre-1.1", Answer::No);
    assert_eq!(
        stage0.headline("stage"),
        [(Metric::Stage, Some(Value::Stage("0")))]
    );
    // A placement with its reason wins over the diagnosis.
    let placed = diagnosed.clone().placed("x", "個人情報を扱う");
    assert_eq!(
        placed.headline("stage"),
        [(Metric::Stage, Some(Value::Stage("x")))]
    );
    // Without a reason it does not count yet.
    let unreasoned = diagnosed.placed("3", " ");
    assert_eq!(
        unreasoned.headline("stage"),
        [(Metric::Stage, Some(Value::Stage("1")))]
    );
}

#[test]
fn current_stage_of_reads_the_placement_then_the_diagnosis() {
    let state = State::default();
    assert_eq!(
        current_stage_of(cat(), state.frozen()),
        CurrentStage::Unknown
    );
    let stage0 = State::default().answer("pre-1.1", Answer::No);
    assert!(matches!(
        current_stage_of(cat(), stage0.frozen()),
        CurrentStage::Diagnosed(stage) if stage.id == "0"
    ));
    let placed = stage0.placed("2", "試行中");
    assert!(matches!(
        current_stage_of(cat(), placed.frozen()),
        CurrentStage::Placed(stage) if stage.id == "2"
    ));
}

#[test]
fn the_map_headline_counts_covered_user_cells_and_gaps() {
    let mut state = State::default().model("saas");
    // SaaS: two user-side cells (data, the application's user settings), seven provider-side
    // ones; with nothing recorded each user cell has 3 gaps (setter, manager, unconfirmed) and
    // each provider cell 1.
    assert_eq!(
        state.headline("rsp"),
        [
            (Metric::CellsCovered, count(0, 2)),
            (Metric::Gaps, Some(Value::Number(2 * 3 + 7)))
        ]
    );
    state.map.set_cell("user:data", recorded_cell());
    assert_eq!(
        state.headline("rsp"),
        [
            (Metric::CellsCovered, count(1, 2)),
            (Metric::Gaps, Some(Value::Number(3 + 7)))
        ]
    );
}

#[test]
fn measures_report_basic_and_recommended_apart() {
    // msr-u: 16 基本 all done, 3 推奨 all not done.
    let mut state = State::default();
    for item in checklist("msr-u").items {
        let recommended = item.tier == Some(cloud_self_check::domain::content::Tier::Recommended);
        state = state.answer(
            item.id,
            if recommended {
                Answer::NotDone
            } else {
                Answer::Done
            },
        );
    }
    assert_eq!(
        state.headline("msr-u"),
        [(Metric::Basic, pct(100)), (Metric::Recommended, pct(0))]
    );
    // One 基本 partly and one N/A: (14 + 0.5) / 15 = 96.7% → 97.
    let state = state
        .answer("msr-u-III.1.1.1", Answer::Partly)
        .not_applicable("msr-u-III.1.1.2");
    assert_eq!(
        state.headline("msr-u"),
        [(Metric::Basic, pct(97)), (Metric::Recommended, pct(0))]
    );
    // msr-p is scored on its own answers.
    assert_eq!(
        state.headline("msr-p"),
        [(Metric::Basic, None), (Metric::Recommended, None)]
    );
    let provider = State::default()
        .answer("msr-p-IV.1.1.2", Answer::Partly)
        .answer("msr-p-IV.1.1.1", Answer::NotDone);
    assert_eq!(
        provider.headline("msr-p"),
        [(Metric::Basic, pct(0)), (Metric::Recommended, pct(50))]
    );
}

#[test]
fn the_lifecycle_headline_is_the_total_then_each_phase() {
    let state = State::default()
        .answer("life-1.1.1", Answer::Done)
        .answer("life-1.1.2", Answer::NotDone)
        .answer("life-1.3.1", Answer::Partly);
    // Total: (1 + 0 + 0.5) / 3 = 50%. Build: 1/2 = 50%. Operate: none. Renew: 0.5/1 = 50%.
    assert_eq!(
        state.headline("life"),
        [
            (Metric::Coverage, pct(50)),
            (Metric::Part("1.1"), pct(50)),
            (Metric::Part("1.2"), None),
            (Metric::Part("1.3"), pct(50)),
        ]
    );
    let state = state.answer("life-1.2.5", Answer::Done);
    // Total: 2.5 / 4 = 62.5% → 63.
    assert_eq!(
        state.headline("life")[..3],
        [
            (Metric::Coverage, pct(63)),
            (Metric::Part("1.1"), pct(50)),
            (Metric::Part("1.2"), pct(100)),
        ]
    );
}

#[test]
fn the_contract_headline_counts_defined_and_open_of_the_items_that_apply() {
    let mut state = State::default()
        .answer("sla-1", Answer::Defined)
        .answer("sla-2", Answer::Defined)
        .answer("sla-3", Answer::Defined)
        .answer("sla-4", Answer::NotDefined)
        .answer("sla-5", Answer::NotDefined)
        .not_applicable("sla-6")
        .not_applicable("sla-7")
        .answer("sla-8", Answer::NotApplicable);
    // sla-8 is N/A without a reason and sla-9 is unanswered: both still apply.
    assert_eq!(
        state.headline("sla"),
        [(Metric::Defined, count(3, 7)), (Metric::Open, count(2, 7))]
    );
    state.answers.set_note("sla-8", "別契約");
    assert_eq!(
        state.headline("sla"),
        [(Metric::Defined, count(3, 6)), (Metric::Open, count(2, 6))]
    );
}

#[test]
fn a_headline_looks_its_values_up_by_metric() {
    let headline = Headline {
        figures: vec![
            Figure {
                metric: Metric::Basic,
                value: pct(40),
            },
            Figure {
                metric: Metric::Recommended,
                value: None,
            },
        ],
    };
    assert_eq!(headline.value(Metric::Basic), pct(40));
    assert_eq!(headline.value(Metric::Recommended), None);
    assert_eq!(headline.value(Metric::Yes), None);
}

#[test]
fn frozen_active_reads_the_documents_active_assessment() {
    let mut document = Document::new("2025-01-01T00:00:00Z");
    document.set_answer("pre-1.1", Answer::No);
    document.set_note("msr-u-III.1.1.1", "確認中");
    document.set_responsibility(MapRecord {
        model: Some("paas".into()),
        ..MapRecord::default()
    });
    document.set_stage_placement(Some(StagePlacement {
        stage: "2".into(),
        reason: "試行中".into(),
    }));
    let frozen = Frozen::active(&document);
    assert!(std::ptr::eq(frozen.answers, document.answers()));
    assert!(std::ptr::eq(
        frozen.responsibility,
        document.responsibility()
    ));
    assert!(std::ptr::eq(
        frozen.stage.expect("placed"),
        document.stage_placement().expect("placed")
    ));
    let assessment = Frozen::from(document.active());
    assert!(std::ptr::eq(assessment.answers, document.answers()));
    assert!(std::ptr::eq(
        assessment.responsibility,
        document.responsibility()
    ));
    assert!(std::ptr::eq(
        assessment.stage.expect("placed"),
        document.stage_placement().expect("placed")
    ));
}

#[test]
fn a_snapshot_freezes_the_state_it_was_taken_of() {
    let mut document = Document::new("2025-01-01T00:00:00Z");
    document.set_answer("pre-1.1", Answer::No);
    document.set_responsibility(MapRecord {
        model: Some("iaas".into()),
        ..MapRecord::default()
    });
    document.set_stage_placement(Some(StagePlacement {
        stage: "2".into(),
        reason: "試行中".into(),
    }));
    assert!(document.take_snapshot("s1", "4月", "2025-04-01T00:00:00Z"));
    let live = module_scores(cat(), Frozen::active(&document));
    // Later edits do not reach the snapshot.
    document.set_answer("pre-1.1", Answer::Yes);
    document.set_stage_placement(None);
    document.set_responsibility(MapRecord::default());
    let snapshot = document.active().snapshot("s1").expect("snapshot s1");
    let frozen = Frozen::from(snapshot);
    assert!(std::ptr::eq(frozen.answers, &snapshot.answers));
    assert!(std::ptr::eq(
        frozen.responsibility,
        &snapshot.responsibility
    ));
    assert_eq!(frozen.stage.map(|p| p.stage.as_str()), Some("2"));
    assert_eq!(module_scores(cat(), frozen), live);
    assert_ne!(module_scores(cat(), Frozen::active(&document)), live);
}

// ---------------------------------------------------------------------------------------------
// Direction: how two values compare.

fn between(before: Option<Value>, after: Option<Value>) -> Direction {
    Direction::between(before, after)
}

fn stage(id: &'static str) -> Option<Value> {
    Some(Value::Stage(id))
}

fn number(n: usize) -> Option<Value> {
    Some(Value::Number(n))
}

#[test]
fn equal_values_stayed() {
    for value in [
        None,
        count(3, 8),
        count(0, 0),
        number(0),
        pct(50),
        stage("x"),
        stage("2"),
    ] {
        assert_eq!(between(value, value), Direction::Stayed, "{value:?}");
    }
}

#[test]
fn numbers_and_percentages_rise_and_fall_by_value() {
    assert_eq!(between(number(3), number(4)), Direction::Rose);
    assert_eq!(between(number(4), number(3)), Direction::Fell);
    assert_eq!(between(pct(0), pct(100)), Direction::Rose);
    assert_eq!(between(pct(51), pct(50)), Direction::Fell);
}

#[test]
fn counts_compare_by_share() {
    assert_eq!(between(count(5, 8), count(6, 8)), Direction::Rose);
    assert_eq!(between(count(6, 8), count(5, 8)), Direction::Fell);
    // 3 of 4 is more than 4 of 6, though 4 is more than 3.
    assert_eq!(between(count(3, 4), count(4, 6)), Direction::Fell);
    assert_eq!(between(count(4, 6), count(3, 4)), Direction::Rose);
    // The same share of another total: no direction.
    assert_eq!(between(count(1, 2), count(2, 4)), Direction::Changed);
    assert_eq!(between(count(0, 9), count(0, 8)), Direction::Changed);
    // A total of zero has no share.
    assert_eq!(between(count(1, 0), count(0, 2)), Direction::Changed);
    assert_eq!(between(count(0, 2), count(1, 0)), Direction::Changed);
    assert_eq!(between(count(0, 0), count(1, 2)), Direction::Changed);
}

#[test]
fn stages_compare_by_number_and_stage_x_stands_apart() {
    assert_eq!(between(stage("0"), stage("1")), Direction::Rose);
    assert_eq!(between(stage("1"), stage("4")), Direction::Rose);
    assert_eq!(between(stage("3"), stage("2")), Direction::Fell);
    assert_eq!(between(stage("x"), stage("3")), Direction::Changed);
    assert_eq!(between(stage("3"), stage("x")), Direction::Changed);
}

#[test]
fn a_value_appearing_or_going_away_or_changing_kind_has_no_direction() {
    assert_eq!(between(None, pct(0)), Direction::Changed);
    assert_eq!(between(pct(80), None), Direction::Changed);
    assert_eq!(between(None, stage("1")), Direction::Changed);
    assert_eq!(between(number(2), pct(2)), Direction::Changed);
    assert_eq!(between(count(2, 4), pct(50)), Direction::Changed);
}

// ---------------------------------------------------------------------------------------------
// Generated states.

/// Any state: for each item any answer (including ones the scale does not offer) or none, with
/// or without a note; any map, of the mainframe model too; any placement, of an unknown stage too.
fn state() -> impl Strategy<Value = State> {
    states(
        all_item_ids(),
        response(0.7, &["", "メモ"], &[""]),
        map_record(&[
            None,
            Some("saas"),
            Some("paas"),
            Some("iaas"),
            Some("mainframe"),
        ]),
        placement(&["0", "1", "2", "3", "4", "x", "9"]),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_state_scores_as_the_module_functions_do(state in state()) {
        assert_scores_match_functions(&state);
    }

    #[test]
    fn the_headlines_of_any_two_states_pair_up_metric_by_metric(a in state(), b in state()) {
        let (a, b) = (a.scores(), b.scores());
        prop_assert_eq!(a.len(), b.len());
        for ((module_a, score_a), (module_b, score_b)) in a.iter().zip(&b) {
            prop_assert_eq!(module_a, module_b);
            let metrics = |score: &Score| -> Vec<Metric> {
                score.headline().figures.iter().map(|figure| figure.metric).collect()
            };
            prop_assert_eq!(metrics(score_a), metrics(score_b));
        }
    }

    #[test]
    fn direction_is_antisymmetric(
        a in prop::option::of(0usize..5), a_of in 0usize..5,
        b in prop::option::of(0usize..5), b_of in 0usize..5,
    ) {
        let value = |count: Option<usize>, of| count.map(|count| Value::Count { count, of });
        let forward = between(value(a, a_of), value(b, b_of));
        let backward = between(value(b, b_of), value(a, a_of));
        prop_assert_eq!(backward, flip(forward));
    }
}
