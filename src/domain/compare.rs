//! Snapshot comparison (PRODUCT.md section 4: freeze the state of an assessment, and compare
//! two of them side by side): what was answered differently, and how every headline number of
//! [`summary`](super::summary) moved.

use std::collections::BTreeSet;

use super::answers::{Answer, ItemResponse};
use super::content::{Catalog, Checklist, Item};
use super::responsibility::Selection;
use super::stage::CurrentStage;
use super::summary::{Direction, Frozen, Metric, Value, current_stage_of, module_scores};

/// One thing, before and after.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BeforeAfter<T> {
    /// In the earlier state (the snapshot compared against).
    pub before: T,
    /// In the later state.
    pub after: T,
}

impl<T: PartialEq> BeforeAfter<T> {
    /// Whether the two differ.
    pub fn changed(&self) -> bool {
        self.before != self.after
    }
}

/// An item recorded differently in the two states.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemChange {
    /// The checklist the item belongs to.
    pub checklist: &'static Checklist,
    /// The item.
    pub item: &'static Item,
    /// The raw answers as recorded, whether or not they are settled (an N/A without its reason
    /// is still N/A here).
    pub answer: BeforeAfter<Option<Answer>>,
    /// Something other than the answer changed: the note, the value, the owner or the due date.
    pub details_changed: bool,
}

impl ItemChange {
    /// Whether the answer itself differs (else only the details do).
    pub fn answer_changed(&self) -> bool {
        self.answer.changed()
    }
}

/// One headline number of one module, before and after.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreChange {
    /// The module id, one of the catalog's checks ([`Catalog::checks`](super::content::Catalog::checks)).
    pub module: &'static str,
    /// Which of the module's headline numbers.
    pub metric: Metric,
    /// The number in each state; `None` where there was none yet.
    pub value: BeforeAfter<Option<Value>>,
    /// Which way it moved, by [`Direction::between`].
    pub direction: Direction,
}

/// What changed in the responsibility map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapChange {
    /// The service model, pattern and virtual-network choice in effect (as
    /// [`Selection::of`] reads the record); `None` while no model is chosen.
    pub selection: BeforeAfter<Option<Selection>>,
    /// The ids of the cells whose record differs, in id order.
    pub cells: Vec<String>,
}

impl MapChange {
    /// Whether neither the selection nor any cell's record differs.
    pub fn is_empty(&self) -> bool {
        !self.selection.changed() && self.cells.is_empty()
    }
}

/// Two states of an assessment side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Every checklist item recorded differently, in catalog order (checklists as the catalog
    /// lists them, items in checklist order). Responses to items the catalog does not know are
    /// not compared.
    pub items: Vec<ItemChange>,
    /// Every headline number of every module, in [`module_scores`] order and each module's
    /// headline order, unchanged ones included (as [`Direction::Stayed`]).
    pub scores: Vec<ScoreChange>,
    /// What changed in the responsibility map.
    pub map: MapChange,
    /// The current stage in each state (placement with its reason, else the diagnosis).
    pub stage: BeforeAfter<CurrentStage>,
}

impl Comparison {
    /// Whether nothing the comparison looks at differs: no item, no map change, the same
    /// stage, and every number stayed (which follows from the rest, since every score is
    /// computed from the items, the map and the stage).
    pub fn is_unchanged(&self) -> bool {
        self.items.is_empty()
            && self.map.is_empty()
            && !self.stage.changed()
            && self
                .scores
                .iter()
                .all(|score| score.direction == Direction::Stayed)
    }
}

/// The response with its answer left out: what "details" compares.
fn details(response: Option<&ItemResponse>) -> ItemResponse {
    let mut details = response.cloned().unwrap_or_default();
    details.answer = None;
    details
}

/// Compares two states of an assessment, `before` and `after`, over the same catalog.
pub fn compare(catalog: &'static Catalog, before: Frozen, after: Frozen) -> Comparison {
    let items = catalog
        .checklists
        .iter()
        .flat_map(|checklist| checklist.items.iter().map(move |item| (checklist, item)))
        .filter_map(|(checklist, item)| {
            let old = before.answers.response(item.id);
            let new = after.answers.response(item.id);
            let change = ItemChange {
                checklist,
                item,
                answer: BeforeAfter {
                    before: old.and_then(|response| response.answer),
                    after: new.and_then(|response| response.answer),
                },
                details_changed: details(old) != details(new),
            };
            (change.answer_changed() || change.details_changed).then_some(change)
        })
        .collect();

    let mut scores = Vec::new();
    for (old, new) in module_scores(catalog, before)
        .into_iter()
        .zip(module_scores(catalog, after))
    {
        let (old_headline, new_headline) = (old.score.headline(), new.score.headline());
        for (old_figure, new_figure) in old_headline.figures.into_iter().zip(new_headline.figures) {
            scores.push(ScoreChange {
                module: old.module,
                metric: old_figure.metric,
                value: BeforeAfter {
                    before: old_figure.value,
                    after: new_figure.value,
                },
                direction: Direction::between(old_figure.value, new_figure.value),
            });
        }
    }

    let guide = &catalog.responsibility;
    let cells: BTreeSet<&String> = before
        .responsibility
        .cells
        .keys()
        .chain(after.responsibility.cells.keys())
        .filter(|id| before.responsibility.cell(id) != after.responsibility.cell(id))
        .collect();
    let map = MapChange {
        selection: BeforeAfter {
            before: Selection::of(guide, before.responsibility),
            after: Selection::of(guide, after.responsibility),
        },
        cells: cells.into_iter().cloned().collect(),
    };

    Comparison {
        items,
        scores,
        map,
        stage: BeforeAfter {
            before: current_stage_of(catalog, before),
            after: current_stage_of(catalog, after),
        },
    }
}
