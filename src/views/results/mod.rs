//! The results view (`#/results`), which is also the printed report: the report's head with
//! the approval boxes, the summary (stage, every module's result, next steps), a chart per
//! module with its data table, the responsibility map, and the action plan with a note, an
//! owner and a due date per entry. Scores come from `domain::summary`, the plan's order from
//! `domain::plan`; this file only lays them out.

use std::collections::BTreeSet;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::components::chart::{
    Bar, BarChartProps, RadarChartProps, RadarSeries, bar_chart, radar_chart,
};
use crate::components::passage::{coverage_rule, quote, reading, source_cite, tools_reading};
use crate::components::responsibility::cell_name;
use crate::components::result::coverage::CAUSES;
use crate::components::result::stage_practice::stage_practice;
use crate::domain::answers::{FollowUpEdit, MAX_NOTE_CHARS, MAX_OWNER_CHARS, valid_due};
use crate::domain::content::{Catalog, Localized, MIGRATION, PRECONDITIONS, Tier};
use crate::domain::export::answer_label;
use crate::domain::plan::{PlanEntry, Priority};
use crate::domain::report::{Quote, QuoteGroup, entry_quote, group_by_quote, unanswered_checks};
use crate::domain::responsibility::{MapResult, Side};
use crate::domain::scoring::{self, Coverage, Diagnosis};
use crate::domain::stage::CurrentStage;
use crate::domain::summary::{Frozen, Metric, ModuleScore, Score};
use crate::domain::text::Lang;
use crate::hooks::{Actions, use_app};
use crate::i18n::map::map_text;
use crate::i18n::results::{ResultsText, results_text};
use crate::platform::clock;
use crate::state::AppState;
use crate::views::data::compare::{figure_name, module_name, value_text};

mod charts;
mod plan;
mod summary;

use charts::{charts, map_section};
use plan::{entry_title, plan_section};
use summary::summary;

#[component]
pub fn ResultsView() -> Html {
    crate::rendered!("ResultsView");
    let app = use_app();
    let state = app.state();
    let lang = state.language();
    let t = results_text(lang);
    let catalog = state.catalog;
    let document = &state.document;
    let active = document.active();
    let figures = state.figures();
    let (scores, plan, unanswered) = (&figures.scores, &figures.plan, figures.unanswered);
    let actions = app.actions();
    let map = state.responsibility();
    let stage = state.current_stage();
    // The checks nobody answered: named in one line, with no chart or section of their own.
    let unanswered_checks = unanswered_checks(catalog, Frozen::active(document));
    // Due dates the domain refused, by plan key, so the field can say so.
    let refused_due = use_state(BTreeSet::<String>::new);

    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let not_entered = |text: &str| {
        if text.trim().is_empty() {
            t.not_entered.to_owned()
        } else {
            text.to_owned()
        }
    };

    let head = html! {
        <header class="report__head">
            <h1 id="results-heading">
                <span class="screen-only">{ t.heading }</span>
                <span class="print-only">{ t.report_title }</span>
            </h1>
            <p class="lead screen-only">{ t.purpose }</p>
            <div class="report__meta">
                <dl class="report__facts" data-testid="report-facts">
                    <div><dt>{ t.organization }</dt><dd>{ not_entered(&active.organization) }</dd></div>
                    <div><dt>{ t.assessment }</dt><dd>{ not_entered(&active.name) }</dd></div>
                    <div><dt>{ t.date }</dt><dd>{ clock::today() }</dd></div>
                </dl>
                <table class="approval" data-testid="approval">
                    <caption>{ t.approval_caption }</caption>
                    <thead><tr>{ for t.approval.iter().map(|role| html! { <th scope="col">{ *role }</th> }) }</tr></thead>
                    <tbody><tr>{ for t.approval.iter().map(|_| html! { <td></td> }) }</tr></tbody>
                </table>
            </div>
            <p class="report__actions screen-only">
                <button type="button" class="button button--primary" id="print-report" onclick={on_print}>{ t.print }</button>
                <span class="hint">{ t.print_hint }</span>
                <RouteLink to={Route::Data}>{ t.edit_details }</RouteLink>
            </p>
        </header>
    };

    html! {
        <article class="report" aria-labelledby="results-heading">
            { head }
            { summary(state, scores, stage, plan, t) }
            { charts(catalog, scores, &unanswered_checks, state, lang, t) }
            { map_section(map, state, t) }
            { plan_section(state, plan, unanswered, &refused_due, &actions, t) }
        </article>
    }
}
