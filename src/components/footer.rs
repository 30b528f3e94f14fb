//! The privacy promise, the sources, and the way to the about page.

use yew::prelude::*;

use crate::hooks::use_app;
use crate::route::Route;
use crate::routing::RouteLink;

#[component]
pub fn Footer() -> Html {
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    html! {
        <footer class="site-footer">
            <p>{ t.privacy }</p>
            <p class="site-footer__sources">
                { t.source }
                { for app.state().catalog.sources.iter().map(|document| html! {
                    <cite>{ document.short.get(lang) }</cite>
                }) }
            </p>
            <p><RouteLink to={Route::About}>{ t.about_link }</RouteLink></p>
        </footer>
    }
}
