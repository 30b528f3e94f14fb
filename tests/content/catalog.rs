//! The content checked against the seed document it quotes, place by place: each item against
//! its own numbered row of the tables of 004 VI, each result against its own passage, each stage
//! against its own row of table 4 (II.5.2) and its own section of II.6, and the keys the scoring
//! code looks up against the content.
//!
//! The seeds are read from `$CLOUD_SELF_CHECK_SEEDS`, or else from `../shared/seeds`. Without
//! them the seed checks fail; they are skipped only when `CLOUD_SELF_CHECK_SKIP_SEEDS=1` asks
//! for it. Nothing here depends on `CI`.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::path::Path;

use crate::common::{
    SKIP_ENV, SeedCheck, read_seed, seed, seed_check, seeds_dir, without_whitespace,
};
use cloud_self_check::domain::answers::{Answer, Answers};
use cloud_self_check::domain::content::{
    Checklist, Localized, MIGRATION, PRECONDITIONS, Passage, Stage, catalog,
};
use cloud_self_check::domain::scoring::{
    CLOUD_EXPERIENCE_ITEM, Diagnosis, MOST_YES_OF_PRECONDITIONS, Readiness, score_migration,
};
use serde_json::Value;

/// The seed the two checklists and the stage roadmap come from (004 II.5–II.6 and VI).
const CHECKLIST_SEED: &str = "004_2afa2b1b220c6436.txt";

// ---------------------------------------------------------------------------------------------
// Finding the seeds (`tests/common`).

/// The text of 004, or `None` when the seed checks are skipped.
fn seed_004() -> Option<String> {
    seed(CHECKLIST_SEED)
}

#[test]
fn missing_seeds_fail_unless_skipping_is_asked_for() {
    let dir = Path::new("/nowhere/seeds");
    assert_eq!(seed_check(dir, true, None), Ok(SeedCheck::Run));
    assert_eq!(
        seed_check(dir, true, Some(OsStr::new("1"))),
        Ok(SeedCheck::Run)
    );
    assert_eq!(
        seed_check(dir, false, Some(OsStr::new("1"))),
        Ok(SeedCheck::Skip)
    );
    for skip in [None, Some(OsStr::new("")), Some(OsStr::new("0"))] {
        let error = seed_check(dir, false, skip).expect_err("missing seeds must fail");
        assert!(error.contains("/nowhere/seeds"), "{error}");
        assert!(error.contains(SKIP_ENV), "{error}");
    }
}

// ---------------------------------------------------------------------------------------------
// The catalog itself.

fn checklist(id: &str) -> &'static Checklist {
    catalog()
        .checklist(id)
        .unwrap_or_else(|| panic!("checklist {id} is missing from the catalog"))
}

fn pre() -> &'static Checklist {
    checklist(PRECONDITIONS)
}

fn mig() -> &'static Checklist {
    checklist(MIGRATION)
}

fn stage(id: &str) -> &'static Stage {
    catalog()
        .stages
        .stage(id)
        .unwrap_or_else(|| panic!("stages.json has no stage {id:?}"))
}

fn outcome(checklist: &Checklist, key: &str) -> &'static Passage {
    checklist
        .outcome(key)
        .unwrap_or_else(|| panic!("{}.json has no outcome {key:?}", checklist.id))
}

fn numbers(checklist: &Checklist) -> Vec<&str> {
    checklist.items.iter().map(|item| item.number).collect()
}

fn ja(texts: &[Localized]) -> Vec<&str> {
    texts.iter().map(|text| text.ja()).collect()
}

#[test]
fn precondition_check_has_items_1_1_to_1_8_in_order() {
    let expected: Vec<String> = (1..=8).map(|n| format!("1.{n}")).collect();
    assert_eq!(numbers(pre()), expected);
}

#[test]
fn migration_checklist_has_items_4_1_to_4_9_in_order() {
    let expected: Vec<String> = (1..=9).map(|n| format!("4.{n}")).collect();
    assert_eq!(numbers(mig()), expected);
}

#[test]
fn checklists_are_in_module_order_with_set_after_mig() {
    let ids: Vec<&str> = catalog().checklists.iter().map(|c| c.id).collect();
    assert_eq!(
        ids,
        crate::common::listed_ids(|check| check.kind == "checklist")
    );
    let at = |id: &str| ids.iter().position(|listed| *listed == id);
    assert_eq!(
        at("set"),
        at("mig").map(|mig| mig + 1),
        "set comes right after mig"
    );
}

#[test]
fn modules_with_a_view_are_in_overview_order() {
    // Every check of content/modules.json but those shown inside another's view.
    assert_eq!(
        catalog().modules,
        crate::common::listed_ids(|check| check.shown_in.is_none())
    );
    let checks: Vec<&str> = catalog().checks.iter().map(|check| check.id).collect();
    assert_eq!(checks, crate::common::listed_ids(|_| true));
    for module in catalog().modules {
        assert!(
            catalog().module_title(module).is_some(),
            "{module} has no title"
        );
    }
    assert_eq!(
        catalog().module_title("set"),
        catalog().checklist("set").map(|c| c.title)
    );
    assert_eq!(catalog().module("set"), None, "set is shown inside rsp");
}

#[test]
fn stage_guide_has_stages_0_to_4_and_x_in_order() {
    let ids: Vec<&str> = catalog().stages.stages.iter().map(|s| s.id).collect();
    assert_eq!(ids, ["0", "1", "2", "3", "4", "x"]);
    for stage in catalog().stages.stages {
        assert_eq!(
            stage.name.ja(),
            format!("第{}段階", stage.id),
            "the name of stage {}",
            stage.id
        );
    }
}

#[test]
fn every_item_id_is_module_dash_number() {
    for checklist in catalog().checklists {
        for item in checklist.items {
            assert_eq!(
                item.id,
                format!("{}-{}", checklist.id, item.number),
                "item id in checklist {}",
                checklist.id
            );
        }
    }
}

#[test]
fn item_ids_are_unique_across_modules() {
    let mut seen = BTreeSet::new();
    for item in catalog().checklists.iter().flat_map(|c| c.items) {
        assert!(seen.insert(item.id), "item id {} is used twice", item.id);
    }
    assert!(!seen.is_empty());
}

#[test]
fn cloud_experience_item_is_precondition_1_1() {
    let item = pre()
        .item(CLOUD_EXPERIENCE_ITEM)
        .unwrap_or_else(|| panic!("{CLOUD_EXPERIENCE_ITEM} is not an item of pre"));
    assert_eq!(item.number, "1.1");
}

#[test]
fn precondition_answers_are_neutral_and_migration_answers_are_not() {
    assert!(
        pre().neutral_answers,
        "the precondition check describes the organization: neither answer is good or bad"
    );
    assert!(
        !mig().neutral_answers,
        "a No in the migration checklist is a blocker"
    );
}

// ---------------------------------------------------------------------------------------------
// Reading the seed: chapters, sections, paragraphs.

/// Whether a line is a chapter heading such as "VI. チェックリスト".
fn is_chapter_heading(line: &str) -> bool {
    line.split_once(". ").is_some_and(|(number, title)| {
        !number.is_empty()
            && number.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            && !title.trim().is_empty()
    })
}

/// The number of a numbered heading such as "6.1. 第0段階" ("6.1."), if the line is one. Table
/// rows ("1.1.<TAB>…") are not headings.
fn heading_number(line: &str) -> Option<&str> {
    let (number, title) = line.split_once(' ')?;
    let parts: Vec<&str> = number.strip_suffix('.')?.split('.').collect();
    let numbered = parts
        .iter()
        .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    (numbered && !title.trim().is_empty()).then_some(number)
}

/// The body of a chapter, not its lines in the table of contents: the lines after the heading
/// `title` whose next non-empty line starts its section 1, up to the next chapter heading.
fn chapter<'s, 'a>(lines: &'s [&'a str], title: &str) -> &'s [&'a str] {
    let start = (0..lines.len())
        .find(|&i| {
            lines[i].trim() == title
                && lines[i + 1..]
                    .iter()
                    .find(|line| !line.trim().is_empty())
                    .is_some_and(|next| next.starts_with("1."))
        })
        .unwrap_or_else(|| panic!("no chapter heading {title:?} followed by its section 1"));
    let body = &lines[start + 1..];
    let end = body
        .iter()
        .position(|line| is_chapter_heading(line))
        .unwrap_or(body.len());
    &body[..end]
}

/// A numbered section of a chapter: the title of the heading that starts with `number` (e.g.
/// "5.2."), and the lines after it up to the next numbered heading.
fn section<'s, 'a>(chapter: &'s [&'a str], number: &str) -> (&'a str, &'s [&'a str]) {
    let start = chapter
        .iter()
        .position(|line| heading_number(line) == Some(number))
        .unwrap_or_else(|| panic!("no heading {number:?} in the chapter"));
    let title = chapter[start][number.len()..].trim();
    let body = &chapter[start + 1..];
    let end = body
        .iter()
        .position(|line| heading_number(line).is_some())
        .unwrap_or(body.len());
    (title, &body[..end])
}

/// Non-empty lines: in the seed's extraction, each paragraph is one line.
fn paragraphs<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    lines
        .iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .collect()
}

/// The sentences of a paragraph, each with its final 。.
fn sentences(paragraph: &str) -> Vec<&str> {
    paragraph
        .split_inclusive('。')
        .map(str::trim)
        .filter(|sentence| !sentence.is_empty())
        .collect()
}

fn cell(line: &str, index: usize) -> &str {
    line.split('\t').nth(index).unwrap_or("").trim()
}

/// Removes `<…>` tags that open and close on the same line. An autolink such as
/// `<https://www.ipa.go.jp/>` is text: its address stays, without the brackets.
fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let mut rest = line;
        while let Some(open) = rest.find('<') {
            // A tag opens with a letter or `/`; 003's headings such as <アクセス制御に関する事項>
            // are text.
            let tag = rest[open + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
            let autolink = rest[open + 1..].starts_with("http");
            match rest[open..].find('>').filter(|_| tag) {
                Some(close) if autolink => {
                    out.push_str(&rest[..open]);
                    out.push_str(&rest[open + 1..open + close]);
                    rest = &rest[open + close + 1..];
                }
                Some(close) => {
                    out.push_str(&rest[..open]);
                    rest = &rest[open + close + 1..];
                }
                None => {
                    out.push_str(&rest[..=open]);
                    rest = &rest[open + 1..];
                }
            }
        }
        out.push_str(rest);
    }
    out
}

/// Words the text extraction broke and the content quotes repaired, as (the seed's broken form
/// after normalization, the repaired form). Each must still be in the seed (checked below), so
/// a repair is never applied to text that is not broken.
const EXTRACTION_REPAIRS: &[(&str, &str)] = &[
    // 001 III.1.1.2 best practice iii: a line break inside セキュリティ, read as a list mark.
    ("セキ-ユリティ", "セキュリティ"),
];

#[test]
fn every_extraction_repair_is_of_text_broken_in_the_seed() {
    let Some(dir) = seeds_dir() else { return };
    let seed = normalize_seed(&read_seed(&dir, "001_3a537b5899cd3262.txt"));
    for (broken, repaired) in EXTRACTION_REPAIRS {
        assert!(seed.contains(broken), "{broken} is not in the seed");
        assert_ne!(broken, repaired);
    }
}

/// The seed as the content quotes it: no bold marks, footnote references (`<sup>4</sup>`) written as the marks
/// the content shows (※4), no other HTML tags, no Yes/No answer cells of the tables, no
/// whitespace (the extraction breaks lines and cells in the middle of sentences).
fn normalize_seed(seed: &str) -> String {
    // Markdown bold (`**…**`) is markup too.
    let marked = seed
        .replace("<sup>", "※")
        .replace("</sup>", "")
        .replace("**", "");
    let stripped = strip_tags(&marked);
    let mut out = String::with_capacity(stripped.len());
    for line in stripped.lines() {
        for cell in line.split('\t') {
            if !matches!(cell.trim(), "Yes" | "No" | "Yes No") {
                out.push_str(cell);
            }
        }
    }
    without_whitespace(&out)
}

#[test]
fn seed_normalization_drops_tags_answer_cells_and_whitespace() {
    let raw = "4.8.\t<p>クライアント</p>\tYes\n\n\tセキュリティ\t<ul x=\"y\"> No\n\t続き\tYes No\n";
    assert_eq!(normalize_seed(raw), "4.8.クライアントセキュリティ続き");
    // Yes/No inside a sentence stays.
    assert_eq!(normalize_seed("大半がYesとなる\tNo"), "大半がYesとなる");
}

#[test]
fn headings_are_told_from_table_rows() {
    assert_eq!(heading_number("6.1. 第0段階"), Some("6.1."));
    assert_eq!(
        heading_number("6. 各段階における詳細な手順・評価"),
        Some("6.")
    );
    assert_eq!(heading_number("1.1.\t貴組織では、…"), None);
    assert_eq!(heading_number("4.2\t<p>貴組織では … か</p>"), None);
    assert_eq!(heading_number("II.3.3. 中小企業"), None);
    assert!(is_chapter_heading("VI. チェックリスト"));
    assert!(!is_chapter_heading("6.4. 第3段階"));
}

// ---------------------------------------------------------------------------------------------
// The tables of 004 VI, row by row.

/// One numbered row of a table of 004 VI.
#[derive(Debug)]
struct SeedRow {
    /// "1.1" or "4.2", without the final dot the seed writes on some rows.
    number: String,
    question: String,
    /// The 補足説明 of a precondition row; the bullets of a migration row.
    notes: Vec<String>,
}

/// A checklist section of 004 VI: the paragraphs before its table, the rows, the denominator
/// of its "Yes の合計" line, and the paragraphs after the table.
#[derive(Debug)]
struct SeedTable<'a> {
    before: Vec<&'a str>,
    rows: Vec<SeedRow>,
    denominator: usize,
    after: Vec<&'a str>,
}

impl SeedTable<'_> {
    fn row(&self, number: &str) -> &SeedRow {
        self.rows
            .iter()
            .find(|row| row.number == number)
            .unwrap_or_else(|| panic!("the seed table has no row {number}"))
    }
}

/// The row number in a first cell such as "1.1.", "4.1." or "4.2" (the seed writes some
/// numbers without the final dot), if it is one under `prefix` ("1." or "4.").
fn row_number(first_cell: &str, prefix: &str) -> Option<String> {
    let number = first_cell.strip_suffix('.').unwrap_or(first_cell);
    let digits = number.strip_prefix(prefix)?;
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then(|| number.to_owned())
}

/// Parses the "Yes の合計 … /8" line: its last non-empty cell, without the slash.
fn denominator(line: &str) -> usize {
    let cell = line
        .split('\t')
        .map(str::trim)
        .rfind(|cell| !cell.is_empty())
        .expect("a non-empty cell");
    let number = cell
        .strip_prefix('/')
        .or_else(|| cell.strip_prefix('／'))
        .unwrap_or_else(|| panic!("denominator cell {cell:?} does not start with a slash"));
    number
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("denominator {number:?} is not a number"))
}

/// A row's lines, each with whether a blank line (a page break of the extraction) stood
/// before it.
type RowLines<'a> = Vec<(bool, &'a str)>;

/// A table of 004 VI as lines: the paragraphs before it, its rows by number, the denominator of
/// its "Yes の合計" line, and the paragraphs after it.
struct RawTable<'a> {
    before: Vec<&'a str>,
    rows: Vec<(String, RowLines<'a>)>,
    denominator: usize,
    after: Vec<&'a str>,
}

/// Splits a checklist section of 004 VI into the paragraphs before its table (header "No<TAB>…"),
/// the table's rows (each from the line whose first cell is its number to the next such line)
/// and the "Yes の合計" line, and the paragraphs after it, up to 参考文献.
fn split_table<'a>(lines: &[&'a str], prefix: &str) -> RawTable<'a> {
    let header = lines
        .iter()
        .position(|line| line.starts_with("No\t"))
        .expect("a table header 'No<TAB>…'");
    let total = header
        + lines[header..]
            .iter()
            .position(|line| line.contains("Yes の合計"))
            .expect("a 'Yes の合計' line after the table header");
    let mut rows: Vec<(String, RowLines<'a>)> = Vec::new();
    let mut blank_before = false;
    for line in &lines[header + 1..total] {
        if line.trim().is_empty() {
            blank_before = true;
            continue;
        }
        if let Some(number) = row_number(cell(line, 0), prefix) {
            rows.push((number, vec![(false, line)]));
        } else if let Some((_, row)) = rows.last_mut() {
            row.push((blank_before, line));
        }
        blank_before = false;
    }
    let rest = &lines[total + 1..];
    let end = rest
        .iter()
        .position(|line| line.trim() == "参考文献")
        .unwrap_or(rest.len());
    RawTable {
        before: paragraphs(&lines[..header]),
        rows,
        denominator: denominator(lines[total]),
        after: paragraphs(&rest[..end]),
    }
}

/// The cells of a precondition row, in its second column: the question and the 補足説明. A
/// line after a page break continues the cell before it (row 1.8's question is cut after
/// 「ハードルが高」).
fn precondition_row(number: String, lines: &[(bool, &str)]) -> SeedRow {
    let mut cells: Vec<String> = Vec::new();
    for &(after_page_break, line) in lines {
        let text = cell(line, 1);
        match cells.last_mut() {
            Some(last) if after_page_break => last.push_str(text),
            _ => cells.push(text.to_owned()),
        }
    }
    let mut cells = cells.into_iter();
    let question = cells.next().unwrap_or_default();
    SeedRow {
        number,
        question,
        notes: cells.collect(),
    }
}

/// Splits the text of a migration row's `<ul>` into its bullets. The extraction dropped the
/// bullet marks and left one space between bullets. A space inside a bullet always touches a
/// Latin word or a number (「中小企業向け Windows2008 の」), so a bullet ends at a space with a
/// Japanese character on both sides.
fn split_bullets(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut bullets = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let boundary = c == ' '
            && i > 0
            && i + 1 < chars.len()
            && !chars[i - 1].is_ascii()
            && !chars[i + 1].is_ascii();
        if boundary {
            bullets.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    bullets.push(current);
    bullets
        .into_iter()
        .map(|bullet| bullet.trim().to_owned())
        .filter(|bullet| !bullet.is_empty())
        .collect()
}

/// A migration row: its second-column cells joined, the question in `<p>…</p>` and the
/// bullets after `<ul …>`.
fn migration_row(number: String, lines: &[(bool, &str)]) -> SeedRow {
    let text: Vec<&str> = lines.iter().map(|&(_, line)| cell(line, 1)).collect();
    let text = text.join(" ");
    let question = text
        .split_once("<p>")
        .and_then(|(_, rest)| rest.split_once("</p>"))
        .map(|(question, _)| question.trim().to_owned())
        .unwrap_or_else(|| panic!("row {number} has no <p>question</p>: {text}"));
    let list = text
        .split_once("<ul")
        .and_then(|(_, rest)| rest.split_once('>'))
        .map(|(_, list)| strip_tags(list))
        .unwrap_or_else(|| panic!("row {number} has no <ul> of bullets: {text}"));
    SeedRow {
        number,
        question,
        notes: split_bullets(&list),
    }
}

/// 004 VI 1.1, the precondition check.
fn seed_precondition_table<'a>(lines: &[&'a str]) -> SeedTable<'a> {
    let chapter = chapter(lines, "VI. チェックリスト");
    let (title, body) = section(chapter, "1.1.");
    assert_eq!(title, "前提条件チェック", "the title of VI 1.1");
    let table = split_table(body, "1.");
    SeedTable {
        before: table.before,
        rows: table
            .rows
            .into_iter()
            .map(|(number, lines)| precondition_row(number, &lines))
            .collect(),
        denominator: table.denominator,
        after: table.after,
    }
}

/// 004 VI 1.2, the cloud migration checklist.
fn seed_migration_table<'a>(lines: &[&'a str]) -> SeedTable<'a> {
    let chapter = chapter(lines, "VI. チェックリスト");
    let (title, body) = section(chapter, "1.2.");
    assert_eq!(title, "クラウド移行チェックリスト", "the title of VI 1.2");
    let table = split_table(body, "4.");
    SeedTable {
        before: table.before,
        rows: table
            .rows
            .into_iter()
            .map(|(number, lines)| migration_row(number, &lines))
            .collect(),
        denominator: table.denominator,
        after: table.after,
    }
}

fn seed_lines(seed: &str) -> Vec<&str> {
    seed.lines().collect()
}

#[test]
fn bullets_split_at_spaces_between_japanese_characters_only() {
    assert_eq!(
        split_bullets(" 事例有 中小企業向け Windows2008 の切り替え。 PC にバックアップ "),
        [
            "事例有",
            "中小企業向け Windows2008 の切り替え。 PC にバックアップ"
        ]
    );
    assert_eq!(
        split_bullets("考えられる。 クラウドの SaaS には"),
        ["考えられる。", "クラウドの SaaS には"]
    );
}

#[test]
fn a_page_break_inside_a_row_continues_its_cell() {
    let lines = [
        "1.8.\t貴組織では、ハードルが高\tYes",
        "",
        "\tいと考えている。\t",
        "\t補足説明の文\tNo",
    ];
    let table = split_table(
        &[
            "No\t項目\t結果",
            lines[0],
            lines[1],
            lines[2],
            lines[3],
            "\tYes の合計\t/8",
        ],
        "1.",
    );
    let (number, lines) = &table.rows[0];
    let row = precondition_row(number.clone(), lines);
    assert_eq!(row.number, "1.8");
    assert_eq!(row.question, "貴組織では、ハードルが高いと考えている。");
    assert_eq!(row.notes, ["補足説明の文"]);
}

// ---------------------------------------------------------------------------------------------
// Items: counts and denominators, and each item against its own row.

/// The content's items are the seed table's rows, in order, and the seed's "Yes の合計" total
/// is the item count. `expected` is the count PRODUCT.md states.
fn assert_items_match_seed_table(content: &Checklist, table: &SeedTable, expected: usize) {
    let rows: Vec<&str> = table.rows.iter().map(|row| row.number.as_str()).collect();
    assert_eq!(
        content.items.len(),
        expected,
        "PRODUCT.md: {expected} {} items",
        content.id
    );
    assert_eq!(rows.len(), content.items.len(), "rows {rows:?}");
    assert_eq!(rows, numbers(content), "item numbers in seed order");
    assert_eq!(
        table.denominator,
        content.items.len(),
        "the 'Yes の合計 /N' line of the seed"
    );
}

#[test]
fn precondition_items_match_the_seed_table() {
    let Some(seed) = seed_004() else { return };
    let table = seed_precondition_table(&seed_lines(&seed));
    assert_items_match_seed_table(pre(), &table, 8);
}

#[test]
fn migration_items_match_the_seed_table() {
    let Some(seed) = seed_004() else { return };
    let table = seed_migration_table(&seed_lines(&seed));
    assert_items_match_seed_table(mig(), &table, 9);
}

/// Each item's question is the question of its own row, and its guidance is exactly the notes
/// of its own row, in order and as many.
fn assert_items_are_their_rows(content: &Checklist, table: &SeedTable) {
    let mut failures = Vec::new();
    for item in content.items {
        let row = table.row(item.number);
        if item.question.ja() != row.question {
            failures.push(format!(
                "{}: the question is not the question of row {}:\n  content: {}\n  seed:    {}",
                item.id,
                row.number,
                item.question.ja(),
                row.question
            ));
        }
        let guidance = ja(item.guidance);
        if guidance.len() != row.notes.len() {
            failures.push(format!(
                "{}: {} guidance texts, row {} has {}",
                item.id,
                guidance.len(),
                row.number,
                row.notes.len()
            ));
        }
        if guidance != row.notes {
            failures.push(format!(
                "{}: the guidance is not the notes of row {}, in order:\n  content: {guidance:#?}\n  seed:    {:#?}",
                item.id, row.number, row.notes
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn each_precondition_question_and_note_is_its_own_row_of_vi_1_1() {
    let Some(seed) = seed_004() else { return };
    let table = seed_precondition_table(&seed_lines(&seed));
    for row in &table.rows {
        assert_eq!(row.notes.len(), 1, "row {} has one 補足説明", row.number);
    }
    assert_items_are_their_rows(pre(), &table);
}

#[test]
fn each_migration_question_and_bullet_is_its_own_row_of_vi_1_2() {
    let Some(seed) = seed_004() else { return };
    let table = seed_migration_table(&seed_lines(&seed));
    assert_items_are_their_rows(mig(), &table);
}

/// Bullet counts per item, as the seed has them; independent of how the bullets are split,
/// the item's bullets joined by a space are the row's list, whole.
#[test]
fn each_migration_item_has_all_the_bullets_of_its_row() {
    let Some(seed) = seed_004() else { return };
    let table = seed_migration_table(&seed_lines(&seed));
    let counts: Vec<(&str, usize)> = mig()
        .items
        .iter()
        .map(|item| (item.number, item.guidance.len()))
        .collect();
    let seed_counts: Vec<(&str, usize)> = table
        .rows
        .iter()
        .map(|row| (row.number.as_str(), row.notes.len()))
        .collect();
    assert_eq!(counts, seed_counts, "bullets per item");
    for item in mig().items {
        let row = table.row(item.number);
        assert_eq!(
            ja(item.guidance).join(" "),
            row.notes.join(" "),
            "{}: the bullets are not the whole list of row {}",
            item.id,
            row.number
        );
    }
}

#[test]
fn each_item_cites_its_own_row() {
    for (checklist, section) in [(pre(), "VI 1.1"), (mig(), "VI 1.2")] {
        assert_eq!(checklist.source.file, CHECKLIST_SEED, "{}", checklist.id);
        assert_eq!(
            (checklist.source.section.ja(), checklist.source.section.en()),
            (section, section),
            "the section {} cites",
            checklist.id
        );
        for item in checklist.items {
            assert_eq!(item.source.file, CHECKLIST_SEED, "{}", item.id);
            assert_eq!(
                (item.source.section.ja(), item.source.section.en()),
                (
                    format!("{section} 項目{}", item.number).as_str(),
                    format!("{section} item {}", item.number).as_str()
                ),
                "the section {} cites",
                item.id
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Each result against its own passage.

const ALL_DIAGNOSES: [Diagnosis; 4] = [
    Diagnosis::Pending,
    Diagnosis::Stage0,
    Diagnosis::Stage1,
    Diagnosis::OutsideProfile,
];

/// Fails to compile when a variant is added, so `ALL_DIAGNOSES` is kept complete.
fn is_listed(diagnosis: Diagnosis) -> bool {
    match diagnosis {
        Diagnosis::Pending | Diagnosis::Stage0 | Diagnosis::Stage1 | Diagnosis::OutsideProfile => {
            ALL_DIAGNOSES.contains(&diagnosis)
        }
    }
}

/// The passage the diagnosis quotes.
fn diagnosis_passage(diagnosis: Diagnosis) -> &'static Passage {
    let key = diagnosis
        .outcome_key()
        .unwrap_or_else(|| panic!("{diagnosis:?} has no outcome key"));
    outcome(pre(), key)
}

fn section_of(passage: &Passage) -> (&str, &str) {
    (passage.source.section.ja(), passage.source.section.en())
}

#[test]
fn every_diagnosis_has_its_passage_reading_and_stage() {
    let mut with_outcome = 0;
    for diagnosis in ALL_DIAGNOSES {
        assert!(is_listed(diagnosis));
        if let Some(key) = diagnosis.outcome_key() {
            with_outcome += 1;
            let passage = outcome(pre(), key);
            assert!(!passage.text.is_empty(), "outcome {key} has no text");
            assert_eq!(passage.source.file, CHECKLIST_SEED, "outcome {key}");
        }
        if let Some(key) = diagnosis.reading_key() {
            assert!(
                pre().reading(key).is_some(),
                "pre.json has no reading {key:?} for {diagnosis:?}"
            );
        }
        if let Some(id) = diagnosis.stage_id() {
            stage(id);
        }
    }
    assert_eq!(with_outcome, 3, "every diagnosis but Pending has a passage");
    assert_eq!(Diagnosis::Pending.reading_key(), None);
    assert_eq!(Diagnosis::Pending.stage_id(), None);
}

#[test]
fn stage0_passage_is_the_note_of_row_1_1_of_vi_1_1() {
    let Some(seed) = seed_004() else { return };
    let table = seed_precondition_table(&seed_lines(&seed));
    let passage = diagnosis_passage(Diagnosis::Stage0);
    assert_eq!(
        ja(passage.text),
        table.row("1.1").notes,
        "the stage 0 passage is the 補足説明 of row 1.1"
    );
    assert_eq!(section_of(passage), ("VI 1.1 項目1.1", "VI 1.1 item 1.1"));
}

#[test]
fn stage1_passage_is_the_first_paragraph_of_vi_1_2() {
    let Some(seed) = seed_004() else { return };
    let table = seed_migration_table(&seed_lines(&seed));
    let first = table.before[0];
    assert!(first.contains("大半がYes"), "seed: {first}");
    let passage = diagnosis_passage(Diagnosis::Stage1);
    assert_eq!(ja(passage.text), [first]);
    assert_eq!(
        section_of(passage),
        ("VI 1.2 冒頭", "VI 1.2, first paragraph")
    );
}

#[test]
fn outside_profile_passage_is_the_two_closing_paragraphs_of_vi_1_2_and_no_stage() {
    let Some(seed) = seed_004() else { return };
    let table = seed_migration_table(&seed_lines(&seed));
    assert_eq!(
        table.after.len(),
        2,
        "two paragraphs close VI 1.2: {:#?}",
        table.after
    );
    assert!(table.after[0].starts_with("なお、更に進んだ"));
    assert!(table.after[1].starts_with("有資格の"));
    let passage = diagnosis_passage(Diagnosis::OutsideProfile);
    assert_eq!(ja(passage.text), table.after);
    assert_eq!(
        section_of(passage),
        ("VI 1.2 末尾", "VI 1.2, closing paragraphs")
    );
    assert_eq!(Diagnosis::OutsideProfile.stage_id(), None);
}

/// Table 4's row for a stage, by the stage's own name.
fn table_4_row<'t>(table: &'t [Table4Row], name: &str) -> &'t Table4Row {
    table
        .iter()
        .find(|row| row.name == name)
        .unwrap_or_else(|| panic!("table 4 has no row {name}"))
}

#[test]
fn stage0_diagnosis_places_at_stage_0_of_table_4() {
    let Some(seed) = seed_004() else { return };
    let table = table_4(&seed_lines(&seed));
    let stage = stage(Diagnosis::Stage0.stage_id().expect("Stage0 has a stage"));
    assert_eq!(stage.name.ja(), "第0段階");
    let row = table_4_row(&table, "第0段階");
    assert_eq!(ja(stage.practice), row.practice);
    assert_eq!(ja(stage.remarks), row.remarks, "検討のみ、導入はしない");
}

#[test]
fn stage1_diagnosis_places_at_stage_1_of_table_4() {
    let Some(seed) = seed_004() else { return };
    let table = table_4(&seed_lines(&seed));
    let stage = stage(Diagnosis::Stage1.stage_id().expect("Stage1 has a stage"));
    assert_eq!(stage.name.ja(), "第1段階");
    assert_eq!(ja(stage.practice), table_4_row(&table, "第1段階").practice);
}

/// The two sentences of the second paragraph of VI 1.2: 「…第一段階であれば…」 and
/// 「下記のチェックですべてYesになる…」.
fn second_paragraph_of_vi_1_2(table: &SeedTable) -> (String, String) {
    let paragraph = table.before[1];
    let sentences = sentences(paragraph);
    assert_eq!(sentences.len(), 2, "seed: {paragraph}");
    assert!(
        sentences[0].contains("第一段階であれば"),
        "seed: {paragraph}"
    );
    assert!(sentences[1].contains("すべてYes"), "seed: {paragraph}");
    (sentences[0].to_owned(), sentences[1].to_owned())
}

fn migration_passage(readiness: Readiness) -> &'static Passage {
    let mig = mig();
    let mut answers: Answers = mig
        .items
        .iter()
        .map(|item| (item.id, Answer::Yes))
        .collect();
    if readiness == Readiness::NotReady {
        answers.insert(mig.items[0].id, Answer::No);
    }
    let result = score_migration(mig, &answers);
    assert_eq!(result.readiness, readiness);
    let key = result
        .outcome_key()
        .unwrap_or_else(|| panic!("{readiness:?} has no outcome key"));
    outcome(mig, key)
}

#[test]
fn every_migration_outcome_has_its_passage() {
    let ready = migration_passage(Readiness::Ready);
    let not_ready = migration_passage(Readiness::NotReady);
    assert!(!std::ptr::eq(ready, not_ready));
    for passage in [ready, not_ready, outcome(mig(), "written_for_stage1")] {
        assert!(!passage.text.is_empty());
        assert_eq!(passage.source.file, CHECKLIST_SEED);
        assert_eq!(
            section_of(passage),
            ("VI 1.2 第2段落", "VI 1.2, second paragraph")
        );
    }
}

#[test]
fn ready_passage_quotes_both_sentences_of_the_second_paragraph_of_vi_1_2() {
    let Some(seed) = seed_004() else { return };
    let table = seed_migration_table(&seed_lines(&seed));
    let (stage1_sentence, all_yes_sentence) = second_paragraph_of_vi_1_2(&table);
    assert_eq!(
        ja(migration_passage(Readiness::Ready).text),
        [stage1_sentence, all_yes_sentence]
    );
}

#[test]
fn not_ready_passage_is_the_all_yes_sentence() {
    let Some(seed) = seed_004() else { return };
    let table = seed_migration_table(&seed_lines(&seed));
    let (_, all_yes_sentence) = second_paragraph_of_vi_1_2(&table);
    assert_eq!(
        ja(migration_passage(Readiness::NotReady).text),
        [all_yes_sentence]
    );
}

#[test]
fn written_for_stage1_passage_is_the_first_stage_sentence() {
    let Some(seed) = seed_004() else { return };
    let table = seed_migration_table(&seed_lines(&seed));
    let (stage1_sentence, _) = second_paragraph_of_vi_1_2(&table);
    assert_eq!(
        ja(outcome(mig(), "written_for_stage1").text),
        [stage1_sentence]
    );
    // Shown when the precondition check rules stage 1 out.
    assert!(Diagnosis::Stage0.rules_out_stage1());
    assert!(Diagnosis::OutsideProfile.rules_out_stage1());
    assert!(!Diagnosis::Stage1.rules_out_stage1());
}

/// Sentences of a text that the seed has verbatim.
fn quoted_sentences(text: &str, normalized_seed: &str) -> Vec<String> {
    sentences(text)
        .into_iter()
        .map(without_whitespace)
        .filter(|sentence| normalized_seed.contains(sentence.as_str()))
        .collect()
}

#[test]
fn readings_are_the_tools_own_words_not_quotes() {
    let Some(seed) = seed_004() else { return };
    let normalized = normalize_seed(&seed);
    let keys = [
        Diagnosis::Stage0,
        Diagnosis::Stage1,
        Diagnosis::OutsideProfile,
    ]
    .map(|diagnosis| {
        diagnosis
            .reading_key()
            .unwrap_or_else(|| panic!("{diagnosis:?} has no reading"))
    })
    .into_iter()
    .chain(["outside_advice"]);
    for key in keys {
        let reading = pre()
            .reading(key)
            .unwrap_or_else(|| panic!("pre.json has no reading {key:?}"));
        assert!(
            !reading.ja().trim().is_empty() && !reading.en().trim().is_empty(),
            "reading {key} is empty"
        );
        let quoted = quoted_sentences(reading.ja(), &normalized);
        assert!(
            quoted.is_empty(),
            "reading {key} quotes the seed, but it is the tool's own reading: {quoted:?}"
        );
        assert!(
            reading.ja().contains("本ツールの解釈") && reading.en().contains("this tool's reading"),
            "reading {key} says it is this tool's reading: {reading:?}"
        );
    }
}

/// 「4 or fewer」 is the other side of the reading 大半 = 5 of 8, so the outside-profile result
/// says so; and the report's closing advice, written about stage 3 organizations and those
/// without experts, is shown to it as this tool's link, which the result says plainly.
#[test]
fn outside_profile_shows_the_5_of_8_reading_and_calls_the_advice_the_tool_s_link() {
    let key = Diagnosis::OutsideProfile
        .reading_key()
        .expect("the outside-profile result has a reading");
    let reading = pre()
        .reading(key)
        .expect("pre.json reading outside_profile");
    let items = pre().items.len();
    let most = MOST_YES_OF_PRECONDITIONS;
    assert!(
        reading.ja().contains(&format!("{}項目以下", most - 1))
            && reading
                .ja()
                .contains(&format!("{items}項目中{most}項目以上"))
            && reading.ja().contains("本ツールの解釈"),
        "{}",
        reading.ja()
    );
    assert!(
        reading.en().contains(&format!("{} or fewer", most - 1))
            && reading
                .en()
                .contains(&format!("{most} or more of the {items}"))
            && reading.en().contains("this tool's reading"),
        "{}",
        reading.en()
    );
    let advice = pre()
        .reading("outside_advice")
        .expect("pre.json reading outside_advice");
    assert!(
        advice.ja().contains("第3段階") && advice.ja().contains("本ツールの解釈による結び付け")
    );
    assert!(advice.en().contains("stage 3") && advice.en().contains("a link this tool makes"));
}

#[test]
fn stage1_reading_counts_5_of_8_as_most() {
    let reading = pre().reading("stage1").expect("pre.json reading stage1");
    let items = pre().items.len();
    let most = MOST_YES_OF_PRECONDITIONS;
    assert!(
        reading
            .ja()
            .contains(&format!("{items}項目中{most}項目以上")),
        "{}",
        reading.ja()
    );
    assert!(
        reading
            .en()
            .contains(&format!("{most} or more of the {items}")),
        "{}",
        reading.en()
    );
}

// ---------------------------------------------------------------------------------------------
// Stages: table 4 of II.5.2 and the sections of II.6.

/// A row of table 4 (クラウド利用の実践的構成) of 004 II.5.2.
#[derive(Debug)]
struct Table4Row {
    /// 「第1段階」.
    name: String,
    /// 「アジャイル型」, if the row names one.
    kind: Option<String>,
    /// 特徴及び実践内容, one per 「・」.
    practice: Vec<String>,
    /// 備考.
    remarks: Vec<String>,
}

fn chapter_ii<'s, 'a>(lines: &'s [&'a str]) -> &'s [&'a str] {
    chapter(lines, "II. 導入手順")
}

/// Table 4, from its caption 「表 4:」 in II.5.2.
fn table_4(lines: &[&str]) -> Vec<Table4Row> {
    let (_, body) = section(chapter_ii(lines), "5.2.");
    let caption = body
        .iter()
        .position(|line| line.starts_with("表 4:"))
        .expect("table 4 stands in II.5.2");
    let rest = &body[caption + 1..];
    let header = rest
        .iter()
        .position(|line| !line.trim().is_empty())
        .expect("a header row");
    assert!(
        rest[header].starts_with("段階\t"),
        "the header of table 4: {}",
        rest[header]
    );
    rest[header + 1..]
        .iter()
        .take_while(|line| !line.trim().is_empty())
        .map(|line| {
            let mut name = cell(line, 0).split_whitespace();
            let practice = strip_tags(cell(line, 1));
            let practice = practice.trim();
            Table4Row {
                name: name.next().unwrap_or_default().to_owned(),
                kind: Some(name.collect::<String>()).filter(|kind| !kind.is_empty()),
                practice: practice
                    .strip_prefix('・')
                    .unwrap_or(practice)
                    .split(" ・")
                    .map(|text| text.trim().to_owned())
                    .filter(|text| !text.is_empty())
                    .collect(),
                remarks: cell(line, 2)
                    .split_whitespace()
                    .map(str::to_owned)
                    .collect(),
            }
        })
        .collect()
}

/// A stage's section of II.6: its number ("6.2"), and the texts of its practice row and its
/// 評価・決断 row, without tags, bullet marks and whitespace.
#[derive(Debug)]
struct StageSection {
    number: String,
    practice: String,
    gate: String,
}

/// The text of a cell without tags, the bullet marks that stand alone (●, ○, •, ・) and
/// whitespace.
fn cell_text(text: &str) -> String {
    strip_tags(text)
        .split_whitespace()
        .filter(|token| !matches!(*token, "●" | "○" | "•" | "・"))
        .collect()
}

/// The section of II.6 headed with the stage's name (the seed writes 「6.6. 第X段階」 for
/// 「第x段階」).
fn stage_section(lines: &[&str], name: &str) -> StageSection {
    let chapter = chapter_ii(lines);
    let headed: Vec<&str> = chapter
        .iter()
        .filter_map(|line| {
            let number = heading_number(line)?;
            let title = line[number.len()..].trim();
            (number.starts_with("6.") && number.len() > 2 && title.eq_ignore_ascii_case(name))
                .then_some(number)
        })
        .collect();
    assert_eq!(
        headed.len(),
        1,
        "one section of II.6 is headed {name}: {headed:?}"
    );
    let number = headed[0];
    let (_, body) = section(chapter, number);
    let start = body
        .iter()
        .position(|line| {
            cell(line, 0)
                .split_whitespace()
                .next()
                .is_some_and(|first| first.eq_ignore_ascii_case(name))
        })
        .unwrap_or_else(|| panic!("II.{number} has no row {name}"));
    let gate = start
        + body[start..]
            .iter()
            .position(|line| cell(line, 0) == "評価・決断")
            .unwrap_or_else(|| panic!("II.{number} has no 評価・決断 row"));
    let practice: String = body[start..gate]
        .iter()
        .map(|line| cell_text(cell(line, 1)))
        .collect();
    StageSection {
        number: number.trim_end_matches('.').to_owned(),
        practice,
        gate: cell_text(cell(body[gate], 1)),
    }
}

#[test]
fn each_stage_practice_and_remarks_are_its_own_row_of_table_4() {
    let Some(seed) = seed_004() else { return };
    let table = table_4(&seed_lines(&seed));
    let names: Vec<&str> = table.iter().map(|row| row.name.as_str()).collect();
    let stages: Vec<&str> = catalog()
        .stages
        .stages
        .iter()
        .map(|s| s.name.ja())
        .collect();
    assert_eq!(
        names, stages,
        "the rows of table 4 and the stages, in order"
    );
    let mut failures = Vec::new();
    for stage in catalog().stages.stages {
        let row = table_4_row(&table, stage.name.ja());
        if ja(stage.practice) != row.practice {
            failures.push(format!(
                "stage {}: practice is not row {} of table 4:\n  content: {:#?}\n  seed:    {:#?}",
                stage.id,
                row.name,
                ja(stage.practice),
                row.practice
            ));
        }
        if ja(stage.remarks) != row.remarks {
            failures.push(format!(
                "stage {}: remarks are not those of row {}: {:?} / {:?}",
                stage.id,
                row.name,
                ja(stage.remarks),
                row.remarks
            ));
        }
        if stage.kind.map(|kind| kind.ja()) != row.kind.as_deref() {
            failures.push(format!(
                "stage {}: kind {:?}, row {} says {:?}",
                stage.id,
                stage.kind.map(|kind| kind.ja()),
                row.name,
                row.kind
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn each_stage_detail_is_its_own_section_of_ii_6() {
    let Some(seed) = seed_004() else { return };
    let lines = seed_lines(&seed);
    let mut failures = Vec::new();
    for stage in catalog().stages.stages {
        let section = stage_section(&lines, stage.name.ja());
        let detail: String = stage
            .detail
            .iter()
            .flat_map(|group| {
                std::iter::once(&group.heading).chain(
                    group
                        .bullets
                        .iter()
                        .flat_map(|bullet| std::iter::once(&bullet.text).chain(bullet.sub)),
                )
            })
            .map(|text| without_whitespace(text.ja()))
            .collect();
        if detail != section.practice {
            failures.push(format!(
                "stage {}: the detail is not II.{}, every heading and bullet in order:\n  content: {detail}\n  seed:    {}",
                stage.id, section.number, section.practice
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The bullets of II.6 the seed nests under another: stage, the bullet, the one nested under
/// it. In II.6.3 a `<ul>` opens right after 「…検討する」, and 「例:…」 is marked ○ where its
/// siblings are marked ●.
const NESTED_STAGE_BULLETS: [(&str, &str, &str); 2] = [
    (
        "2",
        "センシティブ情報の位置付けと取り扱い等、リスクマネジメントとガバナンス体制を検討する",
        "リスク回避する場合でもポリシーを策定する",
    ),
    (
        "2",
        "クラウド形態が最も効果・効率の上がる業務を選定する",
        "例:メール、ファイルサーバ等",
    ),
];

#[test]
fn a_stage_bullet_the_seed_nests_is_nested_under_its_bullet() {
    let Some(seed) = seed_004() else { return };
    let lines = seed_lines(&seed);
    let (_, body) = section(chapter_ii(&lines), "6.3.");
    let cell: String = body.join(" ");
    let ul = "<ul style=\"list-style-type: none\">";
    for (_, parent, child) in NESTED_STAGE_BULLETS {
        let nested_list = format!("{parent} {ul} {child}");
        let nested_mark = format!("○ {child}");
        assert!(
            cell.contains(&nested_list) || cell.contains(&nested_mark),
            "II.6.3 nests {child:?} under {parent:?}"
        );
    }
    let mut nested = Vec::new();
    for stage in catalog().stages.stages {
        for group in stage.detail {
            for bullet in group.bullets {
                for sub in bullet.sub {
                    nested.push((stage.id, bullet.text.ja(), sub.ja()));
                }
            }
        }
    }
    assert_eq!(
        nested, NESTED_STAGE_BULLETS,
        "the nested bullets of the stages' detail, and no others"
    );
}

#[test]
fn the_stage_notes_are_the_bullets_of_ii_5_2_and_cite_it() {
    let Some(seed) = seed_004() else { return };
    let lines = seed_lines(&seed);
    let (title, body) = section(chapter_ii(&lines), "5.2.");
    assert_eq!(title, "手順策定時の留意点");
    let caption = body
        .iter()
        .position(|line| line.starts_with("表 4:"))
        .expect("table 4 stands in II.5.2");
    let bullets: Vec<&str> = body[..caption]
        .iter()
        .filter_map(|line| line.trim().strip_prefix("- ・"))
        .collect();
    assert_eq!(bullets.len(), 6, "II.5.2 has six notes before table 4");
    let notes = &catalog().stages.notes;
    assert_eq!(ja(notes.text), bullets, "the notes are II.5.2's, in order");
    assert!(notes.text.iter().all(|note| !note.en().trim().is_empty()));
    assert_eq!(notes.source.file, CHECKLIST_SEED);
    assert_eq!(
        (notes.source.section.ja(), notes.source.section.en()),
        ("II.5.2", "II.5.2")
    );
}

#[test]
fn each_stage_gate_is_the_evaluation_row_of_its_own_section_of_ii_6() {
    let Some(seed) = seed_004() else { return };
    let lines = seed_lines(&seed);
    let mut failures = Vec::new();
    for stage in catalog().stages.stages {
        let section = stage_section(&lines, stage.name.ja());
        let gate: String = stage
            .gate
            .iter()
            .map(|text| without_whitespace(text.ja()))
            .collect();
        if gate != section.gate {
            failures.push(format!(
                "stage {}: the gate is not the 評価・決断 row of II.{}:\n  content: {gate}\n  seed:    {}",
                stage.id, section.number, section.gate
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn each_stage_cites_table_4_and_its_own_section_of_ii_6() {
    let Some(seed) = seed_004() else { return };
    let lines = seed_lines(&seed);
    // Table 4 stands in II.5.2 (table_4 finds its caption there).
    assert!(!table_4(&lines).is_empty());
    let mut numbers = Vec::new();
    for stage in catalog().stages.stages {
        let number = stage_section(&lines, stage.name.ja()).number;
        assert_eq!(stage.source.file, CHECKLIST_SEED, "stage {}", stage.id);
        assert_eq!(
            (stage.source.section.ja(), stage.source.section.en()),
            (
                format!("II.5.2 表4、II.{number}").as_str(),
                format!("II.5.2 table 4; II.{number}").as_str()
            ),
            "the section stage {} cites",
            stage.id
        );
        numbers.push(number);
    }
    let guide = &catalog().stages.source;
    let (first, last) = (&numbers[0], &numbers[numbers.len() - 1]);
    assert_eq!(guide.file, CHECKLIST_SEED);
    assert_eq!(
        guide.section.ja(),
        format!("II.5.2 表4、II.{first}～II.{last}"),
        "the section the stage guide cites"
    );
}

// ---------------------------------------------------------------------------------------------
// Intros, footnotes and purposes.

/// Each intro paragraph is a whole paragraph of the text before the checklist's table, in the
/// seed's order.
fn assert_intro_is_paragraphs_of(checklist: &Checklist, before: &[&str]) {
    assert!(!checklist.intro.is_empty(), "{} has no intro", checklist.id);
    let mut last = None;
    for text in checklist.intro {
        let index = before
            .iter()
            .position(|paragraph| *paragraph == text.ja())
            .unwrap_or_else(|| {
                panic!(
                    "{} intro is not a paragraph of its section of the seed: {}",
                    checklist.id,
                    text.ja()
                )
            });
        assert!(
            last.is_none_or(|last| index > last),
            "{} intro is out of order",
            checklist.id
        );
        last = Some(index);
    }
}

#[test]
fn each_intro_is_paragraphs_of_its_own_section() {
    let Some(seed) = seed_004() else { return };
    let lines = seed_lines(&seed);
    assert_intro_is_paragraphs_of(pre(), &seed_precondition_table(&lines).before);
    assert_intro_is_paragraphs_of(mig(), &seed_migration_table(&lines).before);
}

#[test]
fn footnote_1_is_the_white_paper_of_the_references() {
    let Some(seed) = seed_004() else { return };
    let lines = seed_lines(&seed);
    let chapter = chapter(&lines, "VI. チェックリスト");
    let references = chapter
        .iter()
        .position(|line| line.trim() == "参考文献")
        .map(|start| paragraphs(&chapter[start + 1..]))
        .expect("a 参考文献 list after VI");
    let footnote = pre()
        .footnotes
        .iter()
        .find(|footnote| footnote.mark.ja() == "※1")
        .expect("pre has footnote ※1");
    assert_eq!(footnote.text.ja(), "『平成30年総務省情報通信白書』");
    for footnote in pre().footnotes {
        let entry = format!("{}{}", footnote.mark.ja(), footnote.text.ja());
        assert!(
            references.contains(&entry.as_str()),
            "{entry} is not an entry of the seed's 参考文献"
        );
        assert!(
            pre()
                .intro
                .iter()
                .any(|text| text.ja().contains(footnote.mark.ja())
                    && text.en().contains(footnote.mark.en())),
            "the intro does not refer to {} / {}",
            footnote.mark.ja(),
            footnote.mark.en()
        );
        assert_eq!(footnote.source.file, CHECKLIST_SEED);
        assert_eq!(
            footnote.source.section.ja(),
            format!("参考文献 {}", footnote.mark.ja())
        );
    }
}

#[test]
fn every_checklist_states_its_purpose_in_its_own_words() {
    let Some(dir) = seeds_dir() else { return };
    for checklist in catalog().checklists {
        assert!(
            !checklist.purpose.is_empty(),
            "{} has no purpose",
            checklist.id
        );
        let seed = normalize_seed(&read_seed(&dir, checklist.source.file));
        for text in checklist.purpose {
            assert!(
                !text.ja().trim().is_empty() && !text.en().trim().is_empty(),
                "{}: empty purpose",
                checklist.id
            );
            let quoted = quoted_sentences(text.ja(), &seed);
            assert!(
                quoted.is_empty(),
                "{}: the purpose is the tool's own words, but quotes the seed: {quoted:?}",
                checklist.id
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The source documents.

const DISCLAIMER_004: &str = "この資料の内容は発表者個人及び研究プロジェクトメンバーの見解です。";

#[test]
fn source_004_quotes_its_disclaimer_and_year() {
    let Some(seed) = seed_004() else { return };
    let document = catalog()
        .source_document(CHECKLIST_SEED)
        .expect("sources.json lists 004");
    assert!(
        seed.lines().any(|line| line.trim() == DISCLAIMER_004),
        "the seed has the disclaimer"
    );
    assert!(
        document.note.ja().contains(DISCLAIMER_004),
        "the note quotes the disclaimer: {}",
        document.note.ja()
    );
    let written = seed
        .lines()
        .find_map(|line| line.trim().strip_prefix("報告書作成"))
        .expect("the seed says when the report was written");
    let year: u16 = written
        .trim()
        .get(..4)
        .and_then(|year| year.parse().ok())
        .unwrap_or_else(|| panic!("no year in 報告書作成 {written}"));
    assert_eq!(year, 2020);
    assert_eq!(document.year, Some(year));
}

#[test]
fn no_source_is_described_as_public_guidance() {
    let denies = |sentence: &str| {
        sentence.contains("ではありません")
            || sentence.contains("ではない")
            || sentence.contains(" not ")
    };
    for document in catalog().sources {
        let fields = [
            ("title", document.title),
            ("short", document.short),
            ("publisher", document.publisher),
            ("kind", document.kind),
            ("note", document.note),
        ];
        for (field, text) in fields {
            let en = text.en().to_lowercase();
            let claims: Vec<&str> = sentences(text.ja())
                .into_iter()
                .chain(en.split(". "))
                .filter(|sentence| sentence.contains("公的") || sentence.contains("public"))
                .filter(|sentence| field != "note" || !denies(sentence))
                .collect();
            assert!(
                claims.is_empty(),
                "{} {field} describes it as public guidance: {claims:?}",
                document.file
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Japanese text is verbatim from the seed it cites, and every citation names a seed.

/// Every content/*.json file, parsed, sorted by name.
fn content_values() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("content directory")
        .map(|entry| entry.expect("directory entry").file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .collect();
    files.sort();
    for expected in ["pre.json", "mig.json", "stages.json", "sources.json"] {
        assert!(
            files.iter().any(|f| f == expected),
            "content/{expected} not found"
        );
    }
    files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(dir.join(&file))
                .unwrap_or_else(|error| panic!("content/{file}: {error}"));
            let value = serde_json::from_str(&text)
                .unwrap_or_else(|error| panic!("content/{file}: {error}"));
            (file, value)
        })
        .collect()
}

/// What a bilingual text stands under.
#[derive(Clone, Copy, Debug)]
enum Scope<'a> {
    /// Nothing yet: text here has no source.
    None,
    /// Under an object with `"source": {"file": …}`: a quotation of that seed.
    Quote(&'a str),
    /// Under a checklist's `purpose` or `readings`: the tool's own words, which must not be
    /// quotations (checked by their own tests).
    Own,
    /// Under a `source` reference: the section label of a citation.
    Citation,
    /// Under a bibliography entry of sources.json (an object with its own `"file"`): what the
    /// tool says of the document, not a quotation.
    Label,
    /// The responsibility map's names for things (a layer, a party, a pattern, a half of a
    /// split layer): the tool's short labels, one phrase each, never a quoted sentence.
    Name,
}

/// Keys of `rsp.json` whose texts are the tool's names for things.
const RSP_NAME_KEYS: &[&str] = &[
    "title",
    "name",
    "caption",
    "label",
    "user_part",
    "provider_part",
    "parties",
];

type Quotation<'a> = (String, Scope<'a>, &'a serde_json::Map<String, Value>);

/// Walks a content value, collecting every object with "ja" and the scope it stands in.
fn collect_quotes<'a>(
    value: &'a Value,
    path: &str,
    scope: Scope<'a>,
    out: &mut Vec<Quotation<'a>>,
) {
    match value {
        Value::Object(map) => {
            let scope = if matches!(scope, Scope::Own | Scope::Citation | Scope::Name) {
                scope
            } else if map.get("file").is_some_and(Value::is_string) {
                Scope::Label
            } else if let Some(file) = map
                .get("source")
                .and_then(|s| s.get("file"))
                .and_then(Value::as_str)
            {
                Scope::Quote(file)
            } else {
                scope
            };
            if map.contains_key("ja") {
                out.push((path.to_owned(), scope, map));
            }
            for (key, child) in map {
                let scope = match key.as_str() {
                    "purpose" | "readings" | "reading" | "layer_basis" => Scope::Own,
                    "source" => Scope::Citation,
                    name if path.starts_with("rsp.json") && RSP_NAME_KEYS.contains(&name) => {
                        Scope::Name
                    }
                    // The glossary's title and its terms' names are names too; a definition
                    // stands under its own source and is checked as a quote.
                    "title" | "term" if path.starts_with("glossary.json") => Scope::Name,
                    _ => scope,
                };
                collect_quotes(child, &format!("{path}.{key}"), scope, out);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                collect_quotes(child, &format!("{path}[{index}]"), scope, out);
            }
        }
        _ => {}
    }
}

#[test]
fn japanese_text_is_verbatim_from_the_cited_seed() {
    let Some(dir) = seeds_dir() else { return };
    let mut seeds = BTreeMap::<String, Option<String>>::new();
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut exempt = 0;
    for (file, value) in content_values() {
        let mut quotes = Vec::new();
        collect_quotes(&value, &file, Scope::None, &mut quotes);
        for (path, scope, map) in quotes {
            checked += 1;
            match map.get("en").and_then(Value::as_str) {
                Some(en) if !en.trim().is_empty() => {}
                _ => failures.push(format!("{path}: no English text")),
            }
            let Some(ja) = map.get("ja").and_then(Value::as_str) else {
                failures.push(format!("{path}: \"ja\" is not a string"));
                continue;
            };
            let quote = without_whitespace(ja);
            if quote.is_empty() {
                failures.push(format!("{path}: empty Japanese text"));
                continue;
            }
            let source = match scope {
                Scope::Quote(source) => source,
                Scope::Own => {
                    exempt += 1;
                    if file == "sources.json" || file == "stages.json" {
                        failures.push(format!("{path}: own words outside a checklist"));
                    }
                    continue;
                }
                Scope::Citation => {
                    exempt += 1;
                    continue;
                }
                Scope::Name => {
                    exempt += 1;
                    let phrase = ja.chars().count() <= 60 && !ja.contains('。');
                    if !phrase {
                        failures.push(format!("{path}: a name must be one short phrase: {ja}"));
                    }
                    continue;
                }
                Scope::Label => {
                    exempt += 1;
                    if file != "sources.json" {
                        failures.push(format!(
                            "{path}: under an object with its own \"file\" outside sources.json, \
                             so it escapes the verbatim check"
                        ));
                    }
                    continue;
                }
                Scope::None => {
                    failures.push(format!("{path}: no source in scope"));
                    continue;
                }
            };
            let seed = seeds.entry(source.to_owned()).or_insert_with(|| {
                std::fs::read_to_string(dir.join(source)).ok().map(|text| {
                    EXTRACTION_REPAIRS
                        .iter()
                        .fold(normalize_seed(&text), |seed, (broken, repaired)| {
                            seed.replace(broken, repaired)
                        })
                })
            });
            let Some(seed) = seed else {
                failures.push(format!("{path}: source {source} cannot be read"));
                continue;
            };
            // A best-practice heading may join the audience and the lead sentence of a nested
            // list with 「：」; each side is quoted.
            let parts: Vec<&str> = if path.ends_with(".heading") && path.contains(".practices[") {
                quote.split('：').collect()
            } else {
                vec![quote.as_str()]
            };
            if parts.iter().any(|part| !seed.contains(part)) {
                failures.push(format!("{path}: not verbatim in {source}: {ja}"));
            }
        }
    }
    assert!(
        checked - exempt > 100,
        "only {} quotations found: is the walk broken?",
        checked - exempt
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} texts fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every object with a "file" (a `source` reference or a bibliography entry) names a seed
/// file that exists, and every citation of the catalog names a listed, existing seed.
#[test]
fn every_source_names_an_existing_seed_file() {
    let Some(dir) = seeds_dir() else { return };
    fn walk(value: &Value, path: &str, out: &mut Vec<(String, Value)>) {
        match value {
            Value::Object(map) => {
                if map.contains_key("file") {
                    out.push((path.to_owned(), map["file"].clone()));
                }
                for (key, child) in map {
                    walk(child, &format!("{path}.{key}"), out);
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    walk(child, &format!("{path}[{index}]"), out);
                }
            }
            _ => {}
        }
    }
    let exists = |name: &str| !name.is_empty() && !name.contains('/') && dir.join(name).is_file();
    let mut failures = Vec::new();
    let mut sources = 0;
    for (file, value) in content_values() {
        let mut files = Vec::new();
        walk(&value, &file, &mut files);
        for (path, name) in files {
            sources += usize::from(path.ends_with(".source"));
            match name.as_str() {
                Some(name) if exists(name) => {}
                _ => failures.push(format!("{path}: no seed file {name}")),
            }
        }
    }
    let mut cited = 0;
    for citation in catalog().citations() {
        cited += 1;
        if !exists(citation.file) {
            failures.push(format!("{citation}: no seed file {}", citation.file));
        }
        if catalog().source_document(citation.file).is_none() {
            failures.push(format!("{citation}: not listed in sources.json"));
        }
    }
    // Every source object of the data is one citation of the catalog, and no more.
    assert_eq!(
        sources, cited,
        "the walk found {sources} source objects, the catalog cites {cited}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The Japanese text an item shows, as build.rs scans it for glossary terms.
fn item_text(item: &cloud_self_check::domain::content::Item) -> String {
    let mut text = item.question.ja().to_owned();
    for extra in item.statement.iter().chain(&item.risk).chain(item.guidance) {
        text.push('\n');
        text.push_str(extra.ja());
    }
    text
}

#[test]
fn each_item_lists_the_glossary_terms_its_text_uses() {
    let glossary = &catalog().glossary;
    let mut linked = 0;
    for checklist in catalog().checklists {
        for item in checklist.items {
            let text = item_text(item);
            for id in item.terms {
                let term = glossary
                    .term(id)
                    .unwrap_or_else(|| panic!("{}: no term {id}", item.id));
                assert!(
                    term.aliases.iter().any(|alias| text.contains(alias)),
                    "{}: lists {id}, whose aliases are not in its text",
                    item.id
                );
                linked += 1;
            }
            // A term whose alias is in the text is listed, unless a longer alias of another
            // term covers every place it occurs (クラウド inside クラウドサービス).
            for term in glossary.terms {
                for alias in term.aliases {
                    let covered = |at: usize| {
                        glossary
                            .terms
                            .iter()
                            .flat_map(|other| other.aliases.iter())
                            .any(|longer| {
                                longer.chars().count() > alias.chars().count()
                                    && text.match_indices(longer).any(|(start, found)| {
                                        start < at + alias.len() && at < start + found.len()
                                    })
                            })
                    };
                    let free = text.match_indices(alias).any(|(at, _)| !covered(at));
                    if free {
                        assert!(
                            item.terms.contains(&term.id),
                            "{}: uses {alias} but does not list {}",
                            item.id,
                            term.id
                        );
                    }
                }
            }
        }
    }
    assert!(
        linked > 100,
        "only {linked} term links: is the scan broken?"
    );
}

/// An item that starts as N/A under other models (domain::applicability) is one whose own
/// quoted text, or the heading it stands under, names the models it is written for, and that
/// text is in its seed.
#[test]
fn an_item_written_for_a_model_names_that_model_in_its_own_quoted_text() {
    let guide = &catalog().responsibility;
    let mut scoped = 0;
    for checklist in catalog().checklists {
        for item in checklist
            .items
            .iter()
            .filter(|item| !item.models.is_empty())
        {
            scoped += 1;
            let names: Vec<&str> = item
                .models
                .iter()
                .map(|id| guide.model(id).expect("a model of the map").name.ja())
                .collect();
            let named = names.join("/");
            let own = [Some(item.question), item.statement, item.group]
                .into_iter()
                .flatten()
                .map(|text| text.ja().replace(' ', ""))
                .find(|text| text.contains(&named.replace(' ', "")));
            let Some(own) = own else {
                panic!("{}: nothing it quotes names {named}", item.id);
            };
            let Some(text) = seed(item.source.file) else {
                continue;
            };
            assert!(
                without_whitespace(&text).contains(&without_whitespace(&own)),
                "{}: {own} is not in {}",
                item.id,
                item.source.file
            );
        }
    }
    assert_eq!(scoped, 6);
}
