//! "Yes の合計 n/8" and the result of the precondition check: stage 0, stage 1, or outside the
//! profile the checklists were written for, each with the passage it rests on and, where the
//! tool reads more into the source than it says, that reading marked as such.

use yew::prelude::*;

use crate::components::passage::{Quote, Reading, SourceCite, TextList};
use crate::components::result_panel::ResultPanel;
use crate::components::stage_practice::StagePractice;
use crate::domain::content;
use crate::domain::scoring::Diagnosis;
use crate::hooks::use_app;
use crate::i18n::Ui;
use crate::route::Route;
use crate::routing::RouteLink;

/// The title of a settled diagnosis, as the result and the migration note name it.
pub fn diagnosis_title(t: &Ui, diagnosis: Diagnosis) -> Option<&'static str> {
    match diagnosis {
        Diagnosis::Pending => None,
        Diagnosis::Stage0 => Some(t.stage0_title),
        Diagnosis::Stage1 => Some(t.stage1_title),
        Diagnosis::OutsideProfile => Some(t.outside_title),
    }
}

#[component]
pub fn PreconditionResultView() -> Html {
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    let result = app.state().preconditions();
    let checklist = app.state().checklist(content::PRECONDITIONS);
    let tally = result.tally;
    let diagnosis = result.diagnosis;
    let modifier = match diagnosis {
        Diagnosis::Pending => None,
        Diagnosis::Stage0 => Some("stage0"),
        Diagnosis::Stage1 => Some("stage1"),
        Diagnosis::OutsideProfile => Some("outside"),
    };
    let title = diagnosis_title(t, diagnosis);
    let passage = diagnosis
        .outcome_key()
        .and_then(|key| checklist.outcome(key));
    let reading = diagnosis
        .reading_key()
        .and_then(|key| checklist.reading(key));

    let body = match (title, modifier) {
        (Some(title), Some(modifier)) => {
            let summary = match diagnosis {
                Diagnosis::Stage1 => (t.stage1_summary)(tally.yes, tally.total),
                Diagnosis::OutsideProfile => (t.outside_summary)(tally.yes, tally.total),
                _ => t.stage0_summary.to_owned(),
            };
            html! {
                <div class={classes!("diagnosis", format!("diagnosis--{modifier}"))}
                    data-testid="pre-diagnosis" data-diagnosis={modifier}>
                    <p class="diagnosis__title">{ title }</p>
                    <p>{ summary }</p>
                    if let Some(text) = reading {
                        <Reading {text} {lang} />
                    }
                    if diagnosis == Diagnosis::OutsideProfile {
                        <h4>{ t.outside_items_heading }</h4>
                        <p>{ t.outside_items_intro }</p>
                        <ol class="blockers" data-testid="pre-screened-out">
                            { for result.screened_out.iter().map(|item| html! {
                                <li key={item.id} data-item={item.id}>
                                    <p class="blocker__question">
                                        <span class="question__number">{ item.number }</span>
                                        { item.question.get(lang) }
                                    </p>
                                    <p class="guidance__label">{ t.guidance }</p>
                                    <TextList texts={item.guidance} {lang} />
                                    <SourceCite source={item.source} {lang} />
                                </li>
                            }) }
                        </ol>
                        if let Some(passage) = passage {
                            <h4>{ t.outside_advice_heading }</h4>
                            <Quote {passage} {lang} />
                        }
                    } else if let Some(passage) = passage {
                        <h4>{ t.rests_on }</h4>
                        <Quote {passage} {lang} />
                    }
                    if let Some(stage_id) = diagnosis.stage_id() {
                        <StagePractice {stage_id} {lang} />
                    }
                    if diagnosis == Diagnosis::Stage1 {
                        <p>
                            <RouteLink to={Route::Module(content::MIGRATION)} class="next-step">
                                { t.go_to_migration }
                            </RouteLink>
                        </p>
                    }
                </div>
            }
        }
        _ => html! {
            <p class="pending" data-testid="pre-diagnosis">{ (t.diagnosis_pending)(tally.unanswered()) }</p>
        },
    };

    html! {
        <ResultPanel module={content::PRECONDITIONS} {tally}
            verdict={title.map(AttrValue::from)} {modifier}>
            { body }
        </ResultPanel>
    }
}
