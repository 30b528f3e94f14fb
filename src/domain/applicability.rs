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

/// Whether a response is one [`scope_reason`] set, under any model and in either language, and
/// untouched since: the reader has neither answered the item nor written a reason of their own.
pub fn set_by_tool(guide: &ResponsibilityGuide, item: &Item, response: &ItemResponse) -> bool {
    response.answer == Some(Answer::NotApplicable)
        && !item.models.is_empty()
        && guide.models.iter().any(|model| {
            [Lang::Ja, Lang::En]
                .into_iter()
                .any(|lang| response.note == scope_reason(guide, item, model.id, lang))
        })
}

/// The reason to show for a note: a reason this tool wrote ([`scope_reason`], under any model,
/// in either language) in the reader's language; `None` for a note of the reader's own.
pub fn reason_in(
    guide: &ResponsibilityGuide,
    item: &Item,
    note: &str,
    lang: Lang,
) -> Option<String> {
    // The tool writes reasons only for items written for a model: for the others (and for an
    // empty note) there is nothing to compare, so no reason is formatted on every render.
    if item.models.is_empty() || note.is_empty() {
        return None;
    }
    guide.models.iter().find_map(|model| {
        [Lang::Ja, Lang::En]
            .into_iter()
            .any(|written| note == scope_reason(guide, item, model.id, written))
            .then(|| scope_reason(guide, item, model.id, lang))
    })
}

/// Brings the answers in line with the chosen model (or none), in the reader's language:
///
/// - an item that does not apply under `model` and has no answer and no note starts as N/A,
///   with [`scope_reason`] as its reason;
/// - an N/A this tool set ([`set_by_tool`]: under an earlier model, in the other language, or
///   brought in by an import) is set again for `model` in `lang` if the item still does not
///   apply, and cleared if it now does.
///
/// Every other response is left as it is: an answer or a note the reader gave is theirs. The
/// app calls it when the model is chosen; a change of language or an import writes nothing
/// (the reason is shown in the reader's language by [`reason_in`]). Returns whether anything
/// changed.
pub fn rescope(
    catalog: &'static Catalog,
    answers: &mut Answers,
    model: Option<&str>,
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
        if !(untouched || set_by_tool(guide, item, &current)) {
            continue;
        }
        let mut next = current.clone();
        match model {
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
