//! Links to each checklist with its progress, so a long page stays easy to move around.

use yew::prelude::*;

use crate::domain::content::Scale;
use crate::hooks::use_app;

#[component]
pub fn ProgressNav() -> Html {
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    html! {
        <nav class="progress-nav" aria-label={t.nav_label}>
            <ol>
                { for app.state().catalog.checklists.iter().enumerate().map(|(index, checklist)| {
                    let progress = app.state().progress(&checklist.id);
                    let count = match checklist.scale {
                        Scale::YesNo => {
                            let tally = app.state().tally(&checklist.id);
                            format!(
                                "{} · {}",
                                (t.yes_count)(tally.yes, tally.total),
                                (t.unanswered)(progress.unanswered())
                            )
                        }
                        Scale::Coverage => (t.progress)(progress.answered, progress.total),
                    };
                    html! {
                        <li key={checklist.id.clone()}>
                            <a href={format!("#{}", checklist.id)}>
                                <span class="progress-nav__step">{ (t.step)(index + 1) }</span>
                                <span class="progress-nav__title">{ checklist.title.get(lang) }</span>
                                <span class="progress-nav__count">{ count }</span>
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
