//! One checklist item: a fieldset whose legend is the question, with real radio inputs, and the
//! item's notes and citation behind a disclosure, so the questions come first.
//!
//! It takes everything it shows as props and reads no context, so answering one item
//! re-renders that item only.

use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::components::passage::{reading, source_cite, text_list};
use crate::domain::answers::{Answer, MAX_NOTE_CHARS, MAX_VALUE_CHARS};
use crate::domain::content::catalog;
use crate::domain::content::{Exhibit, ExhibitKind, Item, Scale, Tier};
use crate::domain::na_reasons::NaReason;
use crate::domain::text::Lang;
use crate::i18n::map::map_text;
use crate::i18n::ui;
use crate::views::glossary::term_entry;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// Borrowed from the static catalog: no copy of the content per render.
    pub item: &'static Item,
    pub scale: Scale,
    pub answer: Option<Answer>,
    pub lang: Lang,
    /// Draw every answer alike (a profile check: no answer is good or bad).
    pub neutral: bool,
    /// Called with the item id and the chosen answer. Must stay the same across renders.
    pub on_answer: Callback<(&'static str, Answer)>,
    /// The item's note: the reason for N/A, asked for when N/A is chosen.
    #[prop_or_default]
    pub note: AttrValue,
    /// Called with the item id and the new note. Must stay the same across renders.
    #[prop_or_default]
    pub on_note: Option<Callback<(&'static str, String)>>,
    /// The value the contract defines, asked for when 定めあり is chosen.
    #[prop_or_default]
    pub value: AttrValue,
    /// Called with the item id and the new value. Must stay the same across renders.
    #[prop_or_default]
    pub on_value: Option<Callback<(&'static str, String)>>,
}

#[component]
pub fn Question(props: &QuestionProps) -> Html {
    crate::rendered!("Question");
    let t = ui(props.lang);
    let lang = props.lang;
    let item = props.item;
    html! {
        <fieldset class={classes!("question", props.neutral.then_some("question--neutral"))}
            data-item={item.id}>
            <legend>
                <span class="question__number">{ item.number }</span>
                if let Some(tier) = item.tier {
                    <span class={classes!("question__tier", format!("question__tier--{}", tier_token(tier)))}>
                        { tier_label(tier, lang) }
                    </span>
                }
                <span class="question__text">{ item.question.get(lang) }</span>
            </legend>
            if let Some(statement) = &item.statement {
                <p class="question__statement">{ statement.get(lang) }</p>
            }
            if let Some(risk) = &item.risk {
                <p class="question__risk">
                    <strong>{ map_text(lang).risk }</strong>{ risk.get(lang) }
                </p>
            }
            <div class="choices">
                { for Answer::choices(props.scale).iter().map(|&answer| {
                    let input_id = format!("{}-{}", item.id, answer.token());
                    let onchange = props.on_answer.reform(move |_: Event| (item.id, answer));
                    html! {
                        <div class={classes!("choice", format!("choice--{}", answer.token()))}>
                            <input type="radio" id={input_id.clone()} name={item.id}
                                value={answer.token()} checked={props.answer == Some(answer)}
                                {onchange} />
                            <label for={input_id}>{ t.answer(answer) }</label>
                        </div>
                    }
                }) }
            </div>
            if let Some(example) = &item.value_example {
                <p class="question__example">
                    <strong>{ t.value_example }</strong>{ example.get(lang) }
                </p>
            }
            if props.answer == Some(Answer::NotApplicable) {
                { reason_field(props) }
            }
            if props.answer == Some(Answer::Defined) {
                { value_field(props) }
            }
            <details class="guidance">
                <summary>{ if item.practices.is_empty() { t.guidance } else { t.best_practices } }</summary>
                <div class="guidance__body">
                    if !item.guidance.is_empty() {
                        { text_list(item.guidance, lang) }
                    }
                    { for item.practices.iter().map(|list| html! {
                        <>
                            if let Some(heading) = &list.heading {
                                <p class="practices__heading">{ heading.get(lang) }</p>
                            }
                            <ul>
                                { for list.bullets.iter().map(|bullet| html! { <li>{ bullet.get(lang) }</li> }) }
                            </ul>
                        </>
                    }) }
                    // After the best practices, as in the source: a column, figure or table
                    // under its own heading, so it does not read as a best practice.
                    { for item.exhibits.iter().map(|exhibit| exhibit_view(exhibit, lang)) }
                    { source_cite(&item.source, lang) }
                    if !item.layers.is_empty() {
                        <p class="question__layers">
                            <strong>{ map_text(lang).layers_touched }</strong>
                            { layer_names(item.layers, lang) }
                        </p>
                    }
                    if let Some(basis) = &item.layer_basis {
                        { reading(basis, lang) }
                    }
                    if !item.terms.is_empty() {
                        <div class="question__terms">
                            <p class="practices__heading">
                                <RouteLink to={Route::Glossary}>{ t.terms_heading }</RouteLink>
                            </p>
                            <dl>
                                { for item.terms.iter().filter_map(|id| catalog().glossary.term(id)).map(|term| term_entry(term, lang, false)) }
                            </dl>
                        </div>
                    }
                </div>
            </details>
        </fieldset>
    }
}

/// A column, figure or table of the source, quoted under its own heading, or a note.
fn exhibit_view(exhibit: &Exhibit, lang: Lang) -> Html {
    let heading = exhibit.heading.map(|heading| heading.get(lang));
    let paragraphs = || {
        html! { <>{ for exhibit.text.iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }</> }
    };
    match exhibit.kind {
        ExhibitKind::Column => html! {
            <div class="exhibit exhibit--column" data-testid="exhibit-column">
                <p class="exhibit__heading">{ heading }</p>
                { paragraphs() }
            </div>
        },
        ExhibitKind::Figure => html! {
            <figure class="exhibit exhibit--figure" data-testid="exhibit-figure">
                <figcaption class="exhibit__heading">{ heading }</figcaption>
                <blockquote>{ paragraphs() }</blockquote>
            </figure>
        },
        ExhibitKind::Note => html! {
            <div class="exhibit exhibit--note">{ paragraphs() }</div>
        },
        ExhibitKind::Table => html! {
            <div class="exhibit exhibit--table table-scroll" data-testid="exhibit-table" tabindex="0"
                role="region" aria-label={heading}>
                <table>
                    <caption class="exhibit__heading">{ heading }</caption>
                    <thead>
                        <tr>{ for exhibit.header.iter().map(|cell| html! { <th scope="col">{ cell.get(lang) }</th> }) }</tr>
                    </thead>
                    <tbody>
                        { for exhibit.rows.iter().map(|row| html! {
                            <tr>
                                { for row.iter().map(|cell| html! {
                                    <td>{ cell.as_ref().map(|cell| cell.get(lang)).unwrap_or_default() }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        },
    }
}

/// 「データ、アプリケーション」: the names of the layers an item touches.
fn layer_names(layers: &[&str], lang: Lang) -> String {
    let guide = &catalog().responsibility;
    let names: Vec<&str> = layers
        .iter()
        .map(|id| guide.layer(id).map_or(*id, |layer| layer.name.get(lang)))
        .collect();
    names.join(if lang == Lang::Ja { "、" } else { ", " })
}

/// The reason an N/A answer needs: a text field, marked invalid with a message while empty.
fn reason_field(props: &QuestionProps) -> Html {
    let t = ui(props.lang);
    let item = props.item;
    let id = format!("{}-reason", item.id);
    let message_id = format!("{id}-message");
    let missing = props.note.trim().is_empty();
    // A reason this tool wrote for an item of another model shows in the reader's language.
    let shown = crate::domain::applicability::reason_in(
        &crate::domain::content::catalog().responsibility,
        item,
        &props.note,
        props.lang,
    )
    .map_or_else(|| props.note.clone(), AttrValue::from);
    let presets_id = format!("{id}-presets");
    let chosen = NaReason::of_note(&props.note);
    let oninput = props.on_note.clone().map(|on_note| {
        on_note.reform(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            (item.id, input.value())
        })
    });
    html! {
        <div class="question__reason">
            <label for={id.clone()}>{ t.na_reason_label }</label>
            <input type="text" id={id} value={shown} {oninput}
                maxlength={MAX_NOTE_CHARS.to_string()} autocomplete="off"
                aria-invalid={missing.then_some("true")}
                aria-describedby={missing.then(|| message_id.clone())} />
            if missing {
                <p id={message_id} class="field-error">{ t.na_reason_missing }</p>
            }
            if let Some(on_note) = &props.on_note {
                <div class="question__presets" role="group" aria-labelledby={presets_id.clone()}>
                    <p id={presets_id} class="question__presets-label">{ t.na_reason_presets }</p>
                    { for NaReason::ALL.iter().map(|&reason| {
                        let text = reason.text(props.lang);
                        let onclick = on_note.reform(move |_: MouseEvent| (item.id, text.to_owned()));
                        html! {
                            <button type="button" class="button button--small"
                                id={format!("{}-reason-{}", item.id, reason.token())}
                                aria-pressed={(chosen == Some(reason)).to_string()} {onclick}>
                                { text }
                            </button>
                        }
                    }) }
                </div>
            }
        </div>
    }
}

fn tier_token(tier: Tier) -> &'static str {
    match tier {
        Tier::Basic => "basic",
        Tier::Recommended => "recommended",
    }
}

/// 「基本」 or 「推奨」, as the guideline marks the measure.
fn tier_label(tier: Tier, lang: Lang) -> &'static str {
    let t = map_text(lang);
    match tier {
        Tier::Basic => t.tier_basic,
        Tier::Recommended => t.tier_recommended,
    }
}

/// The value a contract defines, asked for when 定めあり is chosen (optional).
fn value_field(props: &QuestionProps) -> Html {
    let t = ui(props.lang);
    let item = props.item;
    let id = format!("{}-value", item.id);
    let oninput = props.on_value.clone().map(|on_value| {
        on_value.reform(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            (item.id, input.value())
        })
    });
    html! {
        <div class="question__reason">
            <label for={id.clone()}>{ t.value_label }</label>
            <input type="text" id={id} value={props.value.clone()} {oninput}
                maxlength={MAX_VALUE_CHARS.to_string()} autocomplete="off" />
        </div>
    }
}
