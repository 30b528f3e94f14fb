//! The action plan (PRODUCT.md section 4): every gap of one assessment, in priority order, for
//! the user to work through and take to their next meeting.
//!
//! A gap is an item whose settled answer ([`ItemResponse::settled`]) says something is missing,
//! or a gap of the responsibility map ([`score_map`]). Unanswered items are not gaps: the plan
//! says how many there are ([`unanswered_count`]) instead of guessing.

use super::answers::{Answer, ItemResponse};
use super::applicability;
use super::content::{
    Catalog, Checklist, Item, MIGRATION, RESPONSIBILITY, SETTING_TYPES, Scale, Tier,
};
use super::responsibility::{Gap, MapResult, applicable_setting_types, score_map};
use super::summary::{Frozen, ModuleScore, Score, module_scores};

/// How urgent a gap is. The plan lists the groups in this order (the derived `Ord`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    /// A No of the migration checklist: each one stands between the organization and stage 2
    /// (004 VI 1.2: all 9 Yes means ready to move on).
    NextStage,
    /// A 基本 measure, a setting type, a lifecycle requirement not done or done in part, or a
    /// service level the contract leaves open. PRODUCT.md section 2: 基本 gaps come before
    /// 推奨 gaps; items without a tier count as 基本, as in [`score_coverage`].
    ///
    /// [`score_coverage`]: super::scoring::score_coverage
    Basic,
    /// A gap of the responsibility map (PRODUCT.md section 3), in the order the map lists them.
    Responsibility,
    /// A 推奨 measure not done or done in part.
    Recommended,
}

/// An item whose settled answer is a gap.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemGap {
    /// How urgent, by [`gap_priority`].
    pub priority: Priority,
    /// The checklist the item belongs to.
    pub checklist: &'static Checklist,
    /// The item, with its guidance text and source reference for the plan to show.
    pub item: &'static Item,
    /// The settled answer: No, Not done, Partly or Not defined.
    pub answer: Answer,
}

/// One line of the plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PlanEntry {
    /// A checklist item whose settled answer is a gap.
    Item(ItemGap),
    /// A gap of the responsibility map; always [`Priority::Responsibility`].
    Map(Gap),
}

impl PlanEntry {
    /// The entry's group in the plan: an item's own priority, [`Priority::Responsibility`] for
    /// a gap of the map.
    pub fn priority(&self) -> Priority {
        match self {
            PlanEntry::Item(gap) => gap.priority,
            PlanEntry::Map(_) => Priority::Responsibility,
        }
    }

    /// A stable key for what the user records against the entry (a note, an owner, a due
    /// date): the item id for an item, [`map_gap_key`] for a gap of the map.
    pub fn key(&self) -> String {
        match self {
            PlanEntry::Item(gap) => gap.item.id.to_owned(),
            PlanEntry::Map(gap) => map_gap_key(gap),
        }
    }
}

/// The key of a gap of the map: `rsp:{cell id}:{gap kind key}`, e.g.
/// `rsp:user:data:setter_missing`. Cell ids survive a change of model wherever the side still
/// holds the layer, so the key does too.
pub fn map_gap_key(gap: &Gap) -> String {
    format!("{RESPONSIBILITY}:{}:{}", gap.cell.id(), gap.kind.key())
}

/// Whether a settled answer to an item of this checklist is a gap, and how urgent:
///
/// - the migration checklist: No (004 VI 1.2: every No is a blocker of stage 2);
/// - other yes/no checklists (the precondition check): never, since their answers describe the
///   organization rather than something to fix (004 VI 1.1);
/// - coverage scale: Not done or Partly, 基本 or 推奨 by the item's tier (none counts as 基本);
/// - contract scale: Not defined, 基本 unless the item is 推奨 (002 ch. 3: what the contract
///   leaves open).
pub fn gap_priority(checklist: &Checklist, item: &Item, answer: Answer) -> Option<Priority> {
    let is_gap = match checklist.scale {
        Scale::YesNo => {
            return (checklist.id == MIGRATION && answer == Answer::No)
                .then_some(Priority::NextStage);
        }
        Scale::Coverage => matches!(answer, Answer::NotDone | Answer::Partly),
        Scale::Contract => answer == Answer::NotDefined,
    };
    let priority = match item.tier {
        Some(Tier::Recommended) => Priority::Recommended,
        Some(Tier::Basic) | None => Priority::Basic,
    };
    is_gap.then_some(priority)
}

/// The items the plan looks at, in catalog order (checklists as the catalog lists them, items
/// in checklist order): the migration checklist, every coverage and contract checklist, but of
/// the setting types only those that touch a layer the user owns under the map
/// ([`applicable_setting_types`], 001 II.1.2; all of them while no model is chosen). The
/// precondition check is not among them (see [`gap_priority`]).
pub fn planned_items(
    catalog: &'static Catalog,
    state: Frozen,
) -> Vec<(&'static Checklist, &'static Item)> {
    let map = score_map(&catalog.responsibility, state.responsibility);
    planned_with(catalog, map.as_ref())
}

fn planned_with(
    catalog: &'static Catalog,
    map: Option<&MapResult>,
) -> Vec<(&'static Checklist, &'static Item)> {
    let mut items = Vec::new();
    for checklist in catalog.checklists {
        let chosen: Vec<&'static Item> = match checklist.scale {
            Scale::YesNo if checklist.id != MIGRATION => continue,
            _ if checklist.id == SETTING_TYPES => applicable_setting_types(checklist, map),
            _ => checklist.items.iter().collect(),
        };
        items.extend(chosen.into_iter().map(|item| (checklist, item)));
    }
    items
}

fn settled(checklist: &Checklist, item: &Item, state: Frozen) -> Option<Answer> {
    state
        .answers
        .response(item.id)
        .and_then(|response: &ItemResponse| response.settled(checklist.scale))
}

/// The action plan: every gap, [`Priority::NextStage`] first, then [`Priority::Basic`],
/// [`Priority::Responsibility`] and [`Priority::Recommended`]. Within a group, items keep
/// catalog order ([`planned_items`]) and the map's gaps the order [`score_map`] gives them (by
/// kind, then top layer first).
///
/// Only settled answers count ([`ItemResponse::settled`]): an unanswered item, an answer its
/// scale does not offer and an N/A without its reason are not gaps, and neither are Yes, Done,
/// Defined or a reasoned N/A.
pub fn action_plan(catalog: &'static Catalog, state: Frozen) -> Vec<PlanEntry> {
    let map = score_map(&catalog.responsibility, state.responsibility);
    let mut plan: Vec<PlanEntry> = planned_with(catalog, map.as_ref())
        .into_iter()
        .filter_map(|(checklist, item)| {
            let answer = settled(checklist, item, state)?;
            let priority = gap_priority(checklist, item, answer)?;
            Some(PlanEntry::Item(ItemGap {
                priority,
                checklist,
                item,
                answer,
            }))
        })
        .collect();
    plan.extend(map.into_iter().flat_map(|map| map.gaps).map(PlanEntry::Map));
    // Stable: within a priority, entries keep the order they were gathered in.
    plan.sort_by_key(PlanEntry::priority);
    plan
}

/// How many of the items the plan looks at ([`planned_items`]) have no settled answer yet:
/// unanswered, answered with something their scale does not offer, or N/A without its reason.
/// Until they are answered the plan cannot say whether they are gaps. Only the checks the
/// reader has begun count ([`begun`]): a check nobody has opened (the provider-side measures
/// for a user organization, say) is not a list of missing answers. The precondition check and
/// the map's cells are not counted.
pub fn unanswered_count(catalog: &'static Catalog, state: Frozen) -> usize {
    planned_items(catalog, state)
        .into_iter()
        .filter(|(checklist, _)| begun(catalog, checklist, state))
        .filter(|(checklist, item)| settled(checklist, item, state).is_none())
        .count()
}

/// Whether the reader has settled any item of a checklist ([`ItemResponse::settled`], as its
/// progress counts): an N/A this tool set because the item is written for another model
/// ([`applicability::set_by_tool`]) is not the reader's.
pub fn begun(catalog: &'static Catalog, checklist: &Checklist, state: Frozen) -> bool {
    checklist.items.iter().any(|item| {
        state.answers.response(item.id).is_some_and(|response| {
            response.settled(checklist.scale).is_some()
                && !applicability::set_by_tool(&catalog.responsibility, item, response)
        })
    })
}

/// Every figure of one state, computed together once: each check's score ([`module_scores`]),
/// the action plan ([`action_plan`]) and how many items the plan still waits for
/// ([`unanswered_count`]). The app keeps one for the active assessment, renewed when the
/// document changes, and every view reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub scores: Vec<ModuleScore>,
    pub plan: Vec<PlanEntry>,
    pub unanswered: usize,
}

impl Figures {
    pub fn of(catalog: &'static Catalog, state: Frozen) -> Figures {
        Figures {
            scores: module_scores(catalog, state),
            plan: action_plan(catalog, state),
            unanswered: unanswered_count(catalog, state),
        }
    }

    /// The score of one check, by id.
    pub fn score(&self, module: &str) -> Option<&Score> {
        self.scores
            .iter()
            .find(|score| score.module == module)
            .map(|score| &score.score)
    }
}
