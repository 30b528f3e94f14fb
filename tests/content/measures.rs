//! The measure checklists (`content/msr-u.json`, `content/msr-p.json`) checked against the
//! guideline they quote (001 chapters III and IV and the ANNEX), each item against its own place:
//! its number, title and tier against its own heading line in the chapter and against the ANNEX
//! row of that number, its statement against the paragraph under its own heading, and its best
//! practices against the 【ベストプラクティス】 block of its own section.
//!
//! The files are read directly, not through the compiled catalog, so these checks do not depend
//! on the checklists being listed in `build.rs`.
//!
//! The seeds are read from `$CLOUD_SELF_CHECK_SEEDS`, or else from `../shared/seeds`. Without
//! them the seed checks fail; they are skipped only when `CLOUD_SELF_CHECK_SKIP_SEEDS=1` asks
//! for it.

use crate::common::{content_file, en, items, ja, number, seed, string};
use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// The guideline the measures come from (001 III, IV and the ANNEX).
const SEED: &str = "001_3a537b5899cd3262.txt";

/// One measure checklist: its module id, file, chapter and counts.
struct Module {
    id: &'static str,
    path: &'static str,
    chapter: &'static str,
    /// How the chapter's own heading line starts (after `#` and `**`).
    chapter_heading: &'static str,
    title_ja: &'static str,
    title_en: &'static str,
    basic: usize,
    recommended: usize,
}

const USER: Module = Module {
    id: "msr-u",
    path: concat!(env!("CARGO_MANIFEST_DIR"), "/content/msr-u.json"),
    chapter: "III",
    chapter_heading: "III. クラウドサービス利用側",
    title_ja: "クラウドサービス利用側に求められる対策",
    title_en: "Measures required of the cloud service user side",
    basic: 16,
    recommended: 3,
};

const PROVIDER: Module = Module {
    id: "msr-p",
    path: concat!(env!("CARGO_MANIFEST_DIR"), "/content/msr-p.json"),
    chapter: "IV",
    chapter_heading: "IV クラウドサービス提供側",
    title_ja: "クラウドサービス提供側に求められる対策",
    title_en: "Measures required of the cloud service provider side",
    basic: 16,
    recommended: 11,
};

const MODULES: [&Module; 2] = [&USER, &PROVIDER];

/// The 4M cause groups of 001 II.2.1, by id, each with its heading there and the heading of the
/// user-side measure group of II.2.2 (and section III.n) with the same number.
const CAUSES: [(&str, &str, &str); 4] = [
    (
        "organization",
        "1. 組織に関するもの",
        "1. 組織体制・人材育成",
    ),
    (
        "rules",
        "2. 作業規則・マニュアルに関するもの",
        "2. 作業規則・マニュアル",
    ),
    (
        "settings",
        "3. システム動作環境における設定管理に関するもの",
        "3. システム動作環境における設定管理",
    ),
    (
        "methods",
        "4. システム動作環境の設定の方法論に関するもの",
        "4. システム動作環境の設定の方法論",
    ),
];

/// Causes a user-side measure answers beyond those of its section, each with the reference in
/// the measure's own text that the reading rests on.
const EXTRA_CAUSES: [(&str, &str, &str); 1] =
    [("III.1.1.3", "methods", "「III. 4. 2 支援ツール等の活用」")];

/// ANNEX rows whose title differs from the measure's heading in the chapter: number, ANNEX title.
const ANNEX_TITLES: [(&str, &str); 3] = [
    (
        "III.1.1.3",
        "設定診断等の支援ツール利用に組織として取り組む",
    ),
    (
        "III.3.3.1",
        "システム動作環境の設定に関するその他のリスク対応",
    ),
    (
        "III.4.1.1",
        "クラウドシステムの動作環境設定に関するノウハウ蓄積",
    ),
];

/// The ANNEX row numbered "II. 1. 1. 4" is III.1.1.4.
const ANNEX_MISNUMBERED: (&str, &str) = ("II.1.1.4", "III.1.1.4");

/// What a `- ` line with neither a numeral (`i.`) nor `・` is, in the best practices of a
/// measure: the text extraction splits bullets, and drops the marks of some lines.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Unmarked {
    /// The rest of the bullet before it, split off by the extraction.
    Continues,
    /// A heading of the bullets after it.
    Heading,
    /// A sub-item of the bullet before it.
    Sub,
}

const UNMARKED: [(&str, &str, Unmarked); 4] = [
    ("III.1.1.2", "ユリティゲートウェイ", Unmarked::Continues),
    (
        "III.3.1.2",
        "IaaS/PaaSを利用している場合",
        Unmarked::Heading,
    ),
    ("IV.5.5.1", "IPA 暗号鍵管理ガイドライン", Unmarked::Sub),
    ("IV.5.5.1", "CRYPTREC暗号リスト", Unmarked::Sub),
];

/// Extraction damage the content corrects: number, the seed's text, the content's text.
const SEED_FIXES: [(&str, &str, &str); 1] = [("III.1.1.2", "セキユリティ", "セキュリティ")];

/// The readings every measure checklist has.
const READINGS: [&str; 4] = ["intro", "causes", "annex", "text"];

// ---------------------------------------------------------------------------------------------
// Finding the seeds (`tests/common`).

/// The text of 001, or `None` when the seed checks are skipped.
fn seed_001() -> Option<String> {
    seed(SEED)
}

// ---------------------------------------------------------------------------------------------
// Reading the content.

fn content(module: &Module) -> Value {
    content_file(module.path)
}

fn array<'v>(value: &'v Value, what: &str) -> &'v [Value] {
    value
        .as_array()
        .unwrap_or_else(|| panic!("{what} is not an array: {value}"))
}

/// Both languages of a text are there and not blank.
fn assert_both(value: &Value, what: &str) {
    assert!(!ja(value, what).trim().is_empty(), "{what}: empty Japanese");
    assert!(!en(value, what).trim().is_empty(), "{what}: empty English");
}

fn causes(item: &Value) -> Vec<&str> {
    array(&item["causes"], "causes")
        .iter()
        .map(|cause| string(cause, "cause id"))
        .collect()
}

/// A guidance text without the label in 【】 this tool puts before quoted table rows, figures and
/// columns (e.g. 【図表III.3.1-1 No.1 …】).
fn without_label(text: &str) -> &str {
    text.strip_prefix('【')
        .and_then(|rest| rest.split_once('】'))
        .map_or(text, |(_, quoted)| quoted)
}

// ---------------------------------------------------------------------------------------------
// Reading the seed.

/// A text as compared: footnote references `<sup>9</sup>` written as the content's marks `※9`,
/// no bold markup, no `<b>` tags, and no whitespace (the extraction breaks lines anywhere).
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("<sup>") {
        out.push_str(&rest[..open]);
        let after = &rest[open + "<sup>".len()..];
        match after.find("</sup>") {
            Some(close) => {
                out.push('※');
                out.push_str(&after[..close]);
                rest = &after[close + "</sup>".len()..];
            }
            None => {
                out.push_str("<sup>");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "")
        .replace("<b>", "")
        .replace("</b>", "")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The seed's text as the content of measure `number` quotes it: normalized, with the
/// extraction damage of `SEED_FIXES` corrected.
fn normalize_for(number: &str, text: &str) -> String {
    SEED_FIXES
        .iter()
        .filter(|(n, _, _)| *n == number)
        .fold(normalize(text), |text, (_, seed, fixed)| {
            text.replace(seed, fixed)
        })
}

#[test]
fn normalization_writes_footnote_marks_and_drops_markup_and_whitespace() {
    assert_eq!(
        normalize("NIST SP-800<sup>9</sup>シリーズ\n **等**"),
        "NISTSP-800※9シリーズ等"
    );
    assert_eq!(normalize("<b>IV. 7 提供</b>\t"), "IV.7提供");
    assert_eq!(normalize_for("III.1.1.2", "セキ\nユリティ"), "セキュリティ");
    assert_eq!(normalize_for("III.1.1.1", "セキユリティ"), "セキユリティ");
    assert_eq!(without_label("【図表 No.1】本文"), "本文");
    assert_eq!(without_label("※注記"), "※注記");
}

/// The text of a markdown heading line (without `#`s and `**`), or `None` for other lines.
fn heading_text(line: &str) -> Option<String> {
    let line = line.trim();
    line.starts_with('#').then(|| {
        line.trim_start_matches('#')
            .replace("**", "")
            .trim()
            .to_owned()
    })
}

/// A heading's leading number, as `(chapter, parts, rest)`: "III. 1. 2. 1. 【基本】…" gives
/// ("III", ["1", "2", "1"], "【基本】…"); "IV 5. 1. 2 …" gives ("IV", ["5", "1", "2"], "…").
fn heading_number(text: &str) -> Option<(&'static str, Vec<String>, &str)> {
    let chapter = ["III", "IV"]
        .into_iter()
        .find(|chapter| text.starts_with(chapter))?;
    let after = &text[chapter.len()..];
    if !after.starts_with(['.', ' ']) {
        return None;
    }
    let end = after
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ' '))
        .unwrap_or(after.len());
    let digits: String = after[..end].chars().filter(|c| *c != ' ').collect();
    let parts: Vec<String> = digits
        .trim_matches('.')
        .split('.')
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect();
    Some((chapter, parts, after[end..].trim()))
}

/// A measure's heading in the seed, and its section.
#[derive(Debug)]
struct SeedMeasure {
    number: String,
    tier: &'static str,
    title: String,
    /// The heading of the sub-section it stands under, as written.
    group: String,
    /// The index of its heading line.
    line: usize,
    /// The index of the line that ends its section (the next heading of a measure, sub-section,
    /// section or chapter).
    end: usize,
}

/// The line of the chapter-level heading (`# …`) that starts with `start`, which must be unique.
fn chapter_line(lines: &[&str], start: &str) -> usize {
    let found: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            lines[i].starts_with("# ")
                && heading_text(lines[i]).is_some_and(|text| text.starts_with(start))
        })
        .collect();
    assert_eq!(
        found.len(),
        1,
        "chapter heading {start:?} must occur once: {found:?}"
    );
    found[0]
}

/// The line of the heading that starts with `start` (after `#` and `**`), which must be unique.
fn heading_line(lines: &[&str], start: &str) -> usize {
    let found: Vec<usize> = (0..lines.len())
        .filter(|&i| heading_text(lines[i]).is_some_and(|text| text.starts_with(start)))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "heading {start:?} must occur once: {found:?}"
    );
    found[0]
}

/// Whether a heading ends a measure's section: a numbered heading of the chapters, or the
/// references part that follows them.
fn ends_section(text: &str) -> bool {
    heading_number(text).is_some() || text.starts_with("參考資料") || text.starts_with("ANNEX")
}

/// The measures of `module`'s chapter, in source order.
fn seed_measures(lines: &[&str], module: &Module) -> Vec<SeedMeasure> {
    let start = chapter_line(lines, module.chapter_heading);
    let end = match module.chapter {
        "III" => chapter_line(lines, PROVIDER.chapter_heading),
        _ => chapter_line(lines, "參考資料"),
    };
    let mut measures: Vec<SeedMeasure> = Vec::new();
    let mut group: Option<String> = None;
    for (i, line) in lines.iter().enumerate().take(end).skip(start + 1) {
        let Some(text) = heading_text(line) else {
            continue;
        };
        let Some((chapter, parts, rest)) = heading_number(&text) else {
            continue;
        };
        assert_eq!(chapter, module.chapter, "line {}: {text}", i + 1);
        if let Some(marked) = rest.strip_prefix('【') {
            let (tier, title) = marked
                .split_once('】')
                .unwrap_or_else(|| panic!("line {}: unclosed 【 in {text}", i + 1));
            let tier = match tier {
                "基本" => "basic",
                "推奨" => "recommended",
                other => panic!("line {}: unknown tier {other:?}", i + 1),
            };
            assert_eq!(parts.len(), 3, "line {}: a measure number: {text}", i + 1);
            measures.push(SeedMeasure {
                number: format!("{chapter}.{}", parts.join(".")),
                tier,
                title: title.trim().to_owned(),
                group: group
                    .clone()
                    .unwrap_or_else(|| panic!("line {}: a measure outside any group", i + 1)),
                line: i,
                end,
            });
        } else if parts.len() == 2 {
            group = Some(text.clone());
        }
    }
    // Each section runs to the next heading that ends it, or to the end of the chapter.
    for measure in &mut measures {
        measure.end = (measure.line + 1..end)
            .find(|&i| heading_text(lines[i]).is_some_and(|text| ends_section(&text)))
            .unwrap_or(end);
    }
    measures
}

/// The lines of a measure's section after its heading.
fn section<'a>(lines: &[&'a str], measure: &SeedMeasure) -> Vec<&'a str> {
    lines[measure.line + 1..measure.end].to_vec()
}

/// A measure's section as the content quotes it: each line without its list mark (`- `, `i.`,
/// `・`) or heading mark, then normalized, so a bullet split over two lines reads as one.
fn section_text(number: &str, lines: &[&str]) -> String {
    let stripped: Vec<String> = lines
        .iter()
        .map(|line| {
            let line = heading_text(line).unwrap_or_else(|| line.trim().to_owned());
            let line = line.strip_prefix("- ").map_or(line.as_str(), str::trim);
            let line = strip_numeral(line).unwrap_or(line);
            line.strip_prefix('・').unwrap_or(line).to_owned()
        })
        .collect();
    normalize_for(number, &stripped.join("\n"))
}

/// The measure's statement in the seed: the first paragraph under its heading.
fn seed_statement(lines: &[&str]) -> String {
    lines
        .iter()
        .skip_while(|line| line.trim().is_empty())
        .take_while(|line| !line.trim().is_empty() && heading_text(line).is_none())
        .copied()
        .collect::<Vec<&str>>()
        .join("\n")
}

/// A bullet's text without its numeral `i.` … `x.`, or `None` when it has none.
fn strip_numeral(text: &str) -> Option<&str> {
    const NUMERALS: [&str; 10] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
    let (numeral, rest) = text.split_once('.')?;
    NUMERALS.contains(&numeral).then(|| rest.trim_start())
}

/// A group of best practices as the seed gives them: a heading or none, and the bullets.
#[derive(Debug, PartialEq)]
struct Practices {
    heading: Option<String>,
    bullets: Vec<String>,
}

struct Bullet {
    text: String,
    subs: Vec<String>,
}

struct Group {
    heading: Option<String>,
    bullets: Vec<Bullet>,
}

#[derive(PartialEq)]
enum Last {
    Nothing,
    Bullet,
    Sub,
}

/// The best practices of measure `number` from the 【ベストプラクティス】 block of its section, or
/// `None` when it has no such block. Numbered bullets (`i.`) are bullets and `・` lines their
/// sub-items; a `#` heading starts a group (a `<コラム>` heading, a figure, or a paragraph after
/// a blank line ends the block); a line of text right under a bullet continues it; text before
/// the first bullet heads the first group. A bullet with sub-items becomes the heading of its
/// sub-items, joined with `：` to a group heading that has no bullets yet.
fn seed_practices(number: &str, lines: &[&str]) -> Option<Vec<Practices>> {
    let block = lines.iter().position(|line| {
        heading_text(line).is_some_and(|text| text.contains("【ベストプラクティス】"))
    })?;
    let mut groups = vec![Group {
        heading: None,
        bullets: Vec::new(),
    }];
    let mut last = Last::Nothing;
    let mut after_blank = true;
    for raw in &lines[block + 1..] {
        let line = raw.trim();
        if line.is_empty() || line == "---" || line.starts_with("<sup>") {
            after_blank = true;
            continue;
        }
        let group = groups.last_mut().expect("there is always a group");
        if let Some(text) = heading_text(line) {
            if text.starts_with("<コラム>") {
                break;
            }
            groups.push(Group {
                heading: Some(text),
                bullets: Vec::new(),
            });
            last = Last::Nothing;
            after_blank = true;
            continue;
        }
        if let Some(text) = line.strip_prefix("- ").map(str::trim) {
            if let Some(text) = strip_numeral(text) {
                group.bullets.push(Bullet {
                    text: text.to_owned(),
                    subs: Vec::new(),
                });
                last = Last::Bullet;
            } else if let Some(text) = text.strip_prefix('・') {
                sub_items(group, number, line).push(text.trim().to_owned());
                last = Last::Sub;
            } else {
                let role = UNMARKED
                    .iter()
                    .find(|(n, start, _)| *n == number && text.starts_with(start))
                    .map(|(_, _, role)| *role)
                    .unwrap_or_else(|| {
                        panic!("{number}: a `- ` line with no numeral or ・: {text:?}")
                    });
                match role {
                    Unmarked::Continues => continue_last(group, &last, number, text),
                    Unmarked::Heading => {
                        groups.push(Group {
                            heading: Some(text.to_owned()),
                            bullets: Vec::new(),
                        });
                        last = Last::Nothing;
                    }
                    Unmarked::Sub => {
                        sub_items(group, number, line).push(text.to_owned());
                        last = Last::Sub;
                    }
                }
            }
            after_blank = false;
            continue;
        }
        if line.starts_with("図表") {
            break;
        }
        if !after_blank && last != Last::Nothing {
            continue_last(group, &last, number, line);
            continue;
        }
        if last == Last::Nothing && groups.iter().all(|g| g.bullets.is_empty()) {
            let group = groups.last_mut().expect("there is always a group");
            group.heading = Some(group.heading.take().unwrap_or_default() + line);
            after_blank = false;
            continue;
        }
        break;
    }
    let mut lists = Vec::new();
    for group in groups {
        let mut current = Practices {
            heading: group.heading,
            bullets: Vec::new(),
        };
        for bullet in group.bullets {
            if bullet.subs.is_empty() {
                current.bullets.push(bullet.text);
                continue;
            }
            let heading = if !current.bullets.is_empty() {
                lists.push(current);
                bullet.text
            } else if let Some(heading) = current.heading {
                format!("{heading}：{}", bullet.text)
            } else {
                bullet.text
            };
            lists.push(Practices {
                heading: Some(heading),
                bullets: bullet.subs,
            });
            current = Practices {
                heading: None,
                bullets: Vec::new(),
            };
        }
        if !current.bullets.is_empty() {
            lists.push(current);
        }
    }
    Some(lists)
}

fn sub_items<'g>(group: &'g mut Group, number: &str, line: &str) -> &'g mut Vec<String> {
    &mut group
        .bullets
        .last_mut()
        .unwrap_or_else(|| panic!("{number}: a sub-item before any bullet: {line:?}"))
        .subs
}

fn continue_last(group: &mut Group, last: &Last, number: &str, text: &str) {
    let bullet = group
        .bullets
        .last_mut()
        .unwrap_or_else(|| panic!("{number}: a continuation before any bullet: {text:?}"));
    let target = match last {
        Last::Sub => bullet.subs.last_mut().expect("a sub-item was written"),
        _ => &mut bullet.text,
    };
    target.push('\n');
    target.push_str(text);
}

/// The ANNEX rows: number (as printed, without spaces) → (title, statement, 区分).
fn annex(lines: &[&str]) -> BTreeMap<String, (String, String, String)> {
    let start = lines
        .iter()
        .position(|line| line.starts_with("## ANNEX 対策一覧"))
        .expect("the seed has the ANNEX heading");
    let mut rows = BTreeMap::new();
    for line in &lines[start + 1..] {
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cells.len() < 4 || cells[1].is_empty() || !cells[0].starts_with("I") {
            continue;
        }
        let number: String = cells[0].chars().filter(|c| !c.is_whitespace()).collect();
        let number = number.trim_end_matches('.').to_owned();
        let row = (
            cells[1].to_owned(),
            cells[2].to_owned(),
            cells[3].to_owned(),
        );
        assert!(
            rows.insert(number.clone(), row).is_none(),
            "ANNEX row {number} occurs twice"
        );
    }
    rows
}

/// Everything a test needs of one module: its content and the seed's measures.
struct Checked {
    content: Value,
    measures: Vec<SeedMeasure>,
}

/// Runs `check` for each module with its content and the seed's lines and measures; does nothing
/// when the seed checks are skipped.
fn for_each_module(check: impl Fn(&Module, &Checked, &[&str])) {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    for module in MODULES {
        let checked = Checked {
            content: content(module),
            measures: seed_measures(&lines, module),
        };
        check(module, &checked, &lines);
    }
}

/// The seed measure of item `number`.
fn measure<'m>(checked: &'m Checked, number: &str) -> &'m SeedMeasure {
    checked
        .measures
        .iter()
        .find(|m| m.number == number)
        .unwrap_or_else(|| panic!("the seed has no heading for measure {number}"))
}

// ---------------------------------------------------------------------------------------------
// The checklists themselves.

#[test]
fn each_checklist_is_a_coverage_checklist_citing_its_chapter() {
    for module in MODULES {
        let content = content(module);
        assert_eq!(content["id"], module.id);
        assert_eq!(content["scale"], "coverage");
        assert!(
            content.get("neutral_answers").is_none_or(|v| v == false),
            "{}: Done / Partly / Not done are not neutral answers",
            module.id
        );
        assert_eq!(ja(&content["title"], "title"), module.title_ja);
        assert_eq!(en(&content["title"], "title"), module.title_en);
        assert_eq!(content["source"]["file"], SEED);
        assert_eq!(content["source"]["section"]["ja"], module.chapter);
        assert_eq!(content["source"]["section"]["en"], module.chapter);
        let purpose = array(&content["purpose"], "purpose");
        assert!(
            (1..=2).contains(&purpose.len()),
            "{}: purpose is one or two paragraphs",
            module.id
        );
        let readings = content["readings"].as_object().expect("readings is a map");
        for key in READINGS {
            let reading = readings
                .get(key)
                .unwrap_or_else(|| panic!("{} has no reading {key:?}", module.id));
            assert_both(reading, &format!("{} reading {key}", module.id));
        }
    }
}

#[test]
fn counts_and_tiers_are_those_of_the_guideline() {
    for module in MODULES {
        let content = content(module);
        let items = items(&content);
        let tiers: Vec<&str> = items
            .iter()
            .map(|item| string(&item["tier"], "tier"))
            .collect();
        let basic = tiers.iter().filter(|t| **t == "basic").count();
        let recommended = tiers.iter().filter(|t| **t == "recommended").count();
        assert_eq!(basic, module.basic, "{}: basic measures", module.id);
        assert_eq!(
            recommended, module.recommended,
            "{}: recommended measures",
            module.id
        );
        assert_eq!(items.len(), basic + recommended, "{}: tiers", module.id);
    }
}

#[test]
fn ids_are_module_and_number_unique_and_in_source_order() {
    for module in MODULES {
        let content = content(module);
        let mut ids = BTreeSet::new();
        let mut previous: Option<Vec<u32>> = None;
        for item in items(&content) {
            let n = number(item);
            assert_eq!(item["id"], format!("{}-{n}", module.id), "item {n}");
            assert!(ids.insert(n), "{}: number {n} repeats", module.id);
            let rest = n
                .strip_prefix(module.chapter)
                .and_then(|rest| rest.strip_prefix('.'))
                .unwrap_or_else(|| panic!("{n} is not in chapter {}", module.chapter));
            let parts: Vec<u32> = rest
                .split('.')
                .map(|part| part.parse().unwrap_or_else(|_| panic!("number {n}")))
                .collect();
            assert_eq!(parts.len(), 3, "{n} is <chapter>.a.b.c, no trailing dot");
            if let Some(previous) = &previous {
                assert!(*previous < parts, "{n} comes after {previous:?}");
            }
            previous = Some(parts);
            assert_eq!(item["source"]["file"], SEED, "item {n}");
            assert_eq!(item["source"]["section"]["ja"], n, "item {n}");
            assert_eq!(item["source"]["section"]["en"], n, "item {n}");
        }
    }
}

#[test]
fn every_text_has_both_languages() {
    for module in MODULES {
        let content = content(module);
        for (i, text) in array(&content["purpose"], "purpose")
            .iter()
            .chain(array(&content["intro"], "intro"))
            .enumerate()
        {
            assert_both(text, &format!("{} purpose or intro {i}", module.id));
        }
        for item in items(&content) {
            let n = number(item);
            for field in ["question", "statement", "group"] {
                assert_both(&item[field], &format!("{n} {field}"));
            }
            for (i, list) in array(&item["practices"], "practices").iter().enumerate() {
                if let Some(heading) = list.get("heading") {
                    assert_both(heading, &format!("{n} practices {i} heading"));
                }
                let bullets = array(&list["bullets"], "bullets");
                assert!(!bullets.is_empty(), "{n}: practices {i} has no bullets");
                for bullet in bullets {
                    assert_both(bullet, &format!("{n} practice"));
                }
            }
            for text in array(&item["guidance"], "guidance") {
                assert_both(text, &format!("{n} guidance"));
            }
        }
    }
}

#[test]
fn causes_are_known_and_every_user_side_measure_has_one() {
    let known: Vec<&str> = CAUSES.iter().map(|(id, _, _)| *id).collect();
    for module in MODULES {
        let content = content(module);
        for item in items(&content) {
            let n = number(item);
            let causes = causes(item);
            for cause in &causes {
                assert!(known.contains(cause), "{n}: unknown cause {cause:?}");
            }
            let unique: BTreeSet<&&str> = causes.iter().collect();
            assert_eq!(unique.len(), causes.len(), "{n}: causes repeat");
            if module.id == USER.id {
                assert!(!causes.is_empty(), "{n}: no cause");
            } else {
                assert!(causes.is_empty(), "{n}: the seed maps no provider measure");
            }
        }
    }
}

#[test]
fn user_side_causes_follow_the_section_with_the_documented_extras() {
    let content = content(&USER);
    for item in items(&content) {
        let n = number(item);
        let section: usize = n.split('.').nth(1).and_then(|s| s.parse().ok()).unwrap();
        let mut expected = vec![CAUSES[section - 1].0];
        expected.extend(
            EXTRA_CAUSES
                .iter()
                .filter(|(number, _, _)| *number == n)
                .map(|(_, cause, _)| *cause),
        );
        assert_eq!(causes(item), expected, "{n}");
    }
    let reading = &content["readings"]["causes"];
    assert!(ja(reading, "causes").contains("本ツールの読み方"));
    assert!(en(reading, "causes").contains("this tool's reading"));
}

// ---------------------------------------------------------------------------------------------
// Against the seed.

#[test]
fn the_seed_has_the_measures_the_checklists_count() {
    for_each_module(|module, checked, _| {
        assert_eq!(
            checked.measures.len(),
            module.basic + module.recommended,
            "{}: measure headings in chapter {}",
            module.id,
            module.chapter
        );
        let items = items(&checked.content);
        let numbers: Vec<&str> = items.iter().map(number).collect();
        let seed: Vec<&str> = checked.measures.iter().map(|m| m.number.as_str()).collect();
        assert_eq!(numbers, seed, "{}: numbers in source order", module.id);
    });
}

#[test]
fn number_title_tier_and_group_are_those_of_the_own_heading_line() {
    for_each_module(|_, checked, _| {
        for item in items(&checked.content) {
            let n = number(item);
            let measure = measure(checked, n);
            assert_eq!(ja(&item["question"], n), measure.title, "{n}: title");
            assert_eq!(item["tier"], measure.tier, "{n}: tier");
            assert_eq!(ja(&item["group"], n), measure.group, "{n}: group");
        }
    });
}

#[test]
fn title_and_tier_match_the_annex_row_of_the_same_number() {
    for_each_module(|module, checked, lines| {
        let mut rows = annex(lines);
        let (printed, meant) = ANNEX_MISNUMBERED;
        assert!(
            !rows.contains_key(meant),
            "the ANNEX now numbers {meant} correctly"
        );
        let row = rows
            .remove(printed)
            .unwrap_or_else(|| panic!("the ANNEX has no row numbered {printed}"));
        rows.insert(meant.to_owned(), row);
        let items = items(&checked.content);
        let numbers: BTreeSet<&str> = items.iter().map(number).collect();
        let chapter: BTreeSet<&str> = rows
            .keys()
            .map(String::as_str)
            .filter(|n| n.split('.').next() == Some(module.chapter))
            .collect();
        assert_eq!(
            numbers, chapter,
            "{}: the ANNEX rows of its chapter",
            module.id
        );
        for item in items {
            let n = number(item);
            let (title, _, tier) = &rows[n];
            let expected_tier = match string(&item["tier"], "tier") {
                "basic" => "基本",
                _ => "推奨",
            };
            assert_eq!(tier, expected_tier, "{n}: ANNEX 区分");
            let question = ja(&item["question"], n);
            match ANNEX_TITLES.iter().find(|(number, _)| *number == n) {
                Some((_, annex_title)) => {
                    assert_eq!(title, annex_title, "{n}: the documented ANNEX title");
                    assert_ne!(title, question, "{n}: the ANNEX title no longer differs");
                }
                None => assert_eq!(title, question, "{n}: ANNEX title"),
            }
        }
    });
}

#[test]
fn each_statement_is_the_paragraph_under_its_own_heading() {
    for_each_module(|_, checked, lines| {
        for item in items(&checked.content) {
            let n = number(item);
            let own = section(lines, measure(checked, n));
            let statement = normalize(ja(&item["statement"], n));
            assert_eq!(statement, normalize_for(n, &seed_statement(&own)), "{n}");
            let until_next_heading: Vec<&str> = own
                .iter()
                .take_while(|line| heading_text(line).is_none())
                .copied()
                .collect();
            assert!(
                section_text(n, &until_next_heading).contains(&statement),
                "{n}: the statement is not between its heading and the next heading"
            );
        }
    });
}

#[test]
fn practice_bullets_are_quoted_from_their_own_measure() {
    for_each_module(|_, checked, lines| {
        for item in items(&checked.content) {
            let n = number(item);
            let own = section_text(n, &section(lines, measure(checked, n)));
            for list in array(&item["practices"], "practices") {
                if let Some(heading) = list.get("heading") {
                    for part in ja(heading, n).split('：') {
                        assert!(
                            own.contains(&normalize(part)),
                            "{n}: heading {part:?} is not in its section"
                        );
                    }
                }
                for bullet in array(&list["bullets"], "bullets") {
                    let text = ja(bullet, n);
                    assert!(
                        own.contains(&normalize(text)),
                        "{n}: bullet {text:?} is not in its section"
                    );
                }
            }
        }
    });
}

#[test]
fn practices_are_the_best_practice_block_of_the_own_section() {
    for_each_module(|_, checked, lines| {
        for item in items(&checked.content) {
            let n = number(item);
            let practices = array(&item["practices"], "practices");
            let Some(seed) = seed_practices(n, &section(lines, measure(checked, n))) else {
                assert!(practices.is_empty(), "{n}: the seed has no best practices");
                continue;
            };
            assert!(!practices.is_empty(), "{n}: the seed has best practices");
            let bullets: usize = practices
                .iter()
                .map(|list| array(&list["bullets"], "bullets").len())
                .sum();
            let seed_bullets: usize = seed.iter().map(|list| list.bullets.len()).sum();
            assert_eq!(bullets, seed_bullets, "{n}: bullet count");
            let quoted: Vec<Practices> = practices
                .iter()
                .map(|list| Practices {
                    heading: list.get("heading").map(|h| normalize(ja(h, n))),
                    bullets: array(&list["bullets"], "bullets")
                        .iter()
                        .map(|b| normalize(ja(b, n)))
                        .collect(),
                })
                .collect();
            let seed: Vec<Practices> = seed
                .into_iter()
                .map(|list| Practices {
                    heading: list.heading.map(|h| normalize_for(n, &h)),
                    bullets: list.bullets.iter().map(|b| normalize_for(n, b)).collect(),
                })
                .collect();
            assert_eq!(quoted, seed, "{n}: practices");
        }
    });
}

#[test]
fn the_documented_unmarked_lines_and_fixes_are_in_the_seed() {
    for_each_module(|_, checked, lines| {
        for (n, start, _) in UNMARKED {
            let Some(measure) = checked.measures.iter().find(|m| m.number == n) else {
                continue;
            };
            let found = section(lines, measure).iter().any(|line| {
                line.trim()
                    .strip_prefix("- ")
                    .is_some_and(|l| l.starts_with(start))
            });
            assert!(found, "{n}: no unmarked line {start:?}");
        }
        for (n, seed, fixed) in SEED_FIXES {
            let Some(measure) = checked.measures.iter().find(|m| m.number == n) else {
                continue;
            };
            assert!(
                section_text("", &section(lines, measure)).contains(seed),
                "{n}: the seed no longer reads {seed:?}"
            );
            let item = items(&checked.content)
                .iter()
                .find(|item| number(item) == n)
                .expect("the item of the fix");
            let text = serde_json::to_string(item).expect("an item serializes");
            assert!(
                !text.contains(seed),
                "{n}: the content still reads {seed:?}"
            );
            assert!(
                text.contains(fixed),
                "{n}: the content does not read {fixed:?}"
            );
        }
    });
}

#[test]
fn guidance_is_quoted_from_the_own_section() {
    for_each_module(|_, checked, lines| {
        for item in items(&checked.content) {
            let n = number(item);
            let own = section_text(n, &section(lines, measure(checked, n)));
            let statement = normalize(ja(&item["statement"], n));
            for text in array(&item["guidance"], "guidance") {
                let quoted = normalize(without_label(ja(text, n)));
                assert!(!quoted.is_empty(), "{n}: empty guidance");
                assert_ne!(quoted, statement, "{n}: guidance repeats the statement");
                assert!(
                    own.contains(&quoted),
                    "{n}: guidance {quoted:?} is not in its section"
                );
            }
        }
    });
}

#[test]
fn intro_quotes_the_guideline_on_the_chapter_and_the_tiers() {
    for_each_module(|module, checked, lines| {
        // The chapters have no opening paragraph: the heading is followed by the first section.
        let start = chapter_line(lines, module.chapter_heading);
        let next = (start + 1..lines.len())
            .find(|&i| heading_text(lines[i]).is_some())
            .expect("a heading after the chapter's");
        let between: Vec<&str> = lines[start + 1..next]
            .iter()
            .map(|line| line.trim())
            .filter(|line| !line.is_empty() && *line != "(This page is intentionally left blank.)")
            .collect();
        assert!(
            between.is_empty(),
            "{}: chapter opening {between:?}",
            module.id
        );

        let i4 = heading_line(lines, "I. 4 ");
        let i5 = heading_line(lines, "I. 5 ");
        let i6 = heading_line(lines, "I. 6 ");
        let part = |from: usize, to: usize| normalize(&lines[from..to].join("\n"));
        let intro = array(&checked.content["intro"], "intro");
        let (first, rest) = intro.split_first().expect("an intro");
        let first = normalize(ja(first, "intro"));
        let described = (i4..i5)
            .find(|&i| {
                heading_text(lines[i])
                    .is_some_and(|text| text.starts_with(&format!("{}. ", module.chapter)))
            })
            .unwrap_or_else(|| panic!("I.4 describes no chapter {}", module.chapter));
        assert!(
            part(described + 1, described + 3).contains(&first),
            "{}: the first intro paragraph is I.4's description of chapter {}",
            module.id,
            module.chapter
        );
        for text in rest {
            let text = normalize(ja(text, "intro"));
            assert!(
                part(i5, i6).contains(&text),
                "{}: {text} is not in I.5",
                module.id
            );
        }
    });
}

#[test]
fn footnotes_are_the_seed_footnotes_and_their_marks_are_used() {
    for_each_module(|module, checked, lines| {
        let serialized = serde_json::to_string(&checked.content["items"]).expect("items serialize");
        for footnote in array(&checked.content["footnotes"], "footnotes") {
            let mark = ja(&footnote["mark"], "mark");
            let n = mark.strip_prefix('※').expect("marks are ※n");
            assert_eq!(en(&footnote["mark"], "mark"), format!("*{n}"));
            assert!(
                serialized.contains(mark),
                "{}: {mark} is not used",
                module.id
            );
            let prefix = format!("<sup>{n}</sup> ");
            let found: Vec<&&str> = lines.iter().filter(|l| l.starts_with(&prefix)).collect();
            assert_eq!(found.len(), 1, "footnote {n} occurs once in the seed");
            let seed = unlink(&found[0][prefix.len()..]);
            assert_eq!(
                normalize(ja(&footnote["text"], mark)),
                normalize(&seed),
                "{n}"
            );
            assert_eq!(footnote["source"]["file"], SEED);
        }
        let marks: BTreeSet<&str> = array(&checked.content["footnotes"], "footnotes")
            .iter()
            .map(|f| ja(&f["mark"], "mark"))
            .collect();
        for item in items(&checked.content) {
            let text = serde_json::to_string(item).expect("an item serializes");
            for (at, _) in text.match_indices('※') {
                let digits: String = text[at + '※'.len_utf8()..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                if !digits.is_empty() {
                    let mark = format!("※{digits}");
                    assert!(
                        marks.contains(mark.as_str()),
                        "{}: {mark} has no footnote",
                        number(item)
                    );
                }
            }
        }
    });
}

/// A footnote's text as the content quotes it: markdown links `[text](url)` and `<url>` written
/// as the bare address, and `\\_` as `_`.
fn unlink(text: &str) -> String {
    let text = text.replace("\\\\_", "_").replace("\\_", "_");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('[') {
        let Some((_, after)) = rest[open + 1..].split_once("](") else {
            break;
        };
        let Some((url, tail)) = after.split_once(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(url);
        rest = tail;
    }
    out.push_str(rest);
    out.replace(['<', '>'], "")
}

#[test]
fn the_cause_mapping_rests_on_the_parallel_headings_of_ii_2_1_and_ii_2_2() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let ii_2_1 = heading_line(&lines, "II. 2. 1 ");
    let ii_2_2 = heading_line(&lines, "II. 2. 2 ");
    let user_side = heading_line(&lines, "【利用側での対策】");
    let provider_side = heading_line(&lines, "【提供側の対策】");
    assert!(ii_2_1 < ii_2_2 && ii_2_2 < user_side && user_side < provider_side);
    let headings = |from: usize, to: usize| -> Vec<String> {
        lines[from..to]
            .iter()
            .filter_map(|line| heading_text(line))
            .collect()
    };
    let causes = headings(ii_2_1, ii_2_2);
    let measures = headings(user_side, provider_side);
    for (id, cause, group) in CAUSES {
        assert!(
            causes.iter().any(|h| h == cause),
            "{id}: II.2.1 has {cause:?}"
        );
        assert!(
            measures.iter().any(|h| h == group),
            "{id}: II.2.2 has {group:?}"
        );
    }
    // The reference an extra cause rests on is in the measure's own section.
    let measures = seed_measures(&lines, &USER);
    for (n, _, reference) in EXTRA_CAUSES {
        let measure = measures
            .iter()
            .find(|m| m.number == n)
            .expect("the measure");
        assert!(
            section_text(n, &section(&lines, measure)).contains(&normalize(reference)),
            "{n}: no reference {reference:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// What stands at the head of each group (【目的】) and after the best practices (columns,
// figures, tables).

/// The 【目的】 paragraphs of the sub-sections of `module`'s chapter, by sub-section number
/// ("III.1.1"): from the 【目的】 heading to the next heading, up to a figure's caption.
fn seed_objectives(lines: &[&str], module: &Module) -> Vec<(String, Vec<String>)> {
    let start = chapter_line(lines, module.chapter_heading);
    let end = match module.chapter {
        "III" => chapter_line(lines, PROVIDER.chapter_heading),
        _ => chapter_line(lines, "參考資料"),
    };
    let mut group: Option<String> = None;
    let mut found = Vec::new();
    for i in start + 1..end {
        let Some(text) = heading_text(lines[i]) else {
            continue;
        };
        if let Some((chapter, parts, _)) = heading_number(&text) {
            if parts.len() == 2 {
                group = Some(format!("{chapter}.{}", parts.join(".")));
            }
            continue;
        }
        if text != "【目的】" {
            continue;
        }
        let number = group
            .clone()
            .unwrap_or_else(|| panic!("line {}: a 【目的】 outside any sub-section", i + 1));
        let paragraphs: Vec<String> = lines[i + 1..end]
            .iter()
            .take_while(|line| heading_text(line).is_none())
            .map(|line| line.trim())
            // A figure's caption ends the paragraphs; a sentence naming a figure does not.
            .take_while(|line| !line.starts_with("図表") || line.ends_with('。'))
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect();
        assert!(!paragraphs.is_empty(), "{number}: an empty 【目的】");
        found.push((number, paragraphs));
    }
    found
}

/// The content's 【目的】 of each group, by prefix.
fn content_objectives(content: &Value) -> Vec<(String, &Value)> {
    array(&content["groups"], "groups")
        .iter()
        .filter_map(|group| {
            group.get("objective").map(|objective| {
                (
                    string(&group["prefix"], "group prefix").to_owned(),
                    objective,
                )
            })
        })
        .collect()
}

#[test]
fn every_sub_section_with_a_purpose_in_the_seed_has_exactly_it_at_its_head() {
    for_each_module(|module, checked, lines| {
        let seed = seed_objectives(lines, module);
        let content = content_objectives(&checked.content);
        // I.5 points managers to these: 11 in III and 18 in IV.
        let expected = if module.chapter == "III" { 11 } else { 18 };
        assert_eq!(seed.len(), expected, "{}: 【目的】 in the seed", module.id);
        let seed_numbers: Vec<&str> = seed.iter().map(|(n, _)| n.as_str()).collect();
        let numbers: Vec<&str> = content.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            numbers, seed_numbers,
            "{}: a 【目的】 for each sub-section that has one, in order",
            module.id
        );
        // Every sub-section the measures stand under has one.
        let groups: BTreeSet<String> = checked
            .measures
            .iter()
            .map(|m| {
                m.number
                    .rsplit_once('.')
                    .expect("a measure number")
                    .0
                    .to_owned()
            })
            .collect();
        assert_eq!(
            groups,
            seed_numbers.iter().map(|n| (*n).to_owned()).collect(),
            "{}: the sub-sections of the measures",
            module.id
        );
        for ((number, paragraphs), (_, objective)) in seed.iter().zip(&content) {
            let text = array(&objective["text"], "objective text");
            let quoted: Vec<String> = text.iter().map(|t| normalize(ja(t, number))).collect();
            let expected: Vec<String> = paragraphs.iter().map(|p| normalize(p)).collect();
            assert_eq!(
                quoted, expected,
                "{number}: the 【目的】, paragraph by paragraph"
            );
            for paragraph in text {
                assert_both(paragraph, number);
            }
            assert_eq!(objective["source"]["file"], SEED, "{number}");
            assert_eq!(
                ja(&objective["source"]["section"], number),
                format!("{number}【目的】"),
                "{number}: the citation"
            );
            assert!(
                en(&objective["source"]["section"], number).starts_with(&format!("{number}, ")),
                "{number}: the English citation"
            );
        }
    });
}

/// The line of the 【ベストプラクティス】 heading in a measure's section, if it has one.
fn practices_line(lines: &[&str]) -> Option<usize> {
    lines.iter().position(|line| {
        heading_text(line).is_some_and(|text| text.contains("【ベストプラクティス】"))
    })
}

#[test]
fn guidance_stands_before_the_best_practices_and_exhibits_after_them() {
    // The view shows an item's guidance before its best practices and its exhibits after them,
    // so each must stand there in the source too.
    for_each_module(|_, checked, lines| {
        for item in items(&checked.content) {
            let n = number(item);
            let own = section(lines, measure(checked, n));
            let split = practices_line(&own).unwrap_or(own.len());
            let before = section_text(n, &own[..split]);
            let after = section_text(n, &own[split..]);
            for text in array(&item["guidance"], "guidance") {
                let quoted = normalize(without_label(ja(text, n)));
                assert!(
                    before.contains(&quoted),
                    "{n}: guidance {quoted:?} does not stand before the best practices"
                );
            }
            for exhibit in item
                .get("exhibits")
                .map_or(&[][..], |e| array(e, "exhibits"))
            {
                if let Some(heading) = exhibit.get("heading") {
                    let heading = normalize(ja(heading, n));
                    assert!(
                        after.contains(&heading),
                        "{n}: exhibit {heading:?} does not stand after the best practices"
                    );
                }
                for text in exhibit.get("text").map_or(&[][..], |t| array(t, "text")) {
                    let quoted = normalize(ja(text, n));
                    assert!(
                        after.contains(&quoted),
                        "{n}: exhibit text {quoted:?} does not stand after the best practices"
                    );
                }
            }
        }
    });
}

/// The exhibits of measure `number` in `module`.
fn exhibits<'v>(content: &'v Value, number: &str) -> &'v [Value] {
    let item = items(content)
        .iter()
        .find(|item| self::number(item) == number)
        .unwrap_or_else(|| panic!("no measure {number}"));
    item.get("exhibits")
        .map_or(&[][..], |e| array(e, "exhibits"))
}

#[test]
fn every_column_is_quoted_as_a_column_under_its_own_heading() {
    for_each_module(|module, checked, lines| {
        for measure in &checked.measures {
            let own = section(lines, measure);
            let columns: Vec<usize> = (0..own.len())
                .filter(|&i| heading_text(own[i]).is_some_and(|t| t.starts_with("<コラム>")))
                .collect();
            let quoted: Vec<&Value> = exhibits(&checked.content, &measure.number)
                .iter()
                .filter(|e| e["kind"] == "column")
                .collect();
            assert_eq!(
                quoted.len(),
                columns.len(),
                "{} {}: its columns",
                module.id,
                measure.number
            );
            for (at, exhibit) in columns.into_iter().zip(quoted) {
                let n = &measure.number;
                let heading = heading_text(own[at]).expect("a heading");
                assert_eq!(
                    ja(&exhibit["heading"], n),
                    heading,
                    "{n}: the column's heading"
                );
                let paragraphs: Vec<String> = own[at + 1..]
                    .iter()
                    .map(|line| line.trim())
                    .filter(|line| !line.is_empty())
                    .map(normalize)
                    .collect();
                let text: Vec<String> = array(&exhibit["text"], "text")
                    .iter()
                    .map(|t| normalize(ja(t, n)))
                    .collect();
                assert_eq!(text, paragraphs, "{n}: the column's paragraphs");
                // Not also as a best practice or guidance.
                let item = serde_json::to_string(&[
                    &items(&checked.content)
                        .iter()
                        .find(|item| number(item) == n.as_str())
                        .expect("the item")["practices"],
                    &items(&checked.content)
                        .iter()
                        .find(|item| number(item) == n.as_str())
                        .expect("the item")["guidance"],
                ])
                .expect("serializes");
                for paragraph in &text {
                    assert!(
                        !normalize(&item).contains(paragraph.as_str()),
                        "{n}: the column is quoted as a best practice or guidance too"
                    );
                }
            }
        }
    });
}

#[test]
fn table_iii_3_1_1_is_quoted_with_its_number_and_type_columns() {
    let Some(seed) = seed_001() else { return };
    let lines: Vec<&str> = seed.lines().collect();
    let caption = (0..lines.len())
        .find(|&i| lines[i].starts_with("図表Ⅲ. 3. 1 – 1"))
        .expect("the caption of table III.3.1-1");
    let header: Vec<&str> = lines[caption + 1..]
        .iter()
        .find(|line| line.starts_with("No.\t"))
        .expect("its header row")
        .split('\t')
        .map(str::trim)
        .collect();
    let header_at = lines[caption + 1..]
        .iter()
        .position(|line| line.starts_with("No.\t"))
        .expect("its header row")
        + caption
        + 1;
    // Its rows run to the next heading (a blank line splits them once).
    let rows: Vec<Vec<&str>> = lines[header_at + 1..]
        .iter()
        .take_while(|line| heading_text(line).is_none())
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.split('\t').map(str::trim).collect())
        .collect();
    assert_eq!(rows.len(), 13, "rows 1 to 7 with 4.1–4.2 and 6.1–6.4");

    let content = content(&USER);
    let tables: Vec<&Value> = exhibits(&content, "III.3.1.1")
        .iter()
        .filter(|e| e["kind"] == "table")
        .collect();
    assert_eq!(tables.len(), 1, "III.3.1.1 quotes table III.3.1-1");
    let table = tables[0];
    assert_eq!(
        normalize(ja(&table["heading"], "caption")),
        normalize(lines[caption]),
        "the caption"
    );
    let quoted_header: Vec<&str> = array(&table["header"], "header")
        .iter()
        .map(|cell| ja(cell, "header"))
        .collect();
    assert_eq!(quoted_header, header, "No., type and text columns");
    let quoted_rows = array(&table["rows"], "rows");
    assert_eq!(
        quoted_rows.len(),
        rows.len(),
        "every row, the group rows 4 and 6 too"
    );
    for (quoted, row) in quoted_rows.iter().zip(&rows) {
        let cells = array(quoted, "row");
        assert_eq!(cells.len(), header.len(), "row {}", row[0]);
        for (index, cell) in cells.iter().enumerate() {
            let seed_cell = row.get(index).copied().unwrap_or_default();
            if seed_cell.is_empty() {
                assert!(cell.is_null(), "row {} cell {index} is empty", row[0]);
            } else {
                assert_eq!(
                    normalize(ja(cell, "cell")),
                    normalize(seed_cell),
                    "row {}",
                    row[0]
                );
                assert!(!en(cell, "cell").trim().is_empty(), "row {}", row[0]);
            }
        }
    }
    // The ※ of row 6 stands in row 6's type cell, where 「下記の項目」 points at 6.1–6.4.
    let row_6 = quoted_rows
        .iter()
        .find(|row| row[0]["ja"] == "6")
        .expect("row 6");
    assert!(ja(&row_6[1], "row 6").contains("※短期間に新たなサービスや機能が追加"));
    // The rows are not quoted a second time, without their numbers, as guidance.
    let item = items(&content)
        .iter()
        .find(|item| number(item) == "III.3.1.1")
        .expect("III.3.1.1");
    for text in array(&item["guidance"], "guidance") {
        let guidance = normalize(ja(text, "guidance"));
        for row in &rows {
            assert!(
                row.iter().skip(1).all(|cell| normalize(cell) != guidance),
                "row {} is quoted as guidance too",
                row[0]
            );
        }
    }
}
