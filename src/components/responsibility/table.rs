//! The map's table: one row per cell, with who holds it, the setter and setting manager the
//! organization names, whether it is confirmed, and its gaps.

use std::collections::BTreeSet;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::content::ResponsibilityGuide;
use crate::domain::responsibility::{
    self, Cell, CellEdit, CellRecord, ManagerSide, MapResult, Side, awaits_manager_side, cap_name,
    cell_gaps, cell_name,
};
use crate::domain::text::Lang;
use crate::hooks::Actions;
use crate::i18n::map::MapText;

/// The layer table: one row per cell, with the fields the organization fills in.
pub fn table(
    map: &MapResult,
    record: &responsibility::MapRecord,
    guide: &'static ResponsibilityGuide,
    lang: Lang,
    t: &'static MapText,
    actions: &Actions,
    cut: &UseStateHandle<BTreeSet<String>>,
) -> Html {
    let selection = map.selection;
    let caption = (t.table_caption)(
        selection.model.name.get(lang),
        selection.pattern.name.get(lang),
    );
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={caption.clone()}>
            <table class="map__table" data-testid="rsp-table">
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.col_layer }</th>
                        <th scope="col">{ t.col_owner }</th>
                        <th scope="col">{ t.col_setter }</th>
                        <th scope="col">{ t.col_manager }</th>
                        <th scope="col">{ t.col_confirmed }</th>
                        <th scope="col">{ t.col_gaps }</th>
                    </tr>
                </thead>
                <tbody>
                    { for map.cells.iter().map(|cell| row(cell, map, record.cell(&cell.id()), guide, lang, t, actions, cut)) }
                </tbody>
            </table>
        </div>
    }
}

#[allow(clippy::too_many_arguments)]
fn row(
    cell: &Cell,
    map: &MapResult,
    record: Option<&CellRecord>,
    guide: &'static ResponsibilityGuide,
    lang: Lang,
    t: &'static MapText,
    actions: &Actions,
    cut: &UseStateHandle<BTreeSet<String>>,
) -> Html {
    let selection = map.selection;
    let id = cell.id();
    let name = cell_name(cell, selection, guide, lang);
    let empty = CellRecord::default();
    let entry = record.unwrap_or(&empty);
    let gaps = cell_gaps(cell, record);
    let awaits_side = awaits_manager_side(cell, record);
    let edit = |make: fn(String) -> CellEdit, field: String| {
        let actions = actions.clone();
        let cut = cut.clone();
        let cell_id = id.clone();
        Callback::from(move |event: InputEvent| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let (value, was_cut) = cap_name(&input.value());
            if was_cut {
                // Show what is kept, so the field and the saved value agree.
                input.set_value(&value);
            }
            let mut fields = (*cut).clone();
            let changed = if was_cut {
                fields.insert(field.clone())
            } else {
                fields.remove(&field)
            };
            if changed {
                cut.set(fields);
            }
            actions.edit_cell(&cell_id, make(value));
        })
    };
    let confirmed_id = format!("{id}-confirmed");
    let on_confirmed = {
        let actions = actions.clone();
        let cell_id = id.clone();
        Callback::from(move |event: Event| {
            let on = event.target_unchecked_into::<HtmlInputElement>().checked();
            actions.edit_cell(&cell_id, CellEdit::Confirmed(on));
        })
    };
    let confirmed = html! {
        <td data-label={t.col_confirmed}>
            <input type="checkbox" id={confirmed_id.clone()} checked={entry.confirmed}
                onchange={on_confirmed} aria-label={(t.confirmed_field)(&name)} />
            <label for={confirmed_id} class="map__confirmed-label" aria-hidden="true">{ t.confirmed_label }</label>
        </td>
    };
    let gap_cell = html! {
        <td class="map__gaps" data-label={t.col_gaps}>
            if awaits_side {
                <span class="map__pending" data-pending="manager_side">{ t.side_pending }</span>
            }
            if gaps.is_empty() {
                if !awaits_side {
                    <span class="map__ok">{ t.no_gap }</span>
                }
            } else {
                <ul>
                    { for gaps.iter().map(|kind| html! {
                        <li data-gap={kind.key()} title={(t.gap)(*kind)}>{ (t.gap_short)(*kind) }</li>
                    }) }
                </ul>
            }
        </td>
    };
    let row_class = classes!(
        "map__row",
        format!("map__row--{}", cell.side.token()),
        (!gaps.is_empty()).then_some("map__row--gap")
    );
    if cell.side == Side::Provider {
        let party = guide.party(cell.setter).get(lang);
        return html! {
            <tr class={row_class} data-cell={id.clone()}>
                <th scope="row" data-label={t.col_layer}>{ name }</th>
                <td data-label={t.col_owner}>{ t.owner_provider }</td>
                <td data-label={t.col_setter}>{ party }</td>
                <td data-label={t.col_manager}>{ guide.party(cell.manager).get(lang) }</td>
                { confirmed }
                { gap_cell }
            </tr>
        };
    }
    let setter_id = format!("{id}-setter");
    let manager_id = format!("{id}-manager");
    let side_id = format!("{id}-manager-side");
    let field = |field_id: &str,
                 label: String,
                 value: &str,
                 oninput: Callback<InputEvent>,
                 hint: Option<String>| {
        let error_id = format!("{field_id}-error");
        let hint_id = format!("{field_id}-hint");
        let is_cut = cut.contains(field_id);
        let described = [
            hint.as_ref().map(|_| hint_id.clone()),
            is_cut.then(|| error_id.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        html! {
            <>
                <label for={field_id.to_owned()} class="visually-hidden">{ label }</label>
                if let Some(hint) = hint {
                    <span id={hint_id} class="map__expected">{ hint }</span>
                }
                <input type="text" id={field_id.to_owned()} value={value.to_owned()} {oninput}
                    placeholder={t.name_placeholder} autocomplete="off"
                    aria-invalid={is_cut.then_some("true")}
                    aria-describedby={(!described.is_empty()).then_some(described)} />
                if is_cut {
                    <p id={error_id} class="field-error" role="alert">{ (t.too_long)() }</p>
                }
            </>
        }
    };
    let expected_setter = Some((t.expected)(guide.party(cell.setter).get(lang)));
    let expected_manager = Some((t.expected)(guide.party(cell.manager).get(lang)));
    let side_select = cell.is_outsourced().then(|| {
        let actions = actions.clone();
        let cell_id = id.clone();
        let onchange = Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            let side = match value.as_str() {
                "own" => Some(ManagerSide::Own),
                "outside" => Some(ManagerSide::Outside),
                _ => None,
            };
            actions.edit_cell(&cell_id, CellEdit::ManagerSide(side));
        });
        let chosen = entry.manager_side;
        html! {
            <>
                <label for={side_id.clone()} class="visually-hidden">{ (t.manager_side_field)(&name) }</label>
                <select id={side_id.clone()} {onchange} class="map__side">
                    <option value="" selected={chosen.is_none()}>{ t.side_unset }</option>
                    <option value="own" selected={chosen == Some(ManagerSide::Own)}>{ t.side_own }</option>
                    <option value="outside" selected={chosen == Some(ManagerSide::Outside)}>{ t.side_outside }</option>
                </select>
            </>
        }
    });
    html! {
        <tr class={row_class} data-cell={id.clone()}>
            <th scope="row" data-label={t.col_layer}>{ name.clone() }</th>
            <td data-label={t.col_owner}>{ t.owner_user }</td>
            <td data-label={t.col_setter}>
                { field(&setter_id, (t.setter_field)(&name), &entry.setter,
                    edit(CellEdit::Setter, setter_id.clone()), expected_setter) }
            </td>
            <td data-label={t.col_manager}>
                { field(&manager_id, (t.manager_field)(&name), &entry.manager,
                    edit(CellEdit::Manager, manager_id.clone()), expected_manager) }
                { for side_select }
            </td>
            { confirmed }
            { gap_cell }
        </tr>
    }
}
