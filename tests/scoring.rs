#![cfg(not(target_arch = "wasm32"))]
//! The scoring rules of PRODUCT.md section 2, checked against the real content.

use cloud_self_check::domain::answers::{Answer, Answers, MAX_NOTE_CHARS};
use cloud_self_check::domain::content::{
    Checklist, Item, Localized, MIGRATION, PRECONDITIONS, Scale, SourceRef, Tier, catalog,
};
use cloud_self_check::domain::scoring::{
    Coverage, Diagnosis, MOST_YES_OF_PRECONDITIONS, Progress, Readiness, TieredCoverage,
    coverage_by_cause, coverage_by_part, score_coverage, score_migration, score_preconditions,
};
use proptest::prelude::*;

fn pre() -> &'static Checklist {
    catalog().checklist(PRECONDITIONS).expect("checklist pre")
}

fn mig() -> &'static Checklist {
    catalog().checklist(MIGRATION).expect("checklist mig")
}

fn yes_no(answer: bool) -> Answer {
    if answer { Answer::Yes } else { Answer::No }
}

/// Answers for the items of `checklist`, in item order; `None` leaves an item unanswered.
fn answers_for(checklist: &Checklist, answers: &[Option<bool>]) -> Answers {
    assert_eq!(answers.len(), checklist.items.len());
    checklist
        .items
        .iter()
        .zip(answers)
        .filter_map(|(item, answer)| answer.map(|a| (item.id, yes_no(a))))
        .collect()
}

/// Bit `i` of `bits` is the answer to item `i` (1 = Yes).
fn from_bits(count: usize, bits: u32) -> Vec<Option<bool>> {
    (0..count).map(|i| Some(bits & (1 << i) != 0)).collect()
}

/// Index of the item numbered "1.1" (found by number, not by the scoring constant).
fn index_of_1_1() -> usize {
    pre()
        .items
        .iter()
        .position(|item| item.number == "1.1")
        .expect("pre has an item numbered 1.1")
}

/// PRODUCT.md section 2 and issue 12, written out independently of the implementation: 1.1 No
/// settles stage 0 at once; otherwise nothing until all 8 are answered, then 5 or more Yes is
/// stage 1 and 4 or fewer is outside the checklists' profile.
fn expected_diagnosis(answers: &[Option<bool>]) -> Diagnosis {
    if answers[index_of_1_1()] == Some(false) {
        return Diagnosis::Stage0;
    }
    if answers.iter().any(Option::is_none) {
        return Diagnosis::Pending;
    }
    let yes = answers.iter().filter(|a| **a == Some(true)).count();
    if yes >= 5 {
        Diagnosis::Stage1
    } else {
        Diagnosis::OutsideProfile
    }
}

// ---------------------------------------------------------------------------------------------
// pre: the precondition check.

#[test]
fn most_yes_means_at_least_five() {
    assert_eq!(
        MOST_YES_OF_PRECONDITIONS, 5,
        "PRODUCT.md: Yes ≥ 5 is most (大半)"
    );
}

#[test]
fn every_complete_precondition_answer_set_gets_the_rule_diagnosis() {
    let items = pre().items.len();
    assert_eq!(items, 8);
    let (mut stage0, mut stage1, mut outside) = (0, 0, 0);
    for bits in 0..(1u32 << items) {
        let answers = from_bits(items, bits);
        let result = score_preconditions(pre(), &answers_for(pre(), &answers));
        let yes = bits.count_ones() as usize;
        assert_eq!(result.tally.yes, yes, "bits {bits:08b}");
        assert_eq!(result.tally.no, items - yes, "bits {bits:08b}");
        assert_eq!(result.tally.total, items);
        assert_eq!(result.tally.unanswered(), 0);
        assert!(result.tally.is_complete());
        assert_eq!(
            result.diagnosis,
            expected_diagnosis(&answers),
            "bits {bits:08b}"
        );
        match result.diagnosis {
            Diagnosis::Stage0 => stage0 += 1,
            Diagnosis::Stage1 => stage1 += 1,
            Diagnosis::OutsideProfile => outside += 1,
            Diagnosis::Pending => panic!("bits {bits:08b}: complete answers are never pending"),
        }
    }
    // By hand: 1.1 No fixes one answer, so 2^7 = 128 combinations are stage 0. With 1.1 Yes,
    // stage 1 needs at least 4 Yes among the other 7: C(7,4)+C(7,5)+C(7,6)+C(7,7) =
    // 35+21+7+1 = 64; the remaining 128 - 64 = 64 are outside the profile.
    assert_eq!((stage0, stage1, outside), (128, 64, 64));
}

/// All items Yes except those numbered in `no`.
fn pre_with_no(no: &[&str]) -> Answers {
    pre()
        .items
        .iter()
        .map(|item| {
            let answer = if no.contains(&item.number) {
                Answer::No
            } else {
                Answer::Yes
            };
            (item.id, answer)
        })
        .collect()
}

#[test]
fn stage0_when_no_cloud_experience() {
    let result = score_preconditions(pre(), &pre_with_no(&["1.1"]));
    assert_eq!(result.diagnosis, Diagnosis::Stage0);
    assert_eq!(result.tally.yes, 7);
    assert_eq!(result.tally.no, 1);
}

#[test]
fn stage0_even_with_every_other_answer_no() {
    let all_no = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"];
    let result = score_preconditions(pre(), &pre_with_no(&all_no));
    assert_eq!(result.diagnosis, Diagnosis::Stage0);
    assert_eq!(result.tally.yes, 0);
}

#[test]
fn stage1_at_exactly_five_yes() {
    let result = score_preconditions(pre(), &pre_with_no(&["1.2", "1.3", "1.4"]));
    assert_eq!(result.tally.yes, 5);
    assert_eq!(result.diagnosis, Diagnosis::Stage1);
}

#[test]
fn stage1_when_all_yes() {
    let result = score_preconditions(pre(), &pre_with_no(&[]));
    assert_eq!(result.tally.yes, 8);
    assert_eq!(result.diagnosis, Diagnosis::Stage1);
}

#[test]
fn outside_profile_at_exactly_four_yes() {
    let result = score_preconditions(pre(), &pre_with_no(&["1.2", "1.3", "1.4", "1.5"]));
    assert_eq!(result.tally.yes, 4);
    assert_eq!(result.diagnosis, Diagnosis::OutsideProfile);
}

#[test]
fn outside_profile_when_only_cloud_experience_is_yes() {
    let others = ["1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"];
    let result = score_preconditions(pre(), &pre_with_no(&others));
    assert_eq!(result.tally.yes, 1);
    assert_eq!(result.diagnosis, Diagnosis::OutsideProfile);
}

#[test]
fn no_diagnosis_until_all_eight_answered_unless_1_1_is_no() {
    let mut answers = pre_with_no(&["1.2"]);
    let last = pre().items.last().expect("items").id;
    answers.remove(last);
    let result = score_preconditions(pre(), &answers);
    assert_eq!(result.tally.answered(), 7);
    assert_eq!(result.tally.unanswered(), 1);
    assert!(!result.tally.is_complete());
    assert_eq!(result.diagnosis, Diagnosis::Pending);
}

#[test]
fn stage0_is_settled_as_soon_as_1_1_is_no() {
    let answers: Answers = [("pre-1.1", Answer::No)].into_iter().collect();
    let result = score_preconditions(pre(), &answers);
    assert_eq!(result.tally.unanswered(), 7);
    assert_eq!(result.diagnosis, Diagnosis::Stage0);
}

#[test]
fn every_no_is_listed_as_screened_out_in_item_order() {
    let result = score_preconditions(pre(), &pre_with_no(&["1.7", "1.2", "1.5"]));
    let numbers: Vec<&str> = result.screened_out.iter().map(|item| item.number).collect();
    assert_eq!(numbers, ["1.2", "1.5", "1.7"]);
    let none = score_preconditions(pre(), &pre_with_no(&[]));
    assert!(none.screened_out.is_empty());
}

/// What each result says it rests on, places the organization at, marks as the tool's reading,
/// and whether it rules out stage 1 (for the migration checklist's note): every variant, so a
/// swapped mapping fails here.
#[test]
fn each_diagnosis_names_its_passage_stage_and_reading() {
    use Diagnosis::{OutsideProfile, Pending, Stage0, Stage1};
    let table = [
        (Pending, None, None, None, false),
        (Stage0, Some("stage0"), Some("0"), Some("stage0"), true),
        (Stage1, Some("stage1"), Some("1"), Some("stage1"), false),
        (OutsideProfile, Some("outside_profile"), None, None, true),
    ];
    for (diagnosis, outcome, stage, reading, rules_out) in table {
        assert_eq!(diagnosis.outcome_key(), outcome, "{diagnosis:?}");
        assert_eq!(diagnosis.stage_id(), stage, "{diagnosis:?}");
        assert_eq!(diagnosis.reading_key(), reading, "{diagnosis:?}");
        assert_eq!(diagnosis.rules_out_stage1(), rules_out, "{diagnosis:?}");
    }
}

#[test]
fn no_diagnosis_when_nothing_is_answered() {
    let result = score_preconditions(pre(), &Answers::new());
    assert_eq!(result.diagnosis, Diagnosis::Pending);
    assert_eq!((result.tally.yes, result.tally.no), (0, 0));
    assert_eq!(result.tally.unanswered(), 8);
}

/// Yes/No/unanswered for every item of a checklist, with at least one item unanswered.
fn partial_answers(items: usize) -> impl Strategy<Value = Vec<Option<bool>>> {
    (
        prop::collection::vec(prop::option::of(any::<bool>()), items),
        0..items,
    )
        .prop_map(|(mut answers, blank)| {
            answers[blank] = None;
            answers
        })
}

/// Answers a newer content file or another module could leave in the same map.
fn foreign_answers() -> impl Strategy<Value = Answers> {
    let foreign_ids = prop::sample::select(vec![
        "zzz-9.9", "pre-9.9", "pre-1", "pre-1.1 ", "PRE-1.1", "cov-1.1", "", "mig-4.1", "mig-4.5",
        "mig-4.9",
    ]);
    let answer = prop::sample::select(Answer::ALL.to_vec());
    prop::collection::btree_map(foreign_ids.prop_map(str::to_owned), answer, 0..8)
        .prop_map(|pairs| pairs.into_iter().collect())
}

proptest! {
    #[test]
    fn partial_precondition_answers_are_pending_unless_1_1_is_no(answers in partial_answers(8)) {
        let result = score_preconditions(pre(), &answers_for(pre(), &answers));
        let count = |wanted: Option<bool>| answers.iter().filter(|a| **a == wanted).count();
        let settled = if answers[index_of_1_1()] == Some(false) {
            Diagnosis::Stage0
        } else {
            Diagnosis::Pending
        };
        prop_assert_eq!(result.diagnosis, settled);
        prop_assert_eq!(result.tally.unanswered(), count(None));
        prop_assert_eq!(result.tally.yes, count(Some(true)));
        prop_assert_eq!(result.tally.no, count(Some(false)));
        prop_assert_eq!(result.tally.total, 8);
    }

    #[test]
    fn foreign_answers_do_not_change_the_precondition_result(
        answers in prop::collection::vec(prop::option::of(any::<bool>()), 8),
        foreign in foreign_answers(),
    ) {
        let own = answers_for(pre(), &answers);
        let mut mixed = foreign.clone();
        mixed.extend(own.clone());
        prop_assert_eq!(score_preconditions(pre(), &mixed), score_preconditions(pre(), &own));
        prop_assert_eq!(score_preconditions(pre(), &own).diagnosis, expected_diagnosis(&answers));
    }
}

// ---------------------------------------------------------------------------------------------
// mig: the cloud migration checklist.

fn ids_answered_no(checklist: &Checklist, answers: &[Option<bool>]) -> Vec<String> {
    checklist
        .items
        .iter()
        .zip(answers)
        .filter(|(_, answer)| **answer == Some(false))
        .map(|(item, _)| item.id.to_owned())
        .collect()
}

#[test]
fn ready_only_when_all_nine_are_yes_and_every_no_is_a_blocker_in_order() {
    let items = mig().items.len();
    assert_eq!(items, 9);
    let mut ready = 0;
    for bits in 0..(1u32 << items) {
        let answers = from_bits(items, bits);
        let result = score_migration(mig(), &answers_for(mig(), &answers));
        let blockers: Vec<String> = result
            .blockers
            .iter()
            .map(|item| item.id.to_owned())
            .collect();
        assert_eq!(
            result.tally.yes,
            bits.count_ones() as usize,
            "bits {bits:09b}"
        );
        assert_eq!(
            blockers,
            ids_answered_no(mig(), &answers),
            "bits {bits:09b}"
        );
        if answers.iter().all(|a| *a == Some(true)) {
            assert_eq!(result.readiness, Readiness::Ready);
            assert!(result.blockers.is_empty());
            ready += 1;
        } else {
            assert_eq!(result.readiness, Readiness::NotReady, "bits {bits:09b}");
            assert!(!result.blockers.is_empty());
        }
    }
    assert_eq!(ready, 1, "exactly one of the 512 combinations is ready");
}

#[test]
fn blockers_follow_item_order_not_id_order() {
    // A checklist whose ids sort in the reverse of its item order, so a scorer that walked the
    // (sorted) answers instead of the items would list the blockers backwards.
    let checklist = synthetic(
        "zz",
        Scale::YesNo,
        vec![
            item("zz-c", "1", None),
            item("zz-b", "2", None),
            item("zz-a", "3", None),
        ],
    );
    let answers: Answers = [
        ("zz-a", Answer::No),
        ("zz-c", Answer::No),
        ("zz-b", Answer::Yes),
    ]
    .into_iter()
    .collect();
    let result = score_migration(&checklist, &answers);
    let blockers: Vec<&str> = result.blockers.iter().map(|item| item.number).collect();
    assert_eq!(blockers, ["1", "3"]);
    assert_eq!(result.readiness, Readiness::NotReady);
}

proptest! {
    #[test]
    fn unanswered_migration_items_without_a_no_are_pending(
        (answers, blank) in (prop::collection::vec(prop::option::of(Just(true)), 9), 0..9usize),
    ) {
        let mut answers = answers;
        answers[blank] = None;
        let result = score_migration(mig(), &answers_for(mig(), &answers));
        prop_assert_eq!(result.readiness, Readiness::Pending);
        prop_assert!(result.blockers.is_empty());
        prop_assert_eq!(result.outcome_key(), None);
        prop_assert_eq!(result.tally.unanswered(), answers.iter().filter(|a| a.is_none()).count());
    }

    #[test]
    fn any_migration_no_means_not_ready(
        (answers, no) in (prop::collection::vec(prop::option::of(any::<bool>()), 9), 0..9usize),
    ) {
        let mut answers = answers;
        answers[no] = Some(false);
        let result = score_migration(mig(), &answers_for(mig(), &answers));
        let blockers: Vec<String> = result.blockers.iter().map(|item| item.id.to_owned()).collect();
        prop_assert_eq!(result.readiness, Readiness::NotReady);
        prop_assert_eq!(blockers, ids_answered_no(mig(), &answers));
    }
}

// ---------------------------------------------------------------------------------------------
// Coverage of measure-style modules, on a synthetic checklist.

const BASIC: [&str; 4] = ["cov-1", "cov-2", "cov-3", "cov-4"];
const RECOMMENDED: [&str; 3] = ["cov-5", "cov-6", "cov-7"];

fn text(s: &'static str) -> Localized {
    Localized { ja: s, en: s }
}

fn item(id: &'static str, number: &'static str, tier: Option<Tier>) -> Item {
    Item {
        id,
        number,
        question: text("設定を確認しているか"),
        guidance: &[],
        source: SourceRef {
            file: "001_3a537b5899cd3262.txt",
            section: text("III"),
        },
        tier,
        risk: None,
        layers: &[],
        layer_basis: None,
        statement: None,
        group: None,
        causes: &[],
        practices: &[],
        value_example: None,
        terms: &[],
    }
}

/// A checklist made here, through the same types as the compiled content.
fn synthetic(id: &'static str, scale: Scale, items: Vec<Item>) -> Checklist {
    Checklist {
        id,
        scale,
        neutral_answers: false,
        title: text("対策"),
        purpose: &[],
        intro: &[],
        footnotes: &[],
        source: SourceRef {
            file: "001_3a537b5899cd3262.txt",
            section: text("III"),
        },
        items: Box::leak(items.into_boxed_slice()),
        outcomes: &[],
        readings: &[],
        parts: &[],
    }
}

fn coverage_checklist() -> Checklist {
    synthetic(
        "cov",
        Scale::Coverage,
        BASIC
            .iter()
            .map(|id| item(id, id.trim_start_matches("cov-"), Some(Tier::Basic)))
            .chain(
                RECOMMENDED
                    .iter()
                    .map(|id| item(id, id.trim_start_matches("cov-"), Some(Tier::Recommended))),
            )
            .collect(),
    )
}

/// Answers by id; every N/A comes with its reason, as the form requires.
fn coverage_answers(pairs: &[(&str, Answer)]) -> Answers {
    let mut answers: Answers = pairs.iter().map(|(id, a)| ((*id).to_owned(), *a)).collect();
    for (id, answer) in pairs {
        if *answer == Answer::NotApplicable {
            answers.set_note(id, "対象のサービスを使っていない");
        }
    }
    answers
}

fn basic_ratio(pairs: &[(&str, Answer)]) -> Option<f64> {
    score_coverage(&coverage_checklist(), &coverage_answers(pairs))
        .basic
        .ratio()
}

#[test]
fn done_counts_one_partly_half_not_done_zero() {
    use Answer::{Done, NotDone, Partly};
    assert_eq!(basic_ratio(&[("cov-1", Done)]), Some(1.0));
    assert_eq!(basic_ratio(&[("cov-1", Partly)]), Some(0.5));
    assert_eq!(basic_ratio(&[("cov-1", NotDone)]), Some(0.0));
    assert_eq!(
        basic_ratio(&[("cov-1", Done), ("cov-2", Partly), ("cov-3", NotDone)]),
        Some(0.5)
    );
    assert_eq!(
        basic_ratio(&[
            ("cov-1", Done),
            ("cov-2", Done),
            ("cov-3", Partly),
            ("cov-4", NotDone)
        ]),
        Some(0.625)
    );
}

#[test]
fn not_applicable_leaves_the_denominator() {
    use Answer::{Done, NotApplicable, NotDone, Partly};
    assert_eq!(
        basic_ratio(&[("cov-1", Done), ("cov-2", NotApplicable)]),
        Some(1.0)
    );
    assert_eq!(
        basic_ratio(&[
            ("cov-1", Partly),
            ("cov-2", NotApplicable),
            ("cov-3", NotApplicable)
        ]),
        Some(0.5)
    );
    assert_eq!(
        basic_ratio(&[("cov-1", NotDone), ("cov-2", NotApplicable)]),
        Some(0.0)
    );
}

#[test]
fn no_ratio_until_an_applicable_item_is_answered() {
    use Answer::{NotApplicable, Yes};
    assert_eq!(basic_ratio(&[]), None);
    assert_eq!(
        basic_ratio(&[
            ("cov-1", NotApplicable),
            ("cov-2", NotApplicable),
            ("cov-3", NotApplicable),
            ("cov-4", NotApplicable),
        ]),
        None
    );
    // A yes/no answer is not a coverage answer.
    assert_eq!(basic_ratio(&[("cov-1", Yes)]), None);
}

#[test]
fn coverage_counts_each_answer_kind() {
    use Answer::{Done, NotApplicable, NotDone, Partly};
    let coverage = Coverage::of(
        coverage_checklist().items,
        &coverage_answers(&[
            ("cov-1", Done),
            ("cov-2", Partly),
            ("cov-3", NotDone),
            ("cov-5", NotApplicable),
        ]),
    );
    assert_eq!(
        coverage,
        Coverage {
            done: 1,
            partly: 1,
            not_done: 1,
            not_applicable: 1,
            missing_reason: 0,
            unanswered: 3,
        }
    );
}

#[test]
fn not_applicable_without_a_reason_is_neither_answered_nor_scored() {
    use Answer::{Done, NotApplicable, NotDone};
    let checklist = coverage_checklist();
    let mut answers: Answers = [
        ("cov-1", Done),
        ("cov-2", NotApplicable),
        ("cov-3", NotDone),
    ]
    .into_iter()
    .collect();
    let coverage = Coverage::of(checklist.items, &answers);
    assert_eq!(coverage.missing_reason, 1);
    assert_eq!(coverage.not_applicable, 0);
    assert_eq!(coverage.unanswered, checklist.items.len() - 3);
    assert_eq!(coverage.ratio(), Some(0.5));
    assert_eq!(Progress::of(&checklist, &answers).answered, 2);
    // A blank reason is no reason.
    answers.set_note("cov-2", " 　");
    assert_eq!(Coverage::of(checklist.items, &answers).missing_reason, 1);
    // With a reason it is N/A, answered, and still out of the denominator.
    answers.set_note("cov-2", "使っていない");
    let coverage = Coverage::of(checklist.items, &answers);
    assert_eq!((coverage.missing_reason, coverage.not_applicable), (0, 1));
    assert_eq!(coverage.ratio(), Some(0.5));
    assert_eq!(Progress::of(&checklist, &answers).answered, 3);
    // A note on an answer other than N/A changes nothing.
    answers.set_note("cov-1", "一部の部署のみ");
    assert_eq!(Coverage::of(checklist.items, &answers), coverage);
}

#[test]
fn notes_are_capped() {
    let mut answers = Answers::new();
    answers.set_note("cov-1", &"理".repeat(MAX_NOTE_CHARS + 20));
    let note = &answers.response("cov-1").unwrap().note;
    assert_eq!(note.chars().count(), MAX_NOTE_CHARS);
    answers.set_note("cov-1", "");
    assert!(
        answers.is_empty(),
        "an empty note with no answer removes the response"
    );
}

#[test]
fn an_item_without_a_tier_counts_as_basic() {
    let checklist = synthetic(
        "cov",
        Scale::Coverage,
        vec![
            item("cov-1", "1", None),
            item("cov-2", "2", Some(Tier::Recommended)),
        ],
    );
    let answers = coverage_answers(&[("cov-1", Answer::Done), ("cov-2", Answer::NotDone)]);
    let scored = score_coverage(&checklist, &answers);
    assert_eq!(scored.basic.done, 1);
    assert_eq!(scored.basic.ratio(), Some(1.0));
    assert_eq!(scored.recommended.not_done, 1);
    assert_eq!(scored.recommended.ratio(), Some(0.0));
}

#[test]
fn a_yes_or_no_stored_on_a_coverage_item_is_unanswered() {
    let checklist = coverage_checklist();
    let answers = coverage_answers(&[("cov-1", Answer::Yes), ("cov-2", Answer::No)]);
    let coverage = Coverage::of(checklist.items, &answers);
    assert_eq!(coverage.unanswered, checklist.items.len());
    assert_eq!(coverage.ratio(), None);
    assert_eq!(Progress::of(&checklist, &answers).answered, 0);
}

/// One answer per coverage item (in `BASIC` then `RECOMMENDED` order); `None` is unanswered.
fn coverage_answer_sets() -> impl Strategy<Value = Vec<Option<Answer>>> {
    let answer = prop::sample::select(vec![
        Answer::Done,
        Answer::Partly,
        Answer::NotDone,
        Answer::NotApplicable,
    ]);
    prop::collection::vec(prop::option::of(answer), BASIC.len() + RECOMMENDED.len())
}

fn to_answers(answers: &[Option<Answer>]) -> Answers {
    let pairs: Vec<(&str, Answer)> = BASIC
        .iter()
        .chain(RECOMMENDED.iter())
        .zip(answers)
        .filter_map(|(id, answer)| answer.map(|a| (*id, a)))
        .collect();
    coverage_answers(&pairs)
}

/// The ratio by the rule of PRODUCT.md, from the answers of one tier's items.
fn expected_ratio(answers: &[Option<Answer>]) -> Option<f64> {
    let (mut points, mut possible) = (0.0, 0.0);
    for answer in answers.iter().flatten() {
        match answer {
            Answer::Done => (points, possible) = (points + 1.0, possible + 1.0),
            Answer::Partly => (points, possible) = (points + 0.5, possible + 1.0),
            Answer::NotDone => possible += 1.0,
            _ => {}
        }
    }
    (possible > 0.0).then(|| points / possible)
}

fn score(answers: &[Option<Answer>]) -> TieredCoverage {
    score_coverage(&coverage_checklist(), &to_answers(answers))
}

proptest! {
    #[test]
    fn coverage_ratio_follows_the_rule_and_stays_within_0_and_1(
        answers in coverage_answer_sets(),
    ) {
        let scored = score(&answers);
        let (basic, recommended) = answers.split_at(BASIC.len());
        for (coverage, own) in [(scored.basic, basic), (scored.recommended, recommended)] {
            let expected = expected_ratio(own);
            prop_assert_eq!(coverage.ratio(), expected);
            if let Some(ratio) = coverage.ratio() {
                prop_assert!((0.0..=1.0).contains(&ratio), "ratio {}", ratio);
            }
        }
    }

    #[test]
    fn adding_not_applicable_answers_never_changes_the_ratio(
        answers in coverage_answer_sets(),
        mark in prop::collection::vec(any::<bool>(), BASIC.len() + RECOMMENDED.len()),
    ) {
        let before = score(&answers);
        let with_na: Vec<Option<Answer>> = answers
            .iter()
            .zip(&mark)
            .map(|(answer, mark)| match answer {
                None if *mark => Some(Answer::NotApplicable),
                other => *other,
            })
            .collect();
        let after = score(&with_na);
        prop_assert_eq!(before.basic.ratio(), after.basic.ratio());
        prop_assert_eq!(before.recommended.ratio(), after.recommended.ratio());
    }

    #[test]
    fn an_na_without_its_reason_never_moves_the_ratio_and_is_counted_apart(
        answers in coverage_answer_sets(),
        drop_reason in prop::collection::vec(any::<bool>(), BASIC.len() + RECOMMENDED.len()),
    ) {
        let mut stored = to_answers(&answers);
        let mut dropped = 0;
        for ((id, answer), drop) in BASIC.iter().chain(RECOMMENDED.iter()).zip(&answers).zip(&drop_reason) {
            if *answer == Some(Answer::NotApplicable) && *drop {
                stored.set_note(id, "");
                dropped += 1;
            }
        }
        let checklist = coverage_checklist();
        let scored = score_coverage(&checklist, &stored);
        let with_reasons = score(&answers);
        prop_assert_eq!(scored.basic.ratio(), with_reasons.basic.ratio());
        prop_assert_eq!(scored.recommended.ratio(), with_reasons.recommended.ratio());
        prop_assert_eq!(scored.basic.missing_reason + scored.recommended.missing_reason, dropped);
        let answered = answers.iter().flatten().count();
        prop_assert_eq!(Progress::of(&checklist, &stored).answered, answered - dropped);
    }

    #[test]
    fn each_tier_is_scored_from_its_own_items_only(
        answers in coverage_answer_sets(),
        other in coverage_answer_sets(),
    ) {
        let split = BASIC.len();
        let before = score(&answers);
        // Replace every recommended answer: basic coverage must not move.
        let mut changed = answers.clone();
        changed[split..].copy_from_slice(&other[split..]);
        prop_assert_eq!(score(&changed).basic, before.basic);
        // Replace every basic answer: recommended coverage must not move.
        let mut changed = answers.clone();
        changed[..split].copy_from_slice(&other[..split]);
        prop_assert_eq!(score(&changed).recommended, before.recommended);
    }
}

#[test]
fn percent_rounds_half_up_and_matches_the_ratio() {
    let cases = [
        ((1, 0, 0), Some(100)),
        ((0, 1, 0), Some(50)),
        ((0, 0, 1), Some(0)),
        ((1, 1, 1), Some(50)),
        ((2, 1, 1), Some(63)), // 62.5
        ((0, 1, 2), Some(17)), // 16.67
        ((1, 0, 2), Some(33)), // 33.3
        ((0, 0, 0), None),
    ];
    for ((done, partly, not_done), expected) in cases {
        let coverage = Coverage {
            done,
            partly,
            not_done,
            ..Coverage::default()
        };
        assert_eq!(coverage.percent(), expected, "{done} {partly} {not_done}");
        assert_eq!(
            coverage.percent(),
            coverage.ratio().map(|r| (r * 100.0).round() as u32)
        );
    }
}

#[test]
fn life_coverage_is_broken_down_by_phase() {
    let life = catalog().checklist("life").expect("life");
    let answers = coverage_answers(&[
        ("life-1.1.1", Answer::Done),
        ("life-1.1.2", Answer::NotDone),
        ("life-1.2.1", Answer::Partly),
        ("life-1.3.6", Answer::NotApplicable),
    ]);
    let parts = coverage_by_part(life, &answers);
    let prefixes: Vec<&str> = parts.iter().map(|(part, _)| part.prefix).collect();
    assert_eq!(prefixes, ["1.1", "1.2", "1.3"]);
    let totals: Vec<usize> = parts
        .iter()
        .map(|(_, c)| {
            c.done + c.partly + c.not_done + c.not_applicable + c.missing_reason + c.unanswered
        })
        .collect();
    assert_eq!(totals, [17, 27, 6]);
    assert_eq!(parts[0].1.percent(), Some(50));
    assert_eq!(parts[1].1.percent(), Some(50));
    assert_eq!((parts[2].1.not_applicable, parts[2].1.percent()), (1, None));
}

#[test]
fn causes_are_listed_weakest_first_with_unanswered_last() {
    let mut items = vec![
        item("cov-1", "1", None),
        item("cov-2", "2", None),
        item("cov-3", "3", None),
        item("cov-4", "4", None),
    ];
    items[0].causes = &["organization"];
    items[1].causes = &["rules"];
    items[2].causes = &["settings", "rules"];
    items[3].causes = &["methods"];
    let checklist: &'static Checklist =
        Box::leak(Box::new(synthetic("cov", Scale::Coverage, items)));
    let causes = ["organization", "rules", "settings", "methods"];
    let answers = coverage_answers(&[
        ("cov-1", Answer::Done),
        ("cov-2", Answer::NotDone),
        ("cov-3", Answer::Partly),
    ]);
    let order: Vec<(&str, Option<u32>)> = coverage_by_cause(checklist, &causes, &answers)
        .into_iter()
        .map(|(cause, coverage)| (cause, coverage.percent()))
        .collect();
    assert_eq!(
        order,
        [
            ("rules", Some(25)),
            ("settings", Some(50)),
            ("organization", Some(100)),
            ("methods", None),
        ]
    );
    // Ties keep the order given.
    let none = coverage_by_cause(checklist, &causes, &Answers::new());
    let names: Vec<&str> = none.iter().map(|(cause, _)| *cause).collect();
    assert_eq!(names, causes);
}
