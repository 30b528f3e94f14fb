//! The scoring rules of PRODUCT.md section 2, checked against the real content.

use cloud_self_check::domain::answers::{
    Answer, Answers, ItemResponse, MAX_NOTE_CHARS, MAX_VALUE_CHARS,
};
use cloud_self_check::domain::content::{
    Checklist, Item, Localized, MIGRATION, PRECONDITIONS, Scale, SourceRef, Tier, catalog,
};
use cloud_self_check::domain::scoring::{
    ContractTally, Coverage, Diagnosis, MOST_YES_OF_PRECONDITIONS, Progress, Readiness,
    TieredCoverage, YesNoTally, coverage_by_cause, coverage_by_cause_in_tier, coverage_by_part,
    score_coverage, score_migration, score_preconditions,
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
        (
            OutsideProfile,
            Some("outside_profile"),
            None,
            Some("outside_profile"),
            true,
        ),
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
    Localized::new(s, s)
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
        models: &[],
        layer_basis: None,
        statement: None,
        group: None,
        causes: &[],
        practices: &[],
        value_example: None,
        exhibits: &[],
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
        groups: &[],
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

// ---------------------------------------------------------------------------------------------
// Rounding of the percentage, by its definition rather than by the formula.

/// Whether `percent` is 100 × half_points / possible rounded half up: percent ≤ x + ½ < percent
/// + 1, multiplied through by 2 × possible so that no float is involved.
fn is_rounded_half_up(percent: u32, half_points: usize, possible: usize) -> bool {
    let (p, x2) = (percent as usize, 200 * half_points + possible);
    2 * possible * p <= x2 && x2 < 2 * possible * (p + 1)
}

#[test]
fn percent_rounds_every_exact_half_up() {
    // (done, partly, not done) whose share is exactly n + 0.5 percent.
    let halves = [
        ((0, 1, 3), 13),   // 12.5
        ((1, 1, 2), 38),   // 37.5
        ((2, 1, 1), 63),   // 62.5
        ((3, 1, 0), 88),   // 87.5
        ((0, 1, 99), 1),   // 0.5
        ((99, 1, 0), 100), // 99.5
        ((0, 3, 97), 2),   // 1.5
    ];
    for ((done, partly, not_done), expected) in halves {
        let coverage = Coverage {
            done,
            partly,
            not_done,
            ..Coverage::default()
        };
        assert_eq!(
            coverage.percent(),
            Some(expected),
            "{done} {partly} {not_done}"
        );
    }
    // Just under a half rounds down, just over rounds up: 1/3 of a point is 33.3, 2/3 is 66.7.
    let near = [
        ((1, 0, 2), 33),
        ((2, 0, 1), 67),
        ((0, 1, 1), 25),
        ((1, 1, 0), 75),
    ];
    for ((done, partly, not_done), expected) in near {
        let coverage = Coverage {
            done,
            partly,
            not_done,
            ..Coverage::default()
        };
        assert_eq!(coverage.percent(), Some(expected));
    }
}

#[test]
fn half_points_count_done_twice_partly_once_and_not_applicable_never() {
    let cases = [
        // (done, partly, not done, n/a, missing reason, unanswered) → (points, possible)
        ((0, 0, 0, 0, 0, 0), (0, 0)),
        ((1, 0, 0, 0, 0, 0), (2, 2)),
        ((0, 1, 0, 0, 0, 0), (1, 2)),
        ((0, 0, 1, 0, 0, 0), (0, 2)),
        ((0, 0, 0, 5, 3, 7), (0, 0)),
        ((3, 2, 4, 1, 1, 1), (8, 18)),
        ((2, 3, 0, 0, 0, 0), (7, 10)),
        ((1, 2, 3, 4, 5, 6), (4, 12)),
    ];
    for (
        (done, partly, not_done, not_applicable, missing_reason, unanswered),
        (points, possible),
    ) in cases
    {
        let coverage = Coverage {
            done,
            partly,
            not_done,
            not_applicable,
            missing_reason,
            unanswered,
        };
        assert_eq!(coverage.half_points(), points, "{coverage:?}");
        assert_eq!(coverage.half_points_possible(), possible, "{coverage:?}");
        assert_eq!(coverage.percent().is_some(), possible > 0, "{coverage:?}");
        assert_eq!(coverage.ratio().is_some(), possible > 0, "{coverage:?}");
    }
}

proptest! {
    #[test]
    fn percent_is_the_share_rounded_half_up_and_ratio_is_the_exact_share(
        done in 0usize..300,
        partly in 0usize..300,
        not_done in 0usize..300,
        not_applicable in 0usize..50,
        missing_reason in 0usize..50,
        unanswered in 0usize..50,
    ) {
        let coverage = Coverage {
            done,
            partly,
            not_done,
            not_applicable,
            missing_reason,
            unanswered,
        };
        let (points, possible) = (2 * done + partly, 2 * (done + partly + not_done));
        prop_assert_eq!(coverage.half_points(), points);
        prop_assert_eq!(coverage.half_points_possible(), possible);
        match (coverage.percent(), coverage.ratio()) {
            (None, None) => prop_assert_eq!(possible, 0),
            (Some(percent), Some(ratio)) => {
                prop_assert!(possible > 0);
                prop_assert!(percent <= 100, "percent {}", percent);
                prop_assert!(
                    is_rounded_half_up(percent, points, possible),
                    "{} of {} halves gave {}%", points, possible, percent
                );
                prop_assert_eq!(ratio, points as f64 / possible as f64);
                prop_assert!((0.0..=1.0).contains(&ratio));
            }
            (percent, ratio) => prop_assert!(false, "percent {:?} but ratio {:?}", percent, ratio),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Progress: what counts as answered, on every scale.

/// Whether an answer (with or without a reason) counts as answered on a scale, written out: the
/// scale's own answers, and N/A only with a reason.
fn counts_as_answered(scale: Scale, answer: Answer, has_reason: bool) -> bool {
    use Answer::{Defined, Done, No, NotApplicable, NotDefined, NotDone, Partly, Yes};
    let offered: &[Answer] = match scale {
        Scale::YesNo => &[Yes, No],
        Scale::Coverage => &[Done, Partly, NotDone, NotApplicable],
        Scale::Contract => &[Defined, NotDefined, NotApplicable],
    };
    offered.contains(&answer) && (answer != NotApplicable || has_reason)
}

const SCALES: [Scale; 3] = [Scale::YesNo, Scale::Coverage, Scale::Contract];

#[test]
fn each_scale_offers_its_own_answers_in_form_order() {
    use Answer::{Defined, Done, No, NotApplicable, NotDefined, NotDone, Partly, Yes};
    assert_eq!(Answer::choices(Scale::YesNo), [Yes, No]);
    assert_eq!(
        Answer::choices(Scale::Coverage),
        [Done, Partly, NotDone, NotApplicable]
    );
    assert_eq!(
        Answer::choices(Scale::Contract),
        [Defined, NotDefined, NotApplicable]
    );
    for scale in SCALES {
        for answer in Answer::ALL {
            assert_eq!(
                answer.fits(scale),
                counts_as_answered(scale, answer, true),
                "{answer:?} on {scale:?}"
            );
        }
    }
}

#[test]
fn every_answer_on_every_scale_is_settled_by_the_rule() {
    let notes = ["", " ", "\u{3000}", "\t\n ", "使っていない", " x "];
    for scale in SCALES {
        for answer in Answer::ALL {
            for note in notes {
                let has_reason = !note.trim().is_empty();
                let response = ItemResponse {
                    answer: Some(answer),
                    note: note.to_owned(),
                    ..ItemResponse::default()
                };
                let want = counts_as_answered(scale, answer, has_reason);
                assert_eq!(
                    response.settled(scale),
                    want.then_some(answer),
                    "{answer:?} on {scale:?}, note {note:?}"
                );
                assert_eq!(
                    response.lacks_reason(),
                    answer == Answer::NotApplicable && !has_reason,
                    "{answer:?}, note {note:?}"
                );
            }
        }
        // No answer is never settled, whatever is written beside it.
        let noted = ItemResponse {
            note: "確認中".into(),
            value: "99.9%".into(),
            ..ItemResponse::default()
        };
        assert_eq!(noted.settled(scale), None);
        assert!(!noted.lacks_reason());
    }
}

/// A checklist of `count` items on `scale`, ids `p-0`, `p-1`, ….
fn progress_checklist(scale: Scale, count: usize) -> Checklist {
    let items = (0..count)
        .map(|i| {
            let id: &'static str = Box::leak(format!("p-{i}").into_boxed_str());
            item(id, id.trim_start_matches("p-"), None)
        })
        .collect();
    synthetic("p", scale, items)
}

/// One item's record: an answer or none, and a reason or none.
fn item_records(count: usize) -> impl Strategy<Value = Vec<(Option<Answer>, bool)>> {
    prop::collection::vec(
        (
            prop::option::of(prop::sample::select(Answer::ALL.to_vec())),
            any::<bool>(),
        ),
        count,
    )
}

fn record_answers(records: &[(Option<Answer>, bool)]) -> Answers {
    let mut answers = Answers::new();
    for (i, (answer, reason)) in records.iter().enumerate() {
        let id = format!("p-{i}");
        if let Some(answer) = answer {
            answers.insert(id.clone(), *answer);
        }
        if *reason {
            answers.set_note(&id, "理由");
        }
    }
    answers
}

proptest! {
    #[test]
    fn progress_counts_every_item_and_answers_only_settled_ones(
        scale in prop::sample::select(SCALES.to_vec()),
        records in (0usize..12).prop_flat_map(item_records),
    ) {
        let checklist = progress_checklist(scale, records.len());
        let answers = record_answers(&records);
        let expected = records
            .iter()
            .filter(|(answer, reason)| {
                answer.is_some_and(|answer| counts_as_answered(scale, answer, *reason))
            })
            .count();
        let progress = Progress::of(&checklist, &answers);
        prop_assert_eq!(progress, Progress { answered: expected, total: records.len() });
        prop_assert_eq!(Progress::of_items(checklist.items, scale, &answers), progress);
    }
}

#[test]
fn progress_of_some_items_counts_only_those() {
    let checklist = progress_checklist(Scale::Coverage, 6);
    let answers = record_answers(&[
        (Some(Answer::Done), false),
        (Some(Answer::NotApplicable), false),
        (Some(Answer::NotApplicable), true),
        (None, true),
        (Some(Answer::Yes), false),
        (Some(Answer::Partly), false),
    ]);
    assert_eq!(
        Progress::of(&checklist, &answers),
        Progress {
            answered: 3,
            total: 6
        }
    );
    assert_eq!(
        Progress::of_items(&checklist.items[..3], Scale::Coverage, &answers),
        Progress {
            answered: 2,
            total: 3
        }
    );
    assert_eq!(
        Progress::of_items(&checklist.items[4..], Scale::Coverage, &answers),
        Progress {
            answered: 1,
            total: 2
        }
    );
    assert_eq!(
        Progress::of_items(&checklist.items[..0], Scale::Coverage, &answers),
        Progress {
            answered: 0,
            total: 0
        }
    );
    // The same records read on the yes/no scale: only the Yes is a yes/no answer.
    assert_eq!(
        Progress::of_items(checklist.items, Scale::YesNo, &answers),
        Progress {
            answered: 1,
            total: 6
        }
    );
    assert_eq!(Progress::of(pre(), &pre_with_no(&["1.3"])).total, 8);
    assert_eq!(Progress::of(pre(), &pre_with_no(&["1.3"])).answered, 8);
    assert_eq!(Progress::of(mig(), &Answers::new()).total, 9);
}

#[test]
fn yes_no_tally_counts_only_yes_and_no() {
    // Answers of other scales stored on yes/no items are neither Yes nor No.
    let ids: Vec<&str> = pre().items.iter().map(|item| item.id).collect();
    let answers: Answers = [
        (ids[0], Answer::Yes),
        (ids[1], Answer::Yes),
        (ids[2], Answer::No),
        (ids[3], Answer::Done),
        (ids[4], Answer::NotApplicable),
        (ids[5], Answer::Defined),
    ]
    .into_iter()
    .collect();
    let result = score_preconditions(pre(), &answers);
    assert_eq!(
        result.tally,
        YesNoTally {
            yes: 2,
            no: 1,
            total: 8
        }
    );
    assert_eq!(result.tally.answered(), 3);
    assert_eq!(result.tally.unanswered(), 5);
    assert!(!result.tally.is_complete());
    assert_eq!(result.diagnosis, Diagnosis::Pending);
    assert_eq!(Progress::of(pre(), &answers).answered, 3);
}

#[test]
fn yes_no_tally_arithmetic() {
    let cases = [
        // (yes, no, total) → (answered, unanswered, complete)
        ((0, 0, 8), (0, 8, false)),
        ((8, 0, 8), (8, 0, true)),
        ((0, 8, 8), (8, 0, true)),
        ((3, 5, 8), (8, 0, true)),
        ((2, 3, 9), (5, 4, false)),
        ((1, 1, 3), (2, 1, false)),
        ((0, 0, 0), (0, 0, true)),
    ];
    for ((yes, no, total), (answered, unanswered, complete)) in cases {
        let tally = YesNoTally { yes, no, total };
        assert_eq!(tally.answered(), answered, "{tally:?}");
        assert_eq!(tally.unanswered(), unanswered, "{tally:?}");
        assert_eq!(tally.is_complete(), complete, "{tally:?}");
    }
}

#[test]
fn migration_outcome_keys() {
    let ready = score_migration(mig(), &answers_for(mig(), &[Some(true); 9]));
    assert_eq!(ready.readiness, Readiness::Ready);
    assert_eq!(ready.outcome_key(), Some("ready"));
    let mut one_no = [Some(true); 9];
    one_no[4] = Some(false);
    let not_ready = score_migration(mig(), &answers_for(mig(), &one_no));
    assert_eq!(not_ready.outcome_key(), Some("not_ready"));
    let pending = score_migration(mig(), &Answers::new());
    assert_eq!(pending.readiness, Readiness::Pending);
    assert_eq!(pending.outcome_key(), None);
    assert_eq!(pending.tally.unanswered(), 9);
}

// ---------------------------------------------------------------------------------------------
// Coverage: every answer kind, with and without a reason, on either tier.

/// What one item adds to coverage, written out from PRODUCT.md section 2 and the N/A rule.
fn expected_coverage(records: &[(Option<Answer>, bool)]) -> Coverage {
    let mut coverage = Coverage::default();
    for (answer, reason) in records {
        match answer {
            Some(Answer::Done) => coverage.done += 1,
            Some(Answer::Partly) => coverage.partly += 1,
            Some(Answer::NotDone) => coverage.not_done += 1,
            Some(Answer::NotApplicable) if *reason => coverage.not_applicable += 1,
            Some(Answer::NotApplicable) => coverage.missing_reason += 1,
            Some(Answer::Yes | Answer::No | Answer::Defined | Answer::NotDefined) | None => {
                coverage.unanswered += 1
            }
        }
    }
    coverage
}

proptest! {
    #[test]
    fn coverage_counts_follow_the_rule_for_any_answer_and_note(
        records in (0usize..14).prop_flat_map(item_records),
    ) {
        let checklist = progress_checklist(Scale::Coverage, records.len());
        let answers = record_answers(&records);
        let coverage = Coverage::of(checklist.items, &answers);
        prop_assert_eq!(coverage, expected_coverage(&records));
        let counted = coverage.done
            + coverage.partly
            + coverage.not_done
            + coverage.not_applicable
            + coverage.missing_reason
            + coverage.unanswered;
        prop_assert_eq!(counted, records.len());
        // Every item has no tier, so all of it is 基本.
        let tiered = score_coverage(&checklist, &answers);
        prop_assert_eq!(tiered, TieredCoverage { basic: coverage, recommended: Coverage::default() });
    }

    #[test]
    fn each_tier_counts_exactly_its_own_items(
        tiers in prop::collection::vec(prop::option::of(prop::sample::select(vec![Tier::Basic, Tier::Recommended])), 0..12),
        seed in item_records(12),
    ) {
        let records = &seed[..tiers.len()];
        let items = tiers
            .iter()
            .enumerate()
            .map(|(i, tier)| {
                let id: &'static str = Box::leak(format!("p-{i}").into_boxed_str());
                item(id, id, *tier)
            })
            .collect();
        let checklist = synthetic("p", Scale::Coverage, items);
        let answers = record_answers(records);
        let of_tier = |wanted: Tier| -> Vec<(Option<Answer>, bool)> {
            tiers
                .iter()
                .zip(records)
                .filter(|(tier, _)| tier.unwrap_or(Tier::Basic) == wanted)
                .map(|(_, record)| *record)
                .collect()
        };
        let scored = score_coverage(&checklist, &answers);
        prop_assert_eq!(scored.basic, expected_coverage(&of_tier(Tier::Basic)));
        prop_assert_eq!(scored.recommended, expected_coverage(&of_tier(Tier::Recommended)));
    }
}

#[test]
fn coverage_of_a_handful_of_each_kind() {
    // Several of every kind, so a count that does not add up (e.g. multiplies) shows.
    let records = [
        (Some(Answer::Done), false),
        (Some(Answer::Done), true),
        (Some(Answer::Done), false),
        (Some(Answer::Partly), false),
        (Some(Answer::Partly), true),
        (Some(Answer::NotDone), false),
        (Some(Answer::NotDone), false),
        (Some(Answer::NotDone), true),
        (Some(Answer::NotDone), false),
        (Some(Answer::NotApplicable), true),
        (Some(Answer::NotApplicable), true),
        (Some(Answer::NotApplicable), false),
        (Some(Answer::NotApplicable), false),
        (Some(Answer::NotApplicable), false),
        (Some(Answer::Yes), false),
        (Some(Answer::Defined), false),
        (None, true),
    ];
    let checklist = progress_checklist(Scale::Coverage, records.len());
    let coverage = Coverage::of(checklist.items, &record_answers(&records));
    assert_eq!(
        coverage,
        Coverage {
            done: 3,
            partly: 2,
            not_done: 4,
            not_applicable: 2,
            missing_reason: 3,
            unanswered: 3,
        }
    );
    assert_eq!(
        (coverage.half_points(), coverage.half_points_possible()),
        (8, 18)
    );
    assert_eq!(coverage.percent(), Some(44)); // 44.4
}

#[test]
fn coverage_by_part_scores_each_part_from_its_own_items() {
    let life = catalog().checklist("life").expect("life");
    let parts = coverage_by_part(life, &Answers::new());
    assert_eq!(parts.len(), life.parts.len());
    for ((part, coverage), own) in parts.iter().zip(life.parts) {
        assert!(std::ptr::eq(*part, own));
        let items = life.items.iter().filter(|item| own.holds(item)).count();
        assert_eq!(
            *coverage,
            Coverage {
                unanswered: items,
                ..Coverage::default()
            }
        );
    }
}

#[test]
fn coverage_by_cause_sorts_by_share_then_unanswered_keeping_ties_in_order() {
    let mut items = vec![
        item("cov-1", "1", None),
        item("cov-2", "2", None),
        item("cov-3", "3", None),
        item("cov-4", "4", None),
        item("cov-5", "5", None),
    ];
    items[0].causes = &["a"];
    items[1].causes = &["b"];
    items[2].causes = &["c"];
    items[3].causes = &["d"];
    items[4].causes = &["e"];
    let checklist = synthetic("cov", Scale::Coverage, items);
    let causes = ["a", "b", "c", "d", "e", "f"];
    let answers = coverage_answers(&[
        ("cov-1", Answer::Done),
        ("cov-2", Answer::Partly),
        ("cov-4", Answer::Partly),
        ("cov-5", Answer::NotDone),
    ]);
    let order: Vec<&str> = coverage_by_cause(&checklist, &causes, &answers)
        .into_iter()
        .map(|(cause, _)| cause)
        .collect();
    // e 0%, b and d 50% (in the given order), a 100%, then c and f with nothing to score.
    assert_eq!(order, ["e", "b", "d", "a", "c", "f"]);
    let scored = coverage_by_cause(&checklist, &causes, &answers);
    let e = scored[0].1;
    assert_eq!((e.not_done, e.unanswered), (1, 0));
    assert_eq!(scored[5].1, Coverage::default(), "f has no item");
}

// ---------------------------------------------------------------------------------------------
// The contract and SLA check.

fn contract_checklist(count: usize) -> &'static Checklist {
    Box::leak(Box::new(progress_checklist(Scale::Contract, count)))
}

#[test]
fn contract_tally_counts_each_answer_kind_and_lists_what_is_left_open_in_item_order() {
    let records = [
        (Some(Answer::Defined), false),
        (Some(Answer::NotDefined), false),
        (Some(Answer::Defined), true),
        (Some(Answer::NotApplicable), true),
        (Some(Answer::NotApplicable), false),
        (Some(Answer::NotDefined), true),
        (Some(Answer::Done), false),
        (Some(Answer::Yes), false),
        (None, true),
        (Some(Answer::Defined), false),
        (Some(Answer::NotApplicable), true),
        (Some(Answer::NotApplicable), false),
        (Some(Answer::NotApplicable), false),
    ];
    let checklist = contract_checklist(records.len());
    let tally = ContractTally::of(checklist, &record_answers(&records));
    let open: Vec<&str> = tally.open.iter().map(|item| item.id).collect();
    assert_eq!(open, ["p-1", "p-5"]);
    assert_eq!(
        (
            tally.defined,
            tally.not_applicable,
            tally.missing_reason,
            tally.unanswered
        ),
        (3, 2, 3, 3)
    );
    assert_eq!(
        Progress::of(checklist, &record_answers(&records)).answered,
        3 + 2 + 2
    );
}

#[test]
fn an_empty_contract_check_is_all_unanswered() {
    let checklist = contract_checklist(4);
    assert_eq!(
        ContractTally::of(checklist, &Answers::new()),
        ContractTally {
            unanswered: 4,
            ..ContractTally::default()
        }
    );
}

proptest! {
    #[test]
    fn contract_tally_follows_the_rule_for_any_answer_and_note(
        records in (0usize..14).prop_flat_map(item_records),
    ) {
        let checklist = contract_checklist(records.len());
        let answers = record_answers(&records);
        let tally = ContractTally::of(checklist, &answers);
        let mut expected = ContractTally::default();
        for (item, (answer, reason)) in checklist.items.iter().zip(&records) {
            match answer {
                Some(Answer::Defined) => expected.defined += 1,
                Some(Answer::NotDefined) => expected.open.push(item),
                Some(Answer::NotApplicable) if *reason => expected.not_applicable += 1,
                Some(Answer::NotApplicable) => expected.missing_reason += 1,
                _ => expected.unanswered += 1,
            }
        }
        prop_assert_eq!(&tally, &expected);
        prop_assert_eq!(
            tally.defined + tally.open.len() + tally.not_applicable + tally.missing_reason
                + tally.unanswered,
            records.len()
        );
        prop_assert_eq!(
            Progress::of(checklist, &answers).answered,
            tally.defined + tally.open.len() + tally.not_applicable
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Answers: what is stored, capped, kept and removed.

#[test]
fn values_are_capped_in_characters() {
    let mut answers = Answers::new();
    answers.set_value("sla-1", &"％".repeat(MAX_VALUE_CHARS + 7));
    let value = &answers.response("sla-1").expect("stored").value;
    assert_eq!(value.chars().count(), MAX_VALUE_CHARS);
    assert_eq!(*value, "％".repeat(MAX_VALUE_CHARS));
    // At the cap, nothing is cut; a value is not trimmed.
    let exact = format!(" {}", "9".repeat(MAX_VALUE_CHARS - 1));
    answers.set_value("sla-1", &exact);
    assert_eq!(answers.response("sla-1").expect("stored").value, exact);
    answers.set_value("sla-1", "99.9%以上");
    assert_eq!(
        answers.response("sla-1").expect("stored").value,
        "99.9%以上"
    );
    answers.set_value("sla-1", "");
    assert!(
        answers.is_empty(),
        "an empty value with nothing else removes the response"
    );
}

#[test]
fn notes_are_capped_in_characters_not_bytes() {
    let mut answers = Answers::new();
    let long = format!("{}末尾", "理".repeat(MAX_NOTE_CHARS - 1));
    answers.set_note("cov-1", &long);
    let note = &answers.response("cov-1").expect("stored").note;
    assert_eq!(*note, format!("{}末", "理".repeat(MAX_NOTE_CHARS - 1)));
    let exact = "a".repeat(MAX_NOTE_CHARS);
    answers.set_note("cov-1", &exact);
    assert_eq!(answers.response("cov-1").expect("stored").note, exact);
}

#[test]
fn setting_a_note_or_value_keeps_the_rest_of_the_response() {
    let mut answers = Answers::new();
    answers.set_response(
        "sla-1",
        ItemResponse {
            answer: Some(Answer::Defined),
            note: "旧".into(),
            value: "99%".into(),
            owner: "情報システム部".into(),
            due: "2025-04-01".into(),
        },
    );
    answers.set_note("sla-1", "新しいメモ");
    answers.set_value("sla-1", "99.9%");
    assert_eq!(
        answers.response("sla-1"),
        Some(&ItemResponse {
            answer: Some(Answer::Defined),
            note: "新しいメモ".into(),
            value: "99.9%".into(),
            owner: "情報システム部".into(),
            due: "2025-04-01".into(),
        })
    );
    // Clearing the note and value of an answered item keeps the answer.
    answers.set_note("sla-1", "");
    answers.set_value("sla-1", "");
    assert_eq!(answers.get("sla-1"), Some(&Answer::Defined));
    // A new answer keeps the note.
    answers.set_note("sla-1", "理由");
    answers.insert("sla-1", Answer::NotApplicable);
    let response = answers.response("sla-1").expect("stored");
    assert_eq!(
        (response.answer, response.note.as_str()),
        (Some(Answer::NotApplicable), "理由")
    );
    assert!(!response.lacks_reason());
    // A note alone is kept even with no answer.
    answers.set_note("cov-9", "確認中");
    assert_eq!(answers.get("cov-9"), None);
    assert_eq!(answers.response("cov-9").expect("kept").note, "確認中");
}

#[test]
fn remove_returns_what_was_recorded_and_forgets_it() {
    let mut answers = Answers::new();
    answers.insert("pre-1.1", Answer::Yes);
    answers.set_note("pre-1.1", "メモ");
    answers.insert("pre-1.2", Answer::No);
    assert_eq!(
        answers.remove("pre-1.1"),
        Some(ItemResponse {
            answer: Some(Answer::Yes),
            note: "メモ".into(),
            ..ItemResponse::default()
        })
    );
    assert_eq!(answers.remove("pre-1.1"), None);
    assert_eq!(answers.response("pre-1.1"), None);
    assert_eq!(answers.get("pre-1.2"), Some(&Answer::No));
    assert_eq!(answers.remove("nothing"), None);
    assert!(!answers.is_empty());
    assert!(answers.remove("pre-1.2").is_some());
    assert!(answers.is_empty());
}

#[test]
fn responses_iterate_in_id_order_and_round_trip() {
    let answers: Answers = [
        ("mig-4.1", Answer::Yes),
        ("cov-2", Answer::Done),
        ("pre-1.1", Answer::No),
    ]
    .into_iter()
    .collect();
    let listed: Vec<(&str, Option<Answer>)> = answers
        .iter()
        .map(|(id, response)| (id, response.answer))
        .collect();
    assert_eq!(
        listed,
        [
            ("cov-2", Some(Answer::Done)),
            ("mig-4.1", Some(Answer::Yes)),
            ("pre-1.1", Some(Answer::No)),
        ]
    );
    assert_eq!(Answers::new().iter().count(), 0);
    let owned: Vec<(String, ItemResponse)> = answers.clone().into_iter().collect();
    assert_eq!(owned.len(), 3);
    assert_eq!(owned[0].0, "cov-2");
    let mut rebuilt = Answers::new();
    rebuilt.extend(owned);
    assert_eq!(rebuilt, answers);
}

#[test]
fn extend_replaces_whole_responses_and_drops_empty_ones() {
    let mut answers = Answers::new();
    answers.insert("a", Answer::Done);
    answers.set_note("a", "古いメモ");
    answers.insert("b", Answer::No);
    answers.extend([
        (
            "a".to_owned(),
            ItemResponse {
                answer: Some(Answer::Partly),
                ..ItemResponse::default()
            },
        ),
        ("b".to_owned(), ItemResponse::default()),
        (
            "c".to_owned(),
            ItemResponse {
                owner: "総務".into(),
                ..ItemResponse::default()
            },
        ),
    ]);
    assert_eq!(
        answers.response("a"),
        Some(&ItemResponse {
            answer: Some(Answer::Partly),
            ..ItemResponse::default()
        }),
        "the note of the replaced response is gone"
    );
    assert_eq!(answers.response("b"), None);
    assert_eq!(answers.response("c").expect("kept").owner, "総務");
    let ids: Vec<&str> = answers.iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["a", "c"]);
}

proptest! {
    #[test]
    fn notes_and_values_keep_a_prefix_of_at_most_the_cap(
        note in "\\PC{0,600}",
        value in "\\PC{0,260}",
    ) {
        let mut answers = Answers::new();
        answers.set_note("x", &note);
        answers.set_value("x", &value);
        let stored_note: String = note.chars().take(MAX_NOTE_CHARS).collect();
        let stored_value: String = value.chars().take(MAX_VALUE_CHARS).collect();
        if stored_note.is_empty() && stored_value.is_empty() {
            prop_assert!(answers.is_empty());
        } else {
            let response = answers.response("x").expect("stored");
            prop_assert_eq!(&response.note, &stored_note);
            prop_assert_eq!(&response.value, &stored_value);
            prop_assert_eq!(response.answer, None);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Coverage by cause, one tier at a time (the results dashboard's radar chart).

const CAUSES: [&str; 4] = ["organization", "rules", "settings", "methods"];

fn user_measures() -> &'static Checklist {
    catalog().checklist("msr-u").expect("checklist msr-u")
}

#[test]
fn by_cause_in_tier_keeps_the_causes_order_and_never_blends_tiers() {
    let checklist = user_measures();
    // Every 基本 measure done, every 推奨 measure not done.
    let answers: Answers = checklist
        .items
        .iter()
        .map(|item| {
            let answer = if item.tier == Some(Tier::Recommended) {
                Answer::NotDone
            } else {
                Answer::Done
            };
            (item.id, answer)
        })
        .collect();
    let basic = coverage_by_cause_in_tier(checklist, &CAUSES, Tier::Basic, &answers);
    let recommended = coverage_by_cause_in_tier(checklist, &CAUSES, Tier::Recommended, &answers);
    fn names(list: &[(&'static str, Coverage)]) -> Vec<&'static str> {
        list.iter().map(|(cause, _)| *cause).collect()
    }
    assert_eq!(names(&basic), CAUSES);
    assert_eq!(names(&recommended), CAUSES);
    for ((cause, basic), (_, recommended)) in basic.iter().zip(&recommended) {
        let in_tier = |tier: Tier| {
            checklist
                .items
                .iter()
                .filter(|item| {
                    item.causes.contains(cause) && item.tier.unwrap_or(Tier::Basic) == tier
                })
                .count()
        };
        assert_eq!(basic.done, in_tier(Tier::Basic), "{cause}");
        assert_eq!(basic.not_done, 0, "{cause}");
        assert_eq!(recommended.not_done, in_tier(Tier::Recommended), "{cause}");
        assert_eq!(recommended.done, 0, "{cause}");
        assert_eq!(
            basic.percent(),
            (in_tier(Tier::Basic) > 0).then_some(100),
            "{cause}"
        );
        assert_eq!(
            recommended.percent(),
            (in_tier(Tier::Recommended) > 0).then_some(0),
            "{cause}"
        );
    }
    assert!(
        recommended
            .iter()
            .any(|(_, coverage)| coverage.not_done > 0),
        "msr-u has 推奨 measures under some cause"
    );
}

proptest! {
    #[test]
    fn by_cause_in_tier_adds_up_to_the_blended_breakdown(
        picks in prop::collection::vec(0usize..5, 19)
    ) {
        let checklist = user_measures();
        let choices = [None, Some(Answer::Done), Some(Answer::Partly), Some(Answer::NotDone), Some(Answer::NotApplicable)];
        let mut answers = Answers::new();
        for (item, pick) in checklist.items.iter().zip(&picks) {
            if let Some(answer) = choices[*pick] {
                answers.insert(item.id, answer);
                answers.set_note(item.id, "理由");
            }
        }
        let blended = coverage_by_cause(checklist, &CAUSES, &answers);
        let basic = coverage_by_cause_in_tier(checklist, &CAUSES, Tier::Basic, &answers);
        let recommended = coverage_by_cause_in_tier(checklist, &CAUSES, Tier::Recommended, &answers);
        for ((cause, b), (_, r)) in basic.iter().zip(&recommended) {
            let (_, all) = blended.iter().find(|(c, _)| c == cause).expect("every cause");
            prop_assert_eq!(b.done + r.done, all.done);
            prop_assert_eq!(b.partly + r.partly, all.partly);
            prop_assert_eq!(b.not_done + r.not_done, all.not_done);
            prop_assert_eq!(b.not_applicable + r.not_applicable, all.not_applicable);
            prop_assert_eq!(b.unanswered + r.unanswered, all.unanswered);
        }
    }
}
