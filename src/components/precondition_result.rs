//! "Yes n/8" and the stage diagnosis of the precondition check.

use yew::prelude::*;

use crate::components::passage::Quote;
use crate::components::result_panel::ResultPanel;
use crate::components::stage_practice::StagePractice;
use crate::domain::content;
use crate::domain::scoring::Diagnosis;
use crate::hooks::use_app;

#[component]
pub fn PreconditionResultView() -> Html {
    let app = use_app();
    let t = app.text();
    let result = app.state().preconditions();
    let checklist = app.state().checklist(content::PRECONDITIONS);
    let tally = result.tally;

    // Title, summary and style of the diagnosis, once there is one.
    let shown = match result.diagnosis {
        Diagnosis::Pending => None,
        Diagnosis::Stage0 => Some((t.stage0_title, t.stage0_summary, "stage0")),
        Diagnosis::Stage1 => Some((t.stage1_title, t.stage1_summary, "stage1")),
        Diagnosis::PresumedStage3 => Some((t.stage3_title, t.stage3_summary, "stage3")),
    };
    let verdict = shown.map(|(title, _, _)| AttrValue::from(title));
    let diagnosis = match shown {
        None => html! {
            <p class="pending" data-testid="pre-diagnosis">{ (t.diagnosis_pending)(tally.unanswered()) }</p>
        },
        Some((title, summary, modifier)) => {
            let diagnosis = result.diagnosis;
            let passage = diagnosis
                .outcome_key()
                .and_then(|key| checklist.outcome(key));
            html! {
                <div class={classes!("diagnosis", format!("diagnosis--{modifier}"))} data-testid="pre-diagnosis">
                    <p class="diagnosis__title">{ title }</p>
                    <p>{ summary }</p>
                    if let Some(passage) = passage {
                        <h5>{ t.rests_on }</h5>
                        <Quote {passage} />
                    }
                    if let Some(stage_id) = diagnosis.stage_id() {
                        <StagePractice stage_id={stage_id} />
                    }
                    if diagnosis == Diagnosis::Stage1 {
                        <p><a class="next-step" href="#mig">{ t.go_to_migration }</a></p>
                    }
                </div>
            }
        }
    };

    html! {
        <ResultPanel module={content::PRECONDITIONS} {tally} {verdict}>
            <h4 class="diagnosis-heading">{ t.diagnosis_heading }</h4>
            { diagnosis }
        </ResultPanel>
    }
}
