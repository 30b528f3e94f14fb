//! One module on a view of its own, and the view for an address the app does not know.

use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::app::split::{Part, SplitView};
use crate::components::checklist::ChecklistSection;
use crate::components::passage::reading;
use crate::components::result::coverage::{contract_result, coverage_result};
use crate::components::result::migration::migration_result;
use crate::components::result::precondition::precondition_result;
use crate::components::result::result_panel;
use crate::domain::content::{self, Scale};
use crate::domain::responsibility;
use crate::hooks::use_app;
use crate::i18n::map::map_text;
use crate::i18n::ui;
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
        _ if state.checklist(module).scale == Scale::Coverage => {
            coverage_result(state.checklist(module), state)
        }
        _ if state.checklist(module).scale == Scale::Contract => {
            contract_result(state.checklist(module), state)
        }
        _ => html! {},
    }
}

/// A check's step number, as its view shows it: its place in the catalog's order.
pub fn step(module: &str) -> usize {
    content::catalog()
        .modules
        .iter()
        .position(|id| *id == module)
        .map_or(1, |index| index + 1)
}

#[derive(Properties, PartialEq)]
pub struct ModuleViewProps {
    /// The module's id in the catalog.
    pub module: &'static str,
}

#[component]
pub fn ModuleView(props: &ModuleViewProps) -> Html {
    crate::rendered!("ModuleView");
    let module = props.module;
    let app = use_app();
    let state = app.state();
    let lang = state.language();
    let t = ui(lang);
    let modules = state.catalog.modules;
    let index = modules.iter().position(|id| *id == module).unwrap_or(0);
    // 次へ follows the proposed path; after its last step it leads to the results. A check off
    // the path leads to the next check in the catalog's order.
    let path = state.path();
    let next = if path.holds(module) {
        path.next(module)
            .map(Route::Module)
            .unwrap_or(Route::Results)
    } else {
        modules
            .get(index + 1)
            .map(|id| Route::Module(id))
            .unwrap_or(Route::Results)
    };
    let next_label = match next {
        Route::Module(id) => state
            .catalog
            .module_title(id)
            .map(|title| (t.next_module)(title.get(lang)))
            .unwrap_or_default(),
        _ => crate::i18n::path::path_text(lang).to_results.to_owned(),
    };
    // The map and the stage guide are wasm modules of their own (`app::split`), loaded before
    // this view shows (`Route::part`).
    let body = if module == content::STAGES {
        html! { <SplitView part={Part::Stage} /> }
    } else if module == content::RESPONSIBILITY {
        html! {
            <>
                <SplitView part={Part::Map} />
                { setting_types_section(state) }
            </>
        }
    } else {
        html! {
            // Keyed by module, so moving to another module starts a new section.
            <ChecklistSection key={module} checklist_id={module} step={step(module)}>
                { result_view(module, state) }
            </ChecklistSection>
        }
    };
    html! {
        <>
            <p class="breadcrumb">
                <RouteLink to={Route::Home}>{ t.back_to_overview }</RouteLink>
            </p>
            { body }
            <p class="next-module">
                <RouteLink to={next} class="next-step">{ next_label }</RouteLink>
            </p>
        </>
    }
}

/// The setting types under the map: those that touch a layer the organization owns under the
/// chosen model, with their coverage.
fn setting_types_section(state: &AppState) -> Html {
    let lang = state.language();
    let t = map_text(lang);
    let checklist = state.checklist(content::SETTING_TYPES);
    let map = state.responsibility();
    let shown: Vec<&'static str> = responsibility::applicable_setting_types(checklist, map)
        .iter()
        .map(|item| item.id)
        .collect();
    let filter_note = match &map {
        Some(map) => (t.setting_types_shown)(
            shown.len(),
            checklist.items.len(),
            map.selection.model.name.get(lang),
        ),
        None => (t.setting_types_all)(checklist.items.len()),
    };
    let coverage = state.setting_types();
    html! {
        <ChecklistSection key={content::SETTING_TYPES} checklist_id={content::SETTING_TYPES}
            step={0} only={shown}>
            <section class="result" aria-labelledby="set-result-heading" data-testid="set-result">
                <h3 id="set-result-heading">{ ui(lang).result_heading }</h3>
                <p class="map__filter">{ filter_note }</p>
                // Which types are asked at all (the matrix's ten, not 7 その他の設定項目) and
                // which are shown: both this tool's readings, said where the count is.
                if let Some(text) = checklist.reading("types") {
                    { reading(text, lang) }
                }
                if let Some(text) = checklist.reading("filter") {
                    { reading(text, lang) }
                }

                <p class="result__score" role="status" data-testid="set-score">{ (t.set_coverage)(coverage.percent()) }</p>
                <p data-testid="set-counts">
                    { (t.set_counts)(&coverage) }
                </p>
                { crate::components::passage::coverage_rule(lang) }
            </section>
        </ChecklistSection>
    }
}

#[component]
pub fn NotFoundView() -> Html {
    crate::rendered!("NotFoundView");
    let app = use_app();
    let state = app.state();
    let t = ui(state.language());
    html! {
        <section class="not-found" aria-labelledby="not-found-heading">
            <h2 id="not-found-heading">{ t.not_found_heading }</h2>
            <p>{ t.not_found_text }</p>
            <p><RouteLink to={Route::Home}>{ t.back_to_overview }</RouteLink></p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checks_step_is_its_place_in_the_catalog_counted_from_one() {
        let modules = content::catalog().modules;
        assert_eq!(step(modules[0]), 1);
        assert_eq!(step(modules[1]), 2);
        assert_eq!(step(modules[modules.len() - 1]), modules.len());
        assert_eq!(step("no-such-check"), 1);
    }
}
