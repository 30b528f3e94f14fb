//! One module on a view of its own, and the view for an address the app does not know.

use yew::prelude::*;

use crate::components::checklist::ChecklistSection;
use crate::components::migration_result::MigrationResultView;
use crate::components::precondition_result::PreconditionResultView;
use crate::domain::content;
use crate::hooks::use_app;
use crate::route::Route;
use crate::routing::RouteLink;

/// The result view of each module. A module without one shows its items only.
pub fn result_view(module: &str) -> Html {
    match module {
        content::PRECONDITIONS => html! { <PreconditionResultView /> },
        content::MIGRATION => html! { <MigrationResultView /> },
        _ => html! {},
    }
}

#[derive(Properties, PartialEq)]
pub struct ModuleViewProps {
    pub module: &'static str,
}

#[component]
pub fn ModuleView(props: &ModuleViewProps) -> Html {
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    let checklists = app.state().catalog.checklists;
    let index = checklists
        .iter()
        .position(|checklist| checklist.id == props.module)
        .unwrap_or(0);
    let next = checklists.get(index + 1);
    html! {
        <>
            <p class="breadcrumb">
                <RouteLink to={Route::Home}>{ t.back_to_overview }</RouteLink>
            </p>
            <ChecklistSection checklist_id={props.module} step={index + 1}>
                { result_view(props.module) }
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

#[component]
pub fn NotFoundView() -> Html {
    let app = use_app();
    let t = app.text();
    html! {
        <section class="not-found" aria-labelledby="not-found-heading">
            <h2 id="not-found-heading">{ t.not_found_heading }</h2>
            <p>{ t.not_found_text }</p>
            <p><RouteLink to={Route::Home}>{ t.back_to_overview }</RouteLink></p>
        </section>
    }
}
