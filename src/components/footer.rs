//! The privacy promise, the sources, and the way to the about page.

use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::domain::content::catalog;
use crate::domain::text::Lang;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub lang: Lang,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    crate::rendered!("Footer");
    let lang = props.lang;
    let t = ui(lang);
    let catalog = catalog();
    html! {
        <footer class="site-footer">
            <p>{ t.privacy }</p>
            <p class="site-footer__sources">
                { t.source }
                { for catalog.sources.iter().enumerate().map(|(index, document)| html! {
                    <>
                        if index > 0 {
                            { if lang == Lang::Ja { "、" } else { "; " } }
                        }
                        <cite>{ document.short.get(lang) }</cite>
                    </>
                }) }
            </p>
            <p>
                <RouteLink to={Route::About}>{ t.about_link }</RouteLink>
                { " ・ " }
                <RouteLink to={Route::Glossary}>{ catalog.glossary.title.get(lang) }</RouteLink>
            </p>
        </footer>
    }
}
