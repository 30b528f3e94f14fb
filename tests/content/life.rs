//! The lifecycle requirements (`content/life.json`) checked against the document they quote
//! (003, 1.1–1.3), place by place: each item against the bullet at its own position under its
//! own heading of its own phase, with the counts per phase and per heading.
//!
//! The file is read directly, not through the compiled catalog, so these checks do not depend
//! on the checklist being listed in `build.rs`.
//!
//! The seeds are read from `$CLOUD_SELF_CHECK_SEEDS`, or else from `../shared/seeds`. Without
//! them the seed checks fail; they are skipped only when `CLOUD_SELF_CHECK_SKIP_SEEDS=1` asks
//! for it.

use crate::common::{content_file, en, items, ja, number, seed, string};
use std::collections::BTreeMap;

use serde_json::Value;

/// The document the requirements come from.
const SEED: &str = "003_cf6ac11a1ce9d6d5.txt";

const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content/life.json");

/// The phases in order, with their number of requirement bullets: 1.1 build, 1.2 operation
/// and maintenance, 1.3 renewal and decommissioning.
const PHASES: [(&str, usize); 3] = [("1.1", 17), ("1.2", 27), ("1.3", 6)];

/// The headings in order, each with its phase and its number of bullets.
const GROUPS: [(&str, &str, usize); 16] = [
    ("1.1", "<アクセス制御に関する事項>", 5),
    ("1.1", "<暗号化に関する事項>", 1),
    ("1.1", "<設計・設定及び開発に関する事項>", 8),
    ("1.1", "<その他>", 3),
    ("1.2", "<運用・保守時における利用方針に関する事項>", 4),
    ("1.2", "<運用・保守時における教育に関する事項>", 3),
    ("1.2", "<運用・保守時における資産管理に関する事項>", 2),
    ("1.2", "<運用・保守時におけるアクセス制御に関する事項>", 4),
    ("1.2", "<運用・保守時における暗号化に関する事項>", 3),
    (
        "1.2",
        "<運用・保守時におけるクラウドサービス内の通信に関する事項>",
        1,
    ),
    ("1.2", "<運用・保守時における設計・設定に関する事項>", 4),
    ("1.2", "<運用・保守時における事業継続に関する事項>", 4),
    (
        "1.2",
        "<運用・保守時におけるインシデント対応に関する事項>",
        2,
    ),
    (
        "1.3",
        "<クラウドサービスの利用終了時における対策に関する事項>",
        2,
    ),
    (
        "1.3",
        "<クラウドサービスで取り扱った情報の廃棄に関する事項>",
        1,
    ),
    (
        "1.3",
        "<クラウドサービスの利用のために作成したアカウントの廃棄に関する事項>",
        3,
    ),
];

// ---------------------------------------------------------------------------------------------
// Finding the seeds (`tests/common`).

/// The text of 003, or `None` when the seed checks are skipped.
fn seed_003() -> Option<String> {
    seed(SEED)
}

// ---------------------------------------------------------------------------------------------
// Reading the seed: its title, then phases (`1.1 …`), headings (`<…>`) and bullets (`- …`).

/// One heading of the seed with the bullets under it, markers removed.
#[derive(Debug, PartialEq)]
struct Group {
    heading: String,
    bullets: Vec<String>,
}

/// One phase of the seed: its number, its title and its headings.
#[derive(Debug, PartialEq)]
struct Phase {
    number: String,
    title: String,
    groups: Vec<Group>,
}

#[derive(Debug, PartialEq)]
struct Document {
    /// The lines before the first phase (the document's title, and any opening text).
    preamble: Vec<String>,
    phases: Vec<Phase>,
}

/// The number and title of a phase heading such as `1.2 クラウドサービスを…`.
fn phase_heading(line: &str) -> Option<(&str, &str)> {
    let (number, title) = line.split_once(' ')?;
    let (major, minor) = number.split_once('.')?;
    let digits = |part: &str| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit());
    (digits(major) && digits(minor)).then_some((number, title.trim()))
}

/// The document as phases, headings and bullets. Blank lines separate nothing: a bullet after a
/// blank line stands under the last heading. Any other line after the first phase is an error,
/// so no explanatory text of the seed can go unnoticed.
fn parse(text: &str) -> Document {
    let mut document = Document {
        preamble: Vec::new(),
        phases: Vec::new(),
    };
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        let at = index + 1;
        if line.is_empty() {
            continue;
        }
        if let Some((number, title)) = phase_heading(line) {
            document.phases.push(Phase {
                number: number.to_owned(),
                title: title.to_owned(),
                groups: Vec::new(),
            });
            continue;
        }
        let Some(phase) = document.phases.last_mut() else {
            document.preamble.push(line.to_owned());
            continue;
        };
        if line.starts_with('<') && line.ends_with('>') {
            phase.groups.push(Group {
                heading: line.to_owned(),
                bullets: Vec::new(),
            });
        } else if let Some(bullet) = line.strip_prefix("- ").or_else(|| line.strip_prefix('・')) {
            let group = phase
                .groups
                .last_mut()
                .unwrap_or_else(|| panic!("seed line {at}: a bullet before any heading"));
            group.bullets.push(bullet.trim().to_owned());
        } else {
            panic!("seed line {at}: neither a phase, a heading nor a bullet: {line:?}");
        }
    }
    document
}

/// Each bullet of the document in order: its phase, its heading, its number within the phase
/// (counted across the phase's headings) and its text.
fn bullets(document: &Document) -> Vec<(&str, &str, usize, &str)> {
    let mut out = Vec::new();
    for phase in &document.phases {
        let mut n = 0;
        for group in &phase.groups {
            for bullet in &group.bullets {
                n += 1;
                out.push((
                    phase.number.as_str(),
                    group.heading.as_str(),
                    n,
                    bullet.as_str(),
                ));
            }
        }
    }
    out
}

fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_parser_reads_phases_headings_and_bullets_across_blank_lines() {
    let document = parse(
        "\n表題\n\n1.1 導入時\n\n<甲>\n\n- 一つ目。\n-  二つ目 \n\n- 三つ目。\n<乙>\n・四つ目。\n\
         1.2 運用時\n<丙>\n- 五つ目。\n",
    );
    let group = |heading: &str, bullets: &[&str]| Group {
        heading: heading.to_owned(),
        bullets: bullets.iter().map(|b| (*b).to_owned()).collect(),
    };
    assert_eq!(
        document,
        Document {
            preamble: vec!["表題".to_owned()],
            phases: vec![
                Phase {
                    number: "1.1".to_owned(),
                    title: "導入時".to_owned(),
                    groups: vec![
                        group("<甲>", &["一つ目。", "二つ目", "三つ目。"]),
                        group("<乙>", &["四つ目。"]),
                    ],
                },
                Phase {
                    number: "1.2".to_owned(),
                    title: "運用時".to_owned(),
                    groups: vec![group("<丙>", &["五つ目。"])],
                },
            ],
        }
    );
    let numbered: Vec<(&str, usize)> = bullets(&document)
        .iter()
        .map(|(phase, _, n, _)| (*phase, *n))
        .collect();
    assert_eq!(
        numbered,
        [("1.1", 1), ("1.1", 2), ("1.1", 3), ("1.1", 4), ("1.2", 1)]
    );
    assert_eq!(phase_heading("1.3 更改時"), Some(("1.3", "更改時")));
    assert_eq!(phase_heading("1. 表題"), None);
    assert_eq!(phase_heading("- 1.1 箇条"), None);
    assert_eq!(
        normalize(" ID  の\nプロビジョニング "),
        "ID の プロビジョニング"
    );
}

#[test]
#[should_panic(expected = "seed line 4: neither a phase, a heading nor a bullet")]
fn the_parser_refuses_text_that_is_not_a_bullet() {
    parse("1.1 導入時\n<甲>\n- 要件。\n要件の説明。\n");
}

#[test]
#[should_panic(expected = "seed line 2: a bullet before any heading")]
fn the_parser_refuses_a_bullet_outside_a_heading() {
    parse("1.1 導入時\n- 要件。\n");
}

// ---------------------------------------------------------------------------------------------
// Reading the content.

fn content() -> Value {
    content_file(CONTENT)
}

/// The phase of an item number (`1.2` of `1.2.5`) and its position within the phase.
fn split_number(number: &str) -> (&str, usize) {
    let (phase, n) = number
        .rsplit_once('.')
        .unwrap_or_else(|| panic!("item number {number:?} is not <phase>.<n>"));
    let n = n
        .parse()
        .unwrap_or_else(|_| panic!("item number {number:?}: {n:?} is not a number"));
    (phase, n)
}

// ---------------------------------------------------------------------------------------------
// The checklist itself.

#[test]
fn life_is_a_coverage_checklist_citing_003() {
    let content = content();
    assert_eq!(content["id"], "life");
    assert_eq!(content["scale"], "coverage");
    assert!(
        content.get("neutral_answers").is_none_or(|v| v == false),
        "Done / Partly / Not done are not neutral answers"
    );
    assert_eq!(content["source"]["file"], SEED);
    assert!(!ja(&content["title"], "title").trim().is_empty());
    assert!(!en(&content["title"], "title").trim().is_empty());
    let purpose = content["purpose"].as_array().expect("purpose is an array");
    assert!(!purpose.is_empty(), "life.json says nothing of its purpose");
    for text in purpose {
        assert!(!ja(text, "purpose").trim().is_empty());
        assert!(!en(text, "purpose").trim().is_empty());
    }
    let readings = content["readings"].as_object().expect("readings is a map");
    let numbering = readings
        .get("numbering")
        .expect("life.json says the numbers are this tool's (reading \"numbering\")");
    assert!(ja(numbering, "numbering").contains("本ツール"));
    assert!(en(numbering, "numbering").contains("this tool's"));
}

#[test]
fn life_has_50_items_17_27_6_per_phase() {
    let content = content();
    let items = items(&content);
    assert_eq!(items.len(), 50);
    let mut per_phase: BTreeMap<&str, usize> = BTreeMap::new();
    for item in items {
        *per_phase.entry(split_number(number(item)).0).or_default() += 1;
    }
    assert_eq!(per_phase, PHASES.into_iter().collect());
}

#[test]
fn ids_are_life_number_and_numbers_run_consecutively_within_each_phase() {
    let content = content();
    let mut expected = Vec::new();
    for (phase, count) in PHASES {
        expected.extend((1..=count).map(|n| format!("{phase}.{n}")));
    }
    let numbers: Vec<&str> = items(&content).iter().map(number).collect();
    assert_eq!(
        numbers, expected,
        "numbers are <phase>.<n>, n from 1 in each phase"
    );
    let mut ids: Vec<&str> = Vec::new();
    for item in items(&content) {
        let id = string(&item["id"], "item id");
        assert_eq!(id, format!("life-{}", number(item)));
        assert!(!ids.contains(&id), "item id {id} is used twice");
        ids.push(id);
    }
}

#[test]
fn sixteen_headings_each_with_its_number_of_requirements() {
    let content = content();
    let mut groups: Vec<(&str, &str, usize)> = Vec::new();
    for item in items(&content) {
        let n = number(item);
        let heading = ja(&item["group"], &format!("item {n}: group"));
        let phase = split_number(n).0;
        match groups.last_mut() {
            Some((p, h, count)) if *p == phase && *h == heading => *count += 1,
            _ => {
                assert!(
                    !groups.iter().any(|(_, h, _)| *h == heading),
                    "item {n}: heading {heading} comes back after another heading"
                );
                groups.push((phase, heading, 1));
            }
        }
    }
    assert_eq!(groups, GROUPS);
}

#[test]
fn every_item_has_japanese_and_english() {
    let content = content();
    let mut heading_en: BTreeMap<&str, &str> = BTreeMap::new();
    for item in items(&content) {
        let n = number(item);
        for field in ["question", "group"] {
            let what = format!("item {n}: {field}");
            assert!(!ja(&item[field], &what).trim().is_empty(), "{what}");
            assert!(!en(&item[field], &what).trim().is_empty(), "{what}");
        }
        let section = &item["source"]["section"];
        assert!(!ja(section, "source").trim().is_empty(), "item {n}");
        assert!(!en(section, "source").trim().is_empty(), "item {n}");
        let guidance = item["guidance"].as_array().expect("guidance is an array");
        for text in guidance {
            assert!(!ja(text, "guidance").trim().is_empty(), "item {n}");
            assert!(!en(text, "guidance").trim().is_empty(), "item {n}");
        }
        // A heading reads the same in English wherever it recurs, with the seed's brackets.
        let group_ja = ja(&item["group"], "group");
        let group_en = en(&item["group"], "group");
        assert!(
            group_en.starts_with('<') && group_en.ends_with('>'),
            "item {n}: the English heading keeps the angle brackets: {group_en}"
        );
        assert_eq!(
            *heading_en.entry(group_ja).or_insert(group_en),
            group_en,
            "item {n}: {group_ja} is translated alike everywhere"
        );
    }
}

#[test]
fn each_item_cites_its_own_phase_and_heading() {
    let content = content();
    for item in items(&content) {
        let n = number(item);
        let phase = split_number(n).0;
        assert_eq!(item["source"]["file"], SEED, "item {n}");
        let section = &item["source"]["section"];
        assert_eq!(
            ja(section, "source"),
            format!("{phase} {}", ja(&item["group"], "group")),
            "item {n}: the section is its phase and its heading"
        );
        assert_eq!(
            en(section, "source"),
            format!("{phase} {}", en(&item["group"], "group")),
            "item {n}: the section is its phase and its heading"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Against the seed.

#[test]
fn the_seed_has_these_phases_and_headings() {
    let Some(seed) = seed_003() else { return };
    let document = parse(&seed);
    let phases: Vec<(&str, usize)> = document
        .phases
        .iter()
        .map(|phase| {
            let count = phase.groups.iter().map(|g| g.bullets.len()).sum();
            (phase.number.as_str(), count)
        })
        .collect();
    assert_eq!(phases, PHASES);
    let groups: Vec<(&str, &str, usize)> = document
        .phases
        .iter()
        .flat_map(|phase| {
            phase.groups.iter().map(|group| {
                (
                    phase.number.as_str(),
                    group.heading.as_str(),
                    group.bullets.len(),
                )
            })
        })
        .collect();
    assert_eq!(groups, GROUPS);
}

#[test]
fn each_item_is_the_bullet_at_its_own_place_in_the_seed() {
    let Some(seed) = seed_003() else { return };
    let document = parse(&seed);
    let bullets = bullets(&document);
    let content = content();
    let items = items(&content);
    assert_eq!(
        items.len(),
        bullets.len(),
        "one item per bullet of the seed"
    );
    for (item, (phase, heading, position, bullet)) in items.iter().zip(bullets) {
        let n = number(item);
        assert_eq!(n, format!("{phase}.{position}"), "item {n}");
        assert_eq!(
            normalize(ja(&item["question"], "question")),
            normalize(bullet),
            "item {n}: the question is bullet {position} of {phase}, under {heading}"
        );
        assert_eq!(
            ja(&item["group"], "group"),
            heading,
            "item {n}: the group is the heading the bullet stands under"
        );
        let section = ja(&item["source"]["section"], "source");
        assert!(
            section.starts_with(&format!("{phase} ")),
            "item {n}: the source section {section:?} names phase {phase}"
        );
    }
}

#[test]
fn the_seed_explains_no_requirement_so_no_item_has_guidance() {
    let Some(seed) = seed_003() else { return };
    // `parse` refuses any line that is not a phase, a heading or a bullet.
    let document = parse(&seed);
    assert!(!document.phases.is_empty());
    for item in items(&content()) {
        let guidance = item["guidance"].as_array().expect("guidance is an array");
        assert!(
            guidance.is_empty(),
            "item {}: the seed gives no guidance to quote",
            number(item)
        );
    }
}

#[test]
fn the_title_is_the_seeds_own_and_the_seed_has_no_opening_text() {
    let Some(seed) = seed_003() else { return };
    let document = parse(&seed);
    let content = content();
    assert_eq!(
        document.preamble,
        [ja(&content["title"], "title")],
        "the only line before 1.1 is the document's title, which the checklist takes"
    );
    let intro = content["intro"].as_array().expect("intro is an array");
    assert!(intro.is_empty(), "the seed has no opening text to quote");
    // The phase headings are headings, not paragraphs: the sections carry their numbers.
    for phase in &document.phases {
        assert!(
            phase.title.ends_with("のセキュリティ対策に関する事項"),
            "{}",
            phase.title
        );
    }
}
