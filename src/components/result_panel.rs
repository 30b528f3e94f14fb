//! The frame every module's result shares: heading, then one status line that says exactly what
//! a sighted reader sees: the score, the unanswered count and the verdict's title.

use yew::prelude::*;

use crate::domain::scoring::YesNoTally;
use crate::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct ResultPanelProps {
    /// The module id, e.g. "pre": it names the test ids and the heading id.
    pub module: &'static str,
    pub tally: YesNoTally,
    /// The verdict's title once there is one, e.g. "第1段階".
    #[prop_or_default]
    pub verdict: Option<AttrValue>,
    /// A modifier for the verdict's style, e.g. "stage1".
    #[prop_or_default]
    pub modifier: Option<&'static str>,
    /// The module's verdict, under the score.
    pub children: Html,
}

#[component]
pub fn ResultPanel(props: &ResultPanelProps) -> Html {
    let app = use_app();
    let t = app.text();
    let module = props.module;
    let heading_id = format!("{module}-result-heading");
    let tally = props.tally;
    html! {
        <section class="result" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ t.result_heading }</h3>
            <p class="score" role="status">
                <strong data-testid={format!("{module}-score")}>{ (t.yes_count)(tally.yes, tally.total) }</strong>
                <span class="score__unanswered" data-testid={format!("{module}-unanswered")}>
                    { (t.unanswered)(tally.unanswered()) }
                </span>
                if let Some(verdict) = &props.verdict {
                    <span class={classes!("score__verdict", props.modifier.map(|m| format!("score__verdict--{m}")))}
                        data-testid={format!("{module}-verdict-title")}>
                        { verdict.clone() }
                    </span>
                }
            </p>
            { props.children.clone() }
        </section>
    }
}
