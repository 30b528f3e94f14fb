//! The checklist content: data files under `content/`, embedded at compile time.
//!
//! Every module of the product is a [`Checklist`] in its own JSON file, with each item citing
//! its seed file and section. Adding a checklist means adding a file to [`CHECKLIST_FILES`].

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::text::{Localized, SourceRef};

/// The embedded checklist files, in the order the app presents them.
const CHECKLIST_FILES: &[(&str, &str)] = &[
    ("content/pre.json", include_str!("../../content/pre.json")),
    ("content/mig.json", include_str!("../../content/mig.json")),
];

const SOURCES_FILE: (&str, &str) = (
    "content/sources.json",
    include_str!("../../content/sources.json"),
);

const STAGES_FILE: (&str, &str) = (
    "content/stages.json",
    include_str!("../../content/stages.json"),
);

/// Module id of the precondition check (前提条件チェック, 004 VI 1.1).
pub const PRECONDITIONS: &str = "pre";
/// Module id of the cloud migration checklist (クラウド移行チェックリスト, 004 VI 1.2).
pub const MIGRATION: &str = "mig";

/// How the items of a checklist are answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// はい / いいえ, as in 004 VI.
    YesNo,
    /// Done / Partly / Not done / N/A, for the measure-style modules.
    Coverage,
}

/// 基本 (basic) or 推奨 (recommended), for the guideline measures of 001 III and IV.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Basic,
    Recommended,
}

/// One question of a checklist.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable across versions: answers are stored under it.
    pub id: String,
    /// The number the source gives the item, e.g. "1.1".
    pub number: String,
    pub question: Localized,
    /// 補足説明 or the bullets that go with the question.
    pub guidance: Vec<Localized>,
    pub source: SourceRef,
    #[serde(default)]
    pub tier: Option<Tier>,
}

/// A passage quoted from a seed, e.g. the text a diagnosis rests on.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Passage {
    pub text: Vec<Localized>,
    pub source: SourceRef,
}

/// A checklist module: its items, in source order, and the passages its results quote.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub id: String,
    pub scale: Scale,
    pub title: Localized,
    pub intro: Vec<Localized>,
    pub source: SourceRef,
    pub items: Vec<Item>,
    /// Result passages by outcome key (e.g. `stage0`); the scoring function says which applies.
    #[serde(default)]
    pub outcomes: BTreeMap<String, Passage>,
}

impl Checklist {
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|item| item.id == id)
    }

    pub fn outcome(&self, key: &str) -> Option<&Passage> {
        self.outcomes.get(key)
    }
}

/// A headed group of bullets in a stage's detailed practice (004 II.6).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PracticeGroup {
    pub heading: Localized,
    pub bullets: Vec<Localized>,
}

/// One stage of the staged adoption model (004 II.5.2 table 4 and II.6.1–II.6.6).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// "0" to "4", or "x".
    pub id: String,
    pub name: Localized,
    pub kind: Option<Localized>,
    /// 特徴及び実践内容 of table 4.
    pub practice: Vec<Localized>,
    /// 備考 of table 4.
    pub remarks: Vec<Localized>,
    pub detail: Vec<PracticeGroup>,
    /// 評価・決断: what decides the move to the next stage.
    pub gate: Vec<Localized>,
    pub source: SourceRef,
}

/// The stage roadmap of 004 II.5–II.6.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageGuide {
    pub id: String,
    pub title: Localized,
    pub source: SourceRef,
    pub notes: Vec<Localized>,
    pub stages: Vec<Stage>,
}

impl StageGuide {
    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|stage| stage.id == id)
    }
}

/// A seed document the content cites.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    pub file: String,
    pub title: Localized,
    /// How citations name it.
    pub short: Localized,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceList {
    documents: Vec<SourceDocument>,
}

/// All content the app ships.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    pub checklists: Vec<Checklist>,
    pub stages: StageGuide,
    pub sources: Vec<SourceDocument>,
}

/// Why a content file could not be used. Content is compiled in and checked by the test suite,
/// so this only ever reaches a developer.
#[derive(Debug)]
pub struct ContentError {
    pub file: &'static str,
    pub reason: String,
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.reason)
    }
}

impl std::error::Error for ContentError {}

impl Catalog {
    /// Parses and checks the embedded content files.
    pub fn load() -> Result<Catalog, ContentError> {
        let checklists = CHECKLIST_FILES
            .iter()
            .map(|(file, json)| {
                let checklist: Checklist = parse(file, json)?;
                validate_checklist(file, &checklist)?;
                Ok(checklist)
            })
            .collect::<Result<Vec<_>, ContentError>>()?;
        let (file, json) = STAGES_FILE;
        let stages = parse(file, json)?;
        let (file, json) = SOURCES_FILE;
        let SourceList { documents: sources } = parse(file, json)?;
        let catalog = Catalog {
            checklists,
            stages,
            sources,
        };
        catalog.validate_ids()?;
        catalog.validate_citations()?;
        Ok(catalog)
    }

    /// The seed document a citation names.
    pub fn source_document(&self, file: &str) -> Option<&SourceDocument> {
        self.sources.iter().find(|document| document.file == file)
    }

    /// Every source reference in the content, wherever it stands.
    pub fn citations(&self) -> impl Iterator<Item = &SourceRef> {
        let checklists = self.checklists.iter().flat_map(|checklist| {
            std::iter::once(&checklist.source)
                .chain(checklist.items.iter().map(|item| &item.source))
                .chain(checklist.outcomes.values().map(|passage| &passage.source))
        });
        let stages = std::iter::once(&self.stages.source)
            .chain(self.stages.stages.iter().map(|stage| &stage.source));
        checklists.chain(stages)
    }

    fn validate_citations(&self) -> Result<(), ContentError> {
        match self
            .citations()
            .find(|source| self.source_document(&source.file).is_none())
        {
            Some(source) => Err(ContentError {
                file: SOURCES_FILE.0,
                reason: format!("{} is cited but not listed", source.file),
            }),
            None => Ok(()),
        }
    }

    pub fn checklist(&self, id: &str) -> Option<&Checklist> {
        self.checklists.iter().find(|checklist| checklist.id == id)
    }

    /// The checklist an item id belongs to, with the item.
    pub fn find_item(&self, item_id: &str) -> Option<(&Checklist, &Item)> {
        self.checklists
            .iter()
            .find_map(|checklist| checklist.item(item_id).map(|item| (checklist, item)))
    }

    fn validate_ids(&self) -> Result<(), ContentError> {
        let mut seen = std::collections::BTreeSet::new();
        for checklist in &self.checklists {
            if !seen.insert(checklist.id.as_str()) {
                return Err(ContentError {
                    file: "content",
                    reason: format!("module id {} is used twice", checklist.id),
                });
            }
        }
        let mut items = std::collections::BTreeSet::new();
        for item in self.checklists.iter().flat_map(|c| &c.items) {
            if !items.insert(item.id.as_str()) {
                return Err(ContentError {
                    file: "content",
                    reason: format!("item id {} is used twice", item.id),
                });
            }
        }
        Ok(())
    }
}

/// The content, parsed once. Content is compiled in and `Catalog::load` is exercised by the
/// native tests, so a failure here is a build defect, not something a user can cause.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| match Catalog::load() {
        Ok(catalog) => catalog,
        Err(error) => panic!("embedded content is invalid: {error}"),
    })
}

fn parse<T: serde::de::DeserializeOwned>(
    file: &'static str,
    json: &str,
) -> Result<T, ContentError> {
    serde_json::from_str(json).map_err(|error| ContentError {
        file,
        reason: error.to_string(),
    })
}

fn validate_checklist(file: &'static str, checklist: &Checklist) -> Result<(), ContentError> {
    let fail = |reason: String| Err(ContentError { file, reason });
    if checklist.items.is_empty() {
        return fail(format!("checklist {} has no items", checklist.id));
    }
    for item in &checklist.items {
        let expected_prefix = format!("{}-", checklist.id);
        if !item.id.starts_with(&expected_prefix) {
            return fail(format!(
                "item {} does not start with {expected_prefix}",
                item.id
            ));
        }
        if item.question.ja.trim().is_empty() || item.question.en.trim().is_empty() {
            return fail(format!(
                "item {} lacks a question in both languages",
                item.id
            ));
        }
    }
    Ok(())
}
