//! The privacy promise, the sources, and the way to the about page.

use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::i18n::ui;
use crate::state::AppState;

pub fn footer(state: &AppState) -> Html {
    let lang = state.language();
    let t = ui(lang);
    html! {
        <footer class="site-footer">
            <p>{ t.privacy }</p>
            <p class="site-footer__sources">
                { t.source }
                { for state.catalog.sources.iter().map(|document| html! {
                    <cite>{ document.short.get(lang) }</cite>
                }) }
            </p>
            <p>
                <RouteLink to={Route::About}>{ t.about_link }</RouteLink>
                { " ・ " }
                <RouteLink to={Route::Glossary}>{ state.catalog.glossary.title.get(lang) }</RouteLink>
            </p>
        </footer>
    }
}
