//! Sources and the privacy promise.

use yew::prelude::*;

use crate::hooks::use_app;

#[component]
pub fn Footer() -> Html {
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    html! {
        <footer class="site-footer">
            <h2>{ t.footer_sources }</h2>
            <ul>
                { for app.state().catalog.sources.iter().map(|document| html! {
                    <li>{ document.title.get(lang) }{ format!(" ({})", document.file) }</li>
                }) }
            </ul>
            <p>{ t.privacy }</p>
        </footer>
    }
}
