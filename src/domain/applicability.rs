//! What does not apply, said once: an item the source writes for other service models than the
//! one the reader chose starts as N/A, with this tool's reading as its reason. The reader can
//! change it like any answer; an answer they gave is never touched.
//!
//! The models an item is written for come from its content (`models`, by model id of the map):
//! the setting types of group 6 (「IaaS/PaaS が提供する、その他のサービスや機能」), measure
//! III.3.1.1 (「自社で利用する IaaS/PaaS の設定項目」) and SLA item 9 (「SaaS については」).

use super::answers::{Answer, Answers, ItemResponse};
use super::content::{Catalog, Item, ResponsibilityGuide};
use super::text::Lang;

/// Whether an item applies under the chosen model: always while no model is chosen, and for an
/// item the source writes for no model in particular.
pub fn applies(item: &Item, model: Option<&str>) -> bool {
    match model {
        Some(model) if !item.models.is_empty() => item.models.contains(&model),
        _ => true,
    }
}

/// The reason an item starts as N/A under a model, in the reader's language: this tool's
/// reading, said as such, naming the models the source writes it for and the one chosen.
pub fn scope_reason(guide: &ResponsibilityGuide, item: &Item, model: &str, lang: Lang) -> String {
    let name = |id: &str| {
        guide
            .model(id)
            .map_or_else(|| id.to_owned(), |model| model.name.get(lang).to_owned())
    };
    let written_for = item
        .models
        .iter()
        .map(|id| name(id))
        .collect::<Vec<_>>()
        .join("/");
    let chosen = name(model);
    match lang {
        Lang::Ja => format!(
            "本ツールの解釈：出典はこの項目を {written_for} について書いているため、{chosen} を選んだ場合は「該当なし」から始めます。当てはまる場合は回答を変えてください。"
        ),
        Lang::En => format!(
            "This tool's reading: the source writes this item for {written_for}, so with {chosen} chosen it starts as N/A. If it applies to you, change the answer."
        ),
    }
}

/// Whether a response is the one [`scope_reason`] set under `model`, untouched since.
pub fn set_by_tool(
    guide: &ResponsibilityGuide,
    item: &Item,
    model: &str,
    response: &ItemResponse,
) -> bool {
    response.answer == Some(Answer::NotApplicable)
        && [Lang::Ja, Lang::En]
            .into_iter()
            .any(|lang| response.note == scope_reason(guide, item, model, lang))
}

/// Brings the answers in line with a change of model from `before` to `after`:
///
/// - an item that does not apply under `after` and has no answer and no note starts as N/A,
///   with [`scope_reason`] as its reason;
/// - an N/A this tool set under `before`, untouched since, is set again for `after` if the item
///   still does not apply, and cleared if it now does.
///
/// Every other response is left as it is: an answer or a note the reader gave is theirs.
/// Returns whether anything changed.
pub fn rescope(
    catalog: &'static Catalog,
    answers: &mut Answers,
    before: Option<&str>,
    after: Option<&str>,
    lang: Lang,
) -> bool {
    let guide = &catalog.responsibility;
    let mut changed = false;
    let scoped = catalog
        .checklists
        .iter()
        .flat_map(|checklist| checklist.items.iter())
        .filter(|item| !item.models.is_empty());
    for item in scoped {
        let current = answers.response(item.id).cloned().unwrap_or_default();
        let untouched = current.answer.is_none() && current.note.is_empty();
        let ours = before.is_some_and(|model| set_by_tool(guide, item, model, &current));
        if !(untouched || ours) {
            continue;
        }
        let mut next = current.clone();
        match after {
            Some(model) if !applies(item, Some(model)) => {
                next.answer = Some(Answer::NotApplicable);
                next.note = scope_reason(guide, item, model, lang);
            }
            // It applies (or no model is chosen): what this tool set is cleared; an untouched
            // response has nothing to clear.
            _ => {
                next.answer = None;
                next.note.clear();
            }
        }
        if next != current {
            answers.set_response(item.id, next);
            changed = true;
        }
    }
    changed
}
