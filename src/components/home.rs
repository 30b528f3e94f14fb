//! The home view: what the tool is and who it is for, every module with its progress and
//! result, and the first step, so a first-time reader can start at once.

use yew::prelude::*;

use crate::components::checklist::ChecklistSection;
use crate::components::migration_result::readiness_verdict;
use crate::components::module_view::result_view;
use crate::components::precondition_result::diagnosis_verdict;
use crate::domain::content::{self, Scale};
use crate::i18n::ui;
use crate::route::Route;
use crate::routing::RouteLink;
use crate::state::AppState;

pub fn home_view(state: &AppState) -> Html {
    let t = ui(state.language());
    html! {
        <>
            <section class="intro">
                <p>{ t.who_it_is_for }</p>
                <p class="privacy">{ t.privacy }</p>
            </section>
            { overview(state) }
            <ChecklistSection checklist_id={content::PRECONDITIONS} step={1}>
                { result_view(content::PRECONDITIONS, state) }
            </ChecklistSection>
        </>
    }
}

/// Every module as a card: its step, title, progress, score and verdict, linking to its view.
fn overview(state: &AppState) -> Html {
    let lang = state.language();
    let t = ui(lang);
    html! {
        <nav class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading">{ t.overview_heading }</h2>
            <ol class="overview__list">
                { for state.catalog.checklists.iter().enumerate().map(|(index, checklist)| {
                    let progress = state.progress(checklist.id);
                    let score = match checklist.scale {
                        Scale::YesNo if progress.answered > 0 => {
                            let tally = state.tally(checklist.id);
                            Some((t.yes_count)(tally.yes, tally.total))
                        }
                        _ => None,
                    };
                    let verdict = match checklist.id {
                        content::PRECONDITIONS => diagnosis_verdict(t, state.preconditions().diagnosis),
                        content::MIGRATION => readiness_verdict(t, state.migration().readiness),
                        _ => None,
                    };
                    let progress = if progress.answered == 0 {
                        t.not_started.to_owned()
                    } else {
                        (t.progress)(progress.answered, progress.total)
                    };
                    html! {
                        <li key={checklist.id} class="overview__card" data-module={checklist.id}>
                            <p class="overview__step">{ (t.step)(index + 1) }</p>
                            <p class="overview__title">
                                <RouteLink to={Route::Module(checklist.id)}>{ checklist.title.get(lang) }</RouteLink>
                            </p>
                            <p class="overview__progress" data-testid={format!("{}-overview-progress", checklist.id)}>
                                { progress }
                            </p>
                            if let Some(score) = score {
                                <p class="overview__score">{ score }</p>
                            }
                            if let Some(verdict) = verdict {
                                <p class="overview__verdict" data-testid={format!("{}-overview-verdict", checklist.id)}>
                                    { verdict.title }
                                </p>
                            }
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
