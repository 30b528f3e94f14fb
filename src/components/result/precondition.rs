//! "Yes の合計 n/8" and the result of the precondition check: stage 0, stage 1, or outside the
//! profile the checklists were written for, each with the passage it rests on and, where the
//! tool reads more into the source than it says, that reading marked as such.

use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::components::passage::{quote, reading};
use crate::components::result::stage_practice::stage_practice;
use crate::components::result::{Verdict, item_list, result_panel};
use crate::domain::content;
use crate::domain::scoring::Diagnosis;
use crate::i18n::{Ui, ui};
use crate::state::AppState;

/// The key of the reading that says the report's closing advice is linked to this result by
/// the tool, not by the report.
pub const OUTSIDE_ADVICE: &str = "outside_advice";

/// The verdict of a settled diagnosis, as the result, the overview and the migration note
/// name it.
pub fn diagnosis_verdict(t: &Ui, diagnosis: Diagnosis) -> Option<Verdict> {
    let (title, modifier) = match diagnosis {
        Diagnosis::Pending => return None,
        Diagnosis::Stage0 => (t.stage0_title, "stage0"),
        Diagnosis::Stage1 => (t.stage1_title, "stage1"),
        Diagnosis::OutsideProfile => (t.outside_title, "outside"),
    };
    Some(Verdict { title, modifier })
}

pub fn precondition_result(state: &AppState) -> Html {
    let lang = state.language();
    let t = ui(lang);
    let result = state.preconditions();
    let checklist = state.checklist(content::PRECONDITIONS);
    let tally = result.tally;
    let diagnosis = result.diagnosis;
    let passage = diagnosis
        .outcome_key()
        .and_then(|key| checklist.outcome(key));
    let tool_reading = diagnosis
        .reading_key()
        .and_then(|key| checklist.reading(key));

    let body = match diagnosis_verdict(t, diagnosis) {
        None => html! {
            <p class="pending" data-testid="pre-diagnosis">{ (t.diagnosis_pending)(tally.unanswered()) }</p>
        },
        Some(verdict) => {
            let summary = match diagnosis {
                Diagnosis::Stage1 => (t.stage1_summary)(tally.yes, tally.total),
                Diagnosis::OutsideProfile => (t.outside_summary)(tally.yes, tally.total),
                _ => t.stage0_summary.to_owned(),
            };
            html! {
                <div class={classes!("diagnosis", format!("diagnosis--{}", verdict.modifier))}
                    data-testid="pre-diagnosis" data-diagnosis={verdict.modifier}>
                    // The verdict's title stands in the status line above; it is not repeated.
                    <p>{ summary }</p>
                    if let Some(text) = tool_reading {
                        { reading(text, lang) }
                    }
                    if diagnosis == Diagnosis::OutsideProfile {
                        <h4>{ t.outside_items_heading }</h4>
                        <p>{ t.outside_items_intro }</p>
                        { item_list("pre-screened-out", &result.screened_out, t.guidance, lang) }
                        if let Some(passage) = passage {
                            <h4>{ t.outside_advice_heading }</h4>
                            { quote(passage, lang) }
                            if let Some(text) = checklist.reading(OUTSIDE_ADVICE) {
                                { reading(text, lang) }
                            }
                        }
                        <p>
                            <RouteLink to={Route::Module(content::STAGES)} class="next-step">
                                { t.go_to_stages }
                            </RouteLink>
                        </p>
                    } else if let Some(passage) = passage {
                        <h4>{ t.rests_on }</h4>
                        { quote(passage, lang) }
                    }
                    if let Some(stage_id) = diagnosis.stage_id() {
                        { stage_practice(stage_id, lang) }
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
    };
    result_panel(
        content::PRECONDITIONS,
        tally,
        diagnosis_verdict(t, diagnosis),
        lang,
        body,
    )
}
