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
//! | check | チェック | the checklist's title in the reader's language (前提条件チェック, …) |
//! | id | ID | the item id (`pre-1.1`), under which the answer is stored; a map cell's id (`user:data`) |
//! | question | 質問 | the item's number and question, e.g. `1.1 クラウドを…`; a map cell's layer and part |
//! | tier | 区分 | 基本 or 推奨 for the measures, empty elsewhere |
//! | answer | 回答 | the answer's label, as the answer buttons say it (はい, 実施済み, 定めあり, …), empty when unanswered |
//! | note | メモ | the note, e.g. the reason for N/A |
//! | owner | 担当者 | who owns the gap |
//! | due | 期限 | the due date, as stored |
//! | source | 出典 | the citation as the interface prints it: document short title and section |
//! | value | 契約で定めている値 | the value a contract defines (the contract check's 定めあり) |
//! | side | 受け持つ側 | a map cell's side: 利用者側 or 事業者側 |
//! | setter | 設定者 | who makes a user-side cell's settings |
//! | manager | 設定管理者 | who checks and keeps them right |
//! | manager's side | 設定管理者の所属 | 貴組織 or 委託先・事業者, where the user said |
//! | confirmed | 境界を契約等で確認 | 確認済み or 未確認 |
//! | gaps | 課題 | the cell's gaps, as the map names them, separated by 「、」 (`; ` in English) |
//! | organization | 組織 | the organization, on every row |
//! | assessment | 評価 | the assessment's name, on every row |
//! | exported | 出力日 | the day of the export, on every row |
//!
//! `value` is a column of its own rather than folded into the answer, so the answer column holds
//! only the fixed labels and can be filtered on.
//!
//! The organization, the assessment and the date are columns repeated on every row, not leading
//! rows above the header: the file stays one table, so Excel's filter, sort and pivot table
//! take it whole, and files of several assessments can be pasted under one another and still
//! be told apart.
//!
//! Every item of every checklist has its row, answered or not, in content order, so two exports
//! line up row by row. The answer is the one stored, even one the item's scale does not offer or
//! an N/A without its reason, which scoring leaves out: the export shows what was recorded.
//! Once a service model is chosen, every cell of the responsibility map follows, in the map's
//! order, with what was recorded for it and its gaps.

use super::answers::{Answer, ItemResponse};
use super::content::{Catalog, SourceRef, Tier};
use super::document::Assessment;
use super::responsibility::{GapKind, ManagerSide, Side, cell_gaps, cell_name, score_map};
use super::text::Lang;

/// The byte order mark the file starts with.
pub const BOM: char = '\u{FEFF}';

/// The record separator.
pub const LINE_END: &str = "\r\n";

/// The header row, by language.
pub fn header(lang: Lang) -> [&'static str; 19] {
    match lang {
        Lang::Ja => [
            "チェック",
            "ID",
            "質問",
            "区分",
            "回答",
            "メモ",
            "担当者",
            "期限",
            "出典",
            "契約で定めている値",
            "受け持つ側",
            "設定者",
            "設定管理者",
            "設定管理者の所属",
            "境界を契約等で確認",
            "課題",
            "組織",
            "評価",
            "出力日",
        ],
        Lang::En => [
            "check",
            "id",
            "question",
            "tier",
            "answer",
            "note",
            "owner",
            "due",
            "source",
            "value",
            "side",
            "setter",
            "setting manager",
            "setting manager's side",
            "boundary confirmed",
            "gaps",
            "organization",
            "assessment",
            "exported",
        ],
    }
}

/// The label of a measure's tier, as the measures show it.
pub fn tier_label(tier: Tier, lang: Lang) -> &'static str {
    match (lang, tier) {
        (Lang::Ja, Tier::Basic) => "基本",
        (Lang::Ja, Tier::Recommended) => "推奨",
        (Lang::En, Tier::Basic) => "Basic",
        (Lang::En, Tier::Recommended) => "Recommended",
    }
}

/// The label of a side of the boundary, as the map's table shows it.
pub fn side_label(side: Side, lang: Lang) -> &'static str {
    match (lang, side) {
        (Lang::Ja, Side::User) => "利用者側",
        (Lang::Ja, Side::Provider) => "事業者側",
        (Lang::En, Side::User) => "User side",
        (Lang::En, Side::Provider) => "Provider side",
    }
}

/// The label of the setting manager's side, as the map's choice shows it.
pub fn manager_side_label(side: ManagerSide, lang: Lang) -> &'static str {
    match (lang, side) {
        (Lang::Ja, ManagerSide::Own) => "貴組織",
        (Lang::Ja, ManagerSide::Outside) => "委託先・事業者",
        (Lang::En, ManagerSide::Own) => "Your organization",
        (Lang::En, ManagerSide::Outside) => "Contractor or provider",
    }
}

/// Whether a boundary is confirmed, in words.
pub fn confirmed_label(confirmed: bool, lang: Lang) -> &'static str {
    match (lang, confirmed) {
        (Lang::Ja, true) => "確認済み",
        (Lang::Ja, false) => "未確認",
        (Lang::En, true) => "Confirmed",
        (Lang::En, false) => "Not confirmed",
    }
}

/// A gap's short name, as the map's table shows it.
pub fn gap_label(kind: GapKind, lang: Lang) -> &'static str {
    match (lang, kind) {
        (Lang::Ja, GapKind::SetterMissing) => "設定者が未記入",
        (Lang::Ja, GapKind::ManagerMissing) => "設定管理者が未記入",
        (Lang::Ja, GapKind::ManagerOutside) => "設定管理者が貴組織でない",
        (Lang::Ja, GapKind::SamePerson) => "設定者と同じ人",
        (Lang::Ja, GapKind::Unconfirmed | GapKind::ProviderUnconfirmed) => "境界が未確認",
        (Lang::En, GapKind::SetterMissing) => "No setter",
        (Lang::En, GapKind::ManagerMissing) => "No setting manager",
        (Lang::En, GapKind::ManagerOutside) => "Manager not in your organization",
        (Lang::En, GapKind::SamePerson) => "Same person as the setter",
        (Lang::En, GapKind::Unconfirmed | GapKind::ProviderUnconfirmed) => "Boundary not confirmed",
    }
}

/// The label of an answer, as the answer choices show it (the interface's own table is in
/// `crate::i18n`, outside the domain; `tests/data/export.rs` checks that the two agree).
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

/// The assessment as CSV: the header, one row per item of every checklist of `catalog`, then
/// one per cell of the responsibility map once a model is chosen, in the reader's language,
/// each row naming the organization, the assessment and `exported_on`. See the module
/// documentation for the columns and the quoting.
pub fn to_csv(
    catalog: &'static Catalog,
    assessment: &Assessment,
    lang: Lang,
    exported_on: &str,
) -> String {
    let mut out = String::new();
    out.push(BOM);
    push_record(&mut out, &header(lang));
    let whose = [
        assessment.organization.as_str(),
        assessment.name.as_str(),
        exported_on,
    ];
    let empty = ItemResponse::default();
    for checklist in catalog.checklists {
        for item in checklist.items {
            let response = assessment.answers.response(item.id).unwrap_or(&empty);
            let answer = response
                .answer
                .map_or("", |answer| answer_label(answer, lang));
            let question = format!("{} {}", item.number, item.question.get(lang));
            let source = citation(catalog, &item.source, lang);
            let mut fields = vec![
                checklist.title.get(lang),
                item.id,
                &question,
                item.tier.map_or("", |tier| tier_label(tier, lang)),
                answer,
                &response.note,
                &response.owner,
                &response.due,
                &source,
                &response.value,
                "",
                "",
                "",
                "",
                "",
                "",
            ];
            fields.extend(whose);
            push_record(&mut out, &fields);
        }
    }
    let guide = &catalog.responsibility;
    if let Some(map) = score_map(guide, &assessment.responsibility) {
        let source = citation(catalog, &guide.source, lang);
        let separator = match lang {
            Lang::Ja => "、",
            Lang::En => "; ",
        };
        for cell in &map.cells {
            let id = cell.id();
            let record = assessment
                .responsibility
                .cell(&id)
                .cloned()
                .unwrap_or_default();
            let gaps: Vec<&str> = cell_gaps(cell, Some(&record))
                .into_iter()
                .map(|kind| gap_label(kind, lang))
                .collect();
            let user = cell.side == Side::User;
            let name = cell_name(cell, map.selection, guide, lang);
            let gaps = gaps.join(separator);
            let mut fields = vec![
                guide.title.get(lang),
                &id,
                &name,
                "",
                "",
                "",
                "",
                "",
                &source,
                "",
                side_label(cell.side, lang),
                if user { &record.setter } else { "" },
                if user { &record.manager } else { "" },
                match record.manager_side {
                    Some(side) if user => manager_side_label(side, lang),
                    _ => "",
                },
                confirmed_label(record.confirmed, lang),
                &gaps,
            ];
            fields.extend(whose);
            push_record(&mut out, &fields);
        }
    }
    out
}

/// Characters no file name may hold on Windows, macOS or Linux.
fn unsafe_in_file_name(c: char) -> bool {
    c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
}

/// The CSV file's name: the assessment's name and the day, e.g.
/// `会計システム（SaaS）_2026-12-04.csv`. Characters a file system refuses become `_`, spaces
/// and dots at either end go (Windows drops them), and a long name is cut to 80 characters.
/// Japanese stays as it is. A name left empty gives `cloud-self-check_{day}.csv`.
pub fn csv_file_name(assessment_name: &str, day: &str) -> String {
    const MAX_STEM_CHARS: usize = 80;
    let replaced: String = assessment_name
        .chars()
        .map(|c| if unsafe_in_file_name(c) { '_' } else { c })
        .collect();
    let trimmed = replaced.trim_matches(|c: char| c.is_whitespace() || c == '.');
    let stem: String = trimmed.chars().take(MAX_STEM_CHARS).collect();
    let stem = stem.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    if stem.is_empty() {
        format!("cloud-self-check_{day}.csv")
    } else {
        format!("{stem}_{day}.csv")
    }
}
