//! The CSV export (PRODUCT.md section 4), read back with an RFC 4180 reader written here,
//! independently of the writer.

use cloud_self_check::domain::answers::Answer;
use cloud_self_check::domain::content::Tier;
use cloud_self_check::domain::content::{Localized, SourceRef, catalog};
use cloud_self_check::domain::document::{Assessment, Document};
use cloud_self_check::domain::export::{
    BOM, answer_label, citation, confirmed_label, csv_file_name, gap_label, header,
    manager_side_label, neutralize, quote, side_label, tier_label, to_csv,
};
use cloud_self_check::domain::responsibility::{
    CellEdit, GapKind, ManagerSide, MapRecord, Side, score_map,
};
use cloud_self_check::domain::text::Lang;
use cloud_self_check::i18n::map::map_text;
use cloud_self_check::i18n::ui;
use proptest::prelude::*;

const NOW: &str = "2025-01-01T00:00:00Z";

/// Column indexes, in the documented order.
const MODULE: usize = 0;
const ID: usize = 1;
const QUESTION: usize = 2;
const TIER: usize = 3;
const ANSWER: usize = 4;
const NOTE: usize = 5;
const OWNER: usize = 6;
const DUE: usize = 7;
const SOURCE: usize = 8;
const VALUE: usize = 9;
const SIDE: usize = 10;
const SETTER: usize = 11;
const MANAGER: usize = 12;
const MANAGER_SIDE: usize = 13;
const CONFIRMED: usize = 14;
const GAPS: usize = 15;
const ORGANIZATION: usize = 16;
const ASSESSMENT: usize = 17;
const EXPORTED: usize = 18;
/// The day the tests export on.
const TODAY: &str = "2026-12-04";

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
    parse(&to_csv(catalog(), assessment, lang, TODAY))
}

#[test]
fn starts_with_the_bom_and_ends_every_record_with_crlf() {
    let mut document = new_document();
    document.set_note("pre-1.1", "一行目\n二行目");
    let csv = to_csv(catalog(), document.active(), Lang::Ja, TODAY);
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
        ]
    );
    let en = export(document.active(), Lang::En);
    assert_eq!(
        en[0],
        [
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
            .flat_map(|checklist| {
                checklist
                    .items
                    .iter()
                    .map(|item| (checklist.title.get(lang), item.id))
            })
            .collect();
        let got: Vec<(&str, &str)> = rows[1..]
            .iter()
            .map(|row| (row[MODULE].as_str(), row[ID].as_str()))
            .collect();
        assert_eq!(got, expected, "{lang:?}");
        assert!(rows.iter().all(|row| row.len() == 19), "19 fields a row");
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
        section: Localized::new("第9章", "chapter 9"),
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
        let sla_title = catalog().checklist("sla").expect("sla").title.get(lang);
        assert_eq!(sla[MODULE], sla_title);
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
    let csv = to_csv(catalog(), document.active(), Lang::En, TODAY);
    let first_line = csv.split("\r\n").next().expect("a header");
    assert_eq!(
        first_line,
        "\u{FEFF}check,id,question,tier,answer,note,owner,due,source,value,side,setter,\
         setting manager,setting manager's side,boundary confirmed,gaps,organization,assessment,\
         exported"
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

#[test]
fn the_check_is_named_in_the_readers_language_and_measures_carry_their_tier() {
    let document = new_document();
    for lang in Lang::ALL {
        let rows = export(document.active(), lang);
        for checklist in catalog().checklists {
            for item in checklist.items {
                let row = row(&rows, item.id);
                assert_eq!(row[MODULE], checklist.title.get(lang), "{}", item.id);
                assert_ne!(row[MODULE], checklist.id);
                let tier = item.tier.map_or("", |tier| tier_label(tier, lang));
                assert_eq!(row[TIER], tier, "{}", item.id);
            }
        }
    }
    let ja = export(document.active(), Lang::Ja);
    assert_eq!(row(&ja, "pre-1.1")[MODULE], "前提条件チェック");
    assert_eq!(row(&ja, "pre-1.1")[TIER], "");
    assert_eq!(row(&ja, "msr-u-III.1.1.1")[TIER], "基本");
    let recommended = catalog()
        .checklist("msr-u")
        .expect("msr-u")
        .items
        .iter()
        .find(|item| item.tier == Some(Tier::Recommended))
        .expect("a 推奨 measure");
    assert_eq!(row(&ja, recommended.id)[TIER], "推奨");
    let en = export(document.active(), Lang::En);
    assert_eq!(row(&en, "msr-u-III.1.1.1")[TIER], "Basic");
    assert_eq!(row(&en, recommended.id)[TIER], "Recommended");
}

#[test]
fn every_row_names_the_organization_the_assessment_and_the_day() {
    let mut document = new_document();
    assert!(document.rename("a1", "会計システム（SaaS）"));
    document.set_organization("〇〇市 情報政策課");
    document.set_responsibility(MapRecord {
        model: Some("saas".to_owned()),
        ..MapRecord::default()
    });
    for lang in Lang::ALL {
        let rows = export(document.active(), lang);
        assert!(rows.len() > total_items() + 1);
        for row in &rows[1..] {
            assert_eq!(row[ORGANIZATION], "〇〇市 情報政策課");
            assert_eq!(row[ASSESSMENT], "会計システム（SaaS）");
            assert_eq!(row[EXPORTED], TODAY);
        }
    }
}

#[test]
fn the_maps_cells_follow_the_items_with_what_was_recorded_and_their_gaps() {
    let mut document = new_document();
    // No model yet: no map rows.
    assert_eq!(export(document.active(), Lang::Ja).len(), total_items() + 1);
    let mut map = MapRecord {
        model: Some("saas".to_owned()),
        ..MapRecord::default()
    };
    map.edit("user:data", CellEdit::Setter("情報システム課".to_owned()));
    map.edit("user:data", CellEdit::Manager("情報システム課".to_owned()));
    map.edit("user:data", CellEdit::ManagerSide(Some(ManagerSide::Own)));
    map.edit("provider:hardware", CellEdit::Confirmed(true));
    document.set_responsibility(map.clone());
    let scored = score_map(&catalog().responsibility, &map).expect("a model");
    for lang in Lang::ALL {
        let rows = export(document.active(), lang);
        let cells = &rows[total_items() + 1..];
        assert_eq!(cells.len(), scored.cells.len(), "{lang:?}");
        let ids: Vec<String> = scored.cells.iter().map(|cell| cell.id()).collect();
        let got: Vec<&str> = cells.iter().map(|row| row[ID].as_str()).collect();
        assert_eq!(got, ids);
        for (row, cell) in cells.iter().zip(&scored.cells) {
            assert_eq!(row[MODULE], catalog().responsibility.title.get(lang));
            assert_eq!(row[SIDE], side_label(cell.side, lang));
            assert!(!row[QUESTION].is_empty());
            assert_eq!(row[ANSWER], "");
        }
    }
    let ja = export(document.active(), Lang::Ja);
    let data = row(&ja, "user:data");
    assert_eq!(data[QUESTION], "データ");
    assert_eq!(data[SIDE], "利用者側");
    assert_eq!(data[SETTER], "情報システム課");
    assert_eq!(data[MANAGER], "情報システム課");
    assert_eq!(data[MANAGER_SIDE], "貴組織");
    assert_eq!(data[CONFIRMED], "未確認");
    assert_eq!(data[GAPS], "設定者と同じ人、境界が未確認");
    let hardware = row(&ja, "provider:hardware");
    assert_eq!(hardware[SIDE], "事業者側");
    assert_eq!(hardware[CONFIRMED], "確認済み");
    assert_eq!(hardware[GAPS], "");
    assert_eq!(hardware[SETTER], "");
    let split = ja
        .iter()
        .find(|row| row[ID] == "user:application")
        .expect("the application layer's user half");
    assert!(split[QUESTION].contains('（'), "{}", split[QUESTION]);
    assert_eq!(
        split[GAPS],
        "設定者が未記入、設定管理者が未記入、境界が未確認"
    );
    let en = export(document.active(), Lang::En);
    assert_eq!(
        row(&en, "user:data")[GAPS],
        "Same person as the setter; Boundary not confirmed"
    );
    assert_eq!(row(&en, "user:data")[MANAGER_SIDE], "Your organization");
    assert_eq!(row(&en, "provider:hardware")[CONFIRMED], "Confirmed");
}

#[test]
fn the_maps_labels_are_the_interfaces_labels() {
    for lang in Lang::ALL {
        let text = map_text(lang);
        for kind in GapKind::ALL {
            assert_eq!(gap_label(kind, lang), (text.gap_short)(kind), "{kind:?}");
        }
        assert_eq!(side_label(Side::User, lang), text.owner_user);
        assert_eq!(side_label(Side::Provider, lang), text.owner_provider);
        assert_eq!(manager_side_label(ManagerSide::Own, lang), text.side_own);
        assert_eq!(
            manager_side_label(ManagerSide::Outside, lang),
            text.side_outside
        );
        assert_eq!(confirmed_label(true, lang), text.confirmed_label);
        assert_ne!(confirmed_label(false, lang), text.confirmed_label);
    }
    assert_eq!(confirmed_label(false, Lang::Ja), "未確認");
    assert_eq!(confirmed_label(false, Lang::En), "Not confirmed");
}

#[test]
fn the_file_is_named_after_the_assessment_and_the_day() {
    assert_eq!(
        csv_file_name("会計システム（SaaS）", TODAY),
        "会計システム（SaaS）_2026-12-04.csv"
    );
    assert_eq!(csv_file_name("", TODAY), "cloud-self-check_2026-12-04.csv");
    assert_eq!(
        csv_file_name("  . ", TODAY),
        "cloud-self-check_2026-12-04.csv"
    );
    assert_eq!(
        csv_file_name("本社/支所: A*B?\"C\"<D>|E", TODAY),
        "本社_支所_ A_B__C__D__E_2026-12-04.csv"
    );
    assert_eq!(csv_file_name(" .評価. ", TODAY), "評価_2026-12-04.csv");
    assert_eq!(csv_file_name("a\tb\nc", TODAY), "a_b_c_2026-12-04.csv");
    let long = "あ".repeat(100);
    assert_eq!(
        csv_file_name(&long, TODAY),
        format!("{}_2026-12-04.csv", "あ".repeat(80))
    );
    let cut_at_dot = format!("{}.{}", "い".repeat(79), "う".repeat(10));
    assert_eq!(
        csv_file_name(&cut_at_dot, TODAY),
        format!("{}_2026-12-04.csv", "い".repeat(79))
    );
}

proptest! {
    #[test]
    fn every_file_name_is_safe_and_keeps_what_is_safe(name in any::<String>()) {
        let file = csv_file_name(&name, TODAY);
        let suffix = format!("_{TODAY}.csv");
        prop_assert!(file.ends_with(&suffix));
        let stem = &file[..file.len() - suffix.len()];
        prop_assert!(!stem.is_empty());
        prop_assert!(stem.chars().count() <= 80);
        prop_assert!(!stem.chars().any(|c| c.is_control() || "/\\:*?\"<>|".contains(c)), "{:?}", file);
        prop_assert!(!stem.starts_with(['.', ' ']) && !stem.ends_with(['.', ' ']));
        let kept: String = name
            .chars()
            .filter(|c| !c.is_control() && !"/\\:*?\"<>|".contains(*c))
            .collect();
        if kept == name && !name.trim().is_empty() && name.chars().count() <= 80
            && name.trim_matches(|c: char| c.is_whitespace() || c == '.') == name
        {
            prop_assert_eq!(stem, name.as_str());
        }
    }
}

/// Results say an answer with the words of the answer buttons: 「はい」, not "Yes", in Japanese.
#[test]
fn japanese_results_name_answers_as_the_buttons_do() {
    let t = ui(Lang::Ja);
    let results = [
        (t.yes_count)(6, 8),
        (t.stage1_summary)(6, 8),
        (t.outside_summary)(3, 8),
        (t.migration_not_ready_summary)(2),
        t.migration_ready_summary.to_owned(),
        t.stage0_summary.to_owned(),
    ];
    for text in &results {
        assert!(!text.contains("Yes") && !text.contains("No"), "{text}");
    }
    assert!(
        (t.yes_count)(6, 8).contains(t.yes),
        "{}",
        (t.yes_count)(6, 8)
    );
    assert!((t.stage1_summary)(6, 8).contains(&format!("大半が「{}」", t.yes)));
    assert!((t.migration_not_ready_summary)(2).contains(&format!("すべて「{}」", t.yes)));
    for answer in Answer::ALL {
        assert_eq!(answer_label(answer, Lang::Ja), t.answer(answer));
    }
}
