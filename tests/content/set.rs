//! The setting-type checklist (`content/set.json`) checked against the guideline it quotes
//! (001 II.1.1–II.1.2), place by place: each type against its own numbered row of tables
//! II.1.1-1 (name and meaning) and II.1.1-2 (risk), its layers against the layer matrix of
//! table II.1.2-1 where the matrix agrees with the text of table II.1.2-2, and against that text
//! where the damaged matrix differs, and the quoted introduction against section II.1.1.
//!
//! The file is read directly, not through the compiled catalog, so these checks do not depend
//! on the checklist being listed in `build.rs`.
//!
//! The seeds are read from `$CLOUD_SELF_CHECK_SEEDS`, or else from `../shared/seeds`. Without
//! them the seed checks fail; they are skipped only when `CLOUD_SELF_CHECK_SKIP_SEEDS=1` asks
//! for it.

use crate::common::{content_file, en, items, ja, number, seed, string, without_whitespace};
use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// The guideline the setting types come from (001 II.1.1–II.1.2).
const SEED: &str = "001_3a537b5899cd3262.txt";

const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content/set.json");

/// The setting types this check asks about: the 10 columns of the layer matrix (table
/// II.1.2-1), in the order of the guideline's tables. Tables II.1.1-1 and -2 list one type more,
/// 7 その他の設定項目, which the matrix has no column for; leaving it out is this tool's reading.
const NUMBERS: [&str; 10] = ["1", "2", "3", "4.1", "4.2", "5", "6.1", "6.2", "6.3", "6.4"];

/// The layers top to bottom: their ids and their names in the rows of table II.1.2-1 (without
/// the trailing 「の設定」 most rows have).
const LAYERS: [(&str, &str); 8] = [
    ("data", "データ"),
    ("application", "アプリケーション"),
    ("middleware", "ミドルウェア"),
    ("os", "OS"),
    ("virtual", "仮想環境"),
    ("hardware", "ハードウェア"),
    ("network", "ネットワーク"),
    ("facility", "施設・電源"),
];

/// The types whose layers the damaged matrix of table II.1.2-1 gets wrong, each with the words
/// of its own row of table II.1.2-2 that the content's decision rests on.
const FOLLOWS_TEXT: [(&str, &[&str]); 4] = [
    ("4.2", &["ネットワークレイヤに対応する"]),
    ("5", &["監視対象としては各レイヤに関連する"]),
    (
        "6.1",
        &["通常は、利用者のアプリケーション、ミドルウェア、OS等に対応する"],
    ),
    (
        "6.4",
        &["仮想環境上で構築する場合", "OS上でそのまま利用する場合"],
    ),
];

/// The types whose matrix column the text of table II.1.2-2 confirms, with its words.
const MATRIX_AGREES: [(&str, &[&str]); 6] = [
    (
        "1",
        &["ユーザID設定", "データへのアクセス", "システムへのアクセス"],
    ),
    ("2", &["全てのレイヤに関連"]),
    ("3", &["ミドルウェアレイヤの設定", "データレイヤの設定項目"]),
    ("4.1", &["仮想環境レイヤに対応する"]),
    ("6.2", &["PaaSが提供するアプリケーション"]),
    ("6.3", &["ミドルウェアレイヤに相当"]),
];

/// What every `layer_basis` of a type that follows the text says, in each language.
const DISAGREE_JA: [&str; 2] = [
    "図表II.1.2-1と図表II.1.2-2が食い違っています",
    "図表II.1.2-2の記述に従",
];
const DISAGREE_EN: [&str; 2] = [
    "tables II.1.2-1 and II.1.2-2 disagree",
    "follows the text of table II.1.2-2",
];
/// What every `layer_basis` of a type whose matrix column stands says.
const AGREE_JA: &str = "は一致しています";
const AGREE_EN: &str = "agree.";

// ---------------------------------------------------------------------------------------------
// Finding the seeds (`tests/common`).

/// The text of 001, or `None` when the seed checks are skipped.
fn seed_001() -> Option<String> {
    seed(SEED)
}

// ---------------------------------------------------------------------------------------------
// Reading the content.

fn content() -> Value {
    content_file(CONTENT)
}

/// The item of type `number`.
fn item<'v>(content: &'v Value, number: &str) -> &'v Value {
    items(content)
        .iter()
        .find(|item| item["number"] == number)
        .unwrap_or_else(|| panic!("set.json has no item {number}"))
}

/// The single guidance entry of an item (the meaning of its type).
fn meaning(item: &Value) -> &Value {
    let guidance = item["guidance"].as_array().expect("guidance is an array");
    assert_eq!(
        guidance.len(),
        1,
        "item {}: guidance is the one meaning cell of its row",
        number(item)
    );
    &guidance[0]
}

fn layers(item: &Value) -> Vec<&str> {
    item["layers"]
        .as_array()
        .unwrap_or_else(|| panic!("item {}: layers is not an array", number(item)))
        .iter()
        .map(|layer| string(layer, "layer id"))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Reading the seed.

/// A caption as compared: no whitespace, and every kind of dash as `-` (the extraction writes
/// 「図表Ⅱ. 1. 1 – 1」 and 「図表Ⅱ. 1. 1-2」 alike).
fn compact_caption(text: &str) -> String {
    without_whitespace(text)
        .chars()
        .map(|c| {
            if matches!(c, '–' | '—' | '‐' | '－') {
                '-'
            } else {
                c
            }
        })
        .collect()
}

/// The seed as the content quotes it: footnote references `<sup>4</sup>` written as the
/// content's marks `※4`, and no whitespace (the extraction breaks lines and cells anywhere).
fn normalize_seed(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("<sup>") {
        out.push_str(&rest[..open]);
        let after = &rest[open + "<sup>".len()..];
        if let Some(close) = after.find("</sup>") {
            out.push('※');
            out.push_str(&after[..close]);
            rest = &after[close + "</sup>".len()..];
        } else {
            out.push_str("<sup>");
            rest = after;
        }
    }
    out.push_str(rest);
    without_whitespace(&out)
}

#[test]
fn seed_normalization_writes_footnote_references_as_marks() {
    assert_eq!(
        normalize_seed("各製品<sup>4</sup>における\n 設定"),
        "各製品※4における設定"
    );
    assert_eq!(compact_caption("図表Ⅱ. 1. 1 – 1 類型"), "図表Ⅱ.1.1-1類型");
    assert_eq!(compact_caption("図表Ⅱ. 1. 1-2"), "図表Ⅱ.1.1-2");
}

/// The line of the caption `caption` (a line that starts with it), which must be unique.
fn caption_line(lines: &[&str], caption: &str) -> usize {
    let wanted = compact_caption(caption);
    let found: Vec<usize> = (0..lines.len())
        .filter(|&i| compact_caption(lines[i]).starts_with(&wanted))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "caption {caption:?} must occur once: {found:?}"
    );
    found[0]
}

/// A numbered table under `caption`: from its `No.` header row to the first blank line, each
/// row by its number (the first cell) with its other cells, trimmed.
fn numbered_table(lines: &[&str], caption: &str) -> BTreeMap<String, Vec<String>> {
    let start = caption_line(lines, caption);
    let header = (start + 1..lines.len())
        .find(|&i| lines[i].starts_with("No.\t"))
        .unwrap_or_else(|| panic!("no `No.` header row after {caption:?}"));
    let mut rows = BTreeMap::new();
    for line in lines[header + 1..]
        .iter()
        .take_while(|line| !line.trim().is_empty())
    {
        let mut cells = line.split('\t').map(str::trim);
        let number = cells.next().unwrap_or_default().to_owned();
        let rest: Vec<String> = cells.map(str::to_owned).collect();
        assert!(
            rows.insert(number.clone(), rest).is_none(),
            "{caption}: row {number} occurs twice"
        );
    }
    rows
}

fn table_ii_1_1_1(lines: &[&str]) -> BTreeMap<String, Vec<String>> {
    numbered_table(lines, "図表Ⅱ. 1. 1 – 1")
}

fn table_ii_1_1_2(lines: &[&str]) -> BTreeMap<String, Vec<String>> {
    numbered_table(lines, "図表Ⅱ. 1. 1-2")
}

fn table_ii_1_2_2(lines: &[&str]) -> BTreeMap<String, Vec<String>> {
    numbered_table(lines, "図表Ⅱ. 1. 2-2")
}

/// Cell `index` (after the number) of row `number`, which must exist.
fn cell<'t>(table: &'t BTreeMap<String, Vec<String>>, number: &str, index: usize) -> &'t str {
    table
        .get(number)
        .unwrap_or_else(|| panic!("the seed table has no row {number}"))
        .get(index)
        .map_or("", String::as_str)
}

/// The layer matrix of table II.1.2-1, read as printed: for each type number (the column
/// headers, in order), the ids of the layers whose row has ○ in that column.
fn layer_matrix(lines: &[&str]) -> Vec<(String, Vec<&'static str>)> {
    let start = caption_line(lines, "図表Ⅱ. 1. 2 – 1");
    let mut rest = lines[start + 1..]
        .iter()
        .filter(|line| !line.trim().is_empty());
    let title = rest.next().expect("table II.1.2-1 has a title row");
    assert!(
        title.starts_with("システム動作環境のレイヤモデル\t"),
        "{title}"
    );
    let header = rest.next().expect("table II.1.2-1 has a header row");
    let numbers: Vec<String> = header
        .split('\t')
        .skip(1)
        .map(|name| {
            name.trim()
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect::<String>()
                .trim_end_matches('.')
                .to_owned()
        })
        .collect();
    let mut columns: Vec<(String, Vec<&'static str>)> =
        numbers.into_iter().map(|n| (n, Vec::new())).collect();
    for (id, name) in LAYERS {
        let row = rest
            .next()
            .unwrap_or_else(|| panic!("table II.1.2-1 has no row for {name}"));
        let mut cells = row.split('\t');
        let first = cells.next().unwrap_or_default().trim();
        assert_eq!(
            first.strip_suffix("の設定").unwrap_or(first),
            name,
            "table II.1.2-1: the rows are the 8 layers top to bottom"
        );
        let cells: Vec<&str> = cells.map(str::trim).collect();
        assert!(
            cells.len() <= columns.len(),
            "table II.1.2-1, row {name}: more cells than columns: {row:?}"
        );
        for (column, mark) in columns.iter_mut().zip(cells) {
            match mark {
                "○" => column.1.push(id),
                "" => {}
                other => panic!("table II.1.2-1, row {name}: unexpected cell {other:?}"),
            }
        }
    }
    columns
}

fn matrix_column<'m>(
    matrix: &'m [(String, Vec<&'static str>)],
    number: &str,
) -> &'m [&'static str] {
    &matrix
        .iter()
        .find(|(n, _)| n == number)
        .unwrap_or_else(|| panic!("table II.1.2-1 has no column {number}"))
        .1
}

/// The body of section II.1.1: from its heading to the heading of II.1.2.
fn section_ii_1_1<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let start = lines
        .iter()
        .position(|line| line.starts_with("### II. 1. 1 "))
        .expect("the seed has the heading of II.1.1");
    let end = lines[start..]
        .iter()
        .position(|line| line.starts_with("## II. 1. 2 "))
        .expect("the seed has the heading of II.1.2 after II.1.1");
    lines[start + 1..start + end].to_vec()
}

// ---------------------------------------------------------------------------------------------
// The checklist itself.

#[test]
fn set_is_a_coverage_checklist_citing_001_ii_1_1() {
    let content = content();
    assert_eq!(content["id"], "set");
    assert_eq!(content["scale"], "coverage");
    assert!(
        content.get("neutral_answers").is_none_or(|v| v == false),
        "Done / Partly / Not done are not neutral answers"
    );
    assert_eq!(ja(&content["title"], "title"), "セキュリティ設定項目の類型");
    assert_eq!(
        en(&content["title"], "title"),
        "Types of security setting items"
    );
    assert_eq!(content["source"]["file"], SEED);
    assert_eq!(content["source"]["section"]["ja"], "II.1.1");
    assert_eq!(content["source"]["section"]["en"], "II.1.1");
    let readings = content["readings"].as_object().expect("readings is a map");
    for key in ["layers", "filter", "logging_misprint", "types"] {
        let reading = readings
            .get(key)
            .unwrap_or_else(|| panic!("set.json has no reading {key:?}"));
        assert!(!ja(reading, key).trim().is_empty(), "reading {key}");
        assert!(!en(reading, key).trim().is_empty(), "reading {key}");
    }
}

#[test]
fn set_has_the_ten_types_in_order() {
    let content = content();
    let numbers: Vec<&str> = items(&content).iter().map(number).collect();
    assert_eq!(numbers, NUMBERS);
    for item in items(&content) {
        assert_eq!(item["id"], format!("set-{}", number(item)));
        assert!(item.get("tier").is_none(), "item {}: no tier", number(item));
    }
}

#[test]
fn every_type_has_both_languages_and_known_layers() {
    let content = content();
    let known: Vec<&str> = LAYERS.iter().map(|(id, _)| *id).collect();
    for item in items(&content) {
        let n = number(item);
        for field in ["question", "risk", "layer_basis"] {
            assert!(
                !ja(&item[field], field).trim().is_empty(),
                "item {n}: {field}"
            );
            assert!(
                !en(&item[field], field).trim().is_empty(),
                "item {n}: {field}"
            );
        }
        assert!(!ja(meaning(item), "guidance").trim().is_empty(), "item {n}");
        assert!(!en(meaning(item), "guidance").trim().is_empty(), "item {n}");
        let layers = layers(item);
        assert!(!layers.is_empty(), "item {n} touches no layer");
        let positions: Vec<usize> = layers
            .iter()
            .map(|layer| {
                known
                    .iter()
                    .position(|id| id == layer)
                    .unwrap_or_else(|| panic!("item {n}: unknown layer {layer:?}"))
            })
            .collect();
        assert!(
            positions.windows(2).all(|pair| pair[0] < pair[1]),
            "item {n}: layers are listed once each, top to bottom: {layers:?}"
        );
    }
}

#[test]
fn each_type_cites_its_own_row() {
    let content = content();
    for item in items(&content) {
        let n = number(item);
        assert_eq!(item["source"]["file"], SEED, "item {n}");
        assert_eq!(
            ja(&item["source"]["section"], "source"),
            format!("II.1.1 図表II.1.1-1・2 No.{n}")
        );
        assert_eq!(
            en(&item["source"]["section"], "source"),
            format!("II.1.1 tables II.1.1-1 and -2, no. {n}")
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Against tables II.1.1-1 and II.1.1-2.

#[test]
fn the_ten_types_are_the_rows_of_table_ii_1_1_1_with_a_meaning_except_row_7() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let table = table_ii_1_1_1(&lines);
    // Rows 4 and 6 are group headings with no meaning; row 7 (その他の設定項目) is a type of
    // its own, which the check does not ask (see below).
    let mut with_meaning: Vec<&str> = table
        .iter()
        .filter(|(number, cells)| {
            number.as_str() != "7" && cells.get(1).is_some_and(|c| !c.is_empty())
        })
        .map(|(number, _)| number.as_str())
        .collect();
    with_meaning.sort_by_key(|n| NUMBERS.iter().position(|m| m == n));
    assert_eq!(with_meaning, NUMBERS);
    assert_eq!(cell(&table, "7", 0), "その他の設定項目");
    assert_eq!(cell(&table, "4", 1), "");
    assert_eq!(cell(&table, "6", 1), "");
}

#[test]
fn each_type_name_and_meaning_is_its_own_row_of_table_ii_1_1_1() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let table = table_ii_1_1_1(&lines);
    let content = content();
    for item in items(&content) {
        let n = number(item);
        assert_eq!(
            without_whitespace(ja(&item["question"], "question")),
            without_whitespace(cell(&table, n, 0)),
            "item {n}: the question is the type's name in its row of table II.1.1-1"
        );
        assert_eq!(
            without_whitespace(ja(meaning(item), "guidance")),
            without_whitespace(cell(&table, n, 1)),
            "item {n}: the guidance is the meaning cell of its row of table II.1.1-1"
        );
    }
}

#[test]
fn each_risk_is_its_own_row_of_table_ii_1_1_2() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let names = table_ii_1_1_1(&lines);
    let risks = table_ii_1_1_2(&lines);
    let content = content();
    for item in items(&content) {
        let n = number(item);
        assert_eq!(
            without_whitespace(ja(&item["risk"], "risk")),
            without_whitespace(cell(&risks, n, 1)),
            "item {n}: the risk is the risk cell of its row of table II.1.1-2"
        );
        // The two tables name each row alike, except the misprint of row 2.
        if n != "2" {
            assert_eq!(
                without_whitespace(cell(&risks, n, 0)),
                without_whitespace(cell(&names, n, 0)),
                "row {n}: tables II.1.1-1 and II.1.1-2 name the type alike"
            );
        }
    }
}

#[test]
fn the_login_misprint_of_row_2_is_quoted_as_is_and_read_as_logging() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    assert_eq!(
        cell(&table_ii_1_1_1(&lines), "2", 0),
        "ロギングとモニタリング"
    );
    let risks = table_ii_1_1_2(&lines);
    assert_eq!(cell(&risks, "2", 0), "ログインとモニタリング");
    assert!(cell(&risks, "2", 1).starts_with("ログインの設定はデフォルトでオフ"));
    assert_eq!(
        cell(&table_ii_1_2_2(&lines), "2", 0),
        "ログインとモニタリング"
    );

    let content = content();
    let logging = item(&content, "2");
    assert!(ja(&logging["risk"], "risk").starts_with("ログインの設定はデフォルトでオフ"));
    let risk_en = en(&logging["risk"], "risk");
    assert!(risk_en.starts_with("Logging "), "{risk_en}");
    assert!(!risk_en.to_lowercase().contains("login"), "{risk_en}");
    let reading = &content["readings"]["logging_misprint"];
    let reading_ja = ja(reading, "logging_misprint");
    for words in [
        "ログイン",
        "ロギング",
        "誤記",
        "図表II.1.1-1",
        "図表II.1.1-2",
    ] {
        assert!(
            reading_ja.contains(words),
            "the reading names {words}: {reading_ja}"
        );
    }
    let reading_en = en(reading, "logging_misprint");
    for words in ["misprint", "logging", "II.1.1-1", "II.1.1-2"] {
        assert!(
            reading_en.contains(words),
            "the reading names {words}: {reading_en}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Against the layer matrix (table II.1.2-1) and its text (table II.1.2-2).

#[test]
fn the_layer_matrix_has_a_column_for_each_of_the_ten_types() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let matrix = layer_matrix(&lines);
    let numbers: Vec<&str> = matrix.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(numbers, NUMBERS);
    // The one column every reading agrees on: logging relates to all 8 layers.
    assert_eq!(matrix_column(&matrix, "2").len(), 8);
}

#[test]
fn every_type_is_either_confirmed_by_the_matrix_or_follows_the_text() {
    let decided: BTreeSet<&str> = FOLLOWS_TEXT
        .iter()
        .chain(&MATRIX_AGREES)
        .map(|(n, _)| *n)
        .collect();
    assert_eq!(decided, NUMBERS.into_iter().collect());
    assert_eq!(decided.len(), FOLLOWS_TEXT.len() + MATRIX_AGREES.len());
}

#[test]
fn layers_are_the_matrix_column_where_the_text_agrees() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let matrix = layer_matrix(&lines);
    let text = table_ii_1_2_2(&lines);
    let content = content();
    for (n, words) in MATRIX_AGREES {
        assert_eq!(
            layers(item(&content, n)),
            matrix_column(&matrix, n),
            "item {n}: the layers are the column of table II.1.2-1"
        );
        let row = without_whitespace(cell(&text, n, 1));
        for word in words {
            assert!(
                row.contains(&without_whitespace(word)),
                "row {n} of table II.1.2-2 says {word:?}: {row}"
            );
        }
    }
}

#[test]
fn layers_follow_the_text_where_the_damaged_matrix_differs() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let matrix = layer_matrix(&lines);
    let text = table_ii_1_2_2(&lines);
    let content = content();
    for (n, words) in FOLLOWS_TEXT {
        let chosen = layers(item(&content, n));
        assert_ne!(
            chosen,
            matrix_column(&matrix, n),
            "item {n} is listed as following the text, but the matrix says the same"
        );
        let row = without_whitespace(cell(&text, n, 1));
        for word in words {
            assert!(
                row.contains(&without_whitespace(word)),
                "row {n} of table II.1.2-2 says {word:?}: {row}"
            );
        }
    }
    // The layers each decision takes from the words above.
    let expected: [(&str, &[&str]); 4] = [
        ("4.2", &["network"]),
        (
            "5",
            &[
                "data",
                "application",
                "middleware",
                "os",
                "virtual",
                "hardware",
                "network",
                "facility",
            ],
        ),
        ("6.1", &["application", "middleware", "os"]),
        ("6.4", &["os", "virtual"]),
    ];
    for (n, layers_expected) in expected {
        assert_eq!(layers(item(&content, n)), layers_expected, "item {n}");
    }
}

#[test]
fn each_layer_basis_says_whether_the_matrix_and_the_text_agree() {
    let content = content();
    let follows: BTreeSet<&str> = FOLLOWS_TEXT.iter().map(|(n, _)| *n).collect();
    for item in items(&content) {
        let n = number(item);
        let basis_ja = ja(&item["layer_basis"], "layer_basis");
        let basis_en = en(&item["layer_basis"], "layer_basis");
        if follows.contains(n) {
            for words in DISAGREE_JA {
                assert!(
                    basis_ja.contains(words),
                    "item {n}: {words:?} in {basis_ja}"
                );
            }
            for words in DISAGREE_EN {
                assert!(
                    basis_en.contains(words),
                    "item {n}: {words:?} in {basis_en}"
                );
            }
            assert!(!basis_ja.contains(AGREE_JA), "item {n}: {basis_ja}");
        } else {
            assert!(basis_ja.contains(AGREE_JA), "item {n}: {basis_ja}");
            assert!(basis_en.contains(AGREE_EN), "item {n}: {basis_en}");
            assert!(!basis_ja.contains("食い違"), "item {n}: {basis_ja}");
            assert!(!basis_en.contains("disagree"), "item {n}: {basis_en}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The quoted introduction and the footnote.

#[test]
fn intro_paragraphs_are_verbatim_from_ii_1_1() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let section = normalize_seed(&section_ii_1_1(&lines).join("\n"));
    let content = content();
    let intro = content["intro"].as_array().expect("intro is an array");
    assert!(!intro.is_empty(), "set.json quotes no introduction");
    for paragraph in intro {
        let quoted = without_whitespace(ja(paragraph, "intro"));
        assert!(
            section.contains(&quoted),
            "not verbatim in II.1.1: {quoted}"
        );
        assert!(!en(paragraph, "intro").trim().is_empty());
    }
    assert!(
        without_whitespace(ja(&intro[0], "intro"))
            .starts_with("クラウドサービスには、様々なセキュリティに関する設定項目がある。"),
        "the introduction opens with the first paragraph of II.1.1"
    );
}

/// The remark of row 6 of table II.1.1-1: the text of its type cell after the ※.
fn remark_of_row_6(table: &BTreeMap<String, Vec<String>>) -> String {
    let cell = cell(table, "6", 0);
    let at = cell
        .find('※')
        .expect("row 6 of table II.1.1-1 carries a ※ remark");
    cell[at..].to_owned()
}

#[test]
fn the_remark_of_row_6_is_the_note_of_group_6_only() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let table = table_ii_1_1_1(&lines);
    let remark = without_whitespace(&remark_of_row_6(&table));
    assert!(remark.ends_with("確認を行う必要がある。"), "{remark}");
    // The remark belongs to no other row.
    for (number, cells) in &table {
        if number != "6" {
            assert!(
                !cells.iter().any(|c| c.contains('※')),
                "row {number} of table II.1.1-1 carries a ※ remark too"
            );
        }
    }
    let content = content();
    let groups = content["groups"].as_array().expect("set.json has groups");
    let with_note: Vec<&Value> = groups.iter().filter(|g| g.get("note").is_some()).collect();
    assert_eq!(
        with_note.len(),
        1,
        "one group carries a note: {with_note:?}"
    );
    assert_eq!(with_note[0]["prefix"], "6", "the note is group 6's");
    assert_eq!(
        without_whitespace(ja(&with_note[0]["note"], "note")),
        remark,
        "group 6's note is the remark of row 6"
    );
    assert!(
        en(&with_note[0]["note"], "note").starts_with("Note: "),
        "the English marks the ※"
    );
    // Nowhere else: not over the whole table (the intro), not in an item.
    let elsewhere = serde_json::to_string(&content["intro"]).expect("intro serializes")
        + &serde_json::to_string(&content["items"]).expect("items serialize");
    assert!(
        !without_whitespace(&elsewhere).contains(&remark),
        "the remark of row 6 is quoted outside group 6"
    );
}

#[test]
fn group_headings_4_and_6_are_rows_4_and_6_of_table_ii_1_1_1() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let table = table_ii_1_1_1(&lines);
    let name_4 = cell(&table, "4", 0).to_owned();
    let row_6 = cell(&table, "6", 0);
    let name_6 = row_6[..row_6.find('※').expect("row 6 has its remark")].trim();
    let content = content();
    for item in items(&content) {
        let n = number(item);
        let expected = match n.split_once('.') {
            Some(("4", _)) => Some(format!("4 {name_4}")),
            Some(("6", _)) => Some(format!("6 {name_6}")),
            _ => None,
        };
        match expected {
            Some(heading) => {
                assert_eq!(
                    ja(&item["group"], "group"),
                    heading,
                    "item {n} stands under the heading row of its group"
                );
                assert!(!en(&item["group"], "group").trim().is_empty(), "item {n}");
            }
            None => assert!(
                item.get("group").is_none(),
                "item {n} stands under no heading row"
            ),
        }
    }
}

#[test]
fn type_7_is_a_type_of_tables_ii_1_1_1_and_2_that_the_matrix_leaves_out() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    // Both tables list row 7 as a type (its type cell and its text), the matrix has no column.
    for table in [table_ii_1_1_1(&lines), table_ii_1_1_2(&lines)] {
        assert_eq!(cell(&table, "7", 0), "その他の設定項目");
        assert!(!cell(&table, "7", 1).is_empty());
    }
    let matrix = layer_matrix(&lines);
    assert!(matrix.iter().all(|(n, _)| n != "7"));

    // The check counts the matrix's columns, says so, and marks leaving out type 7 as its own.
    let content = content();
    let purpose: String = content["purpose"]
        .as_array()
        .expect("purpose is an array")
        .iter()
        .map(|p| format!("{}\n{}", ja(p, "purpose"), en(p, "purpose")))
        .collect();
    for claim in ["10の類型に含まれない", "not one of the 10 types"] {
        assert!(!purpose.contains(claim), "the purpose says {claim:?}");
    }
    for words in [
        "図表II.1.2-1",
        "table II.1.2-1",
        "本ツールの判断",
        "this tool has chosen",
    ] {
        assert!(purpose.contains(words), "the purpose names {words:?}");
    }
    let reading = &content["readings"]["types"];
    let reading_ja = ja(reading, "types");
    for words in [
        "図表II.1.2-1",
        "図表II.1.1-1・2",
        "7 その他の設定項目",
        "10の類型",
    ] {
        assert!(
            reading_ja.contains(words),
            "the reading names {words}: {reading_ja}"
        );
    }
    let reading_en = en(reading, "types");
    for words in [
        "table II.1.2-1",
        "II.1.1-1 and -2",
        "7 Other setting items",
        "10 types",
    ] {
        assert!(
            reading_en.contains(words),
            "the reading names {words}: {reading_en}"
        );
    }
}

#[test]
fn footnote_4_is_the_seed_footnote_and_its_mark_is_in_the_intro() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let section = normalize_seed(&section_ii_1_1(&lines).join("\n"));
    let content = content();
    let footnotes = content["footnotes"]
        .as_array()
        .expect("footnotes is an array");
    assert_eq!(footnotes.len(), 1, "set.json has footnote 4 only");
    let footnote = &footnotes[0];
    let mark = ja(&footnote["mark"], "mark");
    assert_eq!(mark, "※4");
    assert_eq!(en(&footnote["mark"], "mark"), "*4");
    // The footnote in the seed: from its line to the caption of table II.1.1-1 that follows.
    let start = lines
        .iter()
        .position(|line| line.starts_with("<sup>4</sup> "))
        .expect("the seed has footnote 4");
    let end = caption_line(&lines, "図表Ⅱ. 1. 1 – 1");
    assert!(start < end, "footnote 4 comes before table II.1.1-1");
    let in_seed = normalize_seed(&lines[start..end].join("\n"));
    let text = without_whitespace(ja(&footnote["text"], "footnote"));
    assert_eq!(
        format!("{mark}{text}"),
        in_seed,
        "footnote 4 is its whole text in the seed"
    );
    assert!(section.contains(&in_seed), "footnote 4 is in II.1.1");
    assert_eq!(footnote["source"]["file"], SEED);
    let intro: String = content["intro"]
        .as_array()
        .expect("intro is an array")
        .iter()
        .map(|paragraph| ja(paragraph, "intro"))
        .collect();
    assert_eq!(
        intro.matches(mark).count(),
        1,
        "the intro carries the mark once"
    );
    let intro_en: String = content["intro"]
        .as_array()
        .expect("intro is an array")
        .iter()
        .map(|paragraph| en(paragraph, "intro"))
        .collect();
    assert!(intro_en.contains("(*4)"), "{intro_en}");
}
