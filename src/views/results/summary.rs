//! The summary that opens the report: the stage, every module's result in one line, and the
//! next steps.

use super::*;

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
