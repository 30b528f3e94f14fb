//! The glossary (`content/glossary.json`) checked against the documents it quotes, term by term:
//! the terms of the guideline's list of definitions (001 I.6) against that list heading by
//! heading, each definition against the paragraph under its own heading; every other definition
//! against the section of the seed its source names; and every alias against the content, where
//! the app will look the terms up.
//!
//! The file is read directly, not through the compiled catalog, so these checks do not depend on
//! the glossary being wired into `build.rs`.
//!
//! The seeds are read from `$CLOUD_SELF_CHECK_SEEDS`, or else from `../shared/seeds`. Without
//! them the seed checks fail; they are skipped only when `CLOUD_SELF_CHECK_SKIP_SEEDS=1` asks
//! for it.

use crate::common::{read_seed, seeds_dir, without_whitespace};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

/// The guideline whose list of definitions (I.6) the glossary starts with.
const GUIDELINE: &str = "001_3a537b5899cd3262.txt";
/// The Osaka City guideline.
const OSAKA: &str = "002_ea3d2ceb2cab952b.txt";
/// The research report on cloud adoption by SMEs.
const REPORT: &str = "004_2afa2b1b220c6436.txt";

/// All five seeds, which the glossary's own words must not quote.
const ALL_SEEDS: [&str; 5] = [
    "000_6e048807d38cae8c.txt",
    GUIDELINE,
    OSAKA,
    "003_cf6ac11a1ce9d6d5.txt",
    REPORT,
];

const CONTENT_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content");
const GLOSSARY_FILE: &str = "glossary.json";

/// The section label of the terms of the list of definitions.
const I6: &str = "I.6";
/// The heading of the list of definitions, and the heading that ends it.
const I6_HEADING: &str = "## I. 6 用語の定義";
const I7_HEADING: &str = "## I. 7";
/// How many terms the list of definitions has.
const I6_TERMS: usize = 43;
/// The note some headings of I.6 carry, kept by the glossary as the term's `basis`.
const BASIS_JA: &str = "JIS Q 27000 を基に定義";

/// Where a section of a seed starts or ends: a line that is exactly this text (after trimming),
/// or a line that starts with it.
#[derive(Clone, Copy, Debug)]
enum Bound {
    Line(&'static str),
    Prefix(&'static str),
}

impl Bound {
    fn matches(self, line: &str) -> bool {
        let line = line.trim();
        match self {
            Bound::Line(text) => line == text,
            Bound::Prefix(text) => line.starts_with(text),
        }
    }
}

/// A section a definition outside I.6 may cite: its seed, its label as the glossary writes it,
/// the line it starts with, and the line that ends it (`None`: the starting line alone, as for
/// a footnote).
struct Section {
    file: &'static str,
    label: &'static str,
    start: Bound,
    end: Option<Bound>,
}

const SECTIONS: &[Section] = &[
    Section {
        file: GUIDELINE,
        label: "I.2",
        start: Bound::Line("## I. 2 ガイドラインの位置付け"),
        end: Some(Bound::Line("## I. 3 ガイドライン活用の効果")),
    },
    Section {
        file: GUIDELINE,
        label: "I.5 図表I.5-2",
        start: Bound::Line("図表 I .5- 2 記載凡例"),
        end: Some(Bound::Line(I6_HEADING)),
    },
    Section {
        file: GUIDELINE,
        label: "II.1.2",
        start: Bound::Line(
            "## II. 1. 2 クラウドサービス事業者とクラウドサービス利用者の責任と役割",
        ),
        end: Some(Bound::Line("### 1. SaaSの設定に関する責任分界")),
    },
    Section {
        file: GUIDELINE,
        label: "II.1.2 1. SaaSの設定に関する責任分界",
        start: Bound::Line("### 1. SaaSの設定に関する責任分界"),
        end: Some(Bound::Line("## 2. PaaS の設定に関する責任分界")),
    },
    Section {
        file: GUIDELINE,
        label: "II.1.2 脚注6",
        start: Bound::Prefix("<sup>6</sup>"),
        end: None,
    },
    Section {
        file: GUIDELINE,
        label: "II.2.2",
        start: Bound::Line("## II. 2. 2 要因に対する対策"),
        end: Some(Bound::Line("### 【利用側での対策】")),
    },
    Section {
        file: GUIDELINE,
        label: "III.3.1.2",
        start: Bound::Line("### III. 3. 1. 2 【基本】設定項目の管理"),
        end: Some(Bound::Line("#### 【ベストプラクティス】")),
    },
    Section {
        file: OSAKA,
        label: "第1章 1.1 (1) ① SaaS (ASP)とは",
        start: Bound::Line("## ① SaaS (ASP)とは"),
        end: Some(Bound::Line("## ② PaaSとは")),
    },
    Section {
        file: OSAKA,
        label: "第1章 1.1 (2) ② プライベート・クラウド",
        start: Bound::Line("## ② プライベート・クラウド"),
        end: Some(Bound::Line("## 【専用線について】")),
    },
    Section {
        file: OSAKA,
        label: "第3章 SaaS(ノーコード等ツール)にてアプリ開発を委託する場合の責任分界",
        start: Bound::Line(
            "##### 【SaaS(ノーコード等ツール)にてアプリ開発を委託する場合の責任分界】",
        ),
        end: Some(Bound::Line("## 2. 要件定義について")),
    },
    Section {
        file: OSAKA,
        label: "第3章 2.2 (2) 非機能要件について",
        start: Bound::Line("#### (2) 非機能要件について"),
        end: Some(Bound::Line(
            "### 3. サービスレベルアグリーメント(SLA)について",
        )),
    },
    Section {
        file: OSAKA,
        // The row of the SLA example table (項 1), alone.
        label: "第3章 2.3 SLA(例) 項1",
        start: Bound::Prefix("サービス品質\t1\t稼働率\t"),
        end: None,
    },
    Section {
        file: REPORT,
        label: "I.1 クラウドの定義",
        start: Bound::Line("1. クラウドの定義"),
        end: Some(Bound::Line("2. 中小企業におけるクラウド利活用の課題")),
    },
    Section {
        file: REPORT,
        label: "III.4.2 資産目録作成",
        start: Bound::Line("4.2. 資産目録作成（事業の特定と資産目録の作成規程 例示）"),
        end: Some(Bound::Line("表 8: 資産の分類区分")),
    },
];

/// Pairs of terms (by id) where an alias of the first is part of an alias of the second, on
/// purpose: the app matches the longest alias first, so the narrower term wins where it applies
/// and the broader one everywhere else.
const NESTED_TERMS: &[(&str, &str)] = &[
    ("account", "privileged-account"),
    ("cloud", "cloud-service"),
    ("cloud", "cloud-service-provider"),
    ("cloud", "cloud-service-user"),
    ("cloud", "cloud-service-manager"),
    ("cloud", "cloud-service-user-narrow"),
    ("cloud", "private-cloud"),
    ("cloud-service", "cloud-service-provider"),
    ("cloud-service", "cloud-service-user"),
    ("cloud-service", "cloud-service-manager"),
    ("cloud-service", "cloud-service-user-narrow"),
    ("cloud-service-user", "cloud-service-user-narrow"),
    ("information-security", "information-security-incident"),
    ("managed-service", "non-managed-service"),
    ("user-side", "user-side-environment-settings"),
    ("provider-side", "provider-side-environment-settings"),
];

// ---------------------------------------------------------------------------------------------
// Reading the glossary.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Localized {
    ja: String,
    en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceRef {
    file: String,
    section: Localized,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    id: String,
    term: Localized,
    /// The note of an I.6 heading such as 「(JIS Q 27000 を基に定義)」, without its brackets.
    #[serde(default)]
    basis: Option<Localized>,
    aliases: Vec<String>,
    definition: Option<Localized>,
    /// Items the definition lists after its paragraph (多要素認証), each verbatim.
    #[serde(default)]
    list: Vec<Localized>,
    source: Option<SourceRef>,
}

impl Term {
    fn is_i6(&self) -> bool {
        self.source
            .as_ref()
            .is_some_and(|source| source.file == GUIDELINE && source.section.ja == I6)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Glossary {
    title: Localized,
    purpose: Vec<Localized>,
    terms: Vec<Term>,
}

fn glossary_text() -> String {
    let path = Path::new(CONTENT_DIR).join(GLOSSARY_FILE);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

fn glossary() -> Glossary {
    serde_json::from_str(&glossary_text())
        .unwrap_or_else(|error| panic!("{GLOSSARY_FILE} does not fit the schema: {error}"))
}

fn term_text(term: &Term) -> &str {
    &term.term.ja
}

#[test]
fn every_term_states_its_definition_and_source_even_when_null() {
    let value: Value = serde_json::from_str(&glossary_text())
        .unwrap_or_else(|error| panic!("{GLOSSARY_FILE}: {error}"));
    let terms = value["terms"].as_array().expect("terms is an array");
    assert!(!terms.is_empty(), "the glossary has no terms");
    for term in terms {
        let object = term.as_object().expect("each term is an object");
        for key in ["id", "term", "aliases", "definition", "source"] {
            assert!(
                object.contains_key(key),
                "term {} has no {key:?} (write null rather than leaving it out)",
                term["id"]
            );
        }
    }
}

#[test]
fn ids_are_unique_lowercase_ascii_slugs() {
    let mut seen = BTreeSet::new();
    for term in glossary().terms {
        let id = term.id.as_str();
        let slug = id.starts_with(|c: char| c.is_ascii_lowercase())
            && !id.ends_with('-')
            && !id.contains("--")
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        assert!(slug, "{id:?} is not a lowercase ASCII slug");
        assert!(seen.insert(term.id.clone()), "id {id} is used twice");
    }
}

#[test]
fn every_text_has_japanese_and_english() {
    let glossary = glossary();
    let mut texts: Vec<(String, &Localized)> = vec![("title".to_owned(), &glossary.title)];
    assert!(
        !glossary.purpose.is_empty(),
        "the glossary states no purpose"
    );
    for (index, text) in glossary.purpose.iter().enumerate() {
        texts.push((format!("purpose[{index}]"), text));
    }
    for term in &glossary.terms {
        texts.push((format!("{}.term", term.id), &term.term));
        if let Some(basis) = &term.basis {
            texts.push((format!("{}.basis", term.id), basis));
        }
        if let Some(definition) = &term.definition {
            texts.push((format!("{}.definition", term.id), definition));
        }
        for (index, item) in term.list.iter().enumerate() {
            texts.push((format!("{}.list[{index}]", term.id), item));
        }
        if let Some(source) = &term.source {
            texts.push((format!("{}.source.section", term.id), &source.section));
        }
    }
    let empty: Vec<String> = texts
        .iter()
        .flat_map(|(path, text)| {
            let ja = text.ja.trim().is_empty().then(|| format!("{path}.ja"));
            let en = text.en.trim().is_empty().then(|| format!("{path}.en"));
            ja.into_iter().chain(en)
        })
        .collect();
    assert!(
        empty.is_empty(),
        "empty Japanese or English text: {empty:?}"
    );
}

#[test]
fn definition_is_null_exactly_when_source_is_null() {
    for term in glossary().terms {
        assert_eq!(
            term.definition.is_none(),
            term.source.is_none(),
            "{}: a definition needs its source, and a source needs its definition",
            term.id
        );
        if term.definition.is_none() {
            assert!(
                term.list.is_empty(),
                "{}: a list without a definition",
                term.id
            );
        }
        if term.basis.is_some() {
            assert!(
                term.is_i6(),
                "{}: only the headings of I.6 carry a basis",
                term.id
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the seeds.

/// Text as compared with the seeds: footnote references `<sup>2</sup>` read as the marks the
/// content shows (`※2`), no other HTML tags, and no whitespace (the extraction breaks lines,
/// and pages, in the middle of sentences).
fn normalize(text: &str) -> String {
    let marked = text.replace("<sup>", "※").replace("</sup>", "");
    let mut out = String::with_capacity(marked.len());
    let mut rest = marked.as_str();
    while let Some(open) = rest.find('<') {
        // A tag opens with a letter or `/`; 003's headings such as <アクセス制御に関する事項>
        // are text.
        let tag = rest[open + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
        match rest[open..].find('>').filter(|_| tag) {
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
    without_whitespace(&out)
}

#[test]
fn normalization_reads_footnote_marks_and_drops_tags_and_whitespace() {
    assert_eq!(normalize("特徴がある<sup>2</sup>。"), "特徴がある※2。");
    assert_eq!(normalize("<p>脅\n\nかす</p> 確率"), "脅かす確率");
    assert_eq!(
        normalize("<アクセス制御に関する事項> a<b"),
        "<アクセス制御に関する事項>a<b"
    );
}

/// One heading of I.6 and the text under it.
#[derive(Debug, PartialEq)]
struct SeedTerm {
    /// The heading without its `#` marks and bold `**`.
    heading: String,
    /// The paragraph lines and list items under it, list markers (`- `) removed.
    body: Vec<String>,
}

/// The terms of 001 I.6, heading by heading, in the seed's order.
fn i6_terms(seed: &str) -> Vec<SeedTerm> {
    let lines: Vec<&str> = seed.lines().collect();
    let start = lines
        .iter()
        .position(|line| line.trim() == I6_HEADING)
        .unwrap_or_else(|| panic!("no heading {I6_HEADING:?} in the seed"));
    let section = &lines[start + 1..];
    let end = section
        .iter()
        .position(|line| line.trim().starts_with(I7_HEADING))
        .unwrap_or_else(|| panic!("no heading {I7_HEADING:?} after I.6"));
    let mut terms: Vec<SeedTerm> = Vec::new();
    for line in &section[..end] {
        let line = line.trim();
        if line.starts_with('#') {
            let heading = line.trim_start_matches('#').trim().trim_matches('*').trim();
            terms.push(SeedTerm {
                heading: heading.to_owned(),
                body: Vec::new(),
            });
        } else if !line.is_empty() {
            let term = terms
                .last_mut()
                .unwrap_or_else(|| panic!("text before the first term of I.6: {line}"));
            let text = line.strip_prefix("- ").unwrap_or(line);
            term.body.push(text.to_owned());
        }
    }
    terms
}

#[test]
fn i6_is_read_heading_by_heading() {
    let seed = "## I. 5 x\n\n### 対象\n\n## I. 6 用語の定義\n\n### アカウント\n\n資格。\n\n\
                ## **クラウドサービス**\n\nサービス。続き\n\nの文。\n\n### **多要素認証**\n\n\
                方式。\n\n- ・知識\n- ・所持\n\n## I. 7 参考文献\n\n### 後\n";
    assert_eq!(
        i6_terms(seed),
        [
            SeedTerm {
                heading: "アカウント".to_owned(),
                body: vec!["資格。".to_owned()],
            },
            SeedTerm {
                heading: "クラウドサービス".to_owned(),
                body: vec!["サービス。続き".to_owned(), "の文。".to_owned()],
            },
            SeedTerm {
                heading: "多要素認証".to_owned(),
                body: vec![
                    "方式。".to_owned(),
                    "・知識".to_owned(),
                    "・所持".to_owned()
                ],
            },
        ]
    );
}

/// The heading a term of I.6 stands under: its name, and its basis in brackets as the seed
/// writes it.
fn i6_heading(term: &Term) -> String {
    match &term.basis {
        Some(basis) => format!("{}({})", term.term.ja, basis.ja),
        None => term.term.ja.clone(),
    }
}

/// The seed's text of 001 and its I.6 terms, or `None` when the seed checks are skipped.
fn seed_i6() -> Option<Vec<SeedTerm>> {
    let dir = seeds_dir()?;
    let terms = i6_terms(&read_seed(&dir, GUIDELINE));
    assert_eq!(
        terms.len(),
        I6_TERMS,
        "I.6 of the seed has {I6_TERMS} terms: is the parser broken?"
    );
    Some(terms)
}

#[test]
fn i6_terms_are_the_seed_headings_in_order_and_come_first() {
    let Some(seed) = seed_i6() else { return };
    let glossary = glossary();
    let expected: Vec<String> = seed
        .iter()
        .map(|term| without_whitespace(&term.heading))
        .collect();
    let found: Vec<String> = glossary
        .terms
        .iter()
        .take_while(|term| term.is_i6())
        .map(|term| without_whitespace(&i6_heading(term)))
        .collect();
    assert_eq!(
        found, expected,
        "the glossary must start with every term of I.6, in the seed's order"
    );
    let later: Vec<&str> = glossary
        .terms
        .iter()
        .skip(found.len())
        .filter(|term| term.is_i6())
        .map(term_text)
        .collect();
    assert!(later.is_empty(), "I.6 terms out of place: {later:?}");
    for term in glossary.terms.iter().filter(|term| term.is_i6()) {
        if let Some(basis) = &term.basis {
            assert_eq!(basis.ja, BASIS_JA, "{}: basis", term.id);
        }
    }
}

#[test]
fn each_i6_definition_is_the_text_under_its_own_heading() {
    let Some(seed) = seed_i6() else { return };
    let glossary = glossary();
    let mut failures = Vec::new();
    let mut checked = 0;
    for term in glossary.terms.iter().filter(|term| term.is_i6()) {
        let heading = without_whitespace(&i6_heading(term));
        let Some(own) = seed
            .iter()
            .find(|seed_term| without_whitespace(&seed_term.heading) == heading)
        else {
            failures.push(format!("{}: no heading {heading} in I.6", term.id));
            continue;
        };
        let definition = term
            .definition
            .as_ref()
            .expect("an I.6 term has a definition");
        let quoted: String = std::iter::once(&definition.ja)
            .chain(term.list.iter().map(|item| &item.ja))
            .map(|text| normalize(text))
            .collect();
        let expected = normalize(&own.body.concat());
        checked += 1;
        if quoted != expected {
            failures.push(format!(
                "{}: the definition is not the text under the heading {}:\n  glossary: {quoted}\n  \
                 seed:     {expected}",
                term.id, own.heading
            ));
        }
    }
    assert_eq!(checked, I6_TERMS, "every I.6 term is checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The text of a section of a seed, as `normalize` writes it.
fn section_text(seed: &str, section: &Section) -> String {
    let lines: Vec<&str> = seed.lines().collect();
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&index| section.start.matches(lines[index]))
        .collect();
    assert_eq!(
        starts.len(),
        1,
        "{} {}: the start {:?} must match exactly one line, matches {}",
        section.file,
        section.label,
        section.start,
        starts.len()
    );
    let start = starts[0];
    let end = match section.end {
        None => start + 1,
        Some(bound) => lines[start + 1..]
            .iter()
            .position(|line| bound.matches(line))
            .map(|offset| start + 1 + offset)
            .unwrap_or_else(|| {
                panic!(
                    "{} {}: no end {bound:?} after the start",
                    section.file, section.label
                )
            }),
    };
    normalize(&lines[start..end].join("\n"))
}

#[test]
fn sections_are_cut_at_their_bounds() {
    let seed = "目次\n1. 定義\t1\n\n1. 定義\n\nAはBである。\n\n2. 次\n\nCはDである。\n<sup>6</sup> 注の文。\n";
    let section = Section {
        file: "x",
        label: "1.",
        start: Bound::Line("1. 定義"),
        end: Some(Bound::Line("2. 次")),
    };
    assert_eq!(section_text(seed, &section), "1.定義AはBである。");
    let footnote = Section {
        file: "x",
        label: "注6",
        start: Bound::Prefix("<sup>6</sup>"),
        end: None,
    };
    assert_eq!(section_text(seed, &footnote), "※6注の文。");
}

#[test]
fn other_definitions_are_verbatim_in_the_section_they_cite() {
    let Some(dir) = seeds_dir() else { return };
    let glossary = glossary();
    let mut seeds = BTreeMap::<&str, String>::new();
    let mut failures = Vec::new();
    let mut used = BTreeSet::new();
    for term in glossary.terms.iter().filter(|term| !term.is_i6()) {
        let (Some(definition), Some(source)) = (&term.definition, &term.source) else {
            continue;
        };
        if !dir.join(&source.file).is_file() {
            failures.push(format!("{}: no seed file {}", term.id, source.file));
            continue;
        }
        let Some(section) = SECTIONS
            .iter()
            .find(|section| section.file == source.file && section.label == source.section.ja)
        else {
            failures.push(format!(
                "{}: section {:?} of {} is not one this test knows how to find (add it to \
                 SECTIONS)",
                term.id, source.section.ja, source.file
            ));
            continue;
        };
        used.insert(section.label);
        let seed = seeds
            .entry(section.file)
            .or_insert_with(|| read_seed(&dir, section.file));
        let text = section_text(seed, section);
        let texts = std::iter::once(definition).chain(&term.list);
        for quoted in texts.chain([&term.term]) {
            let quote = normalize(&quoted.ja);
            if !text.contains(&quote) {
                failures.push(format!(
                    "{}: not verbatim in {} {}: {}",
                    term.id, section.file, section.label, quoted.ja
                ));
            }
        }
    }
    let unused: Vec<&str> = SECTIONS
        .iter()
        .map(|section| section.label)
        .filter(|label| !used.contains(label))
        .collect();
    assert!(unused.is_empty(), "sections no term cites: {unused:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn terms_are_ordered_i6_then_by_document_then_undefined() {
    let glossary = glossary();
    // The group of each term: 0 for I.6, 1 for another defined term, 2 for an undefined one.
    let groups: Vec<u8> = glossary
        .terms
        .iter()
        .map(|term| match &term.source {
            _ if term.is_i6() => 0,
            Some(_) => 1,
            None => 2,
        })
        .collect();
    let mut sorted = groups.clone();
    sorted.sort_unstable();
    assert_eq!(
        groups, sorted,
        "I.6 terms, then other defined terms, then undefined ones"
    );
    // The other defined terms come in one run per document.
    let mut files: Vec<&str> = Vec::new();
    for term in glossary.terms.iter().filter(|term| !term.is_i6()) {
        let Some(source) = &term.source else { continue };
        if files.last() != Some(&source.file.as_str()) {
            assert!(
                !files.contains(&source.file.as_str()),
                "{}: the terms from {} are not together",
                term.id,
                source.file
            );
            files.push(&source.file);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The aliases against the content.

/// Every Japanese text of the content the app shows, other than the glossary's own.
fn content_texts() -> Vec<(String, String)> {
    fn walk(value: &Value, file: &str, out: &mut Vec<(String, String)>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    match (key.as_str(), child) {
                        ("ja", Value::String(text)) => out.push((file.to_owned(), text.clone())),
                        _ => walk(child, file, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|child| walk(child, file, out)),
            _ => {}
        }
    }
    let mut files: Vec<String> = std::fs::read_dir(CONTENT_DIR)
        .expect("content directory")
        .map(|entry| entry.expect("directory entry").file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json") && name != GLOSSARY_FILE)
        .collect();
    files.sort();
    assert!(files.len() > 3, "only {files:?} found in content/");
    let mut texts = Vec::new();
    for file in files {
        let json = std::fs::read_to_string(Path::new(CONTENT_DIR).join(&file))
            .unwrap_or_else(|error| panic!("content/{file}: {error}"));
        let value: Value =
            serde_json::from_str(&json).unwrap_or_else(|error| panic!("content/{file}: {error}"));
        walk(&value, &file, &mut texts);
    }
    texts
}

fn occurs(alias: &str, texts: &[(String, String)]) -> bool {
    texts.iter().any(|(_, text)| text.contains(alias))
}

#[test]
fn every_alias_occurs_in_the_content() {
    let texts = content_texts();
    let mut dead = Vec::new();
    for term in glossary().terms {
        for alias in &term.aliases {
            assert!(!alias.trim().is_empty(), "{}: empty alias", term.id);
            if !occurs(alias, &texts) {
                dead.push(format!("{}: {alias}", term.id));
            }
        }
    }
    assert!(dead.is_empty(), "aliases no content uses: {dead:?}");
}

#[test]
fn every_undefined_term_occurs_in_the_content() {
    let texts = content_texts();
    let mut unused = Vec::new();
    for term in glossary()
        .terms
        .iter()
        .filter(|term| term.definition.is_none())
    {
        if !term.aliases.iter().any(|alias| occurs(alias, &texts)) {
            unused.push(term.id.clone());
        }
    }
    assert!(
        unused.is_empty(),
        "terms without a definition that the content does not use: {unused:?}"
    );
}

#[test]
fn no_two_terms_share_an_alias() {
    let mut owner = BTreeMap::<String, String>::new();
    for term in glossary().terms {
        for alias in term.aliases {
            if let Some(other) = owner.insert(alias.clone(), term.id.clone()) {
                panic!("{alias:?} is an alias of both {other} and {}", term.id);
            }
        }
    }
}

#[test]
fn an_alias_inside_another_terms_alias_is_on_purpose() {
    let glossary = glossary();
    let mut found = BTreeSet::new();
    let mut undeclared = Vec::new();
    for short in &glossary.terms {
        for long in &glossary.terms {
            if short.id == long.id {
                continue;
            }
            let nested = short
                .aliases
                .iter()
                .any(|a| long.aliases.iter().any(|b| b.contains(a.as_str())));
            if nested {
                found.insert((short.id.as_str(), long.id.as_str()));
                if !NESTED_TERMS.contains(&(short.id.as_str(), long.id.as_str())) {
                    undeclared.push(format!("{} inside {}", short.id, long.id));
                }
            }
        }
    }
    assert!(
        undeclared.is_empty(),
        "an alias inside another term's alias, not declared in NESTED_TERMS: {undeclared:?}"
    );
    let stale: Vec<&(&str, &str)> = NESTED_TERMS
        .iter()
        .filter(|pair| !found.contains(*pair))
        .collect();
    assert!(
        stale.is_empty(),
        "NESTED_TERMS lists pairs that do not nest: {stale:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// The tool's own words.

#[test]
fn the_purpose_is_the_tools_own_words() {
    let Some(dir) = seeds_dir() else { return };
    let seeds: Vec<String> = ALL_SEEDS
        .iter()
        .map(|file| normalize(&read_seed(&dir, file)))
        .collect();
    for text in glossary().purpose {
        for sentence in text.ja.split_inclusive('。') {
            let sentence = normalize(sentence);
            assert!(
                sentence.chars().count() < 12 || !seeds.iter().any(|seed| seed.contains(&sentence)),
                "the purpose quotes a seed: {sentence}"
            );
        }
    }
}
