//! Citations, quoted source text, and this tool's own readings, each marked as what it is.
//! Plain functions rather than components: they hold no state, and each component type costs
//! its own copy of Yew's lifecycle code in the wasm.

use yew::prelude::*;

use crate::domain::content::{Passage, catalog};
use crate::domain::text::{Lang, Localized, SourceRef};
use crate::i18n::ui;

/// 「出典：システム監査学会 研究報告 VI 1.1 項目1.1」: the document's short title (its full
/// title on hover) and the section, in the reader's language. Seed file names are on the
/// about page, not on every line.
pub fn source_cite(source: &SourceRef, lang: Lang) -> Html {
    let document = catalog().source_document(source.file);
    html! {
        <p class="source">
            <span class="source__label">{ ui(lang).source }</span>
            if let Some(document) = document {
                <cite title={document.title.get(lang)}>{ document.short.get(lang) }</cite>
                { " " }
            }
            <span class="source__section">{ source.section.get(lang) }</span>
        </p>
    }
}

/// A passage quoted from a seed, in the current language, with its source.
pub fn quote(passage: &Passage, lang: Lang) -> Html {
    html! {
        <figure class="quote">
            <blockquote>
                { for passage.text.iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }
            </blockquote>
            <figcaption>{ source_cite(&passage.source, lang) }</figcaption>
        </figure>
    }
}

/// A statement that is this tool's reading of its source, not the source's own: always shown
/// with its label, so a reader can tell it from a quote.
pub fn reading(text: &Localized, lang: Lang) -> Html {
    html! {
        <p class="reading" data-testid="reading">
            <strong class="reading__label">{ ui(lang).tools_reading }</strong>
            { text.get(lang) }
        </p>
    }
}

/// A reading written in the interface text, marked like [`reading`], with its own test id.
pub fn tools_reading(text: &'static str, testid: &'static str, lang: Lang) -> Html {
    html! {
        <p class="reading" data-testid={testid}>
            <strong class="reading__label">{ ui(lang).tools_reading }</strong>
            { text }
        </p>
    }
}

/// How coverage is counted, as this tool's reading: shown next to every coverage figure.
pub fn coverage_rule(lang: Lang) -> Html {
    tools_reading(ui(lang).coverage_rule, "coverage-rule", lang)
}

/// A list of source texts in the current language; one text is a paragraph, not a list.
pub fn text_list(texts: &[Localized], lang: Lang) -> Html {
    match texts {
        [one] => html! { <p>{ one.get(lang) }</p> },
        texts => html! {
            <ul>
                { for texts.iter().map(|text| html! { <li>{ text.get(lang) }</li> }) }
            </ul>
        },
    }
}
