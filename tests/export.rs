#![cfg(not(target_arch = "wasm32"))]
//! The CSV export (PRODUCT.md section 4), read back with an RFC 4180 reader written here,
//! independently of the writer.

use cloud_self_check::domain::answers::Answer;
use cloud_self_check::domain::content::{Localized, SourceRef, catalog};
use cloud_self_check::domain::document::{Assessment, Document};
use cloud_self_check::domain::export::{
    BOM, answer_label, citation, header, neutralize, quote, to_csv,
};
use cloud_self_check::domain::text::Lang;
use cloud_self_check::i18n::ui;
use proptest::prelude::*;

const NOW: &str = "2025-01-01T00:00:00Z";

/// Column indexes, in the documented order.
const MODULE: usize = 0;
const ID: usize = 1;
const QUESTION: usize = 2;
const ANSWER: usize = 3;
const NOTE: usize = 4;
const OWNER: usize = 5;
const DUE: usize = 6;
const SOURCE: usize = 7;
const VALUE: usize = 8;

/// A strict RFC 4180 reader: records end with CRLF (the last one too), a quoted field may hold
/// anything with its quotes doubled, and an unquoted field holds no quote, CR or LF. Panics on
/// anything else, so a malformed file fails the test that reads it.
fn parse(csv: &str) -> Vec<Vec<String>> {
    let body = csv.strip_prefix(BOM).expect("the file starts with the BOM");
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut chars = body.chars().peekable();
    if chars.peek().is_none() {
        return records;
    }
    loop {
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                    None => panic!("unterminated quoted field: {field:?}"),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' || c == '\r' {
                    break;
                }
                assert!(
                    c != '"' && c != '\n',
                    "{c:?} in an unquoted field {field:?}"
                );
                field.push(c);
                chars.next();
            }
        }
        record.push(field);
        match chars.next() {
            Some(',') => {}
            Some('\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR not followed by LF");
                records.push(std::mem::take(&mut record));
                if chars.peek().is_none() {
                    return records;
                }
            }
            other => panic!("field not followed by a comma or CRLF: {other:?}"),
        }
    }
}

fn new_document() -> Document {
    Document::new(NOW)
}

/// Records owner and due for an item of the document's active assessment.
fn set_owner_due(document: &mut Document, item_id: &str, owner: &str, due: &str) {
    let mut answers = document.answers().clone();
    let mut response = answers.response(item_id).cloned().unwrap_or_default();
    response.owner = owner.to_owned();
    response.due = due.to_owned();
    answers.set_response(item_id, response);
    document.set_answers(answers);
}

fn total_items() -> usize {
    catalog()
        .checklists
        .iter()
        .map(|checklist| checklist.items.len())
        .sum()
}

/// The row of an item.
fn row<'r>(rows: &'r [Vec<String>], item_id: &str) -> &'r Vec<String> {
    let found: Vec<&Vec<String>> = rows.iter().filter(|row| row[ID] == item_id).collect();
    assert_eq!(found.len(), 1, "one row for {item_id}");
    found[0]
}

fn export(assessment: &Assessment, lang: Lang) -> Vec<Vec<String>> {
    parse(&to_csv(catalog(), assessment, lang))
}

#[test]
fn starts_with_the_bom_and_ends_every_record_with_crlf() {
    let mut document = new_document();
    document.set_note("pre-1.1", "一行目\n二行目");
    let csv = to_csv(catalog(), document.active(), Lang::Ja);
    assert!(csv.starts_with('\u{FEFF}'));
    assert!(!csv[3..].contains('\u{FEFF}'), "one BOM only");
    assert!(csv.ends_with("\r\n"));
    // Every line break outside the note is CRLF: the reader refuses a bare LF there.
    let rows = parse(&csv);
    assert_eq!(row(&rows, "pre-1.1")[NOTE], "一行目\n二行目");
    let records = csv.matches("\r\n").count();
    assert_eq!(records, total_items() + 1);
}

#[test]
fn the_header_is_in_the_readers_language() {
    let document = new_document();
    let ja = export(document.active(), Lang::Ja);
    assert_eq!(
        ja[0],
        [
            "チェック",
            "ID",
            "質問",
            "回答",
            "メモ",
            "担当者",
            "期限",
            "出典",
            "契約で定めている値"
        ]
    );
    let en = export(document.active(), Lang::En);
    assert_eq!(
        en[0],
        [
            "check", "id", "question", "answer", "note", "owner", "due", "source", "value"
        ]
    );
    assert_eq!(header(Lang::Ja).to_vec(), ja[0]);
    assert_eq!(header(Lang::En).to_vec(), en[0]);
}

#[test]
fn every_item_of_every_checklist_has_one_row_in_content_order() {
    let mut document = new_document();
    document.set_answer("pre-1.1", Answer::Yes);
    for lang in Lang::ALL {
        let rows = export(document.active(), lang);
        assert_eq!(rows.len(), total_items() + 1, "{lang:?}");
        let expected: Vec<(&str, &str)> = catalog()
            .checklists
            .iter()
            .flat_map(|checklist| checklist.items.iter().map(|item| (checklist.id, item.id)))
            .collect();
        let got: Vec<(&str, &str)> = rows[1..]
            .iter()
            .map(|row| (row[MODULE].as_str(), row[ID].as_str()))
            .collect();
        assert_eq!(got, expected, "{lang:?}");
        assert!(rows.iter().all(|row| row.len() == 9), "nine fields a row");
    }
}

#[test]
fn the_question_is_the_items_number_and_text_in_the_readers_language() {
    let document = new_document();
    for lang in Lang::ALL {
        let rows = export(document.active(), lang);
        for checklist in catalog().checklists {
            for item in checklist.items {
                assert_eq!(
                    row(&rows, item.id)[QUESTION],
                    format!("{} {}", item.number, item.question.get(lang)),
                );
            }
        }
    }
}

#[test]
fn an_unanswered_item_has_empty_answer_and_free_text() {
    let document = new_document();
    let rows = export(document.active(), Lang::Ja);
    for row in &rows[1..] {
        for column in [ANSWER, NOTE, OWNER, DUE, VALUE] {
            assert_eq!(row[column], "", "{} column {column}", row[ID]);
        }
    }
}

#[test]
fn answer_labels_are_the_interfaces_labels() {
    for lang in Lang::ALL {
        for answer in Answer::ALL {
            assert_eq!(answer_label(answer, lang), ui(lang).answer(answer));
        }
    }
    let mut document = new_document();
    document.set_answer("pre-1.1", Answer::Yes);
    document.set_answer("pre-1.2", Answer::No);
    document.set_answer("msr-u-III.1.1.1", Answer::Done);
    document.set_answer("sla-1", Answer::Defined);
    let ja = export(document.active(), Lang::Ja);
    let en = export(document.active(), Lang::En);
    for (id, ja_label, en_label) in [
        ("pre-1.1", "はい", "Yes"),
        ("pre-1.2", "いいえ", "No"),
        ("sla-1", "定めあり", "Defined"),
    ] {
        assert_eq!(row(&ja, id)[ANSWER], ja_label, "{id}");
        assert_eq!(row(&en, id)[ANSWER], en_label, "{id}");
    }
    assert_eq!(row(&ja, "pre-1.3")[ANSWER], "");
}

#[test]
fn every_answer_reads_back_in_both_languages() {
    // One item per answer, whatever its scale: the export shows what was stored.
    let items: Vec<&str> = catalog()
        .checklists
        .iter()
        .flat_map(|checklist| checklist.items.iter().map(|item| item.id))
        .take(Answer::ALL.len())
        .collect();
    let mut document = new_document();
    for (item, answer) in items.iter().zip(Answer::ALL) {
        document.set_answer(item, answer);
    }
    let labels = [
        [
            "はい",
            "いいえ",
            "実施済み",
            "一部実施",
            "未実施",
            "該当なし",
            "定めあり",
            "定めなし",
        ],
        [
            "Yes",
            "No",
            "Done",
            "Partly",
            "Not done",
            "N/A",
            "Defined",
            "Not defined",
        ],
    ];
    for (lang, labels) in Lang::ALL.into_iter().zip(labels) {
        let rows = export(document.active(), lang);
        for (item, label) in items.iter().zip(labels) {
            assert_eq!(row(&rows, item)[ANSWER], label, "{lang:?} {item}");
        }
    }
}

#[test]
fn the_source_is_the_citation_the_interface_prints() {
    let document = new_document();
    for lang in Lang::ALL {
        let rows = export(document.active(), lang);
        for checklist in catalog().checklists {
            for item in checklist.items {
                let source = catalog()
                    .source_document(item.source.file)
                    .unwrap_or_else(|| panic!("{} cites a known document", item.id));
                assert_eq!(
                    row(&rows, item.id)[SOURCE],
                    format!(
                        "{} {}",
                        source.short.get(lang),
                        item.source.section.get(lang)
                    ),
                    "{lang:?} {}",
                    item.id
                );
                assert!(
                    !row(&rows, item.id)[SOURCE].contains(".txt"),
                    "no seed file name in the citation"
                );
            }
        }
    }
    let pre_1_1 = row(&export(document.active(), Lang::Ja), "pre-1.1")[SOURCE].clone();
    assert!(pre_1_1.ends_with(" VI 1.1 項目1.1"), "{pre_1_1}");
    let pre_1_1 = row(&export(document.active(), Lang::En), "pre-1.1")[SOURCE].clone();
    assert!(pre_1_1.ends_with(" VI 1.1 item 1.1"), "{pre_1_1}");
}

#[test]
fn a_citation_of_an_unknown_document_is_its_section() {
    let source = SourceRef {
        file: "999_unknown.txt",
        section: Localized {
            ja: "第9章",
            en: "chapter 9",
        },
    };
    assert_eq!(citation(catalog(), &source, Lang::Ja), "第9章");
    assert_eq!(citation(catalog(), &source, Lang::En), "chapter 9");
}

#[test]
fn free_text_reads_back_exactly_however_it_is_written() {
    let note = "確認中, 担当は\"情報システム課\"\r\n次回：「3月」, 'x'";
    let mut document = new_document();
    document.set_answer("sla-1", Answer::Defined);
    document.set_note("sla-1", note);
    document.set_value("sla-1", "99.9%以上, 月間");
    set_owner_due(&mut document, "sla-1", "山田 \"太郎\"", "2025-03-31");
    for lang in Lang::ALL {
        let rows = export(document.active(), lang);
        let sla = row(&rows, "sla-1");
        assert_eq!(sla[NOTE], note);
        assert_eq!(sla[VALUE], "99.9%以上, 月間");
        assert_eq!(sla[OWNER], "山田 \"太郎\"");
        assert_eq!(sla[DUE], "2025-03-31");
        assert_eq!(sla[MODULE], "sla");
    }
}

#[test]
fn fields_are_quoted_only_when_they_must_be() {
    assert_eq!(quote("plain 日本語"), "plain 日本語");
    assert_eq!(quote(""), "");
    assert_eq!(quote("a,b"), "\"a,b\"");
    assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(quote("a\rb"), "\"a\rb\"");
    assert_eq!(quote("a\nb"), "\"a\nb\"");
    assert_eq!(quote("'quoted'"), "'quoted'");
    let document = new_document();
    let csv = to_csv(catalog(), document.active(), Lang::En);
    let first_line = csv.split("\r\n").next().expect("a header");
    assert_eq!(
        first_line,
        "\u{FEFF}check,id,question,answer,note,owner,due,source,value"
    );
}

#[test]
fn a_cell_a_spreadsheet_would_evaluate_gets_a_leading_apostrophe() {
    for first in ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'] {
        let text = format!("{first}1+1");
        assert_eq!(neutralize(&text), format!("'{text}"), "{first:?}");
    }
    for safe in ["", "1+1", "a=b", " =1", "'=1", "メモ", "(1)", "#1", "%"] {
        assert_eq!(neutralize(safe), safe, "{safe:?}");
    }
    let mut document = new_document();
    document.set_note("pre-1.1", "=HYPERLINK(\"http://example.invalid\",\"x\")");
    document.set_value("sla-1", "+99.9%");
    set_owner_due(&mut document, "pre-1.1", "@owner", "-1");
    set_owner_due(&mut document, "pre-1.2", "\tTAB", "\rCR");
    let rows = export(document.active(), Lang::Ja);
    let pre = row(&rows, "pre-1.1");
    assert_eq!(pre[NOTE], "'=HYPERLINK(\"http://example.invalid\",\"x\")");
    assert_eq!(pre[OWNER], "'@owner");
    assert_eq!(pre[DUE], "'-1");
    assert_eq!(row(&rows, "sla-1")[VALUE], "'+99.9%");
    assert_eq!(row(&rows, "pre-1.2")[OWNER], "'\tTAB");
    assert_eq!(row(&rows, "pre-1.2")[DUE], "'\rCR");
}

/// What the export gives back for a text: the text, with a `'` before it when a spreadsheet
/// would evaluate it. Written from the documented rule, not from the writer.
fn expected_cell(text: &str) -> String {
    const FORMULA_STARTS: &str = "=+-@\t\r＝＋－＠";
    match text.chars().next() {
        Some(first) if FORMULA_STARTS.contains(first) => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// Text made of the characters that matter to CSV and spreadsheets, and of ordinary ones.
fn tricky_text() -> impl Strategy<Value = String> {
    let chars = vec![
        ',', '"', '\r', '\n', '\t', '=', '+', '-', '@', '\'', ' ', 'a', 'Z', '1', 'あ', '漢', '、',
        '「', '＝', '＋', '－', '＠', '\u{FEFF}',
    ];
    prop_oneof![
        prop::collection::vec(prop::sample::select(chars), 0..30)
            .prop_map(|chars| chars.into_iter().collect::<String>()),
        any::<String>(),
    ]
}

proptest! {
    #[test]
    fn generated_free_text_reads_back_exactly(
        note in tricky_text(),
        owner in tricky_text(),
        due in tricky_text(),
        value in tricky_text(),
        english in any::<bool>(),
    ) {
        let lang = if english { Lang::En } else { Lang::Ja };
        let mut document = new_document();
        document.set_answer("sla-2", Answer::Defined);
        document.set_note("sla-2", &note);
        document.set_value("sla-2", &value);
        set_owner_due(&mut document, "sla-2", &owner, &due);
        // The document caps notes and values; compare with what it stored.
        let stored = document.answers().response("sla-2").cloned().unwrap_or_default();
        let rows = export(document.active(), lang);
        prop_assert_eq!(rows.len(), total_items() + 1);
        let sla = row(&rows, "sla-2");
        prop_assert_eq!(&sla[NOTE], &expected_cell(&stored.note));
        prop_assert_eq!(&sla[OWNER], &expected_cell(&owner));
        prop_assert_eq!(&sla[DUE], &expected_cell(&due));
        prop_assert_eq!(&sla[VALUE], &expected_cell(&stored.value));
        prop_assert_eq!(&sla[ANSWER], answer_label(Answer::Defined, lang));
    }
}
