//! Quoted source text and its citation.

use yew::prelude::*;

use crate::domain::content::Passage;
use crate::domain::text::SourceRef;
use crate::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct SourceCiteProps {
    pub source: SourceRef,
}

/// "出典: 004_….txt VI 1.1"
#[component]
pub fn SourceCite(props: &SourceCiteProps) -> Html {
    let app = use_app();
    let lang = app.state().language();
    let document = app.state().catalog.source_document(&props.source.file);
    html! {
        <p class="source">
            <span class="source__label">{ app.text().source }</span>
            if let Some(document) = document {
                <cite title={document.title.get(lang).to_owned()}>{ document.short.get(lang) }</cite>
                { " " }
            }
            <span class="source__section">{ &props.source.section }</span>
            { " " }
            <span class="source__file">{ format!("({})", props.source.file) }</span>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    pub passage: &'static Passage,
}

/// A passage quoted from a seed, in the current language, with its source.
#[component]
pub fn Quote(props: &QuoteProps) -> Html {
    let app = use_app();
    let lang = app.state().language();
    html! {
        <figure class="quote">
            <blockquote>
                { for props.passage.text.iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }
            </blockquote>
            <figcaption><SourceCite source={props.passage.source.clone()} /></figcaption>
        </figure>
    }
}
