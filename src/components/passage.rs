//! Citations, quoted source text, and this tool's own readings, each marked as what it is.

use yew::prelude::*;

use crate::domain::content::{Passage, catalog};
use crate::domain::text::{Lang, Localized, SourceRef};
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct SourceCiteProps {
    pub source: SourceRef,
    pub lang: Lang,
}

/// 「出典：システム監査学会 研究報告 VI 1.1 項目1.1」: the document's short title (its full
/// title on hover) and the section, in the reader's language. Seed file names are on the
/// about page, not on every line.
#[component]
pub fn SourceCite(props: &SourceCiteProps) -> Html {
    let lang = props.lang;
    let document = catalog().source_document(props.source.file);
    html! {
        <p class="source">
            <span class="source__label">{ ui(lang).source }</span>
            if let Some(document) = document {
                <cite title={document.title.get(lang)}>{ document.short.get(lang) }</cite>
                { " " }
            }
            <span class="source__section">{ props.source.section.get(lang) }</span>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    pub passage: &'static Passage,
    pub lang: Lang,
}

/// A passage quoted from a seed, in the current language, with its source.
#[component]
pub fn Quote(props: &QuoteProps) -> Html {
    let lang = props.lang;
    html! {
        <figure class="quote">
            <blockquote>
                { for props.passage.text.iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }
            </blockquote>
            <figcaption><SourceCite source={props.passage.source} {lang} /></figcaption>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReadingProps {
    pub text: &'static Localized,
    pub lang: Lang,
}

/// A statement that is this tool's reading of its source, not the source's own: always shown
/// with its label, so a reader can tell it from a quote.
#[component]
pub fn Reading(props: &ReadingProps) -> Html {
    let lang = props.lang;
    html! {
        <p class="reading" data-testid="reading">
            <strong class="reading__label">{ ui(lang).tools_reading }</strong>
            { props.text.get(lang) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextListProps {
    pub texts: &'static [Localized],
    pub lang: Lang,
}

/// A list of source texts in the current language; one text is a paragraph, not a list.
#[component]
pub fn TextList(props: &TextListProps) -> Html {
    let lang = props.lang;
    match props.texts {
        [one] => html! { <p>{ one.get(lang) }</p> },
        texts => html! {
            <ul>
                { for texts.iter().map(|text| html! { <li>{ text.get(lang) }</li> }) }
            </ul>
        },
    }
}
