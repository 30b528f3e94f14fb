//! One list of checks (`content/modules.json`): adding a yes/no or a coverage check is one
//! content file and one line in that list.
//!
//! The content compiler of `build/` runs here on a copy of `content/` with one checklist file and
//! one line added, and the check comes out everywhere the app lists checks: the catalog's checks,
//! checklists and modules, and the checks the roles propose. The summary is shown to score such
//! a check with no code written for it, from a catalog with the check added.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use cloud_self_check::domain::answers::{Answer, Answers};
use cloud_self_check::domain::compare::compare;
use cloud_self_check::domain::content::{
    Catalog, Check, Checklist, Item, Localized, Scale, Scoring, SourceRef, Tier, catalog,
};
use cloud_self_check::domain::responsibility::MapRecord;
use cloud_self_check::domain::scoring::{Coverage, TieredCoverage, YesNoTally};
use cloud_self_check::domain::summary::{Frozen, Metric, Score, Value, module_scores};
use serde_json::{Value as Json, json};

use crate::compiler;

pub fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// A copy of `content/` in a directory of its own, removed when dropped.
struct ContentCopy {
    dir: PathBuf,
}

impl ContentCopy {
    fn new(name: &str) -> ContentCopy {
        let dir = std::env::temp_dir().join(format!(
            "cloud-self-check-catalog-{}-{name}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temporary directory");
        for entry in std::fs::read_dir(content_dir()).expect("content directory") {
            let path = entry.expect("directory entry").path();
            if path.extension().is_some_and(|ext| ext == "json") {
                std::fs::copy(&path, dir.join(path.file_name().expect("file name")))
                    .expect("copy a content file");
            }
        }
        ContentCopy { dir }
    }

    fn write(&self, file: &str, value: &Json) {
        let text = serde_json::to_string_pretty(value).expect("JSON");
        std::fs::write(self.dir.join(file), text).expect("write a content file");
    }

    /// Adds one line to the list of checks.
    fn list(&self, line: Json) {
        let path = self.dir.join("modules.json");
        let text = std::fs::read_to_string(&path).expect("modules.json");
        let mut list: Json = serde_json::from_str(&text).expect("modules.json is JSON");
        list["checks"]
            .as_array_mut()
            .expect("modules.json has checks")
            .push(line);
        self.write("modules.json", &list);
    }

    /// Changes the line of the check `id` in the list of checks.
    fn edit_line(&self, id: &str, edit: impl FnOnce(&mut Json)) {
        let path = self.dir.join("modules.json");
        let text = std::fs::read_to_string(&path).expect("modules.json");
        let mut list: Json = serde_json::from_str(&text).expect("modules.json is JSON");
        let line = list["checks"]
            .as_array_mut()
            .expect("modules.json has checks")
            .iter_mut()
            .find(|line| line["id"] == id)
            .expect("the check is listed");
        edit(line);
        self.write("modules.json", &list);
    }

    fn compile(&self) -> compiler::Compiled {
        compiler::compile(&self.dir, false)
    }

    /// The message the compiler stops with, or `None` when it compiles.
    fn refusal(&self) -> Option<String> {
        let outcome = catch_unwind(AssertUnwindSafe(|| self.compile()));
        let payload = outcome.err()?;
        Some(
            payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default(),
        )
    }
}

impl Drop for ContentCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn text(ja: &str, en: &str) -> Json {
    json!({ "ja": ja, "en": en })
}

fn source() -> Json {
    json!({ "file": "004_2afa2b1b220c6436.txt", "section": text("VI 1.1", "VI 1.1") })
}

/// A checklist file with two items, `<id>-1` and `<id>-2`, the second 推奨 on a coverage scale.
fn checklist_file(id: &str, scale: &str) -> Json {
    let item = |n: u32| {
        let mut item = json!({
            "id": format!("{id}-{n}"),
            "number": n.to_string(),
            "question": text(&format!("追加の設問{n}"), &format!("Added question {n}")),
            "guidance": [],
            "source": source(),
        });
        if scale == "coverage" && n == 2 {
            item["tier"] = json!("recommended");
        }
        item
    };
    json!({
        "id": id,
        "scale": scale,
        "title": text("追加のチェック", "Added check"),
        "purpose": [text("試験のためのチェックです。", "A check for the test.")],
        "intro": [],
        "source": source(),
        "items": [item(1), item(2)],
    })
}

fn line(id: &str, scoring: &str) -> Json {
    json!({ "id": id, "content": format!("{id}.json"), "kind": "checklist", "scoring": scoring })
}

/// Adds a check of the given scale and scoring to a copy of the content, with one file and one
/// line, and compiles it.
fn compiled_with(id: &str, scale: &str, scoring: &str) -> compiler::Compiled {
    let copy = ContentCopy::new(id);
    copy.write(&format!("{id}.json"), &checklist_file(id, scale));
    copy.list(line(id, scoring));
    copy.compile()
}

fn assert_added_everywhere(compiled: &compiler::Compiled, id: &str, scoring: compiler::Scoring) {
    let last = compiled.checks.checks.last().expect("a check");
    assert_eq!((last.id.as_str(), last.scoring), (id, scoring));
    let checklists: Vec<&str> = compiled.checklists.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(checklists.last(), Some(&id), "the checklists end with it");
    assert_eq!(checklists.len(), catalog().checklists.len() + 1);
    let modules = compiled.modules();
    assert_eq!(
        modules.last().map(String::as_str),
        Some(id),
        "it has a view"
    );
    assert_eq!(modules.len(), catalog().modules.len() + 1);
    assert!(
        compiled.roles.other_modules.iter().any(|m| m == id),
        "outside table I.5-1, so this tool proposes it"
    );
    let rust = compiled.to_rust();
    let scoring = format!("{scoring:?}");
    assert!(
        rust.contains(&format!(
            "Check {{ id: \"{id}\", scoring: Scoring::{scoring} }}"
        )),
        "the generated catalog lists the check"
    );
    assert!(rust.contains(&format!("Checklist {{id: \"{id}\",")));
    assert!(rust.contains(&format!("\"{id}-2\"")));
    assert!(
        rust.contains(&format!("ChunkInfo {{ id: \"{id}\", len: ")),
        "its words are a chunk of their own, loaded when it is opened"
    );
}

#[test]
fn a_yes_no_check_is_one_file_and_one_line() {
    let compiled = compiled_with("added-yes-no", "yes_no", "yes_no");
    assert_added_everywhere(&compiled, "added-yes-no", compiler::Scoring::YesNo);
}

#[test]
fn a_coverage_check_is_one_file_and_one_line() {
    let compiled = compiled_with("added-coverage", "coverage", "coverage");
    assert_added_everywhere(&compiled, "added-coverage", compiler::Scoring::Coverage);
}

#[test]
fn the_content_as_it_is_compiles_to_the_catalog_the_app_holds() {
    let compiled = compiler::compile(&content_dir(), false);
    let checks: Vec<(&str, String)> = compiled
        .checks
        .checks
        .iter()
        .map(|check| (check.id.as_str(), format!("{:?}", check.scoring)))
        .collect();
    let held: Vec<(&str, String)> = catalog()
        .checks
        .iter()
        .map(|check| (check.id, format!("{:?}", check.scoring)))
        .collect();
    assert_eq!(checks, held);
    assert_eq!(compiled.modules(), catalog().modules);
    let checklists: Vec<&str> = compiled.checklists.iter().map(|c| c.id.as_str()).collect();
    let held: Vec<&str> = catalog().checklists.iter().map(|c| c.id).collect();
    assert_eq!(checklists, held);
    assert_eq!(compiled.roles.other_modules, catalog().roles.other_modules);
    for (part, held) in compiled.roles.parts.iter().zip(catalog().roles.parts) {
        assert_eq!(part.modules, held.modules, "part {}", part.id);
    }
    // The setting types are shown inside the map's view: no view of their own, and no place
    // in the roles' proposals.
    assert!(!compiled.modules().iter().any(|m| m == "set"));
    assert!(!compiled.roles.other_modules.iter().any(|m| m == "set"));
}

#[test]
fn the_benchmark_scale_check_is_a_yes_no_check_after_the_real_ones() {
    let compiled = compiler::compile(&content_dir(), true);
    let last = compiled.checks.checks.last().expect("a check");
    assert_eq!(
        (last.id.as_str(), last.scoring),
        ("scale", compiler::Scoring::YesNo)
    );
    let checklist = compiled.checklists.last().expect("a checklist");
    assert_eq!(
        (checklist.id.as_str(), checklist.items.len()),
        ("scale", 5_000)
    );
    assert_eq!(compiled.modules().last().map(String::as_str), Some("scale"));
}

#[test]
fn a_line_whose_scoring_its_file_cannot_have_is_refused() {
    let copy = ContentCopy::new("misfit");
    copy.write("misfit.json", &checklist_file("misfit", "yes_no"));
    copy.list(line("misfit", "coverage"));
    let refusal = copy.refusal().expect("refused");
    assert!(refusal.contains("misfit: scored Coverage"), "{refusal}");
}

#[test]
fn a_check_whose_id_cannot_name_its_chunk_is_refused() {
    for (n, (id, why)) in [
        ("core", "names a chunk of its own"),
        ("glossary", "names a chunk of its own"),
        ("Upper", "lowercase letters, digits and hyphens"),
        ("a b", "lowercase letters, digits and hyphens"),
        ("a/b", "lowercase letters, digits and hyphens"),
    ]
    .into_iter()
    .enumerate()
    {
        let copy = ContentCopy::new(&format!("chunk-id-{n}"));
        copy.write("added.json", &checklist_file(id, "yes_no"));
        copy.list(
            json!({"id": id, "content": "added.json", "kind": "checklist", "scoring": "yes_no"}),
        );
        let refusal = copy.refusal().expect("refused");
        assert!(refusal.contains(why), "{id}: {refusal}");
    }
}

#[test]
fn a_line_naming_another_checklist_s_file_is_refused() {
    let copy = ContentCopy::new("renamed");
    copy.write("renamed.json", &checklist_file("other", "yes_no"));
    copy.list(line("renamed", "yes_no"));
    let refusal = copy.refusal().expect("refused");
    assert!(refusal.contains("holds checklist other"), "{refusal}");
}

#[test]
fn a_rule_of_one_check_is_refused_on_another() {
    let copy = ContentCopy::new("second-pre");
    copy.write("second-pre.json", &checklist_file("second-pre", "yes_no"));
    copy.list(line("second-pre", "precondition"));
    let refusal = copy.refusal().expect("refused");
    assert!(refusal.contains("rule of check pre alone"), "{refusal}");
}

#[test]
fn a_check_listed_twice_or_shown_in_a_check_without_a_view_is_refused() {
    let copy = ContentCopy::new("twice");
    copy.list(line("life", "coverage_by_part"));
    let refusal = copy.refusal().expect("refused");
    assert!(refusal.contains("lists life twice"), "{refusal}");

    let copy = ContentCopy::new("nested");
    copy.write("nested.json", &checklist_file("nested", "coverage"));
    let mut nested = line("nested", "coverage");
    nested["shown_in"] = json!("set");
    copy.list(nested);
    let refusal = copy.refusal().expect("refused");
    assert!(refusal.contains("shown in set"), "{refusal}");
}

#[test]
fn only_the_setting_types_are_shown_inside_another_check_and_they_must_be() {
    // A check of its own shown inside another would have no page of its own.
    let copy = ContentCopy::new("hidden");
    copy.write("hidden.json", &checklist_file("hidden", "contract"));
    let mut hidden = line("hidden", "contract");
    hidden["shown_in"] = json!("pre");
    copy.list(hidden);
    let refusal = copy.refusal().expect("refused");
    assert!(refusal.contains("hidden is shown in pre"), "{refusal}");

    // The setting types without their place under the map would get a page of their own.
    let copy = ContentCopy::new("set-alone");
    copy.edit_line("set", |set| {
        set.as_object_mut().expect("a line").remove("shown_in");
    });
    let refusal = copy.refusal().expect("refused");
    assert!(refusal.contains("set must be shown in rsp"), "{refusal}");
}

#[test]
fn a_check_by_part_needs_parts_and_a_guide_part_must_exist() {
    let copy = ContentCopy::new("by-part");
    copy.write("by-part.json", &checklist_file("by-part", "coverage"));
    copy.list(line("by-part", "coverage_by_part"));
    let refusal = copy.refusal().expect("refused");
    assert!(refusal.contains("has no parts"), "{refusal}");

    let copy = ContentCopy::new("part-v");
    copy.write("part-v.json", &checklist_file("part-v", "coverage"));
    let mut placed = line("part-v", "coverage");
    placed["guide_part"] = json!("V");
    copy.list(placed);
    let refusal = copy.refusal().expect("refused");
    assert!(
        refusal.contains("part V, which roles.json lacks"),
        "{refusal}"
    );
}

#[test]
fn a_check_placed_in_a_part_of_the_table_is_proposed_by_that_part() {
    let copy = ContentCopy::new("part-iii");
    copy.write("part-iii.json", &checklist_file("part-iii", "coverage"));
    let mut placed = line("part-iii", "coverage");
    placed["guide_part"] = json!("III");
    copy.list(placed);
    let compiled = copy.compile();
    let part = compiled.roles.parts.iter().find(|p| p.id == "III");
    assert_eq!(
        part.map(|p| p.modules.clone()),
        Some(vec!["msr-u".to_owned(), "part-iii".to_owned()])
    );
    assert!(!compiled.roles.other_modules.iter().any(|m| m == "part-iii"));
}

#[test]
fn a_checklist_without_a_line_is_not_compiled() {
    let copy = ContentCopy::new("unlisted");
    copy.write("unlisted.json", &checklist_file("unlisted", "yes_no"));
    let compiled = copy.compile();
    assert!(!compiled.checklists.iter().any(|c| c.id == "unlisted"));
    assert!(!compiled.to_rust().contains("\"unlisted\""));
}

// ---------------------------------------------------------------------------------------------
// The summary scores an added check by its line, with no code of its own.

fn localized(text: &'static str) -> Localized {
    Localized::new(text, text)
}

fn added_item(id: &'static str, number: &'static str, tier: Option<Tier>) -> Item {
    Item {
        id,
        number,
        question: localized("追加の設問"),
        guidance: &[],
        source: SourceRef {
            file: "004_2afa2b1b220c6436.txt",
            section: localized("VI 1.1"),
        },
        tier,
        risk: None,
        layers: &[],
        models: &[],
        layer_basis: None,
        statement: None,
        group: None,
        causes: &[],
        practices: &[],
        value_example: None,
        exhibits: &[],
        terms: &[],
    }
}

/// The compiled catalog with one checklist and its line added at the end, as the compiler
/// writes them for one more file and one more line.
fn catalog_with(scale: Scale, scoring: Scoring) -> &'static Catalog {
    let base = catalog();
    let items = vec![
        added_item("added-1", "1", None),
        added_item("added-2", "2", Some(Tier::Recommended)),
    ];
    let checklist = Checklist {
        id: "added",
        scale,
        items: Box::leak(items.into_boxed_slice()),
        ..base.checklists[0].clone()
    };
    let mut checks = base.checks.to_vec();
    checks.push(Check {
        id: "added",
        scoring,
    });
    let mut checklists = base.checklists.to_vec();
    checklists.push(checklist);
    let mut modules = base.modules.to_vec();
    modules.push("added");
    Box::leak(Box::new(Catalog {
        checks: Box::leak(checks.into_boxed_slice()),
        checklists: Box::leak(checklists.into_boxed_slice()),
        modules: Box::leak(modules.into_boxed_slice()),
        ..base.clone()
    }))
}

fn frozen(answers: &Answers) -> Frozen<'_> {
    static MAP: std::sync::OnceLock<MapRecord> = std::sync::OnceLock::new();
    Frozen {
        answers,
        responsibility: MAP.get_or_init(MapRecord::default),
        stage: None,
    }
}

#[test]
fn the_summary_scores_an_added_yes_no_check() {
    let catalog = catalog_with(Scale::YesNo, Scoring::YesNo);
    let answers: Answers = [("added-1", Answer::Yes)].into_iter().collect();
    let scores = module_scores(catalog, frozen(&answers));
    assert_eq!(scores.len(), catalog.checks.len());
    let added = scores.last().expect("a score");
    assert_eq!(added.module, "added");
    assert_eq!(
        added.score,
        Score::YesNo(YesNoTally {
            yes: 1,
            no: 0,
            total: 2
        })
    );
    assert_eq!(
        added.score.headline().value(Metric::Yes),
        Some(Value::Count { count: 1, of: 2 })
    );
    // And the comparison of two states lists its figure.
    let before = Answers::new();
    let comparison = compare(catalog, frozen(&before), frozen(&answers));
    assert!(
        comparison
            .scores
            .iter()
            .any(|score| score.module == "added" && score.metric == Metric::Yes)
    );
}

#[test]
fn the_summary_scores_an_added_coverage_check() {
    let catalog = catalog_with(Scale::Coverage, Scoring::Coverage);
    let answers: Answers = [("added-1", Answer::Done), ("added-2", Answer::NotDone)]
        .into_iter()
        .collect();
    let scores = module_scores(catalog, frozen(&answers));
    let added = scores.last().expect("a score");
    assert_eq!(added.module, "added");
    assert_eq!(
        added.score,
        Score::Measures(TieredCoverage {
            basic: Coverage {
                done: 1,
                ..Coverage::default()
            },
            recommended: Coverage {
                not_done: 1,
                ..Coverage::default()
            },
        })
    );
    assert_eq!(
        added.score.headline().value(Metric::Recommended),
        Some(Value::Percent(0))
    );
}

/// The catalog is compared by identity, not by walking the content: the app's state holds it
/// and is compared on every action.
#[test]
fn a_catalog_equals_itself_only() {
    assert_eq!(catalog(), catalog());
    let copy = catalog().clone();
    assert_ne!(
        &copy,
        catalog(),
        "a copy holds the same content, and is another catalog"
    );
    assert_eq!(&copy, &copy);
}

/// So is every value of the content: a component's properties holding a checklist or an item
/// compare in one step, not by walking the content, on every render.
#[test]
fn content_equals_itself_only() {
    let checklist = &catalog().checklists[0];
    assert_eq!(checklist, &catalog().checklists[0]);
    assert_ne!(&checklist.clone(), checklist);
    let item = &checklist.items[0];
    assert_eq!(item, &catalog().checklists[0].items[0]);
    assert_ne!(&item.clone(), item);
    assert_ne!(&checklist.items[0], &checklist.items[1]);
    let stages = &catalog().stages;
    assert_ne!(&stages.stages[0].clone(), &stages.stages[0]);
}

#[test]
fn a_list_that_says_nothing_of_its_fields_is_refused() {
    let copy = ContentCopy::new("no-about");
    let path = copy.dir.join("modules.json");
    let mut list: Json =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("modules.json")).expect("JSON");
    list["about"] = json!([]);
    copy.write("modules.json", &list);
    let refusal = copy.refusal().expect("refused");
    assert!(
        refusal.contains("says nothing of what its fields mean"),
        "{refusal}"
    );
}
