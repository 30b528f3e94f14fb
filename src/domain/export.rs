//! The CSV export of one assessment: one row per checklist item, for a spreadsheet.
//!
//! The file is made for Excel as much as for machines:
//!
//! - It starts with a UTF-8 byte order mark, so Excel opens the Japanese without mojibake, and
//!   ends every record with CRLF.
//! - Fields are quoted as RFC 4180 says: a field holding a comma, a double quote, CR or LF is
//!   put in double quotes, with its double quotes doubled. Line breaks inside a note stay as
//!   they were typed.
//! - A field that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a
//!   tab or CR, or the full-width `＝`, `＋`, `－`, `＠` that Japanese Excel also takes as the
//!   start of a formula) gets a leading `'`, so it shows as the text that was typed and is
//!   never evaluated. This is the one change the export makes to what the user wrote; it is
//!   applied to every cell, though only the free text (note, owner, due, value) can start so.
//!
//! Columns, with the header in the reader's language:
//!
//! | en | ja | holds |
//! |---|---|---|
//! | check | チェック | the checklist id (`pre`, `msr-u`, …): stable, for sorting and filtering |
//! | id | ID | the item id (`pre-1.1`), under which the answer is stored |
//! | question | 質問 | the item's number and question, e.g. `1.1 クラウドを…` |
//! | answer | 回答 | the answer's label (はい, 実施済み, 定めあり, …), empty when unanswered |
//! | note | メモ | the note, e.g. the reason for N/A |
//! | owner | 担当者 | who owns the gap |
//! | due | 期限 | the due date, as stored |
//! | source | 出典 | the citation as the interface prints it: document short title and section |
//! | value | 契約で定めている値 | the value a contract defines (the contract check's 定めあり) |
//!
//! `value` is a column of its own, at the end, rather than folded into the answer, so the
//! answer column holds only the fixed labels and can be filtered on.
//!
//! Every item of every checklist has its row, answered or not, in content order, so two exports
//! line up row by row. The answer is the one stored, even one the item's scale does not offer or
//! an N/A without its reason, which scoring leaves out: the export shows what was recorded.

use super::answers::{Answer, ItemResponse};
use super::content::{Catalog, SourceRef};
use super::document::Assessment;
use super::text::Lang;

/// The byte order mark the file starts with.
pub const BOM: char = '\u{FEFF}';

/// The record separator.
pub const LINE_END: &str = "\r\n";

/// The header row, by language.
pub fn header(lang: Lang) -> [&'static str; 9] {
    match lang {
        Lang::Ja => [
            "チェック",
            "ID",
            "質問",
            "回答",
            "メモ",
            "担当者",
            "期限",
            "出典",
            "契約で定めている値",
        ],
        Lang::En => [
            "check", "id", "question", "answer", "note", "owner", "due", "source", "value",
        ],
    }
}

/// The label of an answer, as the answer choices show it (the interface's own table is in
/// `crate::i18n`, outside the domain; `tests/export.rs` checks that the two agree).
pub fn answer_label(answer: Answer, lang: Lang) -> &'static str {
    match (lang, answer) {
        (Lang::Ja, Answer::Yes) => "はい",
        (Lang::Ja, Answer::No) => "いいえ",
        (Lang::Ja, Answer::Done) => "実施済み",
        (Lang::Ja, Answer::Partly) => "一部実施",
        (Lang::Ja, Answer::NotDone) => "未実施",
        (Lang::Ja, Answer::NotApplicable) => "該当なし",
        (Lang::Ja, Answer::Defined) => "定めあり",
        (Lang::Ja, Answer::NotDefined) => "定めなし",
        (Lang::En, Answer::Yes) => "Yes",
        (Lang::En, Answer::No) => "No",
        (Lang::En, Answer::Done) => "Done",
        (Lang::En, Answer::Partly) => "Partly",
        (Lang::En, Answer::NotDone) => "Not done",
        (Lang::En, Answer::NotApplicable) => "N/A",
        (Lang::En, Answer::Defined) => "Defined",
        (Lang::En, Answer::NotDefined) => "Not defined",
    }
}

/// A citation as the interface prints it: the document's short title and the section
/// (「システム監査学会 研究報告 VI 1.1 項目1.1」), or the section alone when the content names no
/// known document.
pub fn citation(catalog: &Catalog, source: &SourceRef, lang: Lang) -> String {
    let section = source.section.get(lang);
    match catalog.source_document(source.file) {
        Some(document) => format!("{} {section}", document.short.get(lang)),
        None => section.to_owned(),
    }
}

/// Whether a spreadsheet would read a cell starting with this character as a formula.
fn starts_formula(first: char) -> bool {
    matches!(
        first,
        '=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠'
    )
}

/// A cell's text, with a leading `'` where a spreadsheet would otherwise evaluate it.
pub fn neutralize(text: &str) -> String {
    match text.chars().next() {
        Some(first) if starts_formula(first) => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// One field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a
/// quote, CR or LF; as it is otherwise.
pub fn quote(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

fn push_record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    let cells: Vec<String> = fields
        .iter()
        .map(|field| quote(&neutralize(field.as_ref())))
        .collect();
    out.push_str(&cells.join(","));
    out.push_str(LINE_END);
}

/// The assessment as CSV: the header and one row per item of every checklist of `catalog`, in
/// the reader's language. See the module documentation for the columns and the quoting.
pub fn to_csv(catalog: &'static Catalog, assessment: &Assessment, lang: Lang) -> String {
    let mut out = String::new();
    out.push(BOM);
    push_record(&mut out, &header(lang));
    let empty = ItemResponse::default();
    for checklist in catalog.checklists {
        for item in checklist.items {
            let response = assessment.answers.response(item.id).unwrap_or(&empty);
            let answer = response
                .answer
                .map_or("", |answer| answer_label(answer, lang));
            push_record(
                &mut out,
                &[
                    checklist.id,
                    item.id,
                    &format!("{} {}", item.number, item.question.get(lang)),
                    answer,
                    &response.note,
                    &response.owner,
                    &response.due,
                    &citation(catalog, &item.source, lang),
                    &response.value,
                ],
            );
        }
    }
    out
}
