//! What the results lead with (issue 25, PRODUCT.md section 2): where the organization stands,
//! what to do first, and what stands between it and stage 2. Nothing is scored here: every part
//! is read from the [`Figures`] the app already holds, so the first screen can never disagree
//! with the per-check results below it.
//!
//! - [`standing`]: the current stage, the migration checklist's readiness, the coverage of the
//!   基本 user-side measures and the number of open responsibility gaps, each `Unknown`-style
//!   where nothing is answered yet rather than guessed.
//! - [`first_actions`]: things to do, each the source's own instruction (a 基本 measure's
//!   「…すること」, naming a setting manager, the current stage's practice and gate). Their order
//!   is this tool's, and the screen says so.
//! - [`stage_two_conditions`]: the migration items answered No. They describe the organization's
//!   circumstances, not tasks (004 VI 1.2), so they are conditions for stage 2, never actions.

use super::answers::Answer;
use super::content::{
    Catalog, Checklist, Item, MIGRATION, PRECONDITIONS, Passage, RESPONSIBILITY, STAGES, Stage,
    Tier,
};
use super::plan::{Figures, PlanEntry, Priority};
use super::responsibility::{Cell, GapKind, MapResult};
use super::scoring::{Diagnosis, Readiness};
use super::stage::CurrentStage;
use super::summary::Score;

/// Module id of the user-side measures (利用者側の対策, 001 III), whose 基本 coverage the standing
/// reports.
pub const USER_MEASURES: &str = "msr-u";

/// How many first actions the results show at most; the rest are in the action plan.
pub const MAX_FIRST_ACTIONS: usize = 5;

/// The outcome of the migration checklist whose passage the stage-2 conditions quote: 004's
/// conclusion that an organization at stage 1 is likely to gain by moving to stage 2, and that
/// the checklist is built so that all Yes means it can (VI 1.2, second paragraph). The migration
/// result quotes the same sentences.
pub const STAGE_TWO_CONCLUSION: &str = "ready";

/// Where the organization is on the stage roadmap (004 II.5.2 table 4).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StageStanding {
    /// The stage the user placed themselves at, with a reason.
    Placed(&'static Stage),
    /// The stage the precondition check diagnoses (0 or 1).
    Diagnosed(&'static Stage),
    /// The precondition check is complete and finds the organization outside the profile the
    /// checklists were written for (004 VI 1.1): no stage.
    OutsideProfile,
    /// Not known yet: the precondition check is not complete and no stage is placed.
    Unknown {
        /// Items of the precondition check answered so far.
        answered: usize,
        /// Items of the precondition check.
        total: usize,
    },
}

/// How far the migration checklist (004 VI 1.2) says the organization is from stage 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MigrationStanding {
    /// Nothing answered yet.
    Unknown,
    /// Every item Yes: ready for stage 2.
    Ready,
    /// At least one No: not ready.
    NotReady {
        /// Items answered No.
        no: usize,
        /// Items of the checklist.
        total: usize,
        /// Items not answered yet.
        unanswered: usize,
    },
    /// Some answered, none No, some still open: no verdict yet.
    Pending {
        /// Items answered (all Yes).
        yes: usize,
        /// Items of the checklist.
        total: usize,
    },
}

/// The coverage of the 基本 user-side measures (001 III), counted by the tool's rule (Done 1,
/// Partly 0.5, N/A out).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BasicCoverage {
    /// No 基本 measure that applies is answered yet.
    Unknown,
    /// The share covered, of the answered measures that apply.
    Known {
        /// Whole percent, as [`Coverage::percent`](super::scoring::Coverage::percent) rounds it.
        percent: u32,
        /// 基本 measures with a settled answer (N/A with its reason included).
        answered: usize,
        /// 基本 measures.
        total: usize,
    },
}

/// The open gaps of the responsibility map (PRODUCT.md section 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResponsibilityGaps {
    /// No service model chosen, so the map has no cells yet.
    Unknown,
    /// The gaps of the map.
    Known {
        /// Every gap.
        total: usize,
        /// Of them, the gaps the user's organization closes itself, by naming a setter or a
        /// setting manager; the others are boundaries to confirm with the provider
        /// ([`GapKind::with_provider`](super::responsibility::GapKind::with_provider)).
        to_decide: usize,
    },
}

/// Where the organization stands, in four parts, each read from the figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Standing {
    pub stage: StageStanding,
    pub migration: MigrationStanding,
    pub basic: BasicCoverage,
    pub gaps: ResponsibilityGaps,
}

/// Where the organization stands, read from its figures. A check missing from the figures (the
/// build requires all four) reads as not answered.
pub fn standing(figures: &Figures) -> Standing {
    Standing {
        stage: stage_standing(figures),
        migration: migration_standing(figures),
        basic: basic_coverage(figures),
        gaps: responsibility_gaps(figures),
    }
}

fn stage_standing(figures: &Figures) -> StageStanding {
    let current = match figures.score(STAGES) {
        Some(Score::Stage(current)) => *current,
        _ => CurrentStage::Unknown,
    };
    let (diagnosis, answered, total) = match figures.score(PRECONDITIONS) {
        Some(Score::Precondition(result)) => (
            result.diagnosis,
            result.tally.answered(),
            result.tally.total,
        ),
        _ => (Diagnosis::Pending, 0, 0),
    };
    match current {
        CurrentStage::Placed(stage) => StageStanding::Placed(stage),
        CurrentStage::Diagnosed(stage) => StageStanding::Diagnosed(stage),
        CurrentStage::Unknown if diagnosis == Diagnosis::OutsideProfile => {
            StageStanding::OutsideProfile
        }
        CurrentStage::Unknown => StageStanding::Unknown { answered, total },
    }
}

fn migration_standing(figures: &Figures) -> MigrationStanding {
    let Some(Score::Migration(result)) = figures.score(MIGRATION) else {
        return MigrationStanding::Unknown;
    };
    let tally = result.tally;
    match result.readiness {
        _ if tally.answered() == 0 => MigrationStanding::Unknown,
        Readiness::Ready => MigrationStanding::Ready,
        Readiness::NotReady => MigrationStanding::NotReady {
            no: tally.no,
            total: tally.total,
            unanswered: tally.unanswered(),
        },
        Readiness::Pending => MigrationStanding::Pending {
            yes: tally.yes,
            total: tally.total,
        },
    }
}

fn basic_coverage(figures: &Figures) -> BasicCoverage {
    let Some(Score::Measures(tiered)) = figures.score(USER_MEASURES) else {
        return BasicCoverage::Unknown;
    };
    let basic = tiered.basic;
    match basic.percent() {
        Some(percent) => BasicCoverage::Known {
            percent,
            answered: basic.done + basic.partly + basic.not_done + basic.not_applicable,
            total: basic.done
                + basic.partly
                + basic.not_done
                + basic.not_applicable
                + basic.missing_reason
                + basic.unanswered,
        },
        None => BasicCoverage::Unknown,
    }
}

fn map_of(figures: &Figures) -> Option<&MapResult> {
    match figures.score(RESPONSIBILITY) {
        Some(Score::Map(map)) => map.as_ref(),
        _ => None,
    }
}

fn responsibility_gaps(figures: &Figures) -> ResponsibilityGaps {
    match map_of(figures) {
        Some(map) => ResponsibilityGaps::Known {
            total: map.gaps.len(),
            to_decide: map
                .gaps
                .iter()
                .filter(|gap| !gap.kind.with_provider())
                .count(),
        },
        None => ResponsibilityGaps::Unknown,
    }
}

/// One thing to do first, each the source's own instruction.
#[derive(Clone, Debug, PartialEq)]
pub enum FirstAction {
    /// A 基本 measure answered Not done or Partly: its statement (「…すること。」) is the action.
    Measure {
        checklist: &'static Checklist,
        item: &'static Item,
        /// Not done or Partly.
        answer: Answer,
    },
    /// Name a setting manager for the user-side cells whose map has none, or has one outside
    /// the organization where the settings are outsourced. The gap's basis (001 II.1.2, and
    /// II.1.3 1. for the outsourced case) is the instruction.
    NameSettingManager {
        /// [`GapKind::ManagerMissing`] or [`GapKind::ManagerOutside`].
        kind: GapKind,
        /// The cells with that gap, top layer first.
        cells: Vec<Cell>,
        /// The basis the content gives for that kind of gap.
        basis: Option<&'static Passage>,
    },
    /// The current stage's practice and the evaluation and decision that lead on (004 II.5.2
    /// table 4, II.6).
    StagePractice(&'static Stage),
}

/// The first actions and how many other entries the action plan holds.
#[derive(Clone, Debug, PartialEq)]
pub struct FirstActions {
    /// At most [`MAX_FIRST_ACTIONS`], in this tool's order: naming a setting manager, the 基本
    /// measures answered Not done, then those answered Partly (each in plan order), and the
    /// current stage's practice and gate last, which keeps its place whatever the cap cuts.
    pub actions: Vec<FirstAction>,
    /// Entries of the action plan that are neither among the actions nor stage-2 conditions.
    pub more_in_plan: usize,
}

/// The manager gaps that call for naming a setting manager, in the order the actions list them.
const MANAGER_GAPS: [GapKind; 2] = [GapKind::ManagerMissing, GapKind::ManagerOutside];

/// What to do first, from the figures: see [`FirstActions::actions`] for the order.
pub fn first_actions(catalog: &'static Catalog, figures: &Figures) -> FirstActions {
    let mut managers = Vec::new();
    if let Some(map) = map_of(figures) {
        for kind in MANAGER_GAPS {
            let cells: Vec<Cell> = map
                .gaps
                .iter()
                .filter(|gap| gap.kind == kind)
                .map(|gap| gap.cell)
                .collect();
            if !cells.is_empty() {
                let basis = catalog
                    .responsibility
                    .gap_basis(kind.key())
                    .map(|gap| &gap.basis);
                managers.push(FirstAction::NameSettingManager { kind, cells, basis });
            }
        }
    }
    let measures_answered = |wanted: Answer| {
        figures.plan.iter().filter_map(move |entry| match entry {
            // Only the measures (001 III, IV) are tiered, and each 基本 one states what to do.
            PlanEntry::Item(gap)
                if gap.answer == wanted
                    && gap.item.tier == Some(Tier::Basic)
                    && gap.item.statement.is_some() =>
            {
                Some(FirstAction::Measure {
                    checklist: gap.checklist,
                    item: gap.item,
                    answer: gap.answer,
                })
            }
            _ => None,
        })
    };
    let stage = match stage_standing(figures) {
        StageStanding::Placed(stage) | StageStanding::Diagnosed(stage) => Some(stage),
        StageStanding::OutsideProfile | StageStanding::Unknown { .. } => None,
    };
    let room = MAX_FIRST_ACTIONS - usize::from(stage.is_some());
    let mut actions: Vec<FirstAction> = managers
        .into_iter()
        .chain(measures_answered(Answer::NotDone))
        .chain(measures_answered(Answer::Partly))
        .take(room)
        .collect();
    actions.extend(stage.map(FirstAction::StagePractice));

    let covered: usize = actions
        .iter()
        .map(|action| match action {
            FirstAction::Measure { .. } => 1,
            FirstAction::NameSettingManager { cells, .. } => cells.len(),
            FirstAction::StagePractice(_) => 0,
        })
        .sum();
    let conditions = figures
        .plan
        .iter()
        .filter(|entry| entry.priority() == Priority::NextStage)
        .count();
    FirstActions {
        actions,
        more_in_plan: figures.plan.len() - covered - conditions,
    }
}

/// The migration items answered No, as conditions for stage 2, with the passage they are read
/// by.
#[derive(Clone, Debug, PartialEq)]
pub struct StageTwoConditions {
    /// The items answered No, in item order.
    pub items: Vec<&'static Item>,
    /// 004's conclusion ([`STAGE_TWO_CONCLUSION`]).
    pub conclusion: Option<&'static Passage>,
}

/// The conditions for stage 2 still open: `None` while no migration item is answered No.
pub fn stage_two_conditions(
    catalog: &'static Catalog,
    figures: &Figures,
) -> Option<StageTwoConditions> {
    let Some(Score::Migration(result)) = figures.score(MIGRATION) else {
        return None;
    };
    if result.blockers.is_empty() {
        return None;
    }
    Some(StageTwoConditions {
        items: result.blockers.clone(),
        conclusion: catalog
            .checklist(MIGRATION)
            .and_then(|checklist| checklist.outcome(STAGE_TWO_CONCLUSION)),
    })
}
