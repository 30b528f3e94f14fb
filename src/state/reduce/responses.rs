//! The answers and what goes with them: notes, values, plan follow-ups, the stage placement and
//! the role of who is answering. Ids the content does not have are ignored.

use crate::domain::answers::{Answer, FollowUpEdit};
use crate::domain::stage::{MAX_REASON_CHARS, StagePlacement};
use crate::state::AppState;

/// Records an answer the item's scale offers.
pub fn answer(state: &mut AppState, item_id: &str, answer: Answer) -> bool {
    match state.catalog.find_item(item_id) {
        Some((checklist, _)) if answer.fits(checklist.scale) => {
            state.document.set_answer(item_id, answer);
            true
        }
        _ => false,
    }
}

pub fn note(state: &mut AppState, item_id: &str, note: &str) -> bool {
    if state.catalog.find_item(item_id).is_none() {
        return false;
    }
    state.document.set_note(item_id, note);
    true
}

pub fn value(state: &mut AppState, item_id: &str, value: &str) -> bool {
    if state.catalog.find_item(item_id).is_none() {
        return false;
    }
    state.document.set_value(item_id, value);
    true
}

/// The note, owner or due date of a plan entry: an item, or a gap of the map (`rsp:…`).
pub fn follow_up(state: &mut AppState, key: &str, edit: FollowUpEdit) -> bool {
    let is_item = state.catalog.find_item(key).is_some();
    let is_map_gap = key.starts_with(concat!("rsp", ":"));
    (is_item || is_map_gap) && state.document.follow_up(key, is_item, edit)
}

/// Places the organization at a stage the content has (the reason cut to its limit), or
/// returns to the diagnosis.
pub fn place_stage(state: &mut AppState, placement: Option<StagePlacement>) -> bool {
    let unknown = placement
        .as_ref()
        .is_some_and(|placement| state.catalog.stages.stage(&placement.stage).is_none());
    if unknown {
        return false;
    }
    let placement = placement.map(|placement| StagePlacement {
        reason: placement.reason.chars().take(MAX_REASON_CHARS).collect(),
        ..placement
    });
    state.document.set_stage_placement(placement);
    true
}

/// Says who is answering (a role of the content), or nobody in particular.
pub fn set_role(state: &mut AppState, role: Option<String>) -> bool {
    if role
        .as_deref()
        .is_some_and(|id| state.catalog.roles.role(id).is_none())
    {
        return false;
    }
    state.document.set_role(role);
    true
}
