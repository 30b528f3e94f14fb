//! Where the organization stands on the stage roadmap (004 II.5.2 table 4): the stage the
//! precondition check diagnoses, or the one the user places themselves at, with a reason.

use serde::{Deserialize, Serialize};

use super::content::{Stage, StageGuide};
use super::scoring::Diagnosis;

/// Reasons are capped at this many characters.
pub const MAX_REASON_CHARS: usize = 500;

/// The stage a user places themselves at, and why.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StagePlacement {
    pub stage: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// The current stage and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CurrentStage {
    /// The user's own placement, with its reason: it takes precedence over the diagnosis.
    Placed(&'static Stage),
    /// The precondition check's diagnosis (stage 0 or stage 1).
    Diagnosed(&'static Stage),
    /// Neither: the check is not complete, or its result is outside the profile, and the user
    /// has not placed themselves (or gave no reason).
    Unknown,
}

impl CurrentStage {
    pub fn stage(self) -> Option<&'static Stage> {
        match self {
            CurrentStage::Placed(stage) | CurrentStage::Diagnosed(stage) => Some(stage),
            CurrentStage::Unknown => None,
        }
    }
}

/// A placement counts once it names a known stage and gives a reason; until then the diagnosis
/// (if any) stands.
pub fn current_stage(
    guide: &'static StageGuide,
    diagnosis: Diagnosis,
    placement: Option<&StagePlacement>,
) -> CurrentStage {
    let placed = placement
        .filter(|placement| !placement.reason.trim().is_empty())
        .and_then(|placement| guide.stage(&placement.stage));
    if let Some(stage) = placed {
        return CurrentStage::Placed(stage);
    }
    match diagnosis.stage_id().and_then(|id| guide.stage(id)) {
        Some(stage) => CurrentStage::Diagnosed(stage),
        None => CurrentStage::Unknown,
    }
}

/// Whether a placement is waiting for its reason.
pub fn lacks_reason(placement: Option<&StagePlacement>) -> bool {
    placement.is_some_and(|placement| placement.reason.trim().is_empty())
}
