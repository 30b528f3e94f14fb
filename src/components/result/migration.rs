//! "Yes の合計 n/9", readiness for stage 2, every No as a blocker with its guidance, and, where
//! the precondition check has ruled out stage 1, the note that this checklist is written for
//! stage 1 organizations.

use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::components::passage::quote;
use crate::components::result::precondition::diagnosis_verdict;
use crate::components::result::stage_practice::stage_practice;
use crate::components::result::{Verdict, item_list, result_panel};
use crate::domain::content;
use crate::domain::scoring::Readiness;
use crate::i18n::results::results_text;
use crate::i18n::{Ui, ui};
use crate::state::AppState;

/// The verdict of the migration checklist, once there is one.
pub fn readiness_verdict(t: &Ui, readiness: Readiness) -> Option<Verdict> {
    match readiness {
        Readiness::Ready => Some(Verdict {
            title: t.migration_ready_title,
            modifier: "ready",
        }),
        Readiness::NotReady => Some(Verdict {
            title: t.migration_not_ready_title,
            modifier: "not-ready",
        }),
        Readiness::Pending => None,
    }
}

pub fn migration_result(state: &AppState) -> Html {
    let lang = state.language();
    let t = ui(lang);
    let result = state.migration();
    let precondition = state.preconditions().diagnosis;
    let checklist = state.checklist(content::MIGRATION);
    let tally = result.tally;
    let passage = result.outcome_key().and_then(|key| checklist.outcome(key));

    let summary = match result.readiness {
        Readiness::Ready => Some(t.migration_ready_summary.to_owned()),
        Readiness::NotReady => Some((t.migration_not_ready_summary)(result.blockers.len())),
        Readiness::Pending => None,
    };
    let verdict = match (readiness_verdict(t, result.readiness), summary) {
        (Some(verdict), Some(summary)) => html! {
            <div class={classes!("diagnosis", format!("diagnosis--{}", verdict.modifier))} data-testid="mig-verdict">
                // The verdict's title stands in the status line above; it is not repeated.
                <p>{ summary }</p>
                // A No settles "not ready" early; the items still open are said, not hidden.
                if tally.unanswered() > 0 {
                    <p>{ (t.migration_rest_unanswered)(tally.unanswered()) }</p>
                }
                if let Some(passage) = passage {
                    { quote(passage, lang) }
                }
            </div>
        },
        _ => html! {
            <div class="diagnosis diagnosis--pending" data-testid="mig-verdict">
                <p class="pending">{ (t.migration_pending)(tally.unanswered()) }</p>
            </div>
        },
    };
    // The note quotes its passage unless the verdict below quotes the same sentences already.
    let note_passage = checklist.outcome("written_for_stage1").filter(|note| {
        passage.is_none_or(|verdict| !note.text.iter().all(|t| verdict.text.contains(t)))
    });
    let scope_note = match diagnosis_verdict(t, precondition) {
        Some(result_verdict) if precondition.rules_out_stage1() => html! {
            <div class="scope-note" data-testid="mig-scope-note">
                <p class="scope-note__title">{ t.migration_scope_title }</p>
                <p>{ (t.migration_scope_summary)(result_verdict.title) }</p>
                if let Some(passage) = note_passage {
                    { quote(passage, lang) }
                }
            </div>
        },
        _ => html! {},
    };

    let body = html! {
        <>
            { scope_note }
            { verdict }
            if !result.blockers.is_empty() {
                { item_list("mig-blockers", &result.blockers, t.blocker_guidance, lang) }
            }
            // Ready: what stage 2 asks, and the way to the plan and the report.
            if result.readiness == Readiness::Ready {
                <div class="next-stage" data-testid="mig-next">
                    { stage_practice("2", lang) }
                    <p><RouteLink to={Route::Results}>{ results_text(lang).open_results }</RouteLink></p>
                </div>
            }
        </>
    };
    result_panel(
        content::MIGRATION,
        tally,
        readiness_verdict(t, result.readiness),
        lang,
        body,
    )
}
