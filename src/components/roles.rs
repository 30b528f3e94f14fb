//! Who is answering: the seven readers of table I.5-1 of the MIC guideline. The choice marks the
//! modules the table proposes on the overview; every module stays open.

use yew::prelude::*;

use crate::components::passage::{quote, reading};
use crate::domain::roles::Proposal;
use crate::hooks::use_app;
use crate::i18n_roles::roles_text;
use crate::state::Action;

#[component]
pub fn RoleChooser() -> Html {
    let app = use_app();
    let state = app.state();
    let lang = state.language();
    let t = roles_text(lang);
    let guide = &state.catalog.roles;
    let chosen = state.document.role();
    let dispatcher = app.dispatcher();
    let clear = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::SetRole(None)))
    };
    let choose = move |role: Option<&'static str>| {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_: Event| {
            dispatcher.dispatch(Action::SetRole(role.map(str::to_owned)))
        })
    };
    html! {
        <fieldset class="roles" data-testid="roles">
            <legend>{ t.heading }</legend>
            { for guide.purpose.iter().map(|text| html! { <p class="roles__purpose">{ text.get(lang) }</p> }) }
            <div class="choices choices--roles">
                { for guide.roles.iter().map(|role| {
                    let id = format!("role-{}", role.id);
                    html! {
                        <div class="choice">
                            <input type="radio" id={id.clone()} name="role" value={role.id}
                                checked={chosen == Some(role.id)} onchange={choose(Some(role.id))} />
                            <label for={id}>
                                { role.label().get(lang) }
                                if role.name.is_some() {
                                    <span class="roles__group">{ role.group.get(lang) }</span>
                                }
                            </label>
                        </div>
                    }
                }) }
            </div>
            if chosen.is_some() {
                <p>
                    <button type="button" class="button" onclick={clear}>{ t.no_role }</button>
                </p>
            }
            <details class="guidance">
                <summary>{ t.basis }</summary>
                { quote(&guide.legend, lang) }
                { for guide.readings.iter().map(|(_, text)| reading(text, lang)) }
            </details>
        </fieldset>
    }
}

/// The badge of a module's card for the chosen role.
pub fn proposal_label(proposal: Proposal, lang: crate::domain::text::Lang) -> &'static str {
    let t = roles_text(lang);
    match proposal {
        Proposal::Proposed => t.proposed,
        Proposal::Conditional => t.conditional,
        Proposal::AsNeeded => t.as_needed,
    }
}
