//! The contract and SLA check (`content/sla.json`) checked against the document it quotes
//! (002, chapter 3), place by place: items 1–8 against the row of the SLA (example) table with
//! their own number and the classification that row stands under, item 9 against the SaaS review
//! paragraph of the lifecycle section, and the intro against the text before the table.
//!
//! The file is read directly, not through the compiled catalog, so these checks do not depend
//! on the checklist being listed in `build.rs`.
//!
//! The seeds are read from `$CLOUD_SELF_CHECK_SEEDS`, or else from `../shared/seeds`. Without
//! them the seed checks fail; they are skipped only when `CLOUD_SELF_CHECK_SKIP_SEEDS=1` asks
//! for it.

use crate::common::{content_file, en, items, ja, number, seed, string};

use serde_json::Value;

/// The document the checklist comes from (Osaka City's cloud service guidelines).
const SEED: &str = "002_ea3d2ceb2cab952b.txt";

const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content/sla.json");

/// The heading of the SLA section (the third subsection of chapter 3, 2.), markup removed.
const SLA_HEADING: &str = "3. サービスレベルアグリーメント(SLA)について";

/// The caption of the table, which ends the text before it.
const TABLE_CAPTION: &str = "SLA(例)";

/// The table's header row.
const TABLE_HEADER: [&str; 6] = ["分類", "項", "項目", "内容", "評価項目", "本市要件"];

/// The heading of the lifecycle section (the third section of chapter 3), markup removed.
const LIFECYCLE_HEADING: &str = "3. クラウドサービスのライフサイクルについて";

/// The table's rows without a number, in order: two higher-level headings (in the 分類
/// column) and one row with text in the 項 column only.
const UNNUMBERED_ROWS: [&str; 3] = [
    "サービス基本特性",
    "アプリケーション、基盤、ストレージ等",
    "サービスサポート",
];

/// The classification each numbered row stands under, by number.
const GROUPS: [(&str, &str); 8] = [
    ("1", "サービス品質"),
    ("2", "サービス品質"),
    ("3", "サービス品質"),
    ("4", "セキュリティ"),
    ("5", "セキュリティ"),
    ("6", "セキュリティ"),
    ("7", "セキュリティ"),
    ("8", "サービス窓口"),
];

/// How the checklist cites the SLA section, and the lifecycle section for item 9.
const SLA_SECTION: (&str, &str) = ("第3章 2.3 SLA", "ch. 3, 2.3 SLA");
const LIFECYCLE_SECTION: (&str, &str) = (
    "第3章 3. クラウドサービスのライフサイクルについて",
    "ch. 3, 3. Lifecycle of cloud services",
);

// ---------------------------------------------------------------------------------------------
// Finding the seeds (`tests/common`).

/// The text of 002, or `None` when the seed checks are skipped.
fn seed_002() -> Option<String> {
    seed(SEED)
}

// ---------------------------------------------------------------------------------------------
// Reading the seed: headings, the text before the table, the table's rows, the lifecycle
// section.

/// A line with its Markdown heading marks (`### `) removed, and trimmed.
fn unmarked(line: &str) -> &str {
    line.trim().trim_start_matches('#').trim()
}

fn is_heading(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// The lines of the chapter whose heading is `## 第N章`, up to the next chapter.
fn chapter<'a>(lines: &[&'a str], number: u32) -> Vec<&'a str> {
    let title = format!("第{number}章");
    let start = lines
        .iter()
        .position(|line| is_heading(line) && unmarked(line) == title)
        .unwrap_or_else(|| panic!("no heading {title}"));
    let end = lines[start + 1..]
        .iter()
        .position(|line| {
            let text = unmarked(line);
            is_heading(line) && text.starts_with('第') && text.ends_with('章')
        })
        .map_or(lines.len(), |offset| start + 1 + offset);
    lines[start + 1..end].to_vec()
}

/// The lines after the heading `heading` up to the next heading.
fn section<'a>(lines: &[&'a str], heading: &str) -> Vec<&'a str> {
    let start = lines
        .iter()
        .position(|line| is_heading(line) && unmarked(line) == heading)
        .unwrap_or_else(|| panic!("no heading {heading}"));
    lines[start + 1..]
        .iter()
        .take_while(|line| !is_heading(line))
        .copied()
        .collect()
}

/// The numbers of the numbered headings (`1.`, `2.`, …; not `(1)`) of a chapter, in order,
/// each with its title.
fn numbered_headings<'a>(lines: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    lines
        .iter()
        .filter(|line| is_heading(line))
        .filter_map(|line| {
            let (number, title) = unmarked(line).split_once(". ")?;
            number
                .chars()
                .all(|c| c.is_ascii_digit())
                .then_some((number, title))
        })
        .collect()
}

/// One row of the table, split at its tabs.
#[derive(Debug, PartialEq)]
struct Row {
    /// The 項 cell when it is a number, else `None`.
    number: Option<String>,
    /// The six cells, trimmed.
    cells: Vec<String>,
    /// For a numbered row, the last 分類 cell written on a numbered row at or above it.
    group: Option<String>,
}

/// The SLA section split at its table: the non-empty lines before the caption, and the rows.
#[derive(Debug, PartialEq)]
struct SlaSection {
    before: Vec<String>,
    rows: Vec<Row>,
}

/// Reads the section: the text up to the caption, the header, then tab-separated rows up to
/// the first blank line. A row must have the header's six cells; a 分類 cell on a numbered row
/// opens a classification that holds until the next one, and an unnumbered row opens none.
fn parse_sla(section: &[&str]) -> SlaSection {
    let caption = section
        .iter()
        .position(|line| line.trim() == TABLE_CAPTION)
        .unwrap_or_else(|| panic!("no table caption {TABLE_CAPTION}"));
    let before = section[..caption]
        .iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    let mut lines = section[caption + 1..]
        .iter()
        .skip_while(|line| line.trim().is_empty());
    let header: Vec<&str> = lines
        .next()
        .expect("a header row after the caption")
        .split('\t')
        .map(str::trim)
        .collect();
    assert_eq!(header, TABLE_HEADER, "the table's header row");
    let mut rows = Vec::new();
    let mut group: Option<String> = None;
    for line in lines.take_while(|line| !line.trim().is_empty()) {
        let cells: Vec<String> = line.split('\t').map(|c| c.trim().to_owned()).collect();
        assert_eq!(
            cells.len(),
            TABLE_HEADER.len(),
            "a table row has {} cells: {line:?}",
            TABLE_HEADER.len()
        );
        let number = (!cells[1].is_empty() && cells[1].chars().all(|c| c.is_ascii_digit()))
            .then(|| cells[1].clone());
        if number.is_some() && !cells[0].is_empty() {
            group = Some(cells[0].clone());
        }
        rows.push(Row {
            group: number.as_ref().and(group.clone()),
            number,
            cells,
        });
    }
    SlaSection { before, rows }
}

fn numbered(section: &SlaSection) -> Vec<&Row> {
    section
        .rows
        .iter()
        .filter(|row| row.number.is_some())
        .collect()
}

/// Splits `lines` into consecutive runs whose concatenations are `texts`, in order, using them
/// all: a paragraph broken over several lines (at a page break) is one text. Returns the index
/// of the first text that is not the next run, if any.
fn consecutive_runs(lines: &[String], texts: &[&str]) -> Result<(), usize> {
    let mut at = 0;
    for (index, text) in texts.iter().enumerate() {
        let mut joined = String::new();
        let mut end = at;
        while end < lines.len() && joined.len() < text.len() {
            joined.push_str(&lines[end]);
            end += 1;
        }
        if joined != *text {
            return Err(index);
        }
        at = end;
    }
    if at == lines.len() {
        Ok(())
    } else {
        Err(texts.len())
    }
}

fn sla_section(seed: &str) -> SlaSection {
    let lines: Vec<&str> = seed.lines().collect();
    parse_sla(&section(&chapter(&lines, 3), SLA_HEADING))
}

fn lifecycle_paragraphs(seed: &str) -> Vec<String> {
    let lines: Vec<&str> = seed.lines().collect();
    section(&chapter(&lines, 3), LIFECYCLE_HEADING)
        .iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_parser_reads_rows_groups_and_unnumbered_rows() {
    let section = [
        "前の段落。",
        "",
        "途中で切れ",
        "た段落。",
        "SLA(例)",
        "",
        "分類\t項\t項目\t内容\t評価項目\t本市要件",
        "上位\t\t\t\t\t",
        "甲\t1\t一\t内容一\t評価一\t値一",
        "中見出し\t\t\t\t\t",
        "\t2\t二\t内容二\t\t値二",
        "\t注記\t\t\t\t",
        "乙\t3\t三\t内容三\t評価三\t値三",
        "",
        "表の後。",
    ];
    let parsed = parse_sla(&section);
    assert_eq!(parsed.before, ["前の段落。", "途中で切れ", "た段落。"]);
    let summary: Vec<(Option<&str>, &str, Option<&str>)> = parsed
        .rows
        .iter()
        .map(|row| {
            (
                row.number.as_deref(),
                row.cells[2].as_str(),
                row.group.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (None, "", None),
            (Some("1"), "一", Some("甲")),
            (None, "", None),
            (Some("2"), "二", Some("甲")),
            (None, "", None),
            (Some("3"), "三", Some("乙")),
        ]
    );
    assert_eq!(parsed.rows[2].cells[0], "中見出し");
    assert_eq!(parsed.rows[4].cells[1], "注記");
    assert_eq!(parsed.rows[3].cells[4], "");
    assert_eq!(
        consecutive_runs(&parsed.before, &["前の段落。", "途中で切れた段落。"]),
        Ok(())
    );
    assert_eq!(consecutive_runs(&parsed.before, &["前の段落。"]), Err(1));
    assert_eq!(
        consecutive_runs(&parsed.before, &["途中で切れた段落。"]),
        Err(0)
    );
    assert_eq!(unmarked("### 3. 見出し "), "3. 見出し");
    assert_eq!(
        numbered_headings(&["## 1. 甲", "本文 1. 乙", "#### (1) 丙", "### 2. 丁"]),
        [("1", "甲"), ("2", "丁")]
    );
}

#[test]
#[should_panic(expected = "a table row has 6 cells")]
fn the_parser_refuses_a_row_with_missing_cells() {
    parse_sla(&[
        "SLA(例)",
        "分類\t項\t項目\t内容\t評価項目\t本市要件",
        "甲\t1\t一\t内容",
    ]);
}

// ---------------------------------------------------------------------------------------------
// Reading the content.

fn content() -> Value {
    content_file(CONTENT)
}

fn guidance_ja(item: &Value) -> Vec<&str> {
    item["guidance"]
        .as_array()
        .expect("guidance is an array")
        .iter()
        .map(|text| ja(text, "guidance"))
        .collect()
}

fn item<'v>(content: &'v Value, n: &str) -> &'v Value {
    items(content)
        .iter()
        .find(|item| number(item) == n)
        .unwrap_or_else(|| panic!("sla.json has no item {n}"))
}

// ---------------------------------------------------------------------------------------------
// The checklist itself.

#[test]
fn sla_is_a_contract_checklist_citing_002() {
    let content = content();
    assert_eq!(content["id"], "sla");
    assert_eq!(content["scale"], "contract");
    assert!(
        content.get("neutral_answers").is_none_or(|v| v == false),
        "a service level the contract leaves open is a gap: the answers are not neutral"
    );
    assert_eq!(content["source"]["file"], SEED);
    assert_eq!(ja(&content["source"]["section"], "source"), SLA_SECTION.0);
    assert_eq!(en(&content["source"]["section"], "source"), SLA_SECTION.1);
    let purpose = content["purpose"].as_array().expect("purpose is an array");
    assert!(!purpose.is_empty(), "sla.json says nothing of its purpose");
}

#[test]
fn nine_items_numbered_1_to_9_with_ids_sla_n() {
    let content = content();
    let numbers: Vec<&str> = items(&content).iter().map(number).collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    for item in items(&content) {
        assert_eq!(
            string(&item["id"], "item id"),
            format!("sla-{}", number(item))
        );
    }
}

#[test]
fn each_item_cites_its_own_row_and_item_9_the_lifecycle_section() {
    let content = content();
    for item in items(&content) {
        let n = number(item);
        assert_eq!(item["source"]["file"], SEED, "item {n}");
        let section = &item["source"]["section"];
        let (expected_ja, expected_en) = if n == "9" {
            (
                LIFECYCLE_SECTION.0.to_owned(),
                LIFECYCLE_SECTION.1.to_owned(),
            )
        } else {
            (
                format!("{} SLA(例) 項{n}", SLA_SECTION.0.trim_end_matches(" SLA")),
                format!(
                    "{} SLA (example) no. {n}",
                    SLA_SECTION.1.trim_end_matches(" SLA")
                ),
            )
        };
        assert_eq!(ja(section, "source"), expected_ja, "item {n}");
        assert_eq!(en(section, "source"), expected_en, "item {n}");
    }
}

#[test]
fn every_text_has_japanese_and_english() {
    fn walk(value: &Value, path: &str, count: &mut usize) {
        match value {
            Value::Object(map) => {
                if map.contains_key("ja") || map.contains_key("en") {
                    *count += 1;
                    for key in ["ja", "en"] {
                        let text = map.get(key).and_then(Value::as_str).unwrap_or_default();
                        assert!(!text.trim().is_empty(), "{path}: empty or missing {key}");
                    }
                }
                for (key, child) in map {
                    walk(child, &format!("{path}.{key}"), count);
                }
            }
            Value::Array(values) => {
                for (index, child) in values.iter().enumerate() {
                    walk(child, &format!("{path}[{index}]"), count);
                }
            }
            _ => {}
        }
    }
    let content = content();
    let mut count = 0;
    walk(&content, "sla.json", &mut count);
    // Title, source, 2 purposes, 4 intros, 4 readings, and per item question, statement,
    // value example, group, source and its guidance (none for item 6).
    assert!(
        count >= 12 + 9 * 5 + 8,
        "only {count} texts: is the walk broken?"
    );
    for field in ["title", "source"] {
        assert!(content[field].is_object(), "{field} is missing");
    }
    for item in items(&content) {
        for field in ["question", "statement", "value_example", "group"] {
            assert!(
                item[field].is_object(),
                "item {}: {field} is missing",
                number(item)
            );
        }
    }
}

#[test]
fn placeholders_are_kept_in_english() {
    let content = content();
    for item in items(&content) {
        let n = number(item);
        let value = &item["value_example"];
        let marks = |text: &str| text.chars().filter(|c| *c == '●').count();
        assert_eq!(
            marks(en(value, "value_example")),
            marks(ja(value, "value_example")),
            "item {n}: the English example keeps every ● of the Japanese"
        );
    }
}

#[test]
fn readings_say_what_is_this_tools_own() {
    let content = content();
    let readings = &content["readings"];
    let review = &readings["review"];
    assert!(
        ja(review, "review").contains("本ツールの解釈")
            && en(review, "review").contains("this tool's reading"),
        "reading review says that Defined for item 9 is this tool's reading"
    );
    assert!(
        ja(review, "review").contains("項目9はSLA（例）の表の行ではありません"),
        "reading review says item 9 is not a row of the table"
    );
    let headings = ja(&readings["headings"], "headings");
    for row in UNNUMBERED_ROWS {
        assert!(
            headings.contains(&format!("「{row}」")),
            "reading headings explains the row {row}"
        );
    }
    for item in items(&content) {
        let group = ja(&item["group"], "group");
        assert!(
            !UNNUMBERED_ROWS.contains(&group),
            "item {}: the group is a classification, not the row {group}",
            number(item)
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Against the seed.

#[test]
fn the_sla_section_is_2_3_and_the_lifecycle_section_is_3_of_chapter_3() {
    let Some(seed) = seed_002() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let chapter = chapter(&lines, 3);
    let headings = numbered_headings(&chapter);
    let numbers: Vec<&str> = headings.iter().map(|(n, _)| *n).collect();
    // 1. procurement (1.), 2. requirements (1., 2., 3. SLA), then 3. lifecycle: the second
    // "3." in a row cannot be a sibling of the first, so it is the chapter's own section 3.
    assert_eq!(numbers, ["1", "1", "2", "1", "2", "3", "3"]);
    assert_eq!(headings[2].1, "要件定義について");
    assert_eq!(format!("3. {}", headings[5].1), SLA_HEADING);
    assert_eq!(format!("3. {}", headings[6].1), LIFECYCLE_HEADING);
    assert!(SLA_SECTION.0.starts_with("第3章 2.3 "));
    assert!(LIFECYCLE_SECTION.0.ends_with(LIFECYCLE_HEADING));
}

#[test]
fn the_table_has_8_numbered_rows_and_3_unnumbered_ones() {
    let Some(seed) = seed_002() else { return };
    let section = sla_section(&seed);
    let numbers: Vec<&str> = numbered(&section)
        .iter()
        .filter_map(|row| row.number.as_deref())
        .collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "5", "6", "7", "8"]);
    let unnumbered: Vec<&str> = section
        .rows
        .iter()
        .filter(|row| row.number.is_none())
        .map(|row| row.cells.concat())
        .map(|text| UNNUMBERED_ROWS.iter().find(|r| **r == text).copied())
        .map(|found| found.expect("an unnumbered row the readings do not explain"))
        .collect();
    assert_eq!(unnumbered, UNNUMBERED_ROWS);
}

#[test]
fn each_item_1_to_8_is_the_row_with_its_own_number() {
    let Some(seed) = seed_002() else { return };
    let section = sla_section(&seed);
    let content = content();
    let rows = numbered(&section);
    for row in &rows {
        let n = row.number.as_deref().expect("a numbered row");
        let item = item(&content, n);
        let cells = &row.cells;
        assert_eq!(
            ja(&item["question"], "question"),
            cells[2],
            "item {n}: 項目"
        );
        assert_eq!(
            ja(&item["statement"], "statement"),
            cells[3],
            "item {n}: 内容"
        );
        let guidance: Vec<&str> = if cells[4].is_empty() {
            Vec::new()
        } else {
            vec![cells[4].as_str()]
        };
        assert_eq!(guidance_ja(item), guidance, "item {n}: 評価項目");
        assert_eq!(
            ja(&item["value_example"], "value_example"),
            cells[5],
            "item {n}: 本市要件"
        );
    }
    assert_eq!(rows.len() + 1, items(&content).len());
}

#[test]
fn each_group_is_the_classification_its_row_stands_under() {
    let Some(seed) = seed_002() else { return };
    let section = sla_section(&seed);
    let content = content();
    let seed_groups: Vec<(&str, &str)> = numbered(&section)
        .iter()
        .map(|row| {
            (
                row.number.as_deref().expect("a numbered row"),
                row.group.as_deref().expect("a row under a classification"),
            )
        })
        .collect();
    assert_eq!(seed_groups, GROUPS);
    for (n, group) in GROUPS {
        assert_eq!(
            ja(&item(&content, n)["group"], "group"),
            group,
            "item {n}: the group is the 分類 its row stands under"
        );
    }
    // A classification reads the same in English wherever it recurs.
    for (a, b) in items(&content).iter().zip(items(&content).iter().skip(1)) {
        if ja(&a["group"], "group") == ja(&b["group"], "group") {
            assert_eq!(en(&a["group"], "group"), en(&b["group"], "group"));
        }
    }
}

#[test]
fn the_intro_is_the_whole_text_before_the_table_in_order() {
    let Some(seed) = seed_002() else { return };
    let section = sla_section(&seed);
    let content = content();
    let intro: Vec<&str> = content["intro"]
        .as_array()
        .expect("intro is an array")
        .iter()
        .map(|text| ja(text, "intro"))
        .collect();
    assert_eq!(intro.len(), 4, "the four paragraphs before the table");
    if let Err(index) = consecutive_runs(&section.before, &intro) {
        panic!(
            "intro paragraph {index} is not the next paragraph before the table (or paragraphs \
             are missing): {:?}",
            intro.get(index)
        );
    }
    assert_eq!(ja(&content["title"], "title"), &SLA_HEADING["3. ".len()..]);
}

#[test]
fn item_9_is_the_saas_review_of_the_lifecycle_section() {
    let Some(seed) = seed_002() else { return };
    let paragraphs = lifecycle_paragraphs(&seed);
    let review = paragraphs
        .iter()
        .find(|p| p.starts_with("SaaS については、3年を目途に"))
        .expect("the lifecycle section's paragraph on SaaS");
    let content = content();
    let item = item(&content, "9");
    assert_eq!(ja(&item["statement"], "statement"), review);
    let question = ja(&item["question"], "question");
    assert!(review.contains(question), "item 9: {question}");
    let value = ja(&item["value_example"], "value_example");
    assert!(review.contains(value), "item 9: {value}");
    assert_eq!(
        ja(&item["group"], "group"),
        &LIFECYCLE_HEADING["3. ".len()..],
        "item 9 stands under the lifecycle heading"
    );
    for text in guidance_ja(item) {
        assert!(
            paragraphs.iter().any(|p| p == text) && text != review,
            "item 9: guidance is another paragraph of the lifecycle section: {text}"
        );
    }
    assert!(!guidance_ja(item).is_empty());
}
