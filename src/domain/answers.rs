//! What the user answered. Answers are keyed by item id, so one map serves every module.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::content::Scale;

/// One answer to one checklist item. Which answers an item accepts depends on its [`Scale`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// はい
    Yes,
    /// いいえ
    No,
    /// 実施済み
    Done,
    /// 一部実施
    Partly,
    /// 未実施
    NotDone,
    /// 該当なし: leaves the denominator of coverage.
    NotApplicable,
}

impl Answer {
    /// The answers offered for a scale, in the order the form shows them.
    pub fn choices(scale: Scale) -> &'static [Answer] {
        match scale {
            Scale::YesNo => &[Answer::Yes, Answer::No],
            Scale::Coverage => &[
                Answer::Done,
                Answer::Partly,
                Answer::NotDone,
                Answer::NotApplicable,
            ],
        }
    }

    pub fn fits(self, scale: Scale) -> bool {
        Answer::choices(scale).contains(&self)
    }

    /// A stable token, used in form values and in test ids.
    pub fn token(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Done => "done",
            Answer::Partly => "partly",
            Answer::NotDone => "not_done",
            Answer::NotApplicable => "not_applicable",
        }
    }
}

/// All answers of one assessment, by item id (`pre-1.1`, `mig-4.9`, …). Ids of items this
/// version does not know are kept as they are, so nothing a newer content file wrote is lost.
pub type Answers = BTreeMap<String, Answer>;
