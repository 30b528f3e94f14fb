//! The frame every module's result shares: heading, then one status line that says exactly what
//! a sighted reader sees: the score, the unanswered count and the verdict's title. And the one
//! way an item is listed in a result: its number, question, notes and citation.

pub mod coverage;
pub mod migration;
pub mod precondition;
pub mod stage_practice;

use yew::prelude::*;

use crate::components::passage::{source_cite, text_list};
use crate::domain::content::Item;
use crate::domain::scoring::YesNoTally;
use crate::domain::text::Lang;
use crate::i18n::ui;

/// A module's verdict: its title (e.g. "第1段階") and a style modifier (e.g. "stage1").
pub struct Verdict {
    pub title: &'static str,
    pub modifier: &'static str,
}

/// `module` names the test ids and the heading id; `body` is the module's verdict.
pub fn result_panel(
    module: &'static str,
    tally: YesNoTally,
    verdict: Option<Verdict>,
    lang: Lang,
    body: Html,
) -> Html {
    let t = ui(lang);
    let heading_id = format!("{module}-result-heading");
    html! {
        <section class="result" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ t.result_heading }</h3>
            <p class="score" role="status">
                <strong data-testid={format!("{module}-score")}>{ (t.yes_count)(tally.yes, tally.total) }</strong>
                <span class="score__unanswered" data-testid={format!("{module}-unanswered")}>
                    { (t.unanswered)(tally.unanswered()) }
                </span>
                if let Some(verdict) = verdict {
                    <span class={classes!("score__verdict", format!("score__verdict--{}", verdict.modifier))}
                        data-testid={format!("{module}-verdict-title")}>
                        { verdict.title }
                    </span>
                }
            </p>
            { body }
        </section>
    }
}

/// Items named in a result (blockers, screened-out preconditions), each with its notes under
/// `notes_label` and its citation.
pub fn item_list(
    testid: &'static str,
    items: &[&'static Item],
    notes_label: &str,
    lang: Lang,
) -> Html {
    html! {
        <ol class="blockers" data-testid={testid}>
            { for items.iter().map(|item| html! {
                <li key={item.id} data-item={item.id}>
                    <p class="blocker__question">
                        <span class="question__number">{ item.number }</span>
                        { item.question.get(lang) }
                    </p>
                    <p class="guidance__label">{ notes_label.to_owned() }</p>
                    { text_list(item.guidance, lang) }
                    { source_cite(&item.source, lang) }
                </li>
            }) }
        </ol>
    }
}
