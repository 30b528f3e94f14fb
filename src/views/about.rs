//! About this tool: its sources as what they are (title, publisher, year, kind, file), what the
//! tool does and does not claim, and the version and date of its content.

use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::domain::text::Lang;
use crate::hooks::use_app;
use crate::i18n::ui;

#[component]
pub fn AboutView() -> Html {
    crate::rendered!("AboutView");
    let app = use_app();
    let state = app.state();
    let lang = state.language();
    let t = ui(lang);
    let catalog = state.catalog;
    html! {
        <section class="about" aria-labelledby="about-heading">
            <p class="breadcrumb"><RouteLink to={Route::Home}>{ t.back_to_overview }</RouteLink></p>
            <h2 id="about-heading">{ t.about_heading }</h2>
            <p>{ t.who_it_is_for }</p>
            <p>{ t.how_it_works }</p>
            <h3>{ t.about_does_heading }</h3>
            <ul>{ for t.about_does.iter().map(|line| html! { <li>{ *line }</li> }) }</ul>
            <h3>{ t.about_does_not_heading }</h3>
            <ul>{ for t.about_does_not.iter().map(|line| html! { <li>{ *line }</li> }) }</ul>
            <h3 id="sources">{ t.sources_heading }</h3>
            { for catalog.sources.iter().map(|document| html! {
                <div class="source-document" data-file={document.file}>
                <dl>
                    <dt>{ t.source_title }</dt><dd lang="ja">{ document.title.ja() }
                        if lang != Lang::Ja {
                            <span lang={lang.tag()}>{ format!(" ({})", document.title.get(lang)) }</span>
                        }
                    </dd>
                    <dt>{ t.source_publisher }</dt><dd>{ document.publisher.get(lang) }</dd>
                    <dt>{ t.source_year }</dt>
                    <dd>{ document.year.map_or_else(|| t.year_unknown.to_owned(), |year| year.to_string()) }</dd>
                    <dt>{ t.source_kind }</dt><dd>{ document.kind.get(lang) }</dd>
                    <dt>{ t.source_file }</dt><dd><code>{ document.file }</code></dd>
                </dl>
                <p class="source-document__note">{ document.note.get(lang) }</p>
                </div>
            }) }
            <p class="edition">{ (t.edition)(catalog.edition.version, catalog.edition.date) }</p>
        </section>
    }
}
