//! Every assessment of this browser: switch to one, duplicate, delete (after a confirmation),
//! or create one.

use yew::prelude::*;

use crate::domain::document::MAX_NAME_CHARS;
use crate::hooks::AppHandle;
use crate::i18n::data::data_text;
use crate::views::data::{confirm_dialog, display_name, text_input, use_confirmation_focus};

/// What the list keeps between renders: the name of the assessment to create, and the
/// assessment whose deletion waits for a confirmation.
#[derive(Clone)]
pub struct AssessmentsState {
    new_name: UseStateHandle<String>,
    confirm_delete: UseStateHandle<Option<String>>,
}

/// The list's state; a confirmation that opens takes the focus and gives it back.
#[hook]
pub fn use_assessments() -> AssessmentsState {
    let new_name = use_state(String::new);
    let confirm_delete = use_state(|| None::<String>);
    use_confirmation_focus(
        (*confirm_delete).is_some(),
        "data-delete-heading",
        (*confirm_delete)
            .as_ref()
            .map(|id| format!("delete-{id}"))
            .unwrap_or_default(),
    );
    AssessmentsState {
        new_name,
        confirm_delete,
    }
}

/// Every assessment, and the form that creates one. A part of the data view, which holds its
/// state ([`use_assessments`]), so it costs no component of its own.
pub fn assessments(app: &AppHandle, local: &AssessmentsState) -> Html {
    let state = app.state();
    let t = data_text(state.language());
    let actions = app.actions();
    let document = &state.document;
    let active = document.active();
    let AssessmentsState {
        new_name,
        confirm_delete,
    } = local.clone();
    let display_name = |name: &str| display_name(t, name);
    let only_one = document.assessments().len() < 2;
    let rows = document.assessments().iter().map(|assessment| {
        let name = display_name(&assessment.name);
        let is_active = assessment.id == active.id;
        let answered = assessment
            .answers
            .iter()
            .filter(|(_, response)| response.answer.is_some())
            .count();
        let on_switch = {
            let actions = actions.clone();
            let id = assessment.id.clone();
            Callback::from(move |_: MouseEvent| actions.switch_assessment(id.clone()))
        };
        let on_duplicate = {
            let actions = actions.clone();
            let source = assessment.id.clone();
            let name = (t.copy_name)(&name);
            Callback::from(move |_: MouseEvent| {
                actions.duplicate_assessment(source.clone(), name.clone())
            })
        };
        let on_delete = {
            let confirm_delete = confirm_delete.clone();
            let id = assessment.id.clone();
            Callback::from(move |_: MouseEvent| confirm_delete.set(Some(id.clone())))
        };
        html! {
            <tr key={assessment.id.clone()} data-assessment={assessment.id.clone()} aria-current={is_active.then_some("true")}>
                <th scope="row">
                    { name.clone() }
                    if is_active { <span class="badge badge--current">{ t.editing_badge }</span> }
                </th>
                <td>{ assessment.created_at.get(..10).unwrap_or("") }</td>
                <td>{ answered }</td>
                <td class="data__actions">
                    if !is_active {
                        <button type="button" class="button" onclick={on_switch}
                            aria-label={(t.switch)(&name)}>{ (t.switch)(&name) }</button>
                    }
                    <button type="button" class="button" onclick={on_duplicate}>{ (t.duplicate)(&name) }</button>
                    <button type="button" class="button button--danger" onclick={on_delete}
                        id={format!("delete-{}", assessment.id)} disabled={only_one} aria-describedby={only_one.then_some("data-only-one")}>
                        { (t.delete)(&name) }
                    </button>
                </td>
            </tr>
        }
    });
    let delete_dialog = (*confirm_delete).as_ref().and_then(|id| {
        let assessment = document.assessment(id)?;
        let name = display_name(&assessment.name);
        let on_confirm = {
            let actions = actions.clone();
            let confirm_delete = confirm_delete.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| {
                actions.delete_assessment(id.clone());
                confirm_delete.set(None);
            })
        };
        let on_cancel = {
            let confirm_delete = confirm_delete.clone();
            Callback::from(move |_: MouseEvent| confirm_delete.set(None))
        };
        Some(confirm_dialog(
            "data-delete",
            &(t.delete_heading)(&name),
            t.delete_text,
            html! {
                <>
                    <button type="button" class="button button--danger" onclick={on_confirm}>{ t.delete_confirm }</button>
                    <button type="button" class="button" onclick={on_cancel}>{ t.cancel }</button>
                </>
            },
        ))
    });
    let on_create = {
        let actions = actions.clone();
        let new_name = new_name.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            actions.create_assessment((*new_name).clone());
            new_name.set(String::new());
        })
    };
    html! {
        <section class="data__section" aria-labelledby="data-list-heading">
            <h2 id="data-list-heading" tabindex="-1">{ t.list_heading }</h2>
            <div class="table-scroll">
                <table class="data__table">
                    <caption>{ t.list_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_name }</th>
                            <th scope="col">{ t.col_created }</th>
                            <th scope="col">{ t.col_answered }</th>
                            <th scope="col">{ t.col_actions }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if only_one { <p id="data-only-one" class="hint">{ t.only_one }</p> }
            { for delete_dialog }
            <form class="data__inline-form" onsubmit={on_create}>
                <label for="new-assessment">{ t.new_label }</label>
                <input type="text" id="new-assessment" value={(*new_name).clone()}
                    maxlength={MAX_NAME_CHARS.to_string()} oninput={text_input(&new_name)}
                    placeholder={t.new_placeholder} autocomplete="off" />
                <button type="submit" class="button button--primary">{ t.create }</button>
            </form>
        </section>
    }
}
