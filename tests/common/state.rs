//! The catalog the app ships; an assessment's state, built up answer by answer; headline values;
//! and the proptest strategies that generate states. Shared by the plan, summary and compare
//! tests.

use cloud_self_check::domain::answers::{Answer, Answers, ItemResponse};
use cloud_self_check::domain::content::{Catalog, Checklist, Item, catalog};
use cloud_self_check::domain::responsibility::{CellRecord, ManagerSide, MapRecord};
use cloud_self_check::domain::stage::StagePlacement;
use cloud_self_check::domain::summary::{Direction, Frozen, Value};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// The catalog.

/// The catalog the app ships.
pub fn cat() -> &'static Catalog {
    catalog()
}

/// A checklist of the catalog; panics when there is none by that id.
pub fn checklist(id: &str) -> &'static Checklist {
    cat()
        .checklist(id)
        .unwrap_or_else(|| panic!("no checklist {id}"))
}

/// An item of the catalog; panics when there is none by that id.
pub fn item(id: &str) -> &'static Item {
    cat()
        .find_item(id)
        .unwrap_or_else(|| panic!("no item {id}"))
        .1
}

/// The id of every item, checklist by checklist, in catalog order.
pub fn all_item_ids() -> Vec<&'static str> {
    cat()
        .checklists
        .iter()
        .flat_map(|checklist| checklist.items.iter().map(|item| item.id))
        .collect()
}

/// The id of every cell of the responsibility map: each layer's user cell, then its provider
/// cell.
pub fn cell_ids() -> Vec<String> {
    let layers = cat().responsibility.layers.iter().map(|layer| layer.id);
    layers
        .flat_map(|layer| [format!("user:{layer}"), format!("provider:{layer}")])
        .collect()
}

// ---------------------------------------------------------------------------------------------
// An assessment's state.

/// One assessment's state, owned, so tests can build it up and then freeze it.
#[derive(Clone, Debug, Default)]
pub struct State {
    pub answers: Answers,
    pub map: MapRecord,
    pub stage: Option<StagePlacement>,
}

impl State {
    pub fn frozen(&self) -> Frozen<'_> {
        Frozen {
            answers: &self.answers,
            responsibility: &self.map,
            stage: self.stage.as_ref(),
        }
    }

    /// An answer to an item of the catalog; panics on an id the catalog does not have, so that
    /// a mistyped id cannot pass unnoticed.
    pub fn answer(self, id: &str, answer: Answer) -> State {
        assert!(cat().find_item(id).is_some(), "no item {id}");
        self.answer_unchecked(id, answer)
    }

    /// An answer recorded under any id, one the catalog does not have too.
    pub fn answer_unchecked(mut self, id: &str, answer: Answer) -> State {
        self.answers.insert(id, answer);
        self
    }

    pub fn note(mut self, id: &str, note: &str) -> State {
        self.answers.set_note(id, note);
        self
    }

    /// N/A with a reason, which settles it.
    pub fn not_applicable(mut self, id: &str) -> State {
        self.answers.insert(id, Answer::NotApplicable);
        self.answers.set_note(id, "対象外のため");
        self
    }

    pub fn model(mut self, model: &str) -> State {
        self.map.model = Some(model.to_owned());
        self
    }

    pub fn placed(mut self, stage: &str, reason: &str) -> State {
        self.stage = Some(StagePlacement {
            stage: stage.to_owned(),
            reason: reason.to_owned(),
        });
        self
    }
}

/// Every answer given to every item of a checklist.
pub fn all(state: State, id: &str, answer: Answer) -> State {
    checklist(id)
        .items
        .iter()
        .fold(state, |state, item| state.answer(item.id, answer))
}

/// A cell recorded in full, by the user's own manager and confirmed: no gap.
pub fn recorded_cell() -> CellRecord {
    CellRecord {
        setter: "情報システム課".into(),
        manager: "総務課".into(),
        manager_side: Some(ManagerSide::Own),
        confirmed: true,
    }
}

// ---------------------------------------------------------------------------------------------
// Headline values and directions.

pub fn count(count: usize, of: usize) -> Option<Value> {
    Some(Value::Count { count, of })
}

pub fn pct(percent: u32) -> Option<Value> {
    Some(Value::Percent(percent))
}

/// The direction the other way round: rose for fell and fell for rose.
pub fn flip(direction: Direction) -> Direction {
    match direction {
        Direction::Rose => Direction::Fell,
        Direction::Fell => Direction::Rose,
        other => other,
    }
}

// ---------------------------------------------------------------------------------------------
// Generated states.

/// A response or none (a response with the odds `weight`): any answer (including ones the
/// scale does not offer) or none, with one of `notes` and one of `owners`.
pub fn response(
    weight: f64,
    notes: &[&'static str],
    owners: &[&'static str],
) -> impl Strategy<Value = Option<ItemResponse>> {
    prop::option::weighted(
        weight,
        (
            prop::option::of(prop::sample::select(Answer::ALL.to_vec())),
            prop::sample::select(notes.to_vec()),
            prop::sample::select(owners.to_vec()),
        )
            .prop_map(|(answer, note, owner)| ItemResponse {
                answer,
                note: note.into(),
                owner: owner.into(),
                ..ItemResponse::default()
            }),
    )
}

/// Any cell record: names blank, padded or not, any manager's side or none, confirmed or not.
pub fn cell_record() -> impl Strategy<Value = CellRecord> {
    let name = prop::sample::select(vec!["", "山田", "佐藤", " 山田 "]);
    (
        name.clone(),
        name,
        prop::option::of(prop::sample::select(vec![
            ManagerSide::Own,
            ManagerSide::Outside,
        ])),
        any::<bool>(),
    )
        .prop_map(|(setter, manager, manager_side, confirmed)| CellRecord {
            setter: setter.into(),
            manager: manager.into(),
            manager_side,
            confirmed,
        })
}

/// Any map: one of `models`, any pattern of the catalog or none, the virtual network on either
/// side, and any record or none in every cell.
pub fn map_record(models: &[Option<&'static str>]) -> impl Strategy<Value = MapRecord> {
    let mut patterns: Vec<Option<&'static str>> = cat()
        .responsibility
        .patterns
        .iter()
        .map(|pattern| Some(pattern.id))
        .collect();
    patterns.push(None);
    let cells = cell_ids();
    (
        prop::sample::select(models.to_vec()),
        prop::sample::select(patterns),
        any::<bool>(),
        prop::collection::vec(prop::option::of(cell_record()), cells.len()),
    )
        .prop_map(move |(model, pattern, virtual_network, records)| {
            let mut map = MapRecord {
                model: model.map(str::to_owned),
                pattern: pattern.map(str::to_owned),
                virtual_network,
                ..MapRecord::default()
            };
            for (id, record) in cells.iter().zip(records) {
                if let Some(record) = record {
                    map.set_cell(id, record);
                }
            }
            map
        })
}

/// A placement at one of `stages`, with a reason or a blank one, or none.
pub fn placement(stages: &[&'static str]) -> impl Strategy<Value = Option<StagePlacement>> {
    prop::option::of(
        (
            prop::sample::select(stages.to_vec()),
            prop::sample::select(vec!["", "理由"]),
        )
            .prop_map(|(stage, reason)| StagePlacement {
                stage: stage.into(),
                reason: reason.into(),
            }),
    )
}

/// A state with a response from `responses` (or none) for each of `ids`, a map from `maps`
/// and a placement from `stages`.
pub fn states(
    ids: Vec<&'static str>,
    responses: impl Strategy<Value = Option<ItemResponse>>,
    maps: impl Strategy<Value = MapRecord>,
    stages: impl Strategy<Value = Option<StagePlacement>>,
) -> impl Strategy<Value = State> {
    (prop::collection::vec(responses, ids.len()), maps, stages).prop_map(
        move |(responses, map, stage)| {
            let mut answers = Answers::new();
            for (id, response) in ids.iter().zip(responses) {
                if let Some(response) = response {
                    answers.set_response(*id, response);
                }
            }
            State {
                answers,
                map,
                stage,
            }
        },
    )
}
