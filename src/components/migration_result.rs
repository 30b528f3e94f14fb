//! "Yes の合計 n/9", readiness for stage 2, every No as a blocker with its guidance, and, where
//! the precondition check has ruled out stage 1, the note that this checklist is written for
//! stage 1 organizations.

use yew::prelude::*;

use crate::components::passage::{Quote, SourceCite, TextList};
use crate::components::precondition_result::diagnosis_title;
use crate::components::result_panel::ResultPanel;
use crate::domain::content;
use crate::domain::scoring::Readiness;
use crate::hooks::use_app;

#[component]
pub fn MigrationResultView() -> Html {
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    let result = app.state().migration();
    let precondition = app.state().preconditions().diagnosis;
    let checklist = app.state().checklist(content::MIGRATION);
    let tally = result.tally;
    let passage = result.outcome_key().and_then(|key| checklist.outcome(key));

    // Title and summary of the verdict (none while pending), and its style.
    let (shown, modifier) = match result.readiness {
        Readiness::Ready => (
            Some((
                t.migration_ready_title,
                t.migration_ready_summary.to_owned(),
            )),
            "ready",
        ),
        Readiness::NotReady => (
            Some((
                t.migration_not_ready_title,
                (t.migration_not_ready_summary)(result.blockers.len()),
            )),
            "not-ready",
        ),
        Readiness::Pending => (None, "pending"),
    };
    let verdict_title = shown.as_ref().map(|(title, _)| AttrValue::from(*title));
    let verdict = match shown {
        Some((title, summary)) => html! {
            <>
                <p class="diagnosis__title">{ title }</p>
                <p>{ summary }</p>
                // A No settles "not ready" early; the items still open are said, not hidden.
                if tally.unanswered() > 0 {
                    <p>{ (t.migration_rest_unanswered)(tally.unanswered()) }</p>
                }
            </>
        },
        None => html! {
            <p class="pending">{ (t.migration_pending)(tally.unanswered()) }</p>
        },
    };
    let scope_note = precondition
        .rules_out_stage1()
        .then(|| diagnosis_title(t, precondition))
        .flatten()
        .map(|result_title| {
            let quote = checklist.outcome("written_for_stage1");
            html! {
                <div class="scope-note" data-testid="mig-scope-note">
                    <p class="scope-note__title">{ t.migration_scope_title }</p>
                    <p>{ (t.migration_scope_summary)(result_title) }</p>
                    if let Some(passage) = quote {
                        <Quote {passage} {lang} />
                    }
                </div>
            }
        });

    html! {
        <ResultPanel module={content::MIGRATION} {tally} verdict={verdict_title}
            modifier={Some(modifier)}>
            { scope_note.unwrap_or_default() }
            <div class={classes!("diagnosis", format!("diagnosis--{modifier}"))} data-testid="mig-verdict">
                { verdict }
                if let Some(passage) = passage {
                    <Quote {passage} {lang} />
                }
            </div>
            if !result.blockers.is_empty() {
                <ol class="blockers" data-testid="mig-blockers">
                    { for result.blockers.iter().map(|item| html! {
                        <li key={item.id} data-item={item.id}>
                            <p class="blocker__question">
                                <span class="question__number">{ item.number }</span>
                                { item.question.get(lang) }
                            </p>
                            <p class="guidance__label">{ t.blocker_guidance }</p>
                            <TextList texts={item.guidance} {lang} />
                            <SourceCite source={item.source} {lang} />
                        </li>
                    }) }
                </ol>
            }
        </ResultPanel>
    }
}
