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
use crate::domain::responsibility::{MapResult, Side};
use crate::domain::scoring::{self, Coverage, Diagnosis};
use crate::domain::stage::CurrentStage;
use crate::domain::summary::{Metric, ModuleScore, Score};
use crate::domain::text::Lang;
use crate::hooks::{Actions, use_app};
use crate::i18n::map::map_text;
use crate::i18n::results::{ResultsText, results_text};
use crate::platform::clock;
use crate::state::AppState;
use crate::views::data::compare::{figure_name, module_name, value_text};

/// How many plan entries the summary's next steps show.
const NEXT_STEPS: usize = 5;

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
            { charts(catalog, scores, state, lang, t) }
            { map_section(map.as_ref(), state, t) }
            { plan_section(state, plan, unanswered, &refused_due, &actions, t) }
        </article>
    }
}

/// The summary that opens the report: the stage, every module's result, and next steps.
fn summary(
    state: &AppState,
    scores: &[ModuleScore],
    stage: CurrentStage,
    plan: &[PlanEntry],
    t: &ResultsText,
) -> Html {
    let lang = state.language();
    let catalog = state.catalog;
    let with_origin = |name: &str, origin: &str| match lang {
        Lang::Ja => format!("{}（{origin}）", (t.stage_line)(name)),
        Lang::En => format!("{} ({origin})", (t.stage_line)(name)),
    };
    let diagnosis = state.preconditions().diagnosis;
    let pre = state.checklist(PRECONDITIONS);
    let outside = diagnosis == Diagnosis::OutsideProfile;
    let stage_line = match stage {
        CurrentStage::Placed(found) => with_origin(found.name.get(lang), t.stage_placed),
        CurrentStage::Diagnosed(found) => with_origin(found.name.get(lang), t.stage_diagnosed),
        CurrentStage::Unknown if outside => t.stage_outside.to_owned(),
        CurrentStage::Unknown => t.stage_unknown.to_owned(),
    };
    // What the stage line rests on: the user's reason, or the diagnosis with its quoted basis
    // and, where the placement is this tool's reading (大半 = 5 of 8, stage 0), that reading.
    let basis = match stage {
        CurrentStage::Placed(_) => state
            .document
            .stage_placement()
            .map(|placement| html! { <p class="report__reason">{ (t.stage_reason)(&placement.reason) }</p> })
            .unwrap_or_default(),
        CurrentStage::Diagnosed(_) | CurrentStage::Unknown => html! {
            <>
                if let Some(text) = diagnosis.reading_key().and_then(|key| pre.reading(key)) {
                    { reading(text, lang) }
                }
                if matches!(stage, CurrentStage::Diagnosed(_)) || outside {
                    if let Some(passage) = diagnosis.outcome_key().and_then(|key| pre.outcome(key)) {
                        { quote(passage, lang) }
                    }
                }
                if outside {
                    if let Some(text) = pre.reading(crate::components::result::precondition::OUTSIDE_ADVICE) {
                        { reading(text, lang) }
                    }
                }
            </>
        },
    };
    let rows = scores.iter().map(|score| {
        let progress = module_progress(state, score.module);
        html! {
            <tr data-module={score.module}>
                <th scope="row">{ module_name(catalog, score.module, lang) }</th>
                <td data-testid={format!("summary-{}", score.module)}>{ score_text(catalog, score, lang, t) }</td>
                <td>{ progress }</td>
            </tr>
        }
    });
    let next_steps = stage.stage().map(|found| stage_practice(found.id, lang));
    let top = plan.iter().take(NEXT_STEPS).map(|entry| {
        html! {
            <li>{ entry_title(catalog, entry, state, lang) }</li>
        }
    });
    html! {
        <section class="report__section report__summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ t.summary_heading }</h2>
            <p class="result__score" data-testid="report-stage">{ stage_line }</p>
            { basis }
            <div class="table-scroll">
                <table class="summary-table" data-testid="summary-table">
                    <caption>{ t.scores_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_module }</th>
                            <th scope="col">{ t.col_result }</th>
                            <th scope="col">{ t.col_progress }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            { coverage_rule(lang) }
            <h3>{ t.next_steps_heading }</h3>
            <p class="hint">{ t.next_steps_intro }</p>
            { for next_steps }
            if !plan.is_empty() {
                <h4>{ (t.plan_top)(plan.len().min(NEXT_STEPS)) }</h4>
                <ol class="next-steps" data-testid="next-steps">{ for top }</ol>
            }
        </section>
    }
}

/// "k/n" items answered for a checklist module; nothing for the stage and the map.
fn module_progress(state: &AppState, module: &str) -> String {
    match state.catalog.checklist(module) {
        Some(_) => {
            let progress = state.progress(module);
            format!("{}/{}", progress.answered, progress.total)
        }
        None => String::new(),
    }
}

/// A module's result in one line: its headline figures, with a verdict where there is one.
fn score_text(
    catalog: &'static Catalog,
    score: &ModuleScore,
    lang: Lang,
    t: &ResultsText,
) -> String {
    let ui = crate::i18n::ui(lang);
    let separator = if lang == Lang::Ja { "、" } else { ", " };
    match &score.score {
        Score::Map(None) => return t.no_model.to_owned(),
        score if score.yes_no().is_some_and(|tally| tally.answered() == 0) => {
            return t.not_started.to_owned();
        }
        Score::Contract(tally)
            if tally.defined + tally.open.len() + tally.not_applicable + tally.missing_reason
                == 0 =>
        {
            return t.not_started.to_owned();
        }
        _ => {}
    }
    let figures: Vec<String> = score
        .score
        .headline()
        .figures
        .iter()
        // The lifecycle phases are on its chart; the summary keeps to one line per module.
        .filter(|figure| figure.value.is_some() && !matches!(figure.metric, Metric::Part(_)))
        .map(|figure| {
            format!(
                "{} {}",
                figure_name(catalog, score.module, figure.metric, lang),
                value_text(catalog, figure.value, lang)
            )
        })
        .collect();
    let verdict = match &score.score {
        Score::Precondition(result) => {
            crate::components::result::precondition::diagnosis_verdict(ui, result.diagnosis)
                .map(|verdict| verdict.title.to_owned())
        }
        Score::Migration(result) => {
            crate::components::result::migration::readiness_verdict(ui, result.readiness)
                .map(|verdict| verdict.title.to_owned())
        }
        _ => None,
    };
    let mut line = if figures.is_empty() {
        t.not_started.to_owned()
    } else {
        figures.join(separator)
    };
    if let Some(verdict) = verdict {
        line = format!("{verdict}{separator}{line}");
    }
    line
}

/// A chart per module, each followed by its data table.
fn charts(
    catalog: &'static Catalog,
    scores: &[ModuleScore],
    state: &AppState,
    lang: Lang,
    t: &ResultsText,
) -> Html {
    let answers = state.document.answers();
    let ratio = |count: usize, of: usize| (of > 0).then(|| count as f64 / of as f64);
    let percent = |coverage: &Coverage| {
        coverage
            .percent()
            .map_or_else(|| "—".to_owned(), |percent| format!("{percent}%"))
    };
    let coverage_bar = |label: String, coverage: &Coverage| Bar {
        label,
        value: coverage.ratio(),
        display: percent(coverage),
    };
    let count_bar = |label: &str, count: usize, of: usize| Bar {
        label: label.to_owned(),
        value: ratio(count, of),
        display: format!("{count}/{of}"),
    };
    let bars = |module: &str, bars: Vec<Bar>| {
        let title = (t.chart_caption)(&module_name(catalog, module, lang));
        bar_chart(&BarChartProps {
            id: format!("chart-{module}"),
            title,
            bars,
            label_header: t.chart_label.to_owned(),
            value_header: t.chart_value.to_owned(),
        })
    };
    let charts = scores.iter().filter_map(|score| {
        let module = score.module;
        let chart = match &score.score {
            Score::Precondition(scoring::PreconditionResult { tally, .. })
            | Score::Migration(scoring::MigrationResult { tally, .. })
            | Score::YesNo(tally) => bars(
                module,
                vec![
                    count_bar(t.chart_yes, tally.yes, tally.total),
                    count_bar(t.chart_no, tally.no, tally.total),
                    count_bar(t.chart_unanswered, tally.unanswered(), tally.total),
                ],
            ),
            Score::Stage(_) => return None,
            Score::Map(map) => {
                let map = map.as_ref()?;
                bars(
                    module,
                    vec![count_bar(
                        &figure_name(catalog, module, Metric::CellsCovered, lang),
                        map.covered,
                        map.user_cells,
                    )],
                )
            }
            Score::SettingTypes(coverage) => bars(
                module,
                vec![coverage_bar(
                    figure_name(catalog, module, Metric::Coverage, lang),
                    coverage,
                )],
            ),
            Score::Measures(tiered) => {
                let checklist = catalog.checklist(module)?;
                let has_causes = checklist.items.iter().any(|item| !item.causes.is_empty());
                if has_causes {
                    let series = [
                        (Tier::Basic, t.chart_basic),
                        (Tier::Recommended, t.chart_recommended),
                    ]
                    .into_iter()
                    .map(|(tier, name)| {
                        let by_cause =
                            scoring::coverage_by_cause_in_tier(checklist, &CAUSES, tier, answers);
                        RadarSeries {
                            name: name.to_owned(),
                            values: by_cause
                                .iter()
                                .map(|(_, coverage)| coverage.ratio())
                                .collect(),
                            display: by_cause
                                .iter()
                                .map(|(_, coverage)| percent(coverage))
                                .collect(),
                        }
                    })
                    .collect();
                    html! {
                        <>
                            { radar_chart(&RadarChartProps {
                                id: format!("chart-{module}"),
                                title: (t.chart_caption)(&module_name(catalog, module, lang)),
                                axes: CAUSES
                                    .iter()
                                    .map(|cause| (map_text(lang).cause_name)(cause).to_owned())
                                    .collect(),
                                series,
                                axis_header: map_text(lang).col_cause.to_owned(),
                            }) }
                            { tools_reading(map_text(lang).causes_reading, "causes-reading", lang) }
                        </>
                    }
                } else {
                    bars(
                        module,
                        vec![
                            coverage_bar(t.chart_basic.to_owned(), &tiered.basic),
                            coverage_bar(t.chart_recommended.to_owned(), &tiered.recommended),
                        ],
                    )
                }
            }
            Score::Lifecycle { parts, .. } => bars(
                module,
                parts
                    .iter()
                    .map(|(part, coverage)| coverage_bar(part.title.get(lang).to_owned(), coverage))
                    .collect(),
            ),
            Score::Contract(tally) => {
                let total = catalog
                    .checklist(module)
                    .map_or(0, |checklist| checklist.items.len());
                bars(
                    module,
                    vec![
                        count_bar(t.chart_defined, tally.defined, total),
                        count_bar(t.chart_open, tally.open.len(), total),
                        count_bar(t.chart_na, tally.not_applicable, total),
                        count_bar(
                            t.chart_unanswered,
                            tally.unanswered + tally.missing_reason,
                            total,
                        ),
                    ],
                )
            }
        };
        Some(html! { <div class="report__chart" data-module={module}>{ chart }</div> })
    });
    html! {
        <section class="report__section report__charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{ t.charts_heading }</h2>
            { coverage_rule(lang) }
            <div class="report__chart-grid">{ for charts }</div>
        </section>
    }
}

/// The responsibility map as a plain table, with its gaps.
fn map_section(map: Option<&MapResult>, state: &AppState, t: &ResultsText) -> Html {
    let lang = state.language();
    let guide = &state.catalog.responsibility;
    let record = state.document.responsibility();
    let Some(map) = map else {
        return html! {
            <section class="report__section" aria-labelledby="map-heading">
                <h2 id="map-heading">{ t.map_heading }</h2>
                <p>{ t.no_model }</p>
            </section>
        };
    };
    let named = |name: &str| {
        if name.trim().is_empty() {
            t.unnamed_role.to_owned()
        } else {
            name.to_owned()
        }
    };
    let rows = map.cells.iter().map(|cell| {
        let entry = record.cell(&cell.id()).cloned().unwrap_or_default();
        let (side, setter, manager) = match cell.side {
            Side::User => (t.side_user, named(&entry.setter), named(&entry.manager)),
            Side::Provider => (
                t.side_provider,
                guide.party(cell.setter).get(lang).to_owned(),
                guide.party(cell.manager).get(lang).to_owned(),
            ),
        };
        html! {
            <tr data-cell={cell.id()}>
                <th scope="row">{ cell_name(cell, map.selection, guide, lang) }</th>
                <td>{ side }</td>
                <td>{ setter }</td>
                <td>{ manager }</td>
                <td>{ if entry.confirmed { t.confirmed_yes } else { t.confirmed_no } }</td>
            </tr>
        }
    });
    let selection = format!(
        "{} / {}",
        map.selection.model.name.get(lang),
        map.selection.pattern.name.get(lang)
    );
    html! {
        <section class="report__section report__map" aria-labelledby="map-heading">
            <h2 id="map-heading">{ t.map_heading }</h2>
            <p>{ selection }</p>
            <div class="table-scroll">
                <table class="summary-table">
                    <caption>{ t.map_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_layer }</th>
                            <th scope="col">{ t.col_side }</th>
                            <th scope="col">{ t.col_setter }</th>
                            <th scope="col">{ t.col_manager }</th>
                            <th scope="col">{ t.col_confirmed }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p>{ (map_text(lang).coverage)(map.covered, map.user_cells) }{ if lang == Lang::Ja { "・" } else { ", " } }{ (map_text(lang).gap_count)(map.gaps.len()) }</p>
        </section>
    }
}

/// What an entry is about, in one line.
fn entry_title(
    catalog: &'static Catalog,
    entry: &PlanEntry,
    state: &AppState,
    lang: Lang,
) -> String {
    match entry {
        PlanEntry::Item(gap) => format!(
            "{} {} {}",
            module_name(catalog, gap.checklist.id, lang),
            gap.item.number,
            gap.item.question.get(lang)
        ),
        PlanEntry::Map(gap) => {
            let guide = &catalog.responsibility;
            let name = state
                .responsibility()
                .map(|map| cell_name(&gap.cell, map.selection, guide, lang))
                .unwrap_or_default();
            let separator = if lang == Lang::Ja { "：" } else { ": " };
            format!("{}{separator}{}", name, (map_text(lang).gap)(gap.kind))
        }
    }
}

/// The action plan, in its four groups.
fn plan_section(
    state: &AppState,
    plan: &[PlanEntry],
    unanswered: usize,
    refused_due: &UseStateHandle<BTreeSet<String>>,
    actions: &Actions,
    t: &ResultsText,
) -> Html {
    let lang = state.language();
    let groups = [
        // The migration checklist's own words on why every No stands in the way.
        (
            Priority::NextStage,
            t.group_next_stage,
            state
                .catalog
                .checklist(MIGRATION)
                .and_then(|checklist| checklist.outcome("not_ready")),
        ),
        (Priority::Basic, t.group_basic, None),
        (Priority::Responsibility, t.group_responsibility, None),
        (Priority::Recommended, t.group_recommended, None),
    ];
    let diagnosis = state.preconditions().diagnosis;
    let written_for_stage1 = state
        .catalog
        .checklist(MIGRATION)
        .and_then(|checklist| checklist.outcome("written_for_stage1"));
    let order_reading = Localized {
        ja: results_text(Lang::Ja).plan_order_reading,
        en: results_text(Lang::En).plan_order_reading,
    };
    let mut number = 0;
    let groups = groups.into_iter().filter_map(|(priority, heading, basis)| {
        let entries: Vec<&PlanEntry> = plan.iter().filter(|entry| entry.priority() == priority).collect();
        if entries.is_empty() {
            return None;
        }
        let first = number + 1;
        let items = entries
            .into_iter()
            .map(|entry| {
                number += 1;
                plan_entry(state, entry, number, refused_due, actions, t)
            })
            .collect::<Html>();
        let id = format!("plan-{priority:?}").to_ascii_lowercase();
        // The migration checklist is written for stage 1 (004 VI 1.2): where the precondition
        // check rules stage 1 out, its blockers are listed with that said.
        let scope = (priority == Priority::NextStage && diagnosis.rules_out_stage1()).then(|| {
            html! {
                <div class="scope-note">
                    <p>{ t.next_stage_scope }</p>
                    if let Some(passage) = written_for_stage1 {
                        { quote(passage, lang) }
                    }
                </div>
            }
        });
        Some(html! {
            <section class="plan__group" aria-labelledby={id.clone()} data-priority={format!("{priority:?}")}>
                <h3 id={id}>{ heading }</h3>
                if let Some(basis) = basis { { quote(basis, lang) } }
                { for scope }
                <ol class="plan__entries" start={first.to_string()}>{ items }</ol>
            </section>
        })
    });
    html! {
        <section class="report__section plan" aria-labelledby="plan-heading" data-testid="plan">
            <h2 id="plan-heading">{ t.plan_heading }</h2>
            <p class="screen-only">{ t.plan_intro }</p>
            { reading(&order_reading, lang) }
            if unanswered > 0 {
                <p class="hint" data-testid="plan-unanswered">{ (t.plan_unanswered)(unanswered) }</p>
            }
            if plan.is_empty() {
                <p data-testid="plan-empty">{ t.plan_empty }</p>
            }
            { for groups }
        </section>
    }
}

/// One entry: what it is, the answer given, the source's guidance, and the follow-up fields.
fn plan_entry(
    state: &AppState,
    entry: &PlanEntry,
    number: usize,
    refused_due: &UseStateHandle<BTreeSet<String>>,
    actions: &Actions,
    t: &ResultsText,
) -> Html {
    let lang = state.language();
    let catalog = state.catalog;
    let key = entry.key();
    let field_id = |field: &str| format!("plan-{number}-{field}");
    let (note, owner, due) = match entry {
        PlanEntry::Item(gap) => {
            let response = state
                .document
                .answers()
                .response(gap.item.id)
                .cloned()
                .unwrap_or_default();
            (response.note, response.owner, response.due)
        }
        PlanEntry::Map(_) => {
            let followup = state
                .document
                .active()
                .followups
                .get(&key)
                .cloned()
                .unwrap_or_default();
            (followup.note, followup.owner, followup.due)
        }
    };
    // The source's text under its heading, or nothing at all where the source gives the item
    // no text besides its title (the lifecycle requirements): no heading over nothing.
    let (answer, guidance, source) = match entry {
        PlanEntry::Item(gap) => (
            Some((t.answered_as)(answer_label(gap.answer, lang))),
            (gap.item.statement.is_some() || !gap.item.guidance.is_empty()).then(|| {
                html! {
                    <>
                        if let Some(statement) = &gap.item.statement {
                            <p>{ statement.get(lang) }</p>
                        }
                        if !gap.item.guidance.is_empty() {
                            <ul>{ for gap.item.guidance.iter().map(|text| html! { <li>{ text.get(lang) }</li> }) }</ul>
                        }
                    </>
                }
            }),
            source_cite(&gap.item.source, lang),
        ),
        PlanEntry::Map(gap) => {
            let basis = catalog.responsibility.gap_basis(gap.kind.key());
            (
                None,
                basis.map(|basis| {
                    html! {
                        <>
                            { for basis.basis.text.iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }
                            // Where the gap is this tool's reading of the quote, say so with it.
                            if let Some(text) = &basis.reading {
                                { reading(text, lang) }
                            }
                        </>
                    }
                }),
                basis
                    .map(|basis| source_cite(&basis.basis.source, lang))
                    .unwrap_or_default(),
            )
        }
    };
    let text_edit = |make: fn(String) -> FollowUpEdit| {
        let actions = actions.clone();
        let key = key.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            actions.follow_up(&key, make(value));
        })
    };
    let on_note = {
        let actions = actions.clone();
        let key = key.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            actions.follow_up(&key, FollowUpEdit::Note(value));
        })
    };
    let on_due = {
        let actions = actions.clone();
        let key = key.clone();
        let refused_due = refused_due.clone();
        Callback::from(move |event: Event| {
            let due = event.target_unchecked_into::<HtmlInputElement>().value();
            let mut refused = (*refused_due).clone();
            if valid_due(&due) {
                refused.remove(&key);
            } else {
                refused.insert(key.clone());
            }
            refused_due.set(refused);
            actions.follow_up(&key, FollowUpEdit::Due(due));
        })
    };
    let title = entry_title(catalog, entry, state, lang);
    let due_refused = refused_due.contains(&key);
    let due_error = field_id("due-error");
    html! {
        <li key={key.clone()} class="plan__entry" data-key={key.clone()}>
            <p class="plan__title"><strong>{ title.clone() }</strong></p>
            if let Some(answer) = answer { <p class="plan__answer">{ answer }</p> }
            if let Some(guidance) = guidance {
                <div class="plan__guidance">
                    <p class="plan__guidance-heading">{ t.guidance }</p>
                    { guidance }
                </div>
            }
            { source }
            // The fields are grouped under the entry's title, so a screen reader moving from
            // field to field hears which entry they belong to.
            <fieldset class="plan__fields">
                <legend class="visually-hidden">{ (t.fields_legend)(number, &title) }</legend>
                <p class="field">
                    <label for={field_id("note")}>{ t.note }</label>
                    <textarea id={field_id("note")} value={note.clone()} oninput={on_note}
                        maxlength={MAX_NOTE_CHARS.to_string()} rows="2" class="screen-only" />
                    <span class="print-only plan__note">{ note }</span>
                </p>
                <p class="field">
                    <label for={field_id("owner")}>{ t.owner }</label>
                    <input type="text" id={field_id("owner")} value={owner.clone()} oninput={text_edit(FollowUpEdit::Owner)}
                        maxlength={MAX_OWNER_CHARS.to_string()} autocomplete="off" class="screen-only" />
                    <span class="print-only">{ owner }</span>
                </p>
                <p class="field">
                    <label for={field_id("due")}>{ t.due }</label>
                    <input type="date" id={field_id("due")} value={due.clone()} onchange={on_due}
                        class="screen-only" aria-invalid={due_refused.then_some("true")}
                        aria-describedby={due_refused.then(|| due_error.clone())} />
                    <span class="print-only">{ due }</span>
                </p>
                if due_refused {
                    <p id={due_error} class="field-error" role="alert">{ t.due_invalid }</p>
                }
            </fieldset>
        </li>
    }
}
