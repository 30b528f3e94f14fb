//! The summary that opens the report. First, the decision (`domain::decision`): where the
//! organization stands in one statement marked as this tool's summary, the first actions (each
//! the source's own instruction, with its citation) and the conditions for stage 2. Then, in a
//! disclosure that starts closed on a phone, each check's detail: the stage, every module's
//! result in one line, and the next steps.

use super::*;
use crate::components::result::stage_practice::stage_name;
use crate::domain::answers::Answer;
use crate::domain::decision::{
    self, BasicCoverage, FirstAction, FirstActions, MigrationStanding, ResponsibilityGaps,
    StageStanding, StageTwoConditions, Standing,
};

/// Narrower than this (CSS pixels, 40rem at the default font size), the detail starts closed,
/// so the decision is what a phone shows.
const PHONE_WIDTH: f64 = 640.0;

/// How many plan entries the summary's next steps show.
const NEXT_STEPS: usize = 5;

/// The summary that opens the report: the stage, every module's result, and next steps.
pub(super) fn summary(
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
        // A check nobody began prints as a name in the charts' one line, not as a row.
        let begun = state.catalog.checklist(score.module).is_none_or(|checklist| {
            crate::domain::plan::begun(
                state.catalog,
                checklist,
                crate::domain::summary::Frozen::active(&state.document),
            )
        });
        html! {
            <tr data-module={score.module} class={classes!((!begun).then_some("summary-row--not-begun"))}>
                <th scope="row">{ module_name(catalog, score.module, lang) }</th>
                <td data-testid={format!("summary-{}", score.module)}>{ score_text(catalog, score, lang, t) }</td>
                <td>{ progress }</td>
            </tr>
        }
    });
    // The stage's practice and gate lead the first actions, and the migration Nos are the
    // conditions for stage 2 there: the next steps here are the rest of the plan's head.
    let rest: Vec<&PlanEntry> = plan
        .iter()
        .filter(|entry| entry.priority() != Priority::NextStage)
        .collect();
    let top = rest.iter().take(NEXT_STEPS).map(|entry| {
        html! {
            <li>{ entry_title(catalog, entry, state, lang) }</li>
        }
    });
    let figures = state.figures();
    html! {
        <section class="report__section report__summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ t.summary_heading }</h2>
            { decision_block(state, figures, t) }
            <details class="report__detail" open={detail_open()} data-testid="report-detail">
            <summary class="report__detail-summary">{ t.detail_summary }</summary>
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
            // On paper the coverage rule is printed once, after the first actions, and the plan
            // itself follows: the first entries are not repeated.
            <div class="screen-only">
                { coverage_rule(lang) }
                <h3>{ t.next_steps_heading }</h3>
                <p class="hint">{ t.next_steps_intro }</p>
                if !rest.is_empty() {
                    <h4>{ (t.plan_top)(rest.len().min(NEXT_STEPS)) }</h4>
                    <ol class="next-steps" data-testid="next-steps">{ for top }</ol>
                }
            </div>
            </details>
        </section>
    }
}

/// Whether each check's detail starts open: on a desktop, yes; on a phone, closed, so the
/// decision fits the first screen. Print shows it either way (the stylesheet).
pub(super) fn detail_open() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|window| window.inner_width().ok())
            .and_then(|width| width.as_f64())
            .is_none_or(|width| width >= PHONE_WIDTH)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = PHONE_WIDTH;
        true
    }
}

/// The decision: the standing, the first actions and the conditions for stage 2.
fn decision_block(
    state: &AppState,
    figures: &crate::domain::plan::Figures,
    t: &ResultsText,
) -> Html {
    let lang = state.language();
    let catalog = state.catalog;
    let standing = decision::standing(figures);
    let actions = decision::first_actions(catalog, figures);
    let conditions = decision::stage_two_conditions(catalog, figures);
    html! {
        <div class="decision" data-testid="decision">
            <p class="reading decision__standing" data-testid="standing">
                <strong class="reading__label">{ t.decision_label }</strong>
                { standing_statement(&standing, lang, t) }
            </p>
            { first_actions_list(state, &actions, t) }
            // How the coverage in the statement is counted: after the actions, so that on a
            // phone the statement and the first action come first.
            if matches!(standing.basic, BasicCoverage::Known { .. }) {
                { coverage_rule(lang) }
            }
            if let Some(conditions) = conditions {
                { conditions_block(&conditions, lang, t) }
            }
        </div>
    }
}

/// Where the organization stands, in one paragraph of this tool's words, from the figures only.
fn standing_statement(standing: &Standing, lang: Lang, t: &ResultsText) -> String {
    let stage = match standing.stage {
        StageStanding::Placed(stage) => (t.standing_placed)(&stage_name(stage, lang)),
        StageStanding::Diagnosed(stage) => (t.standing_diagnosed)(&stage_name(stage, lang)),
        StageStanding::OutsideProfile => t.standing_outside.to_owned(),
        StageStanding::Unknown { answered, total } => (t.standing_stage_unknown)(answered, total),
    };
    let migration = match standing.migration {
        MigrationStanding::Unknown => t.standing_mig_unknown.to_owned(),
        MigrationStanding::Ready => t.standing_mig_ready.to_owned(),
        MigrationStanding::NotReady {
            no,
            total,
            unanswered,
        } => (t.standing_mig_not_ready)(no, total, unanswered),
        MigrationStanding::Pending { yes, total } => (t.standing_mig_pending)(yes, total),
    };
    let basic = match standing.basic {
        BasicCoverage::Unknown => t.standing_basic_unknown.to_owned(),
        BasicCoverage::Known {
            percent,
            answered,
            total,
        } => (t.standing_basic)(percent, answered, total),
    };
    let gaps = match standing.gaps {
        ResponsibilityGaps::Unknown => t.standing_gaps_unknown.to_owned(),
        ResponsibilityGaps::Known { total, to_decide } => (t.standing_gaps)(total, to_decide),
    };
    let separator = if lang == Lang::Ja { "" } else { " " };
    [stage, migration, basic, gaps].join(separator)
}

/// The first actions, each with the passage that asks for it and its citation.
fn first_actions_list(state: &AppState, actions: &FirstActions, t: &ResultsText) -> Html {
    let lang = state.language();
    let ui = crate::i18n::ui(lang);
    let catalog = state.catalog;
    let items = actions.actions.iter().map(|action| match action {
        FirstAction::Measure {
            checklist,
            item,
            answer,
        } => html! {
            <li class="first-action" data-action="measure" data-item={item.id}>
                <p class="first-action__module">{ module_name(catalog, checklist.id, lang) }</p>
                <p class="first-action__title">
                    <span class="question__number">{ item.number }</span>{ " " }
                    { item.question.get(lang) }
                    <span class="first-action__answer">{ (t.answered_as)(ui.answer(*answer)) }</span>
                </p>
                <figure class="quote">
                    if let Some(statement) = &item.statement {
                        <blockquote><p>{ statement.get(lang) }</p></blockquote>
                    }
                    <figcaption>{ source_cite(&item.source, lang) }</figcaption>
                </figure>
            </li>
        },
        FirstAction::NameSettingManager { kind, cells, basis } => {
            let separator = if lang == Lang::Ja { "、" } else { ", " };
            let names: Vec<String> = state
                .responsibility()
                .map(|map| {
                    cells
                        .iter()
                        .map(|cell| cell_name(cell, map.selection, &catalog.responsibility, lang))
                        .collect()
                })
                .unwrap_or_default();
            let colon = if lang == Lang::Ja { "：" } else { ": " };
            html! {
                <li class="first-action" data-action="manager" data-gap={kind.key()}>
                    <p class="first-action__title">
                        { format!("{}{colon}{}", (t.action_manager_cells)(&names.join(separator)), (map_text(lang).gap_short)(*kind)) }
                    </p>
                    if let Some(basis) = basis {
                        { quote(basis, lang) }
                    }
                </li>
            }
        }
        FirstAction::StagePractice(stage) => html! {
            <li class="first-action" data-action="stage" data-stage={stage.id}>
                { stage_practice(stage.id, lang) }
            </li>
        },
    });
    html! {
        <section class="decision__actions" aria-labelledby="first-actions-heading">
            <h3 id="first-actions-heading">{ t.first_actions_heading }</h3>
            if actions.actions.is_empty() {
                <p data-testid="first-actions-none">{ t.first_actions_none }</p>
            } else {
                <ol class="first-actions" data-testid="first-actions">{ for items }</ol>
                <p class="reading" data-testid="first-actions-order">
                    <strong class="reading__label">{ crate::i18n::ui(lang).tools_reading }</strong>
                    { (t.first_actions_order)(decision::MAX_FIRST_ACTIONS) }
                </p>
            }
            if actions.more_in_plan > 0 {
                <p class="hint" data-testid="first-actions-more">{ (t.first_actions_more)(actions.more_in_plan) }</p>
            }
        </section>
    }
}

/// The migration items answered No, as conditions for stage 2, with 004's conclusion.
fn conditions_block(conditions: &StageTwoConditions, lang: Lang, t: &ResultsText) -> Html {
    let ui = crate::i18n::ui(lang);
    html! {
        <section class="decision__conditions" aria-labelledby="conditions-heading" data-testid="stage2-conditions">
            <h3 id="conditions-heading">{ t.conditions_heading }</h3>
            { tools_reading(t.conditions_intro, "conditions-intro", lang) }
            <ul class="conditions">
                { for conditions.items.iter().map(|item| html! {
                    <li data-item={item.id}>
                        <span class="question__number">{ item.number }</span>{ " " }
                        { item.question.get(lang) }
                        <span class="first-action__answer">{ (t.answered_as)(ui.answer(Answer::No)) }</span>
                        { source_cite(&item.source, lang) }
                    </li>
                }) }
            </ul>
            if let Some(conclusion) = conditions.conclusion {
                <p class="decision__conclusion-label">{ t.conditions_conclusion }</p>
                { quote(conclusion, lang) }
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
