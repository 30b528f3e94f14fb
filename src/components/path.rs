//! The first screen's path: who is answering, which cloud and how it is used, the checks this
//! tool proposes with their estimated time, and one start button. The rules are
//! `domain::path`; this only lays them out and sends the choices.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::components::passage::reading;
use crate::components::roles::RoleChooser;
use crate::domain::content::ServiceModel;
use crate::domain::responsibility::{DIRECT, Selection};
use crate::hooks::Actions;
use crate::i18n::path::path_text;
use crate::state::AppState;

/// The panel at the top of the overview.
pub fn path_panel(state: &AppState, actions: &Actions) -> Html {
    let lang = state.language();
    let t = path_text(lang);
    let catalog = state.catalog;
    let guide = &catalog.responsibility;
    let path = state.path();
    let record = state.document.responsibility();
    let current = state.responsibility().map(|map| map.selection);
    let open = path.first_open(|module| state.step_done(module));
    // 「はじめる」 until the first step is done, then 「続きから」 at the first step left open.
    let started = open != path.steps.first().copied();
    let (target, label) = match open {
        Some(module) if started => (Route::Module(module), t.resume),
        Some(module) => (Route::Module(module), t.start),
        None => (Route::Results, t.finished),
    };
    // The home sets the model and the pattern only while that drops nothing the map records;
    // after that, the map's own form asks before it drops anything.
    let settable = record.cells.is_empty();
    let choose = {
        let actions = actions.clone();
        move |selection: Selection| {
            actions.select_map(
                selection.model.id,
                selection.pattern.id,
                selection.virtual_network,
            )
        }
    };
    let on_model = |model: &'static ServiceModel| {
        let choose = choose.clone();
        Callback::from(move |_: Event| {
            let selection = match current {
                Some(current) => Some(current.with_model(model, guide)),
                None => guide.pattern(DIRECT).map(|pattern| Selection {
                    model,
                    pattern,
                    virtual_network: false,
                }),
            };
            if let Some(selection) = selection {
                choose(selection);
            }
        })
    };
    let on_pattern = {
        let choose = choose.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            if let (Some(current), Some(pattern)) = (current, guide.pattern(&value)) {
                choose(Selection { pattern, ..current });
            }
        })
    };
    let title = |module: &str| {
        catalog
            .module_title(module)
            .map(|title| title.get(lang).to_owned())
            .unwrap_or_default()
    };
    html! {
        <section class="path" aria-labelledby="path-heading" data-testid="path">
            <h2 id="path-heading">{ t.heading }</h2>
            <p class="path__lead">{ t.lead }</p>
            <RoleChooser lang={lang} chosen={state.document.role().map(AttrValue::from)}
                actions={actions.clone()} />
            if settable {
                <fieldset class="path__model" data-testid="path-model">
                    <legend>{ t.model_legend }</legend>
                    <div class="choices">
                        { for guide.models.iter().map(|model| {
                            let id = format!("path-model-{}", model.id);
                            html! {
                                <div class="choice">
                                    <input type="radio" id={id.clone()} name="path-model" value={model.id}
                                        checked={current.is_some_and(|s| s.model.id == model.id)}
                                        onchange={on_model(model)} />
                                    <label for={id}>{ model.name.get(lang) }</label>
                                </div>
                            }
                        }) }
                    </div>
                    if let Some(current) = current {
                        <label for="path-pattern" class="path__pattern-label">{ t.pattern_label }</label>
                        <select id="path-pattern" onchange={on_pattern}>
                            { for guide.patterns.iter().filter(|p| p.applies_to(current.model.id)).map(|pattern| html! {
                                <option value={pattern.id} selected={pattern.id == current.pattern.id}>
                                    { pattern.name.get(lang) }
                                </option>
                            }) }
                        </select>
                    }
                </fieldset>
            } else if let Some(current) = current {
                <p class="path__chosen" data-testid="path-chosen">
                    { (t.chosen)(current.model.name.get(lang), current.pattern.name.get(lang)) }
                    <br />
                    <RouteLink to={Route::Module(guide.id)}>{ t.change_on_map }</RouteLink>
                </p>
            }
            <div class="path__go">
                <p class="path__estimate" data-testid="path-estimate">{ (t.estimate)(path.minutes) }</p>
                <RouteLink to={target} class="button button--primary">{ label }</RouteLink>
            </div>
            <h3 class="path__heading">{ t.path_heading }</h3>
            <ol class="path__steps" data-testid="path-steps">
                { for path.steps.iter().map(|module| {
                    let done = state.step_done(module);
                    html! {
                        <li data-module={*module} class={classes!(done.then_some("path__step--done"))}>
                            <RouteLink to={Route::Module(module)}>{ title(module) }</RouteLink>
                            if done {
                                <span class="visually-hidden">{ t.done }</span>
                            }
                        </li>
                    }
                }) }
            </ol>
            <details class="guidance">
                <summary>{ t.estimate_basis }</summary>
                if let Some(text) = catalog.roles.reading("path") {
                    { reading(text, lang) }
                }
            </details>
        </section>
    }
}
