//! Compiles the content data (`content/*.json`) into Rust statics, so the browser parses no
//! content at start-up and a content file that breaks the schema fails the build, not the page.
//!
//! The JSON is read into the mirror types below (owned strings, `deny_unknown_fields`), checked,
//! and written out as one `static CATALOG: Catalog` of `&'static` data for
//! `src/domain/content.rs` to include. The types there are the ones the app uses; the ones here
//! exist only to read the files.
//!
//! With the cargo feature `bench-scale`, a synthetic checklist of 5,000 items (`scale`) is added
//! after the real ones, for the benchmark's scale case. It never ships.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

/// The checklist modules, in the order the app presents them: `content/<id>.json` each.
/// Adding a checklist means adding its file and its id here.
const CHECKLISTS: &[&str] = &["pre", "mig", "set", "msr-u", "msr-p", "life", "sla"];

/// The modules, each a view of its own, in the order the overview lists them. A checklist that
/// is not listed here is shown inside another module's view (`set` inside `rsp`).
const MODULES: &[&str] = &[
    "pre", "mig", "stage", "rsp", "msr-u", "msr-p", "life", "sla",
];

/// The 4M cause groups of misconfiguration (001 II.2.1) a measure may answer.
const CAUSES: &[&str] = &["organization", "rules", "settings", "methods"];

/// The gap kinds of the responsibility map, each with its basis in `content/rsp.json`.
const GAP_KINDS: &[&str] = &[
    "setter_missing",
    "manager_missing",
    "manager_outside",
    "same_person",
    "unconfirmed",
    "provider_unconfirmed",
];

/// Items of the synthetic checklist of the `bench-scale` feature.
const SCALE_ITEMS: usize = 5_000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Localized {
    ja: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceRef {
    file: String,
    section: Localized,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum Scale {
    YesNo,
    Coverage,
    Contract,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum Tier {
    Basic,
    Recommended,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    id: String,
    number: String,
    question: Localized,
    guidance: Vec<Localized>,
    source: SourceRef,
    #[serde(default)]
    tier: Option<Tier>,
    /// What goes wrong when the item is not done, quoted (the setting types' risks).
    #[serde(default)]
    risk: Option<Localized>,
    /// Layers of the responsibility map the item touches, by layer id (setting types only).
    #[serde(default)]
    layers: Vec<String>,
    /// Why the item touches those layers: this tool's reading, with its reasons.
    #[serde(default)]
    layer_basis: Option<Localized>,
    /// What the measure or requirement asks, quoted (shown with the title, not folded away).
    #[serde(default)]
    statement: Option<Localized>,
    /// The heading of the group the item stands under in its source (e.g. <アクセス制御に関する事項>).
    #[serde(default)]
    group: Option<Localized>,
    /// The 4M cause groups of 001 II.2.1 the measure answers, by id.
    #[serde(default)]
    causes: Vec<String>,
    /// Best practices, quoted, in the source's groups (a heading such as the audience, or none).
    #[serde(default)]
    practices: Vec<PracticeList>,
    /// An example of the value a contract sets (e.g. an SLA's target), quoted.
    #[serde(default)]
    value_example: Option<Localized>,
    /// The source's columns, figures and tables that follow the best practices, quoted under
    /// their own headings, in source order.
    #[serde(default)]
    exhibits: Vec<Exhibit>,
    /// The glossary terms the item's Japanese text uses, by id, found by this build.
    #[serde(skip)]
    terms: Vec<String>,
}

#[derive(Deserialize, Clone, Copy, PartialEq)]
#[serde(rename_all = "snake_case")]
enum ExhibitKind {
    Column,
    Figure,
    Table,
    Note,
}

/// A column (<コラム>), figure or table of the source, under its own heading, or a note (※)
/// that follows the best practices, with none.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Exhibit {
    kind: ExhibitKind,
    #[serde(default)]
    heading: Option<Localized>,
    /// The paragraphs of a column or figure.
    #[serde(default)]
    text: Vec<Localized>,
    /// The column headings of a table.
    #[serde(default)]
    header: Vec<Localized>,
    /// The rows of a table, one cell per column heading (`null` where the source leaves the
    /// cell empty).
    #[serde(default)]
    rows: Vec<Vec<Option<Localized>>>,
}

/// What a group of items (the items whose number starts with `prefix` and a dot) carries at its
/// head besides its heading: a note of the source attached to the heading, and the group's
/// own statement of its aim (001 【目的】), both quoted.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupIntro {
    prefix: String,
    #[serde(default)]
    note: Option<Localized>,
    #[serde(default)]
    objective: Option<Passage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PracticeList {
    #[serde(default)]
    heading: Option<Localized>,
    bullets: Vec<Localized>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Passage {
    text: Vec<Localized>,
    source: SourceRef,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Footnote {
    mark: Localized,
    text: Localized,
    source: SourceRef,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Checklist {
    id: String,
    scale: Scale,
    /// The answers describe the organization and are neither good nor bad (a profile check).
    #[serde(default)]
    neutral_answers: bool,
    title: Localized,
    purpose: Vec<Localized>,
    intro: Vec<Localized>,
    #[serde(default)]
    footnotes: Vec<Footnote>,
    source: SourceRef,
    items: Vec<Item>,
    #[serde(default)]
    outcomes: BTreeMap<String, Passage>,
    #[serde(default)]
    readings: BTreeMap<String, Localized>,
    /// The parts the result is broken down by: items whose number starts with the prefix.
    #[serde(default)]
    parts: Vec<ChecklistPart>,
    /// What the item groups carry at their head, by number prefix.
    #[serde(default)]
    groups: Vec<GroupIntro>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChecklistPart {
    prefix: String,
    title: Localized,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PracticeGroup {
    heading: Localized,
    bullets: Vec<StageBullet>,
}

/// A bullet of a stage's detailed practice, with the bullets the source nests under it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StageBullet {
    ja: String,
    en: String,
    #[serde(default)]
    sub: Vec<Localized>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Stage {
    id: String,
    name: Localized,
    kind: Option<Localized>,
    practice: Vec<Localized>,
    remarks: Vec<Localized>,
    detail: Vec<PracticeGroup>,
    gate: Vec<Localized>,
    source: SourceRef,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StageGuide {
    id: String,
    title: Localized,
    source: SourceRef,
    /// The notes on the stages that precede table 4 (004 II.5.2), quoted.
    notes: Passage,
    stages: Vec<Stage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Layer {
    id: String,
    name: Localized,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceModel {
    id: String,
    name: Localized,
    provider: String,
    boundary: String,
    user_part: Localized,
    provider_part: Localized,
    text: Passage,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VirtualNetwork {
    label: Localized,
    user_part: Localized,
    provider_part: Localized,
    text: Passage,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Comparison {
    caption: Localized,
    text: Passage,
    reading: Localized,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtraCell {
    layer: Layer,
    after: String,
    setter: String,
    manager: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pattern {
    id: String,
    name: Localized,
    models: Vec<String>,
    setter: String,
    #[serde(default)]
    setter_by_layer: BTreeMap<String, String>,
    #[serde(default)]
    provider_by_layer: BTreeMap<String, String>,
    #[serde(default)]
    provider_manager: Option<String>,
    #[serde(default)]
    extra_cells: Vec<ExtraCell>,
    chain: Vec<Passage>,
    confirm: Vec<Passage>,
    #[serde(default)]
    reading: Option<Localized>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GapBasis {
    basis: Passage,
    #[serde(default)]
    reading: Option<Localized>,
}

/// The responsibility map (`content/rsp.json`): layers, service models, patterns, parties.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResponsibilityGuide {
    id: String,
    title: Localized,
    purpose: Vec<Localized>,
    intro: Vec<Localized>,
    source: SourceRef,
    layers: Vec<Layer>,
    parties: BTreeMap<String, Localized>,
    models: Vec<ServiceModel>,
    virtual_network: VirtualNetwork,
    network_note: Passage,
    boundary_check: Passage,
    comparison: Comparison,
    patterns: Vec<Pattern>,
    gaps: BTreeMap<String, GapBasis>,
    readings: BTreeMap<String, Localized>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    id: String,
    term: Localized,
    /// What the definition is based on, e.g. JIS Q 27000.
    #[serde(default)]
    basis: Option<Localized>,
    /// The spellings the content uses for the term.
    aliases: Vec<String>,
    /// `None` where no source defines the term: the glossary says so rather than invent one.
    definition: Option<Localized>,
    /// Bullets that belong to the definition.
    #[serde(default)]
    list: Vec<Localized>,
    source: Option<SourceRef>,
}

/// The glossary (`content/glossary.json`, 001 I.6 and the other seeds' definitions).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Glossary {
    title: Localized,
    purpose: Vec<Localized>,
    terms: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuidePart {
    id: String,
    name: Localized,
    modules: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Role {
    id: String,
    group: Localized,
    #[serde(default)]
    name: Option<Localized>,
    /// ◎, ○ or - per guideline part, as table I.5-1 marks it.
    marks: BTreeMap<String, String>,
}

/// Who is answering (`content/roles.json`, 001 I.5 table I.5-1).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleGuide {
    purpose: Vec<Localized>,
    source: SourceRef,
    legend: Passage,
    parts: Vec<GuidePart>,
    roles: Vec<Role>,
    other_modules: Vec<String>,
    other_roles: Vec<String>,
    readings: BTreeMap<String, Localized>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceDocument {
    file: String,
    title: Localized,
    short: Localized,
    publisher: Localized,
    /// None where the document gives no year.
    year: Option<u16>,
    kind: Localized,
    note: Localized,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Edition {
    version: String,
    date: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceList {
    edition: Edition,
    documents: Vec<SourceDocument>,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-env-changed=CARGO_FEATURE_BENCH_SCALE");

    let mut checklists: Vec<Checklist> = CHECKLISTS
        .iter()
        .map(|id| read(root, &format!("content/{id}.json")))
        .collect();
    if std::env::var_os("CARGO_FEATURE_BENCH_SCALE").is_some() {
        checklists.push(scale_checklist());
    }
    let stages: StageGuide = read(root, "content/stages.json");
    let sources: SourceList = read(root, "content/sources.json");
    let responsibility: ResponsibilityGuide = read(root, "content/rsp.json");
    let roles: RoleGuide = read(root, "content/roles.json");
    check_roles(&roles);
    let glossary: Glossary = read(root, "content/glossary.json");
    check_glossary(&glossary, &sources);
    link_terms(&mut checklists, &glossary);

    check(&checklists, &stages, &sources);
    check_responsibility(&responsibility, &checklists, &sources);

    let mut out = String::with_capacity(256 * 1024);
    out.push_str("/// Generated by build.rs from content/*.json.\n");
    out.push_str("pub static CATALOG: Catalog = Catalog {\n");
    out.push_str("checklists: &[");
    for checklist in &checklists {
        checklist.emit(&mut out);
        out.push(',');
    }
    out.push_str("],\nstages: ");
    stages.emit(&mut out);
    out.push_str(",\nresponsibility: ");
    responsibility.emit(&mut out);
    out.push_str(",\nglossary: ");
    glossary.emit(&mut out);
    out.push_str(",\nroles: ");
    roles.emit(&mut out);
    out.push_str(",\nmodules: ");
    MODULES
        .iter()
        .map(|id| (*id).to_owned())
        .collect::<Vec<String>>()
        .emit(&mut out);
    out.push_str(",\nsources: ");
    sources.documents.emit(&mut out);
    out.push_str(",\nedition: Edition { version: ");
    sources.edition.version.emit(&mut out);
    out.push_str(", date: ");
    sources.edition.date.emit(&mut out);
    out.push_str(" },\n};\n");

    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let path = Path::new(&out_dir).join("catalog.rs");
    std::fs::write(&path, out)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}

fn read<T: serde::de::DeserializeOwned>(root: &Path, file: &str) -> T {
    let path = root.join(file);
    let json = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    serde_json::from_str(&json).unwrap_or_else(|error| panic!("{file}: {error}"))
}

/// What the schema alone cannot say. A failure stops the build with the file and the reason.
fn check(checklists: &[Checklist], stages: &StageGuide, sources: &SourceList) {
    let mut modules = BTreeSet::new();
    let mut items = BTreeSet::new();
    let listed: BTreeSet<&str> = sources.documents.iter().map(|d| d.file.as_str()).collect();
    let cited = |source: &SourceRef, what: &str| {
        assert!(
            listed.contains(source.file.as_str()),
            "{what} cites {}, which content/sources.json does not list",
            source.file
        );
        source.section.check(&format!("{what}: section"));
    };
    for checklist in checklists {
        let module = checklist.id.as_str();
        assert!(modules.insert(module), "module id {module} is used twice");
        assert!(
            !checklist.items.is_empty(),
            "checklist {module} has no items"
        );
        assert!(
            !checklist.purpose.is_empty(),
            "checklist {module} says nothing of its purpose"
        );
        checklist.title.check(&format!("{module}: title"));
        cited(&checklist.source, module);
        for text in checklist.purpose.iter().chain(&checklist.intro) {
            text.check(&format!("{module}: purpose or intro"));
        }
        for footnote in &checklist.footnotes {
            footnote.text.check(&format!("{module}: footnote"));
            cited(
                &footnote.source,
                &format!("{module} footnote {}", footnote.mark.ja),
            );
        }
        for item in &checklist.items {
            let id = item.id.as_str();
            assert!(items.insert(id), "item id {id} is used twice");
            assert_eq!(
                id,
                format!("{module}-{}", item.number),
                "item ids are <module>-<number>"
            );
            item.question.check(&format!("{id}: question"));
            let practices = item
                .practices
                .iter()
                .flat_map(|list| list.heading.iter().chain(&list.bullets));
            for text in item
                .guidance
                .iter()
                .chain(&item.risk)
                .chain(&item.layer_basis)
                .chain(&item.statement)
                .chain(&item.group)
                .chain(&item.value_example)
                .chain(practices)
            {
                text.check(&format!("{id}: an item text"));
            }
            for cause in &item.causes {
                assert!(
                    CAUSES.contains(&cause.as_str()),
                    "{id} names unknown cause group {cause}"
                );
            }
            for exhibit in &item.exhibits {
                exhibit.check(&format!("{id}: exhibit"));
            }
            cited(&item.source, id);
        }
        let mut prefixes = BTreeSet::new();
        for group in &checklist.groups {
            let what = format!("{module} group {}", group.prefix);
            assert!(prefixes.insert(group.prefix.as_str()), "{what} repeats");
            let members: Vec<&Item> = checklist
                .items
                .iter()
                .filter(|item| item.number.starts_with(&format!("{}.", group.prefix)))
                .collect();
            assert!(!members.is_empty(), "{what} has no items");
            let heading = members[0].group.as_ref().map(|g| &g.ja);
            assert!(heading.is_some(), "{what}: its items have no group heading");
            assert!(
                members
                    .iter()
                    .all(|item| item.group.as_ref().map(|g| &g.ja) == heading),
                "{what}: its items stand under different headings"
            );
            assert!(
                group.note.is_some() || group.objective.is_some(),
                "{what} carries nothing"
            );
            if let Some(note) = &group.note {
                note.check(&format!("{what}: note"));
            }
            if let Some(objective) = &group.objective {
                assert!(
                    !objective.text.is_empty(),
                    "{what}: the 【目的】 quotes nothing"
                );
                for text in &objective.text {
                    text.check(&format!("{what}: 【目的】"));
                }
                cited(&objective.source, &format!("{what}: 【目的】"));
            }
        }
        for (key, passage) in &checklist.outcomes {
            assert!(
                !passage.text.is_empty(),
                "{module} outcome {key} quotes nothing"
            );
            for text in &passage.text {
                text.check(&format!("{module} outcome {key}"));
            }
            cited(&passage.source, &format!("{module} outcome {key}"));
        }
        for (key, text) in &checklist.readings {
            text.check(&format!("{module} reading {key}"));
        }
        for part in &checklist.parts {
            part.title.check(&format!("{module} part {}", part.prefix));
            assert!(
                checklist
                    .items
                    .iter()
                    .any(|item| item.number.starts_with(&format!("{}.", part.prefix))),
                "{module} part {} has no items",
                part.prefix
            );
        }
    }
    cited(&stages.source, "stages");
    assert!(!stages.notes.text.is_empty(), "stages: no notes");
    for note in &stages.notes.text {
        note.check("stages: note");
    }
    cited(&stages.notes.source, "stages: notes");
    for stage in &stages.stages {
        stage.name.check(&format!("stage {}", stage.id));
        for group in &stage.detail {
            group.heading.check(&format!("stage {}: detail", stage.id));
            for bullet in &group.bullets {
                Localized {
                    ja: bullet.ja.clone(),
                    en: bullet.en.clone(),
                }
                .check(&format!("stage {}: detail", stage.id));
                for sub in &bullet.sub {
                    sub.check(&format!("stage {}: detail", stage.id));
                }
            }
        }
        cited(&stage.source, &format!("stage {}", stage.id));
    }
}

/// The responsibility map's references hold together: every layer, party and model a rule names
/// exists, every gap kind has its basis, and the setting types name only known layers.
fn check_responsibility(
    guide: &ResponsibilityGuide,
    checklists: &[Checklist],
    sources: &SourceList,
) {
    let listed: BTreeSet<&str> = sources.documents.iter().map(|d| d.file.as_str()).collect();
    let passage = |passage: &Passage, what: &str| {
        assert!(!passage.text.is_empty(), "rsp {what} quotes nothing");
        for text in &passage.text {
            text.check(&format!("rsp {what}"));
        }
        assert!(
            listed.contains(passage.source.file.as_str()),
            "rsp {what} cites an unlisted source"
        );
        passage
            .source
            .section
            .check(&format!("rsp {what}: section"));
    };
    let layers: BTreeSet<&str> = guide.layers.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(layers.len(), guide.layers.len(), "rsp layer ids repeat");
    let party = |id: &str, what: &str| {
        assert!(
            guide.parties.contains_key(id),
            "rsp {what} names party {id}, which is not in parties"
        );
    };
    for (id, name) in &guide.parties {
        name.check(&format!("rsp party {id}"));
    }
    for layer in &guide.layers {
        layer.name.check(&format!("rsp layer {}", layer.id));
    }
    let mut models = BTreeSet::new();
    for model in &guide.models {
        assert!(
            models.insert(model.id.as_str()),
            "rsp model {} repeats",
            model.id
        );
        assert!(
            layers.contains(model.boundary.as_str()),
            "rsp model {} has an unknown boundary layer",
            model.id
        );
        party(&model.provider, &format!("model {}", model.id));
        model.name.check("rsp model name");
        model.user_part.check("rsp model user part");
        model.provider_part.check("rsp model provider part");
        passage(&model.text, &format!("model {}", model.id));
    }
    let mut patterns = BTreeSet::new();
    for pattern in &guide.patterns {
        let what = format!("pattern {}", pattern.id);
        assert!(patterns.insert(pattern.id.as_str()), "rsp {what} repeats");
        pattern.name.check(&what);
        assert!(!pattern.models.is_empty(), "rsp {what} applies to no model");
        for model in &pattern.models {
            assert!(
                models.contains(model.as_str()),
                "rsp {what}: unknown model {model}"
            );
        }
        party(&pattern.setter, &what);
        for (layer, who) in pattern
            .setter_by_layer
            .iter()
            .chain(&pattern.provider_by_layer)
        {
            assert!(
                layers.contains(layer.as_str()),
                "rsp {what}: unknown layer {layer}"
            );
            party(who, &what);
        }
        if let Some(manager) = &pattern.provider_manager {
            party(manager, &what);
        }
        for extra in &pattern.extra_cells {
            assert!(
                layers.contains(extra.after.as_str()),
                "rsp {what}: extra cell after unknown layer {}",
                extra.after
            );
            assert!(
                !layers.contains(extra.layer.id.as_str()),
                "rsp {what}: extra cell {} repeats a layer id",
                extra.layer.id
            );
            extra.layer.name.check(&what);
            party(&extra.setter, &what);
            party(&extra.manager, &what);
        }
        for quoted in pattern.chain.iter().chain(&pattern.confirm) {
            passage(quoted, &what);
        }
        if let Some(reading) = &pattern.reading {
            reading.check(&what);
        }
    }
    assert!(patterns.contains("direct"), "rsp has no direct pattern");
    let kinds: BTreeSet<&str> = guide.gaps.keys().map(String::as_str).collect();
    assert_eq!(
        kinds,
        GAP_KINDS.iter().copied().collect(),
        "rsp gaps must be exactly the gap kinds the scoring knows"
    );
    for (kind, basis) in &guide.gaps {
        passage(&basis.basis, &format!("gap {kind}"));
    }
    passage(&guide.virtual_network.text, "virtual network");
    passage(&guide.network_note, "network note");
    passage(&guide.boundary_check, "boundary check");
    passage(&guide.comparison.text, "comparison");
    for (key, text) in &guide.readings {
        text.check(&format!("rsp reading {key}"));
    }
    for checklist in checklists {
        for item in &checklist.items {
            for layer in &item.layers {
                assert!(
                    layers.contains(layer.as_str()),
                    "{} names unknown layer {layer}",
                    item.id
                );
            }
        }
    }
    for module in MODULES {
        assert!(
            *module == guide.id || *module == "stage" || checklists.iter().any(|c| c.id == *module),
            "module {module} has no content"
        );
    }
}

/// Ids are unique, a definition has its source, and a source is a listed seed.
fn check_glossary(glossary: &Glossary, sources: &SourceList) {
    let mut ids = BTreeSet::new();
    for term in &glossary.terms {
        assert!(
            ids.insert(term.id.as_str()),
            "glossary id {} repeats",
            term.id
        );
        term.term.check(&format!("glossary {}", term.id));
        assert_eq!(
            term.definition.is_some(),
            term.source.is_some(),
            "glossary {}: a definition needs its source, and only a definition has one",
            term.id
        );
        if let Some(source) = &term.source {
            assert!(
                sources.documents.iter().any(|d| d.file == source.file),
                "glossary {} cites an unlisted source",
                term.id
            );
        }
    }
}

/// Finds the glossary terms each item's Japanese text uses: the longest alias first, and no two
/// matches overlapping, so クラウドサービス事業者 is not also クラウド.
fn link_terms(checklists: &mut [Checklist], glossary: &Glossary) {
    let mut aliases: Vec<(&str, &str)> = glossary
        .terms
        .iter()
        .flat_map(|term| {
            term.aliases
                .iter()
                .map(|alias| (alias.as_str(), term.id.as_str()))
        })
        .collect();
    aliases.sort_by_key(|(alias, _)| std::cmp::Reverse(alias.chars().count()));
    for checklist in checklists {
        for item in &mut checklist.items {
            let mut text: String = item.question.ja.clone();
            for extra in item
                .statement
                .iter()
                .chain(&item.risk)
                .chain(&item.guidance)
            {
                text.push('\n');
                text.push_str(&extra.ja);
            }
            let mut taken = vec![false; text.len()];
            let mut found: Vec<(usize, String)> = Vec::new();
            for (alias, id) in &aliases {
                let mut start = 0;
                while let Some(at) = text[start..].find(alias) {
                    let begin = start + at;
                    let end = begin + alias.len();
                    if !taken[begin..end].iter().any(|t| *t) {
                        taken[begin..end].iter_mut().for_each(|t| *t = true);
                        if !found.iter().any(|(_, seen)| seen == id) {
                            found.push((begin, (*id).to_owned()));
                        }
                    }
                    start = end;
                }
            }
            found.sort();
            item.terms = found.into_iter().map(|(_, id)| id).collect();
        }
    }
}

/// Every role marks every part with ◎, ○ or -, and names only known roles and parts.
fn check_roles(guide: &RoleGuide) {
    let parts: BTreeSet<&str> = guide.parts.iter().map(|p| p.id.as_str()).collect();
    for role in &guide.roles {
        role.group.check(&format!("role {}", role.id));
        let marked: BTreeSet<&str> = role.marks.keys().map(String::as_str).collect();
        assert_eq!(marked, parts, "role {} must mark every part", role.id);
        for mark in role.marks.values() {
            assert!(
                ["◎", "○", "-"].contains(&mark.as_str()),
                "role {}: unknown mark {mark}",
                role.id
            );
        }
    }
    for id in &guide.other_roles {
        assert!(
            guide.roles.iter().any(|role| &role.id == id),
            "roles: unknown role {id}"
        );
    }
}

impl Exhibit {
    /// A column or figure has paragraphs; a table has its column headings and rows of as many
    /// cells, each numbered in its first cell.
    fn check(&self, what: &str) {
        match &self.heading {
            Some(heading) => heading.check(&format!("{what}: heading")),
            None => assert!(
                self.kind == ExhibitKind::Note,
                "{what}: only a note has no heading"
            ),
        }
        if self.kind == ExhibitKind::Table {
            assert!(self.text.is_empty(), "{what}: a table has rows, not text");
            assert!(!self.header.is_empty(), "{what}: a table without headings");
            assert!(!self.rows.is_empty(), "{what}: a table without rows");
            for cell in &self.header {
                cell.check(&format!("{what}: column heading"));
            }
            for row in &self.rows {
                assert_eq!(
                    row.len(),
                    self.header.len(),
                    "{what}: a row has as many cells as the table has columns"
                );
                let number = row[0].as_ref();
                assert!(number.is_some(), "{what}: a row without its number");
                for cell in row.iter().flatten() {
                    cell.check(&format!("{what}: cell"));
                }
            }
        } else {
            assert!(
                self.header.is_empty() && self.rows.is_empty(),
                "{what}: only a table has rows"
            );
            assert!(!self.text.is_empty(), "{what}: quotes nothing");
            for text in &self.text {
                text.check(what);
            }
        }
    }
}

impl Localized {
    fn check(&self, what: &str) {
        assert!(
            !self.ja.trim().is_empty(),
            "{what}: the Japanese text is empty"
        );
        assert!(
            !self.en.trim().is_empty(),
            "{what}: the English text is empty"
        );
    }
}

/// The benchmark's synthetic checklist: 5,000 yes/no items through the same schema.
fn scale_checklist() -> Checklist {
    let text = |ja: String, en: String| Localized { ja, en };
    let source = || SourceRef {
        file: "004_2afa2b1b220c6436.txt".to_owned(),
        section: text("ベンチマーク用".into(), "benchmark only".into()),
    };
    Checklist {
        id: "scale".to_owned(),
        scale: Scale::YesNo,
        neutral_answers: false,
        title: text(
            "規模試験（5,000項目）".into(),
            "Scale test (5,000 items)".into(),
        ),
        purpose: vec![text(
            "ベンチマーク専用の合成チェックリストです。".into(),
            "A synthetic checklist for the benchmark only.".into(),
        )],
        intro: Vec::new(),
        footnotes: Vec::new(),
        source: source(),
        items: (1..=SCALE_ITEMS)
            .map(|n| Item {
                id: format!("scale-{n}"),
                number: n.to_string(),
                question: text(format!("合成項目 {n}"), format!("Synthetic item {n}")),
                guidance: vec![text(format!("補足 {n}"), format!("Note {n}"))],
                source: source(),
                tier: None,
                risk: None,
                layers: Vec::new(),
                layer_basis: None,
                statement: None,
                group: None,
                causes: Vec::new(),
                practices: Vec::new(),
                value_example: None,
                exhibits: Vec::new(),
                terms: Vec::new(),
            })
            .collect(),
        outcomes: BTreeMap::new(),
        readings: BTreeMap::new(),
        parts: Vec::new(),
        groups: Vec::new(),
    }
}

// --- writing the data as Rust -------------------------------------------------------------

/// Writes a value as a Rust expression of the matching type in `crate::domain::content`.
trait Emit {
    fn emit(&self, out: &mut String);
}

impl Emit for String {
    fn emit(&self, out: &mut String) {
        // Debug of a str is a valid Rust string literal.
        let _ = write!(out, "{self:?}");
    }
}

impl Emit for bool {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Emit for u16 {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl<T: Emit> Emit for Vec<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for value in self {
            value.emit(out);
            out.push(',');
        }
        out.push(']');
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

/// A keyed map becomes a slice of pairs, in key order.
impl<T: Emit> Emit for BTreeMap<String, T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for (key, value) in self {
            out.push('(');
            key.emit(out);
            out.push(',');
            value.emit(out);
            out.push_str("),");
        }
        out.push(']');
    }
}

/// `Name { field: value, … }` for a struct whose fields all implement [`Emit`].
macro_rules! emit_struct {
    ($type:ident { $($field:ident),* $(,)? }) => {
        impl Emit for $type {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($type), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.emit(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    };
}

emit_struct!(Localized { ja, en });
emit_struct!(SourceRef { file, section });
emit_struct!(Item {
    id,
    number,
    question,
    guidance,
    source,
    tier,
    risk,
    layers,
    layer_basis,
    statement,
    group,
    causes,
    practices,
    value_example,
    exhibits,
    terms
});
emit_struct!(Exhibit {
    kind,
    heading,
    text,
    header,
    rows
});
emit_struct!(GroupIntro {
    prefix,
    note,
    objective
});
emit_struct!(PracticeList { heading, bullets });
emit_struct!(Passage { text, source });
emit_struct!(Footnote { mark, text, source });
emit_struct!(Checklist {
    id,
    scale,
    neutral_answers,
    title,
    purpose,
    intro,
    footnotes,
    source,
    items,
    outcomes,
    readings,
    parts,
    groups
});
emit_struct!(ChecklistPart { prefix, title });
emit_struct!(PracticeGroup { heading, bullets });
emit_struct!(Stage {
    id,
    name,
    kind,
    practice,
    remarks,
    detail,
    gate,
    source
});
emit_struct!(StageGuide {
    id,
    title,
    source,
    notes,
    stages
});
emit_struct!(Layer { id, name });
emit_struct!(ServiceModel {
    id,
    name,
    provider,
    boundary,
    user_part,
    provider_part,
    text
});
emit_struct!(VirtualNetwork {
    label,
    user_part,
    provider_part,
    text
});
emit_struct!(Comparison {
    caption,
    text,
    reading
});
emit_struct!(Pattern {
    id,
    name,
    models,
    setter,
    setter_by_layer,
    provider_by_layer,
    provider_manager,
    extra_cells,
    chain,
    confirm,
    reading
});
emit_struct!(ExtraCell {
    layer,
    after,
    setter,
    manager
});
emit_struct!(GapBasis { basis, reading });
emit_struct!(ResponsibilityGuide {
    id,
    title,
    purpose,
    intro,
    source,
    layers,
    parties,
    models,
    virtual_network,
    network_note,
    boundary_check,
    comparison,
    patterns,
    gaps,
    readings
});
emit_struct!(GuidePart { id, name, modules });
emit_struct!(Term {
    id,
    term,
    basis,
    aliases,
    definition,
    list,
    source
});
emit_struct!(Glossary {
    title,
    purpose,
    terms
});
emit_struct!(Role {
    id,
    group,
    name,
    marks
});
emit_struct!(RoleGuide {
    purpose,
    source,
    legend,
    parts,
    roles,
    other_modules,
    other_roles,
    readings
});
emit_struct!(SourceDocument {
    file,
    title,
    short,
    publisher,
    year,
    kind,
    note
});

impl Emit for Scale {
    fn emit(&self, out: &mut String) {
        out.push_str(match self {
            Scale::YesNo => "Scale::YesNo",
            Scale::Coverage => "Scale::Coverage",
            Scale::Contract => "Scale::Contract",
        });
    }
}

impl Emit for ExhibitKind {
    fn emit(&self, out: &mut String) {
        out.push_str(match self {
            ExhibitKind::Column => "ExhibitKind::Column",
            ExhibitKind::Figure => "ExhibitKind::Figure",
            ExhibitKind::Table => "ExhibitKind::Table",
            ExhibitKind::Note => "ExhibitKind::Note",
        });
    }
}

/// A bullet with its nested bullets: `StageBullet { text: Localized { … }, sub: &[…] }`.
impl Emit for StageBullet {
    fn emit(&self, out: &mut String) {
        out.push_str("StageBullet { text: Localized { ja: ");
        self.ja.emit(out);
        out.push_str(", en: ");
        self.en.emit(out);
        out.push_str(" }, sub: ");
        self.sub.emit(out);
        out.push_str(" }");
    }
}

impl Emit for Tier {
    fn emit(&self, out: &mut String) {
        out.push_str(match self {
            Tier::Basic => "Tier::Basic",
            Tier::Recommended => "Tier::Recommended",
        });
    }
}
