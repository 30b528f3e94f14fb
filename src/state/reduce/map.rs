//! The responsibility map: the model and pattern chosen, and the cells filled in.

use crate::domain::applicability;
use crate::domain::responsibility::{CellEdit, Selection};
use crate::state::AppState;

/// Chooses a model and a pattern that applies to it, dropping the records of cells the new
/// choice does not have (the view asks first). Items the source writes for other models start
/// as N/A, and those this tool set so for the model before are brought in line
/// ([`applicability::rescope`]).
pub fn select(state: &mut AppState, model: &str, pattern: &str, virtual_network: bool) -> bool {
    let guide = &state.catalog.responsibility;
    let (Some(model), Some(pattern)) = (guide.model(model), guide.pattern(pattern)) else {
        return false;
    };
    if !pattern.applies_to(model.id) {
        return false;
    }
    let mut map = state.document.responsibility().clone();
    map.select(
        guide,
        Selection {
            model,
            pattern,
            virtual_network,
        },
    );
    state.document.set_responsibility(map);
    rescope(state);
    true
}

/// Brings the items written for other models in line with the active assessment's model, in
/// the reader's language ([`applicability::rescope`]), after a choice of model. Returns whether
/// the answers changed.
fn rescope(state: &mut AppState) -> bool {
    let model = state.document.responsibility().model.clone();
    let mut answers = state.document.answers().clone();
    let changed = applicability::rescope(
        state.catalog,
        &mut answers,
        model.as_deref(),
        state.language(),
    );
    if changed {
        state.document.set_answers(answers);
    }
    changed
}

/// Changes one cell, if the current map has it: a stale edit (say from a view of the model
/// before a change) must not write a record nobody sees.
pub fn edit_cell(state: &mut AppState, cell_id: &str, edit: CellEdit) -> bool {
    let known = state
        .responsibility()
        .is_some_and(|map| map.cells.iter().any(|cell| cell.id() == cell_id));
    if known {
        state.document.edit_cell(cell_id, edit);
    }
    known
}
