//! Every module's score in one place: the overview cards, the results dashboard and the
//! snapshot comparison all read the numbers from here, so they can never disagree.
//!
//! Nothing is scored here: each module's result comes from its own function in
//! [`scoring`](super::scoring), [`responsibility`](super::responsibility) or
//! [`stage`](super::stage) (PRODUCT.md section 2: one scoring function per module). This module
//! only runs them over one state of an assessment and reduces each result to its headline
//! numbers, which two states can be compared by.

use std::cmp::Ordering;

use super::answers::Answers;
use super::content::{Catalog, Checklist, ChecklistPart, PRECONDITIONS, Scoring};
use super::document::{Assessment, Document, Snapshot};
use super::responsibility::{MapRecord, MapResult, score_map, score_setting_types};
use super::scoring::{
    ContractTally, Coverage, Diagnosis, MigrationResult, PreconditionResult, TieredCoverage,
    YesNoTally, coverage_by_part, score_coverage, score_migration, score_preconditions,
};
use super::stage::{CurrentStage, StagePlacement, current_stage};

/// One state of one assessment, live or frozen in a snapshot: everything the scores depend on.
#[derive(Clone, Copy, Debug)]
pub struct Frozen<'a> {
    /// Every item's response, by item id.
    pub answers: &'a Answers,
    /// The responsibility map: model, pattern and what was recorded per cell.
    pub responsibility: &'a MapRecord,
    /// The stage the user placed themselves at, if any (it counts only with a reason).
    pub stage: Option<&'a StagePlacement>,
}

impl<'a> Frozen<'a> {
    /// The live state of a document's active assessment.
    pub fn active(document: &'a Document) -> Frozen<'a> {
        Frozen {
            answers: document.answers(),
            responsibility: document.responsibility(),
            stage: document.stage_placement(),
        }
    }
}

/// The live state of an assessment.
impl<'a> From<&'a Assessment> for Frozen<'a> {
    fn from(assessment: &'a Assessment) -> Frozen<'a> {
        Frozen {
            answers: &assessment.answers,
            responsibility: &assessment.responsibility,
            stage: assessment.stage.as_ref(),
        }
    }
}

/// The state a snapshot froze.
impl<'a> From<&'a Snapshot> for Frozen<'a> {
    fn from(snapshot: &'a Snapshot) -> Frozen<'a> {
        Frozen {
            answers: &snapshot.answers,
            responsibility: &snapshot.responsibility,
            stage: snapshot.stage.as_ref(),
        }
    }
}

/// One module's result, as the scoring function its line of `content/modules.json` names
/// ([`Scoring`]) gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum Score {
    /// `pre`: [`score_preconditions`] (004 VI 1.1–1.2).
    Precondition(PreconditionResult),
    /// `mig`: [`score_migration`] (004 VI 1.2).
    Migration(MigrationResult),
    /// A yes/no check with no verdict of its own ([`Scoring::YesNo`]): [`YesNoTally::of`].
    YesNo(YesNoTally),
    /// `stage`: [`current_stage`], the placement with its reason, else the diagnosis of `pre`
    /// (004 II.5.2 table 4).
    Stage(CurrentStage),
    /// `rsp`: [`score_map`]; `None` until a service model is chosen (001 II.1.2–II.1.3).
    Map(Option<MapResult>),
    /// `set`: [`score_setting_types`], the setting types that touch a layer the user owns under
    /// the map, all of them while no model is chosen (001 II.1.1–II.1.2).
    SettingTypes(Coverage),
    /// A coverage check ([`Scoring::Coverage`]: `msr-u`, `msr-p`): [`score_coverage`], 基本 and
    /// 推奨 apart, never blended (PRODUCT.md section 2, 001 III and IV).
    Measures(TieredCoverage),
    /// A coverage check scored by part ([`Scoring::CoverageByPart`]: `life`): the coverage of all
    /// items, and of each part by [`coverage_by_part`] (003 1.1–1.3).
    Lifecycle {
        /// Every item of the checklist (items without a tier count as 基本).
        total: Coverage,
        /// Each part (for `life`: build, operate/maintain, renew/decommission), in order.
        parts: Vec<(&'static ChecklistPart, Coverage)>,
    },
    /// A contract check ([`Scoring::Contract`]: `sla`): [`ContractTally::of`] (002 ch. 3).
    Contract(ContractTally),
}

/// One module and its result.
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleScore {
    /// The module id, one of the catalog's checks.
    pub module: &'static str,
    /// The module's result.
    pub score: Score,
}

/// Scores every check of the catalog for one state, in the catalog's order, each by the
/// scoring its line of `content/modules.json` names. The map is scored once and its result
/// filters the setting types. A checklist missing from the catalog is left out (the build
/// checks that none is).
pub fn module_scores(catalog: &'static Catalog, state: Frozen) -> Vec<ModuleScore> {
    let answers = state.answers;
    let map = score_map(&catalog.responsibility, state.responsibility);
    let mut scores = Vec::with_capacity(catalog.checks.len());
    for check in catalog.checks {
        let score = match check.scoring {
            Scoring::CurrentStage => Score::Stage(current_stage_of(catalog, state)),
            Scoring::Map => Score::Map(map.clone()),
            scoring => {
                let Some(checklist) = catalog.checklist(check.id) else {
                    continue;
                };
                checklist_score(checklist, scoring, map.as_ref(), answers)
            }
        };
        scores.push(ModuleScore {
            module: check.id,
            score,
        });
    }
    scores
}

/// The current stage of a state: the user's placement with its reason, else the diagnosis of
/// the precondition check ([`current_stage`], 004 II.5.2 table 4 and VI 1.1–1.2).
pub fn current_stage_of(catalog: &'static Catalog, state: Frozen) -> CurrentStage {
    let diagnosis = catalog
        .checklist(PRECONDITIONS)
        .map_or(Diagnosis::Pending, |pre| {
            score_preconditions(pre, state.answers).diagnosis
        });
    current_stage(&catalog.stages, diagnosis, state.stage)
}

/// The score of a checklist, by the scoring of its check.
fn checklist_score(
    checklist: &'static Checklist,
    scoring: Scoring,
    map: Option<&MapResult>,
    answers: &Answers,
) -> Score {
    match scoring {
        Scoring::Precondition => Score::Precondition(score_preconditions(checklist, answers)),
        Scoring::Migration => Score::Migration(score_migration(checklist, answers)),
        Scoring::YesNo => Score::YesNo(YesNoTally::of(checklist, answers)),
        Scoring::SettingTypes => Score::SettingTypes(score_setting_types(checklist, map, answers)),
        Scoring::CoverageByPart => Score::Lifecycle {
            total: Coverage::of(checklist.items, answers),
            parts: coverage_by_part(checklist, answers),
        },
        Scoring::Contract => Score::Contract(ContractTally::of(checklist, answers)),
        // Scoring::Coverage: the stage guide and the map are no checklists.
        _ => Score::Measures(score_coverage(checklist, answers)),
    }
}

/// What a headline number measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    /// Items answered Yes, of the checklist's items (`pre`, `mig`, any yes/no check).
    Yes,
    /// The current stage (`stage`).
    Stage,
    /// User-side cells with no gap, of the user-side cells (`rsp`).
    CellsCovered,
    /// The number of gaps in the map (`rsp`).
    Gaps,
    /// Coverage of every counted item, as a percentage (`set`, `life`).
    Coverage,
    /// Coverage of the 基本 measures, as a percentage (`msr-u`, `msr-p`).
    Basic,
    /// Coverage of the 推奨 measures, as a percentage (`msr-u`, `msr-p`).
    Recommended,
    /// Coverage of one part of a checklist (a lifecycle phase), by the part's prefix.
    Part(&'static str),
    /// Service levels the contract defines, of the items that apply (N/A leaves, as for
    /// coverage) (`sla`).
    Defined,
    /// Service levels the contract leaves open (定めなし), of the items that apply (`sla`).
    Open,
}

/// The value of a headline number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// `count` of `of`, e.g. Yes 6 of 8.
    Count {
        /// How many.
        count: usize,
        /// Out of how many.
        of: usize,
    },
    /// A plain number, e.g. the number of gaps.
    Number(usize),
    /// A whole percentage, as [`Coverage::percent`] rounds it.
    Percent(u32),
    /// A stage of 004 II.5.2 table 4, by id ("0" to "4", or "x").
    Stage(&'static str),
}

/// Which way a headline number moved from one state to another. It says which way the number
/// went, not whether that is better: more open service levels is a rise too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The number went up (a count's share of its total, a percentage, a stage's number).
    Rose,
    /// The number went down.
    Fell,
    /// The same value before and after (both absent included).
    Stayed,
    /// Different, with no order between the two: a number appeared or went away (e.g. nothing
    /// was answered before), a move to or from stage X, or the same share of a different total.
    Changed,
}

impl Direction {
    /// How a value moved. Counts compare by their share of the total, so 3 of 4 covered cells
    /// is more than 4 of 6. Stages compare by number (004 II.5.2 table 4 numbers them 0 to 4 in
    /// the order of adoption); stage X (センシティブ型) stands apart from that order (table 4:
    /// carried out at stages 3 to 4; II.6.6: case by case), so a move to or from it is
    /// [`Direction::Changed`].
    pub fn between(before: Option<Value>, after: Option<Value>) -> Direction {
        if before == after {
            return Direction::Stayed;
        }
        let ordering = match (before, after) {
            (Some(Value::Number(a)), Some(Value::Number(b))) => Some(a.cmp(&b)),
            (Some(Value::Percent(a)), Some(Value::Percent(b))) => Some(a.cmp(&b)),
            (
                Some(Value::Count { count: a, of: a_of }),
                Some(Value::Count { count: b, of: b_of }),
            ) if a_of > 0 && b_of > 0 => Some((a * b_of).cmp(&(b * a_of))),
            (Some(Value::Stage(a)), Some(Value::Stage(b))) => {
                match (a.parse::<u32>(), b.parse::<u32>()) {
                    (Ok(a), Ok(b)) => Some(a.cmp(&b)),
                    _ => None,
                }
            }
            _ => None,
        };
        match ordering {
            Some(Ordering::Less) => Direction::Rose,
            Some(Ordering::Greater) => Direction::Fell,
            Some(Ordering::Equal) | None => Direction::Changed,
        }
    }
}

/// One headline number: what it measures, and its value; `None` where there is none yet (no
/// service model chosen, nothing applicable answered, no current stage).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    /// What the number measures.
    pub metric: Metric,
    /// Its value, if there is one yet.
    pub value: Option<Value>,
}

/// A module's headline numbers, in a fixed order per module, so the figures of two states of
/// the same catalog pair up one by one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    /// The numbers, in the order [`Score::headline`] lists them for the module.
    pub figures: Vec<Figure>,
}

impl Headline {
    /// The value of one metric, if the headline has it (`None` also when it has no value).
    pub fn value(&self, metric: Metric) -> Option<Value> {
        self.figures
            .iter()
            .find(|figure| figure.metric == metric)
            .and_then(|figure| figure.value)
    }
}

fn figure(metric: Metric, value: Option<Value>) -> Figure {
    Figure { metric, value }
}

fn percent(coverage: &Coverage) -> Option<Value> {
    coverage.percent().map(Value::Percent)
}

impl Score {
    /// The Yes/No tally of a yes/no check (`pre`, `mig` and any [`Scoring::YesNo`] check).
    pub fn yes_no(&self) -> Option<YesNoTally> {
        match self {
            Score::Precondition(PreconditionResult { tally, .. })
            | Score::Migration(MigrationResult { tally, .. })
            | Score::YesNo(tally) => Some(*tally),
            _ => None,
        }
    }

    /// The numbers the module is summed up by:
    ///
    /// - `pre`, `mig` and any yes/no check: Yes of the items (004 VI: "Yes n/8", "Yes n/9");
    /// - `stage`: the current stage;
    /// - `rsp`: user-side cells covered of the user-side cells, and the number of gaps;
    /// - `set`: coverage of the applicable setting types;
    /// - `msr-u`, `msr-p`: coverage of 基本, then of 推奨, never blended;
    /// - `life`: coverage of all items, then of each phase in order;
    /// - `sla`: defined of the items that apply, then open (定めなし) of the same.
    pub fn headline(&self) -> Headline {
        let figures = match self {
            Score::Precondition(PreconditionResult { tally, .. })
            | Score::Migration(MigrationResult { tally, .. })
            | Score::YesNo(tally) => vec![figure(Metric::Yes, yes(*tally))],
            Score::Stage(current) => vec![figure(
                Metric::Stage,
                current.stage().map(|stage| Value::Stage(stage.id)),
            )],
            Score::Map(map) => vec![
                figure(
                    Metric::CellsCovered,
                    map.as_ref().map(|map| Value::Count {
                        count: map.covered,
                        of: map.user_cells,
                    }),
                ),
                figure(
                    Metric::Gaps,
                    map.as_ref().map(|map| Value::Number(map.gaps.len())),
                ),
            ],
            Score::SettingTypes(coverage) => vec![figure(Metric::Coverage, percent(coverage))],
            Score::Measures(tiered) => vec![
                figure(Metric::Basic, percent(&tiered.basic)),
                figure(Metric::Recommended, percent(&tiered.recommended)),
            ],
            Score::Lifecycle { total, parts } => {
                std::iter::once(figure(Metric::Coverage, percent(total)))
                    .chain(parts.iter().map(|(part, coverage)| {
                        figure(Metric::Part(part.prefix), percent(coverage))
                    }))
                    .collect()
            }
            Score::Contract(tally) => {
                let applies =
                    tally.defined + tally.open.len() + tally.missing_reason + tally.unanswered;
                vec![
                    figure(
                        Metric::Defined,
                        Some(Value::Count {
                            count: tally.defined,
                            of: applies,
                        }),
                    ),
                    figure(
                        Metric::Open,
                        Some(Value::Count {
                            count: tally.open.len(),
                            of: applies,
                        }),
                    ),
                ]
            }
        };
        Headline { figures }
    }
}

fn yes(tally: YesNoTally) -> Option<Value> {
    Some(Value::Count {
        count: tally.yes,
        of: tally.total,
    })
}
