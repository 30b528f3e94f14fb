//! Links to each checklist with its progress, so a long page stays easy to move around.

use yew::prelude::*;

use crate::domain::content;
use crate::hooks::use_app;

#[component]
pub fn ProgressNav() -> Html {
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    let modules = [content::PRECONDITIONS, content::MIGRATION];
    html! {
        <nav class="progress-nav" aria-label={t.nav_label}>
            <ol>
                { for modules.iter().enumerate().map(|(index, id)| {
                    let checklist = app.state().checklist(id);
                    let tally = app.state().tally(id);
                    html! {
                        <li>
                            <a href={format!("#{id}")}>
                                <span class="progress-nav__step">{ (t.step)(index + 1) }</span>
                                <span class="progress-nav__title">{ checklist.title.get(lang) }</span>
                                <span class="progress-nav__count">
                                    { (t.yes_count)(tally.yes, tally.total) }{ " · " }{ (t.unanswered)(tally.unanswered()) }
                                </span>
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
