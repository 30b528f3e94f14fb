//! "Yes n/9", readiness for stage 2, and every No as a blocker with its guidance.

use yew::prelude::*;

use crate::components::passage::{Quote, SourceCite};
use crate::components::result_panel::ResultPanel;
use crate::components::text_list::TextList;
use crate::domain::content;
use crate::domain::scoring::Readiness;
use crate::hooks::use_app;

#[component]
pub fn MigrationResultView() -> Html {
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    let result = app.state().migration();
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
            </>
        },
        None => html! {
            <p class="pending">{ (t.migration_pending)(tally.unanswered()) }</p>
        },
    };

    html! {
        <ResultPanel module={content::MIGRATION} {tally} verdict={verdict_title}>
            <div class={classes!("diagnosis", format!("diagnosis--{modifier}"))} data-testid="mig-verdict">
                { verdict }
                if let Some(passage) = passage {
                    <Quote {passage} />
                }
            </div>
            if !result.blockers.is_empty() {
                <ol class="blockers" data-testid="mig-blockers">
                    { for result.blockers.iter().map(|item| html! {
                        <li key={item.id.clone()} data-item={item.id.clone()}>
                            <p class="blocker__question">
                                <span class="question__number">{ &item.number }</span>
                                { item.question.get(lang) }
                            </p>
                            <p class="guidance__label">{ t.blocker_guidance }</p>
                            <TextList texts={item.guidance.as_slice()} />
                            <SourceCite source={item.source.clone()} />
                        </li>
                    }) }
                </ol>
            }
        </ResultPanel>
    }
}
