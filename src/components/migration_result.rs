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

    let verdict_title = match result.readiness {
        Readiness::Ready => Some(AttrValue::from(t.migration_ready_title)),
        Readiness::NotReady => Some(AttrValue::from(t.migration_not_ready_title)),
        Readiness::Pending => None,
    };
    let verdict = match result.readiness {
        Readiness::Ready => html! {
            <>
                <p class="diagnosis__title">{ t.migration_ready_title }</p>
                <p>{ t.migration_ready_summary }</p>
            </>
        },
        Readiness::NotReady => html! {
            <>
                <p class="diagnosis__title">{ t.migration_not_ready_title }</p>
                <p>{ (t.migration_not_ready_summary)(result.blockers.len()) }</p>
            </>
        },
        Readiness::Pending => html! {
            <p class="pending">{ (t.migration_pending)(tally.unanswered()) }</p>
        },
    };
    let modifier = match result.readiness {
        Readiness::Ready => "ready",
        Readiness::NotReady => "not-ready",
        Readiness::Pending => "pending",
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
