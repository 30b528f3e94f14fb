//! One module on a view of its own, and the view for an address the app does not know.

use yew::prelude::*;

use crate::components::checklist::ChecklistSection;
use crate::components::migration_result::migration_result;
use crate::components::precondition_result::precondition_result;
use crate::components::result_panel::result_panel;
use crate::domain::content::{self, Scale};
use crate::i18n::ui;
use crate::route::Route;
use crate::routing::RouteLink;
use crate::state::AppState;

/// The result view of each module. A yes/no module without a verdict of its own shows its
/// tally; others show their items only.
pub fn result_view(module: &'static str, state: &AppState) -> Html {
    match module {
        content::PRECONDITIONS => precondition_result(state),
        content::MIGRATION => migration_result(state),
        _ if state.checklist(module).scale == Scale::YesNo => result_panel(
            state.checklist(module).id,
            state.tally(module),
            None,
            state.language(),
            html! {},
        ),
        _ => html! {},
    }
}

pub fn module_view(module: &'static str, state: &AppState) -> Html {
    let lang = state.language();
    let t = ui(lang);
    let checklists = state.catalog.checklists;
    let index = checklists
        .iter()
        .position(|checklist| checklist.id == module)
        .unwrap_or(0);
    let next = checklists.get(index + 1);
    html! {
        <>
            <p class="breadcrumb">
                <RouteLink to={Route::Home}>{ t.back_to_overview }</RouteLink>
            </p>
            // Keyed by module, so moving to another module starts a new section.
            <ChecklistSection key={module} checklist_id={module} step={index + 1}>
                { result_view(module, state) }
            </ChecklistSection>
            if let Some(next) = next {
                <p class="next-module">
                    <RouteLink to={Route::Module(next.id)} class="next-step">
                        { (t.next_module)(next.title.get(lang)) }
                    </RouteLink>
                </p>
            }
        </>
    }
}

pub fn not_found_view(state: &AppState) -> Html {
    let t = ui(state.language());
    html! {
        <section class="not-found" aria-labelledby="not-found-heading">
            <h2 id="not-found-heading">{ t.not_found_heading }</h2>
            <p>{ t.not_found_text }</p>
            <p><RouteLink to={Route::Home}>{ t.back_to_overview }</RouteLink></p>
        </section>
    }
}
