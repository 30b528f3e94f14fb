//! The snapshots of the active assessment: take one, delete one (after a confirmation), and
//! compare two, or one with the current answers.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::needs::Needs;
use crate::domain::chunks;
use crate::domain::document::MAX_NAME_CHARS;
use crate::domain::text::Lang;
use crate::hooks::AppHandle;
use crate::i18n::data::data_text;
use crate::views::data::compare::Comparison;
use crate::views::data::{confirm_dialog, display_name, focus_by_id, text_input};

/// What the snapshots section keeps between renders: the label being typed, the snapshot whose
/// deletion waits for a confirmation, and the two sides of the comparison.
#[derive(Clone)]
pub struct SnapshotsState {
    snapshot_label: UseStateHandle<String>,
    confirm_snapshot: UseStateHandle<Option<String>>,
    compare_before: UseStateHandle<Option<String>>,
    compare_after: UseStateHandle<String>,
    /// Set when the reader takes a snapshot here, so only that moves the focus (not loading,
    /// switching assessments, or another tab adding one).
    took: Rc<RefCell<bool>>,
}

/// The section's state, and where the focus goes: to a confirmation that opens, and back to
/// the label field when a snapshot was just taken (`count` is how many there are).
#[hook]
pub fn use_snapshots(count: usize) -> SnapshotsState {
    let snapshot_label = use_state(String::new);
    let confirm_snapshot = use_state(|| None::<String>);
    let compare_before = use_state(|| None::<String>);
    let compare_after = use_state(String::new);

    // A snapshot's confirmation takes the focus when it opens.
    {
        let asking = (*confirm_snapshot).is_some();
        use_effect_with(asking, |asking| {
            if *asking {
                focus_by_id("data-snapshot-delete-heading");
            }
        });
    }
    // A snapshot just taken here: the label field, emptied, keeps the focus for the next one.
    let took = use_mut_ref(|| false);
    {
        let took = took.clone();
        let seen = use_mut_ref(|| count);
        use_effect_with(count, move |count| {
            let grew = *count > *seen.borrow();
            if grew && took.replace(false) {
                focus_by_id("snapshot-label");
            }
            *seen.borrow_mut() = *count;
        });
    }
    SnapshotsState {
        snapshot_label,
        confirm_snapshot,
        compare_before,
        compare_after,
        took,
    }
}

/// The snapshots of the active assessment and their comparison. A part of the data view, which
/// holds its state ([`use_snapshots`]), so it costs no component of its own.
pub fn snapshots(app: &AppHandle, local: &SnapshotsState) -> Html {
    let state = app.state();
    let lang = state.language();
    let t = data_text(lang);
    let actions = app.actions();
    let document = &state.document;
    let active = document.active();
    let display_name = |name: &str| display_name(t, name);
    let SnapshotsState {
        snapshot_label,
        confirm_snapshot,
        compare_before,
        compare_after,
        took,
    } = local.clone();

    // Snapshots and their comparison.
    let on_snapshot = {
        let actions = actions.clone();
        let snapshot_label = snapshot_label.clone();
        let compare_before = compare_before.clone();
        let took = took.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            took.replace(true);
            actions.take_snapshot((*snapshot_label).clone());
            snapshot_label.set(String::new());
            compare_before.set(None);
        })
    };
    let snapshot_items = active.snapshots.iter().map(|snapshot| {
        let label = display_name(&snapshot.label);
        let asking = (*confirm_snapshot).as_deref() == Some(snapshot.id.as_str());
        let on_delete = {
            let confirm_snapshot = confirm_snapshot.clone();
            let id = snapshot.id.clone();
            Callback::from(move |_: MouseEvent| confirm_snapshot.set(Some(id.clone())))
        };
        let on_confirm = {
            let actions = actions.clone();
            let confirm_snapshot = confirm_snapshot.clone();
            let id = snapshot.id.clone();
            Callback::from(move |_: MouseEvent| {
                actions.delete_snapshot(id.clone());
                confirm_snapshot.set(None);
                focus_by_id("snapshot-label");
            })
        };
        let on_cancel = {
            let confirm_snapshot = confirm_snapshot.clone();
            let button = format!("delete-{}", snapshot.id);
            Callback::from(move |_: MouseEvent| {
                confirm_snapshot.set(None);
                focus_by_id(&button);
            })
        };
        html! {
            <li key={snapshot.id.clone()} data-snapshot={snapshot.id.clone()}>
                <span class="data__snapshot-label">{ label.clone() }</span>
                <span class="data__snapshot-date">{ snapshot.taken_at.get(..10).unwrap_or("") }</span>
                <button type="button" class="button button--small" id={format!("delete-{}", snapshot.id)}
                    onclick={on_delete}>{ (t.delete_snapshot)(&label) }</button>
                if asking {
                    { confirm_dialog(
                        "data-snapshot-delete",
                        &(t.delete_snapshot_heading)(&label),
                        t.delete_snapshot_text,
                        html! {
                            <>
                                <button type="button" class="button button--danger" onclick={on_confirm}>{ t.delete_confirm }</button>
                                <button type="button" class="button" onclick={on_cancel}>{ t.cancel }</button>
                            </>
                        },
                    ) }
                }
            </li>
        }
    });
    // By default: the newest snapshot against the current answers.
    let before_id = (*compare_before)
        .clone()
        .filter(|id| active.snapshot(id).is_some())
        .or_else(|| active.snapshots.last().map(|snapshot| snapshot.id.clone()));
    let after_id = Some((*compare_after).clone()).filter(|id| active.snapshot(id).is_some());
    let options = |selected: Option<&str>, with_now: bool| {
        let snapshots = active.snapshots.iter().map(|snapshot| {
            html! {
                <option value={snapshot.id.clone()} selected={selected == Some(snapshot.id.as_str())}>
                    { match lang {
                        Lang::Ja => format!("{}（{}）", display_name(&snapshot.label), snapshot.taken_at.get(..10).unwrap_or("")),
                        Lang::En => format!("{} ({})", display_name(&snapshot.label), snapshot.taken_at.get(..10).unwrap_or("")),
                    } }
                </option>
            }
        });
        html! {
            <>
                if with_now { <option value="" selected={selected.is_none()}>{ t.now_option }</option> }
                { for snapshots }
            </>
        }
    };
    let on_before = {
        let compare_before = compare_before.clone();
        Callback::from(move |event: Event| {
            compare_before.set(Some(
                event.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    };
    let on_after = {
        let compare_after = compare_after.clone();
        Callback::from(move |event: Event| {
            compare_after.set(event.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let comparison = before_id.as_deref().map(|before_id| {
        html! {
            <div class="data__compare">
                <h3 id="data-compare-heading">{ t.compare_heading }</h3>
                <div class="data__compare-choice">
                    <p class="field">
                        <label for="compare-before">{ t.compare_before }</label>
                        <select id="compare-before" onchange={on_before}>{ options(Some(before_id), false) }</select>
                    </p>
                    <p class="field">
                        <label for="compare-after">{ t.compare_after }</label>
                        <select id="compare-after" onchange={on_after}>{ options(after_id.as_deref(), true) }</select>
                    </p>
                </div>
                // The comparison names every check's items: it waits for every chunk.
                <Needs chunks={chunks::all().collect::<Vec<_>>()} {lang}>
                    <Comparison before={AttrValue::from(before_id.to_owned())}
                        after={after_id.clone().map(AttrValue::from)} />
                </Needs>
            </div>
        }
    });
    html! {
        <section class="data__section" aria-labelledby="data-snapshots-heading">
            <h2 id="data-snapshots-heading">{ t.snapshots_heading }</h2>
            <p>{ t.snapshots_purpose }</p>
            <form class="data__inline-form" onsubmit={on_snapshot}>
                <label for="snapshot-label">{ t.snapshot_label }</label>
                <input type="text" id="snapshot-label" value={(*snapshot_label).clone()}
                    maxlength={MAX_NAME_CHARS.to_string()} oninput={text_input(&snapshot_label)}
                    placeholder={t.snapshot_placeholder} autocomplete="off" />
                <button type="submit" class="button button--primary">{ t.take_snapshot }</button>
            </form>
            if active.snapshots.is_empty() {
                <p class="hint">{ t.no_snapshots }</p>
            } else {
                <ul class="data__snapshots">{ for snapshot_items }</ul>
            }
            { for comparison }
        </section>
    }
}
