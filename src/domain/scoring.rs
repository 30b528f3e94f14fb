//! Scores and diagnoses. Every number the app shows comes from one function here per module.

use super::answers::{Answer, Answers};
use super::content::{Checklist, ChecklistPart, Item, Scale, Tier};

/// How many items of a checklist have an answer their scale offers, whatever the scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    pub fn of(checklist: &Checklist, answers: &Answers) -> Progress {
        Progress::of_items(checklist.items, checklist.scale, answers)
    }

    /// Progress over some items of a checklist of the given scale.
    pub fn of_items<'a>(
        items: impl IntoIterator<Item = &'a Item>,
        scale: Scale,
        answers: &Answers,
    ) -> Progress {
        let mut progress = Progress {
            answered: 0,
            total: 0,
        };
        for item in items {
            progress.total += 1;
            if answers
                .response(item.id)
                .and_then(|response| response.settled(scale))
                .is_some()
            {
                progress.answered += 1;
            }
        }
        progress
    }
}

/// How many items of a yes/no checklist are answered which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YesNoTally {
    pub yes: usize,
    pub no: usize,
    pub total: usize,
}

impl YesNoTally {
    pub fn of(checklist: &Checklist, answers: &Answers) -> YesNoTally {
        let count = |wanted: Answer| {
            checklist
                .items
                .iter()
                .filter(|item| answers.get(item.id) == Some(&wanted))
                .count()
        };
        YesNoTally {
            yes: count(Answer::Yes),
            no: count(Answer::No),
            total: checklist.items.len(),
        }
    }

    pub fn answered(&self) -> usize {
        self.yes + self.no
    }

    pub fn unanswered(&self) -> usize {
        self.total - self.answered()
    }

    pub fn is_complete(&self) -> bool {
        self.unanswered() == 0
    }
}

/// The item whose No settles the diagnosis on its own (004 VI 1.1 item 1.1: no cloud
/// experience, which the report does not address).
pub const CLOUD_EXPERIENCE_ITEM: &str = "pre-1.1";

/// The least number of Yes that this tool counts as "most" (大半) of the 8 preconditions. The
/// report says only 大半 (004 VI 1.2); 5 of 8 is this tool's reading, and the result says so.
pub const MOST_YES_OF_PRECONDITIONS: usize = 5;

/// The result of the precondition check (PRODUCT.md section 2, 004 VI 1.1–1.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Diagnosis {
    /// Not settled yet: items are unanswered and item 1.1 is not No.
    Pending,
    /// Item 1.1 is No: no cloud experience. The report leaves such organizations out of its
    /// scope; placing them at 第0段階 of table 4 is this tool's reading. Settled at once,
    /// whatever the other answers.
    Stage0,
    /// All answered, 1.1 Yes and most (this tool: 5 or more) Yes: 第1段階 (004 VI 1.2).
    Stage1,
    /// All answered, 1.1 Yes and 4 or fewer Yes: outside the profile the checklists were
    /// written for (004 VI 1.1). Not a stage: the report ties no stage to this.
    OutsideProfile,
}

impl Diagnosis {
    /// The key of the passage in `pre.json` this result quotes as its basis.
    pub fn outcome_key(self) -> Option<&'static str> {
        match self {
            Diagnosis::Pending => None,
            Diagnosis::Stage0 => Some("stage0"),
            Diagnosis::Stage1 => Some("stage1"),
            Diagnosis::OutsideProfile => Some("outside_profile"),
        }
    }

    /// The key of this tool's own reading in `pre.json` that the result must show, if any.
    pub fn reading_key(self) -> Option<&'static str> {
        match self {
            Diagnosis::Stage0 => Some("stage0"),
            Diagnosis::Stage1 => Some("stage1"),
            // 「4 or fewer」 rests on the reading 大半 = 5 of 8, so it is shown here too.
            Diagnosis::OutsideProfile => Some("outside_profile"),
            Diagnosis::Pending => None,
        }
    }

    /// The stage of 004 II.5.2 table 4 this result places the organization at, if any.
    pub fn stage_id(self) -> Option<&'static str> {
        match self {
            Diagnosis::Stage0 => Some("0"),
            Diagnosis::Stage1 => Some("1"),
            Diagnosis::Pending | Diagnosis::OutsideProfile => None,
        }
    }

    /// Whether the result is settled and is not stage 1. The migration checklist is written for
    /// stage 1 organizations (004 VI 1.2, 第一段階であれば), so its verdict then says so.
    pub fn rules_out_stage1(self) -> bool {
        matches!(self, Diagnosis::Stage0 | Diagnosis::OutsideProfile)
    }
}

/// Result of the precondition check (`pre`).
#[derive(Clone, Debug, PartialEq)]
pub struct PreconditionResult {
    pub tally: YesNoTally,
    pub diagnosis: Diagnosis,
    /// The items answered No, in item order. Each 補足説明 says what kind of organization the
    /// item screens out; the outside-the-profile result lists them.
    pub screened_out: Vec<&'static Item>,
}

/// Scores the precondition check: "Yes n/8", and the diagnosis once it is settled.
pub fn score_preconditions(checklist: &Checklist, answers: &Answers) -> PreconditionResult {
    let tally = YesNoTally::of(checklist, answers);
    let diagnosis = if answers.get(CLOUD_EXPERIENCE_ITEM) == Some(&Answer::No) {
        Diagnosis::Stage0
    } else if !tally.is_complete() {
        Diagnosis::Pending
    } else if tally.yes >= MOST_YES_OF_PRECONDITIONS {
        Diagnosis::Stage1
    } else {
        Diagnosis::OutsideProfile
    };
    PreconditionResult {
        tally,
        diagnosis,
        screened_out: answered_no(checklist, answers),
    }
}

/// The items of a checklist answered No, in item order.
fn answered_no(checklist: &Checklist, answers: &Answers) -> Vec<&'static Item> {
    checklist
        .items
        .iter()
        .filter(|item| answers.get(item.id) == Some(&Answer::No))
        .collect()
}

/// Whether the organization may move on to stage 2 (004 VI 1.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    /// All items Yes: ready for stage 2.
    Ready,
    /// At least one No: each No is a blocker.
    NotReady,
    /// No No yet, but some items unanswered.
    Pending,
}

/// Result of the cloud migration checklist (`mig`).
#[derive(Clone, Debug, PartialEq)]
pub struct MigrationResult {
    pub tally: YesNoTally,
    pub readiness: Readiness,
    /// The items answered No, in item order: what stands between the user and stage 2.
    pub blockers: Vec<&'static Item>,
}

impl MigrationResult {
    pub fn outcome_key(&self) -> Option<&'static str> {
        match self.readiness {
            Readiness::Ready => Some("ready"),
            Readiness::NotReady => Some("not_ready"),
            Readiness::Pending => None,
        }
    }
}

/// Scores the migration checklist: "Yes n/9", ready only when every item is Yes.
pub fn score_migration(checklist: &Checklist, answers: &Answers) -> MigrationResult {
    let tally = YesNoTally::of(checklist, answers);
    let blockers = answered_no(checklist, answers);
    let readiness = if !blockers.is_empty() {
        Readiness::NotReady
    } else if tally.yes == tally.total {
        Readiness::Ready
    } else {
        Readiness::Pending
    };
    MigrationResult {
        tally,
        readiness,
        blockers,
    }
}

/// Coverage of measure-style items: Done counts 1, Partly 0.5, Not done 0, and N/A leaves the
/// denominator (PRODUCT.md section 2). Halves are kept as integers so no rounding creeps in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub done: usize,
    pub partly: usize,
    pub not_done: usize,
    pub not_applicable: usize,
    /// N/A with no reason written: not counted until the reason is there.
    pub missing_reason: usize,
    pub unanswered: usize,
}

impl Coverage {
    pub fn of<'a>(items: impl IntoIterator<Item = &'a Item>, answers: &Answers) -> Coverage {
        let mut coverage = Coverage::default();
        for item in items {
            let response = answers.response(item.id);
            if response.is_some_and(|response| response.lacks_reason()) {
                coverage.missing_reason += 1;
                continue;
            }
            match response.and_then(|response| response.answer) {
                Some(Answer::Done) => coverage.done += 1,
                Some(Answer::Partly) => coverage.partly += 1,
                Some(Answer::NotDone) => coverage.not_done += 1,
                Some(Answer::NotApplicable) => coverage.not_applicable += 1,
                Some(Answer::Yes | Answer::No | Answer::Defined | Answer::NotDefined) | None => {
                    coverage.unanswered += 1
                }
            }
        }
        coverage
    }

    /// Points earned, in halves.
    pub fn half_points(&self) -> usize {
        2 * self.done + self.partly
    }

    /// Points possible, in halves: every answered item that applies.
    pub fn half_points_possible(&self) -> usize {
        2 * (self.done + self.partly + self.not_done)
    }

    /// The share covered as a whole percentage, rounded half up; `None` as for [`Coverage::ratio`].
    pub fn percent(&self) -> Option<u32> {
        let possible = self.half_points_possible();
        (possible > 0).then(|| ((200 * self.half_points() + possible) / (2 * possible)) as u32)
    }

    /// The share covered, from 0 to 1; `None` while no applicable item is answered.
    pub fn ratio(&self) -> Option<f64> {
        let possible = self.half_points_possible();
        (possible > 0).then(|| self.half_points() as f64 / possible as f64)
    }
}

/// Coverage of 基本 and 推奨 measures, reported separately and never blended.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TieredCoverage {
    pub basic: Coverage,
    pub recommended: Coverage,
}

/// Scores a measure-style checklist. Items without a tier count as 基本.
pub fn score_coverage(checklist: &Checklist, answers: &Answers) -> TieredCoverage {
    let in_tier = |tier: Tier| {
        checklist
            .items
            .iter()
            .filter(move |item| item.tier.unwrap_or(Tier::Basic) == tier)
    };
    TieredCoverage {
        basic: Coverage::of(in_tier(Tier::Basic), answers),
        recommended: Coverage::of(in_tier(Tier::Recommended), answers),
    }
}

/// Coverage of each part of a checklist (e.g. each lifecycle phase), in the parts' order.
pub fn coverage_by_part(
    checklist: &'static Checklist,
    answers: &Answers,
) -> Vec<(&'static ChecklistPart, Coverage)> {
    checklist
        .parts
        .iter()
        .map(|part| {
            let items = checklist.items.iter().filter(|item| part.holds(item));
            (part, Coverage::of(items, answers))
        })
        .collect()
}

/// Coverage of the measures answering each 4M cause group (001 II.2.1), weakest first: the
/// lowest share covered, then the groups with nothing answered yet, each in `causes` order
/// where they tie.
pub fn coverage_by_cause(
    checklist: &Checklist,
    causes: &[&'static str],
    answers: &Answers,
) -> Vec<(&'static str, Coverage)> {
    let mut scored: Vec<(&'static str, Coverage)> = causes
        .iter()
        .map(|cause| {
            let items = checklist
                .items
                .iter()
                .filter(|item| item.causes.contains(cause));
            (*cause, Coverage::of(items, answers))
        })
        .collect();
    // Stable sort: ties keep the order of `causes`.
    scored.sort_by(|(_, a), (_, b)| match (a.ratio(), b.ratio()) {
        (Some(a), Some(b)) => a.total_cmp(&b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    scored
}

/// Coverage of the measures of one tier answering each 4M cause group, in `causes` order (for
/// a chart whose axes must not move). Tiers are never blended: 基本 and 推奨 each get their own
/// breakdown. Items without a tier count as 基本, as in [`score_coverage`].
pub fn coverage_by_cause_in_tier(
    checklist: &Checklist,
    causes: &[&'static str],
    tier: Tier,
    answers: &Answers,
) -> Vec<(&'static str, Coverage)> {
    causes
        .iter()
        .map(|cause| {
            let items = checklist.items.iter().filter(|item| {
                item.causes.contains(cause) && item.tier.unwrap_or(Tier::Basic) == tier
            });
            (*cause, Coverage::of(items, answers))
        })
        .collect()
}

/// The contract and SLA check: what the contract defines, what it leaves open, in item order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContractTally {
    pub defined: usize,
    pub not_applicable: usize,
    /// N/A with no reason written: counted apart, as for coverage.
    pub missing_reason: usize,
    pub unanswered: usize,
    /// Items answered 定めなし: the service levels the contract leaves open.
    pub open: Vec<&'static Item>,
}

impl ContractTally {
    pub fn of(checklist: &'static Checklist, answers: &Answers) -> ContractTally {
        let mut tally = ContractTally::default();
        for item in checklist.items {
            let response = answers.response(item.id);
            if response.is_some_and(|response| response.lacks_reason()) {
                tally.missing_reason += 1;
                continue;
            }
            match response.and_then(|response| response.answer) {
                Some(Answer::Defined) => tally.defined += 1,
                Some(Answer::NotDefined) => tally.open.push(item),
                Some(Answer::NotApplicable) => tally.not_applicable += 1,
                _ => tally.unanswered += 1,
            }
        }
        tally
    }
}
