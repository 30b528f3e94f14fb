//! The glossary (`#/glossary`): every term the content uses, with its definition quoted from the
//! source that defines it, or a plain statement that no source does.

use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::components::passage::source_cite;
use crate::domain::content::{Term, catalog};
use crate::domain::text::Lang;
use crate::hooks::use_app;
use crate::i18n::ui;

/// One term: its name, the basis of its definition, and the definition with its citation. Only
/// the glossary page gives the term an id (an item may repeat a term another item shows).
pub fn term_entry(term: &Term, lang: Lang, with_id: bool) -> Html {
    let t = ui(lang);
    html! {
        <>
            <dt id={with_id.then(|| format!("term-{}", term.id))}>
                { term.term.get(lang) }
                if let Some(basis) = &term.basis {
                    <span class="glossary__basis">{ format!(" ({})", basis.get(lang)) }</span>
                }
            </dt>
            <dd>
                if let Some(definition) = &term.definition {
                    <p>{ definition.get(lang) }</p>
                    if !term.list.is_empty() {
                        <ul>{ for term.list.iter().map(|text| html! { <li>{ text.get(lang) }</li> }) }</ul>
                    }
                    if let Some(source) = &term.source {
                        { source_cite(source, lang) }
                    }
                } else {
                    <p class="glossary__undefined">{ t.no_definition }</p>
                }
            </dd>
        </>
    }
}

#[component]
pub fn GlossaryView() -> Html {
    crate::rendered!("GlossaryView");
    let app = use_app();
    let state = app.state();
    let lang = state.language();
    let t = ui(lang);
    let glossary = &catalog().glossary;
    html! {
        <section class="about glossary" aria-labelledby="glossary-heading">
            <p class="breadcrumb">
                <RouteLink to={Route::Home}>{ t.back_to_overview }</RouteLink>
            </p>
            <h2 id="glossary-heading">{ glossary.title.get(lang) }</h2>
            { for glossary.purpose.iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }
            <dl class="glossary__terms">
                { for glossary.terms.iter().map(|term| term_entry(term, lang, true)) }
            </dl>
        </section>
    }
}
