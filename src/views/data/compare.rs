//! Two states of an assessment side by side: every headline figure of every module, and every
//! item answered differently (from `domain::compare`, which decides what differs).

use yew::prelude::*;

use crate::domain::compare::compare;
use crate::domain::content::Catalog;
use crate::domain::export::answer_label;
use crate::domain::summary::{Direction, Frozen, Metric, Value};
use crate::domain::text::Lang;
use crate::hooks::use_app;
use crate::i18n::results::{compare_text, direction_label, metric_label};

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// The snapshot compared.
    pub before: AttrValue,
    /// The snapshot it is compared with; none: the current answers.
    #[prop_or_default]
    pub after: Option<AttrValue>,
}

/// The comparison of a snapshot of the active assessment with another or with the current
/// answers. A component, so that it reads every check's words when it renders, which `Needs`
/// lets it do once they are loaded.
#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let app = use_app();
    let state = app.state();
    let document = &state.document;
    let active = document.active();
    let Some(before) = active.snapshot(&props.before) else {
        return Html::default();
    };
    let after = match props.after.as_deref().and_then(|id| active.snapshot(id)) {
        Some(snapshot) => Frozen::from(snapshot),
        None => Frozen::active(document),
    };
    comparison_view(state.catalog, Frozen::from(before), after, state.language())
}

/// The title of a module, or its id if the catalog has none.
pub fn module_name(catalog: &'static Catalog, module: &str, lang: Lang) -> String {
    catalog
        .module_title(module)
        .map_or_else(|| module.to_owned(), |title| title.get(lang).to_owned())
}

/// A headline figure's name, with the lifecycle phases named by their titles.
pub fn figure_name(catalog: &'static Catalog, module: &str, metric: Metric, lang: Lang) -> String {
    let part = match metric {
        Metric::Part(prefix) => catalog
            .checklist(module)
            .and_then(|checklist| checklist.parts.iter().find(|part| part.prefix == prefix))
            .map(|part| part.title.get(lang)),
        _ => None,
    };
    metric_label(metric, part, lang)
}

/// A figure's value as the reader sees it: "6/8", "75%", "3", a stage's name.
pub fn value_text(catalog: &'static Catalog, value: Option<Value>, lang: Lang) -> String {
    match value {
        None => compare_text(lang).none.to_owned(),
        Some(Value::Count { count, of }) => format!("{count}/{of}"),
        Some(Value::Number(number)) => number.to_string(),
        Some(Value::Percent(percent)) => format!("{percent}%"),
        Some(Value::Stage(id)) => catalog
            .stages
            .stage(id)
            .map_or_else(|| id.to_owned(), |stage| stage.name.get(lang).to_owned()),
    }
}

pub fn comparison_view(
    catalog: &'static Catalog,
    before: Frozen,
    after: Frozen,
    lang: Lang,
) -> Html {
    let t = compare_text(lang);
    let comparison = compare(catalog, before, after);
    if comparison.is_unchanged() {
        return html! { <p class="hint" data-testid="compare-unchanged">{ t.unchanged }</p> };
    }
    let score_rows = comparison
        .scores
        .iter()
        .filter(|score| score.direction != Direction::Stayed)
        .map(|score| {
            html! {
                <tr data-module={score.module}>
                    <th scope="row">{ module_name(catalog, score.module, lang) }</th>
                    <td>{ figure_name(catalog, score.module, score.metric, lang) }</td>
                    <td>{ value_text(catalog, score.value.before, lang) }</td>
                    <td>{ value_text(catalog, score.value.after, lang) }</td>
                    <td>{ direction_label(score.direction, lang) }</td>
                </tr>
            }
        });
    let answer = |answer: Option<crate::domain::answers::Answer>| {
        answer.map_or(t.unanswered, |answer| answer_label(answer, lang))
    };
    let item_rows = comparison.items.iter().map(|change| {
        html! {
            <tr data-item={change.item.id}>
                <th scope="row">
                    { format!("{} {} {}", module_name(catalog, change.checklist.id, lang), change.item.number, change.item.question.get(lang)) }
                    if change.details_changed && !change.answer_changed() {
                        <span class="hint">{ if lang == Lang::Ja { format!("（{}）", t.details_changed) } else { format!(" ({})", t.details_changed) } }</span>
                    }
                </th>
                <td>{ answer(change.answer.before) }</td>
                <td>{ answer(change.answer.after) }</td>
            </tr>
        }
    });
    let map_line = if comparison.map.selection.changed() {
        Some(t.map_selection_changed.to_owned())
    } else if !comparison.map.cells.is_empty() {
        Some((t.map_changed)(comparison.map.cells.len()))
    } else {
        None
    };
    let score_rows: Vec<Html> = score_rows.collect();
    html! {
        <div class="compare" data-testid="comparison">
            if !score_rows.is_empty() {
            <div class="table-scroll">
                <table class="compare__table">
                    <caption>{ t.scores_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_module }</th>
                            <th scope="col">{ t.col_figure }</th>
                            <th scope="col">{ t.col_before }</th>
                            <th scope="col">{ t.col_after }</th>
                            <th scope="col">{ t.col_change }</th>
                        </tr>
                    </thead>
                    <tbody>{ for score_rows }</tbody>
                </table>
            </div>
            }
            if let Some(line) = map_line { <p>{ line }</p> }
            if comparison.items.is_empty() {
                <p class="hint">{ t.no_item_changes }</p>
            } else {
                <div class="table-scroll">
                    <table class="compare__table">
                        <caption>{ t.items_caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t.col_item }</th>
                                <th scope="col">{ t.col_before }</th>
                                <th scope="col">{ t.col_after }</th>
                            </tr>
                        </thead>
                        <tbody>{ for item_rows }</tbody>
                    </table>
                </div>
            }
        </div>
    }
}
