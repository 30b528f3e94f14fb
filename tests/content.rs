#![cfg(not(target_arch = "wasm32"))]
//! The content files checked against the seed documents they quote, and against the keys the
//! scoring code looks up in them.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use cloud_self_check::domain::answers::{Answer, Answers};
use cloud_self_check::domain::content::{Catalog, Checklist, MIGRATION, PRECONDITIONS, catalog};
use cloud_self_check::domain::scoring::{
    self, CLOUD_EXPERIENCE_ITEM, Diagnosis, Readiness, score_migration,
};
use serde_json::Value;

/// The seed the two checklists come from (004 VI).
const CHECKLIST_SEED: &str = "004_2afa2b1b220c6436.txt";

/// The directory holding the seed documents, or `None` (after saying so on stderr) when it is
/// absent outside CI. On CI (`CI` set) a missing directory fails the test: there the seeds are
/// part of the checkout, and a silently skipped check would hide a broken layout.
fn seeds_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os("CLOUD_SELF_CHECK_SEEDS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds")),
    };
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "seeds not found at {} (set CLOUD_SELF_CHECK_SEEDS to the seeds directory); \
             the seed checks must run on CI",
            dir.display()
        );
    }
    eprintln!(
        "skipped: seeds not found at {} (set CLOUD_SELF_CHECK_SEEDS to run this check)",
        dir.display()
    );
    None
}

fn read_seed(dir: &Path, file: &str) -> String {
    let path = dir.join(file);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read seed {}: {error}", path.display()))
}

fn checklist(id: &str) -> &'static Checklist {
    catalog()
        .checklist(id)
        .unwrap_or_else(|| panic!("checklist {id} is missing from the catalog"))
}

fn numbers(checklist: &Checklist) -> Vec<&str> {
    checklist
        .items
        .iter()
        .map(|item| item.number.as_str())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The catalog itself.

#[test]
fn embedded_content_loads() {
    if let Err(error) = Catalog::load() {
        panic!("Catalog::load failed: {error}");
    }
}

#[test]
fn precondition_check_has_items_1_1_to_1_8_in_order() {
    let expected: Vec<String> = (1..=8).map(|n| format!("1.{n}")).collect();
    assert_eq!(numbers(checklist(PRECONDITIONS)), expected);
}

#[test]
fn migration_checklist_has_items_4_1_to_4_9_in_order() {
    let expected: Vec<String> = (1..=9).map(|n| format!("4.{n}")).collect();
    assert_eq!(numbers(checklist(MIGRATION)), expected);
}

#[test]
fn checklists_are_pre_then_mig() {
    let ids: Vec<&str> = catalog()
        .checklists
        .iter()
        .map(|checklist| checklist.id.as_str())
        .collect();
    assert_eq!(ids, ["pre", "mig"]);
}

#[test]
fn stage_guide_has_stages_0_to_4_and_x_in_order() {
    let ids: Vec<&str> = catalog()
        .stages
        .stages
        .iter()
        .map(|stage| stage.id.as_str())
        .collect();
    assert_eq!(ids, ["0", "1", "2", "3", "4", "x"]);
}

#[test]
fn every_item_id_is_module_dash_number() {
    for checklist in &catalog().checklists {
        for item in &checklist.items {
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
    for item in catalog().checklists.iter().flat_map(|c| &c.items) {
        assert!(
            seen.insert(item.id.as_str()),
            "item id {} is used twice",
            item.id
        );
    }
    assert!(!seen.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Item counts and denominators, read from the seed's chapter VI.

/// The table rows and the "Yes の合計" line of one checklist of 004 VI.
struct SeedTable {
    rows: Vec<String>,
    denominator: usize,
}

/// The body of 004 VI: from the "VI. チェックリスト" heading that is followed by the
/// "1.1. 前提条件チェック" heading (the table of contents has its own "VI." lines near the top).
fn chapter_vi(seed: &str) -> Vec<&str> {
    let lines: Vec<&str> = seed.lines().collect();
    let start = (0..lines.len())
        .find(|&i| {
            lines[i].trim() == "VI. チェックリスト"
                && lines[i + 1..]
                    .iter()
                    .find(|line| !line.trim().is_empty())
                    .is_some_and(|next| next.trim() == "1.1. 前提条件チェック")
        })
        .expect("the seed has a 'VI. チェックリスト' heading followed by '1.1. 前提条件チェック'");
    lines[start..].to_vec()
}

/// The lines between two headings of chapter VI (`end` exclusive; to the end if `None`).
fn section<'a>(chapter: &[&'a str], start: &str, end: Option<&str>) -> Vec<&'a str> {
    let from = chapter
        .iter()
        .position(|line| line.trim() == start)
        .unwrap_or_else(|| panic!("heading {start:?} not found in chapter VI"));
    let rest = &chapter[from + 1..];
    let to = match end {
        Some(end) => rest
            .iter()
            .position(|line| line.trim() == end)
            .unwrap_or_else(|| panic!("heading {end:?} not found after {start:?}")),
        None => rest.len(),
    };
    rest[..to].to_vec()
}

/// Parses the "Yes の合計 … /8" line of a section: its last non-empty cell, without the slash.
fn denominator(lines: &[&str]) -> usize {
    let line = lines
        .iter()
        .find(|line| line.contains("Yes の合計"))
        .expect("a 'Yes の合計' line");
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

/// Rows "1.N.<TAB>…" of the precondition table (004 VI 1.1).
fn seed_precondition_table(seed: &str) -> SeedTable {
    let chapter = chapter_vi(seed);
    let lines = section(
        &chapter,
        "1.1. 前提条件チェック",
        Some("1.2. クラウド移行チェックリスト"),
    );
    let rows = lines
        .iter()
        .filter_map(|line| {
            let (number, _) = line.split_once('\t')?;
            let digits = number.strip_prefix("1.")?.strip_suffix('.')?;
            (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))
                .then(|| format!("1.{digits}"))
        })
        .collect();
    SeedTable {
        rows,
        denominator: denominator(&lines),
    }
}

/// Rows "4.N." or "4.N<TAB>" of the migration table (004 VI 1.2).
fn seed_migration_table(seed: &str) -> SeedTable {
    let chapter = chapter_vi(seed);
    let lines = section(&chapter, "1.2. クラウド移行チェックリスト", None);
    let end = lines
        .iter()
        .position(|line| line.contains("Yes の合計"))
        .expect("a 'Yes の合計' line in 1.2");
    let rows = lines[..=end]
        .iter()
        .filter_map(|line| {
            let rest = line.strip_prefix("4.")?;
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let after = &rest[digits.len()..];
            (!digits.is_empty() && (after.starts_with('.') || after.starts_with('\t')))
                .then(|| format!("4.{digits}"))
        })
        .collect();
    SeedTable {
        rows,
        denominator: denominator(&lines),
    }
}

/// The content's items are the seed table's rows, in order, and the seed's "Yes の合計" total
/// is the item count. `expected` is the count PRODUCT.md states.
fn assert_items_match_seed_table(module: &str, table: &SeedTable, expected: usize, total: &str) {
    let content = checklist(module);
    assert_eq!(
        content.items.len(),
        expected,
        "PRODUCT.md: {expected} {module} items"
    );
    assert_eq!(
        table.rows.len(),
        content.items.len(),
        "rows {:?}",
        table.rows
    );
    assert_eq!(table.rows, numbers(content), "item numbers in seed order");
    assert_eq!(table.denominator, content.items.len(), "{total}");
}

#[test]
fn precondition_items_match_the_seed_table() {
    let Some(dir) = seeds_dir() else { return };
    let seed = read_seed(&dir, CHECKLIST_SEED);
    let table = seed_precondition_table(&seed);
    assert_items_match_seed_table(PRECONDITIONS, &table, 8, "'Yes の合計 /N' of 004 VI 1.1");
}

#[test]
fn migration_items_match_the_seed_table() {
    let Some(dir) = seeds_dir() else { return };
    let seed = read_seed(&dir, CHECKLIST_SEED);
    let table = seed_migration_table(&seed);
    assert_items_match_seed_table(MIGRATION, &table, 9, "'Yes の合計 ／N' of 004 VI 1.2");
}

// ---------------------------------------------------------------------------------------------
// Japanese text is verbatim from the seed it cites.

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
    for expected in ["pre.json", "mig.json", "stages.json"] {
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

/// Removes `<…>` tags that open and close on the same line.
fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let mut rest = line;
        while let Some(open) = rest.find('<') {
            match rest[open..].find('>') {
                Some(close) => {
                    out.push_str(&rest[..open]);
                    rest = &rest[open + close + 1..];
                }
                None => break,
            }
        }
        out.push_str(rest);
    }
    out
}

fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The seed as the content quotes it: no HTML tags, no Yes/No answer cells of the tables, no
/// whitespace (the extraction breaks lines and cells in the middle of sentences).
fn normalize_seed(seed: &str) -> String {
    let stripped = strip_tags(seed);
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

/// What a bilingual text stands under.
#[derive(Clone, Copy, Debug)]
enum Scope<'a> {
    /// Nothing yet: text here has no source.
    None,
    /// Under an object with `"source": {"file": …}`: a quotation of that seed.
    Quote(&'a str),
    /// Under a bibliography entry of sources.json (an object with its own `"file"`): the
    /// seed's title and the short name citations use, which are labels, not quotations.
    Label,
}

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
            let scope = if map.get("file").is_some_and(Value::is_string) {
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
    let mut seeds = std::collections::BTreeMap::<String, Option<String>>::new();
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut labels = 0;
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
                Scope::Label => {
                    labels += 1;
                    continue;
                }
                Scope::None => {
                    failures.push(format!("{path}: no source in scope"));
                    continue;
                }
            };
            let seed = seeds.entry(source.to_owned()).or_insert_with(|| {
                std::fs::read_to_string(dir.join(source))
                    .ok()
                    .map(|text| normalize_seed(&text))
            });
            let Some(seed) = seed else {
                failures.push(format!("{path}: source {source} cannot be read"));
                continue;
            };
            if !seed.contains(&quote) {
                failures.push(format!("{path}: not verbatim in {source}: {ja}"));
            }
        }
    }
    assert!(
        checked - labels > 100,
        "only {} quotations found: is the walk broken?",
        checked - labels
    );
    assert!(
        labels <= 2 * catalog().sources.len(),
        "{labels} texts stand under bibliography entries, more than a title and a short name per \
         source document: only those two are exempt from the verbatim check"
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} texts fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every object with a "file" (a `source` reference or a bibliography entry) names a seed
/// file that exists.
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
    let mut failures = Vec::new();
    let mut sources = 0;
    for (file, value) in content_values() {
        let mut files = Vec::new();
        walk(&value, &file, &mut files);
        for (path, name) in files {
            sources += usize::from(path.ends_with(".source"));
            match name.as_str() {
                Some(name)
                    if !name.is_empty() && !name.contains('/') && dir.join(name).is_file() => {}
                _ => failures.push(format!("{path}: no seed file {name}")),
            }
        }
    }
    let cited = catalog().citations().count();
    assert!(
        sources >= cited,
        "the walk found {sources} source objects, the catalog cites {cited}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Keys the scoring code looks up exist in the content.

const ALL_DIAGNOSES: [Diagnosis; 4] = [
    Diagnosis::Pending,
    Diagnosis::Stage0,
    Diagnosis::Stage1,
    Diagnosis::PresumedStage3,
];

/// Fails to compile when a variant is added, so `ALL_DIAGNOSES` is kept complete.
fn is_listed(diagnosis: Diagnosis) -> bool {
    match diagnosis {
        Diagnosis::Pending | Diagnosis::Stage0 | Diagnosis::Stage1 | Diagnosis::PresumedStage3 => {
            ALL_DIAGNOSES.contains(&diagnosis)
        }
    }
}

#[test]
fn every_diagnosis_has_its_outcome_passage_and_stage() {
    let pre = checklist(PRECONDITIONS);
    let mut with_outcome = 0;
    for diagnosis in ALL_DIAGNOSES {
        assert!(is_listed(diagnosis));
        assert_eq!(
            diagnosis.outcome_key().is_some(),
            diagnosis.stage_id().is_some(),
            "{diagnosis:?}: an outcome passage and a stage go together"
        );
        if let Some(key) = diagnosis.outcome_key() {
            with_outcome += 1;
            let passage = pre
                .outcome(key)
                .unwrap_or_else(|| panic!("pre.json has no outcome {key:?} for {diagnosis:?}"));
            assert!(!passage.text.is_empty(), "outcome {key} has no text");
        }
        if let Some(stage) = diagnosis.stage_id() {
            assert!(
                catalog().stages.stage(stage).is_some(),
                "stages.json has no stage {stage:?} for {diagnosis:?}"
            );
        }
    }
    assert_eq!(with_outcome, 3, "every diagnosis but Pending has a passage");
}

#[test]
fn every_migration_outcome_has_its_passage() {
    let mig = checklist(MIGRATION);
    let all_yes: Answers = mig
        .items
        .iter()
        .map(|item| (item.id.clone(), Answer::Yes))
        .collect();
    let mut one_no = all_yes.clone();
    one_no.insert(mig.items[0].id.clone(), Answer::No);

    let ready = score_migration(mig, &all_yes);
    let not_ready = score_migration(mig, &one_no);
    assert_eq!(ready.readiness, Readiness::Ready);
    assert_eq!(not_ready.readiness, Readiness::NotReady);
    for result in [&ready, &not_ready] {
        let key = result
            .outcome_key()
            .unwrap_or_else(|| panic!("{:?} has no outcome key", result.readiness));
        let passage = mig
            .outcome(key)
            .unwrap_or_else(|| panic!("mig.json has no outcome {key:?}"));
        assert!(!passage.text.is_empty(), "outcome {key} has no text");
    }
    assert_ne!(ready.outcome_key(), not_ready.outcome_key());
}

#[test]
fn cloud_experience_item_is_precondition_1_1() {
    let item = checklist(PRECONDITIONS)
        .item(scoring::CLOUD_EXPERIENCE_ITEM)
        .unwrap_or_else(|| panic!("{CLOUD_EXPERIENCE_ITEM} is not an item of pre"));
    assert_eq!(item.number, "1.1");
}
