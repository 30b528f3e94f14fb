//! The content: checklists, stages and sources, written as data in `content/*.json` and
//! compiled into the static [`CATALOG`] by `build.rs`, which also checks it. Nothing parses
//! content at run time.
//!
//! Every module of the product is a [`Checklist`], each item citing its seed file and section.
//! Adding a checklist means adding its file and its id in `build.rs`.

pub use super::text::{Localized, SourceRef};

/// Module id of the precondition check (前提条件チェック, 004 VI 1.1).
pub const PRECONDITIONS: &str = "pre";
/// Module id of the cloud migration checklist (クラウド移行チェックリスト, 004 VI 1.2).
pub const MIGRATION: &str = "mig";

/// How the items of a checklist are answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// はい / いいえ, as in 004 VI.
    YesNo,
    /// Done / Partly / Not done / N/A, for the measure-style modules.
    Coverage,
}

/// 基本 (basic) or 推奨 (recommended), for the guideline measures of 001 III and IV.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    Basic,
    Recommended,
}

/// One question of a checklist.
#[derive(Debug, PartialEq)]
pub struct Item {
    /// Stable across versions: answers are stored under it.
    pub id: &'static str,
    /// The number the source gives the item, e.g. "1.1".
    pub number: &'static str,
    pub question: Localized,
    /// 補足説明 or the bullets that go with the question.
    pub guidance: &'static [Localized],
    pub source: SourceRef,
    pub tier: Option<Tier>,
}

/// A passage quoted from a seed, e.g. the text a result rests on.
#[derive(Debug, PartialEq)]
pub struct Passage {
    pub text: &'static [Localized],
    pub source: SourceRef,
}

/// A note of the source that the quoted text refers to by its mark (e.g. ※1).
#[derive(Debug, PartialEq)]
pub struct Footnote {
    /// ※1 in Japanese, *1 in English, as the quoted text marks it.
    pub mark: Localized,
    pub text: Localized,
    pub source: SourceRef,
}

/// A checklist module: its items, in source order, and the passages its results quote.
#[derive(Debug, PartialEq)]
pub struct Checklist {
    pub id: &'static str,
    pub scale: Scale,
    /// The answers describe the organization and are neither good nor bad (the precondition
    /// check is a profile check, not a test), so they are drawn alike.
    pub neutral_answers: bool,
    pub title: Localized,
    /// What the check is for, in this tool's own words (not a quote).
    pub purpose: &'static [Localized],
    /// The source's own opening paragraph, quoted.
    pub intro: &'static [Localized],
    pub footnotes: &'static [Footnote],
    pub source: SourceRef,
    pub items: &'static [Item],
    /// Quoted passages by outcome key (e.g. `stage1`); the scoring function says which applies.
    pub outcomes: &'static [(&'static str, Passage)],
    /// This tool's own readings of the source, by key, shown marked as such.
    pub readings: &'static [(&'static str, Localized)],
}

impl Checklist {
    pub fn item(&self, id: &str) -> Option<&'static Item> {
        self.items.iter().find(|item| item.id == id)
    }

    pub fn outcome(&self, key: &str) -> Option<&'static Passage> {
        self.outcomes
            .iter()
            .find_map(|(k, passage)| (*k == key).then_some(passage))
    }

    pub fn reading(&self, key: &str) -> Option<&'static Localized> {
        self.readings
            .iter()
            .find_map(|(k, text)| (*k == key).then_some(text))
    }
}

/// A headed group of bullets in a stage's detailed practice (004 II.6).
#[derive(Debug, PartialEq)]
pub struct PracticeGroup {
    pub heading: Localized,
    pub bullets: &'static [Localized],
}

/// One stage of the staged adoption model (004 II.5.2 table 4 and II.6.1–II.6.6).
#[derive(Debug, PartialEq)]
pub struct Stage {
    /// "0" to "4", or "x".
    pub id: &'static str,
    pub name: Localized,
    pub kind: Option<Localized>,
    /// 特徴及び実践内容 of table 4.
    pub practice: &'static [Localized],
    /// 備考 of table 4.
    pub remarks: &'static [Localized],
    pub detail: &'static [PracticeGroup],
    /// 評価・決断: what decides the move to the next stage.
    pub gate: &'static [Localized],
    pub source: SourceRef,
}

/// The stage roadmap of 004 II.5–II.6.
#[derive(Debug, PartialEq)]
pub struct StageGuide {
    pub id: &'static str,
    pub title: Localized,
    pub source: SourceRef,
    pub notes: &'static [Localized],
    pub stages: &'static [Stage],
}

impl StageGuide {
    pub fn stage(&self, id: &str) -> Option<&'static Stage> {
        self.stages.iter().find(|stage| stage.id == id)
    }
}

/// A seed document the content cites, described as what it is.
#[derive(Debug, PartialEq)]
pub struct SourceDocument {
    pub file: &'static str,
    pub title: Localized,
    /// How citations name it.
    pub short: Localized,
    pub publisher: Localized,
    pub year: u16,
    /// What kind of document it is, e.g. a research report.
    pub kind: Localized,
    /// What the document says of itself that a reader should know (e.g. interim, authors' views).
    pub note: Localized,
}

/// The version and date of the content as a whole.
#[derive(Debug, PartialEq)]
pub struct Edition {
    pub version: &'static str,
    pub date: &'static str,
}

/// All content the app ships.
#[derive(Debug, PartialEq)]
pub struct Catalog {
    pub checklists: &'static [Checklist],
    pub stages: StageGuide,
    pub sources: &'static [SourceDocument],
    pub edition: Edition,
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The content, compiled in.
pub fn catalog() -> &'static Catalog {
    &CATALOG
}

impl Catalog {
    /// The seed document a citation names.
    pub fn source_document(&self, file: &str) -> Option<&'static SourceDocument> {
        self.sources.iter().find(|document| document.file == file)
    }

    /// Every source reference in the content, wherever it stands.
    pub fn citations(&'static self) -> impl Iterator<Item = &'static SourceRef> {
        let checklists = self.checklists.iter().flat_map(|checklist| {
            std::iter::once(&checklist.source)
                .chain(checklist.items.iter().map(|item| &item.source))
                .chain(
                    checklist
                        .outcomes
                        .iter()
                        .map(|(_, passage)| &passage.source),
                )
                .chain(checklist.footnotes.iter().map(|footnote| &footnote.source))
        });
        let stages = std::iter::once(&self.stages.source)
            .chain(self.stages.stages.iter().map(|stage| &stage.source));
        checklists.chain(stages)
    }

    pub fn checklist(&self, id: &str) -> Option<&'static Checklist> {
        self.checklists.iter().find(|checklist| checklist.id == id)
    }

    /// The checklist an item id belongs to, with the item.
    pub fn find_item(&self, item_id: &str) -> Option<(&'static Checklist, &'static Item)> {
        self.checklists
            .iter()
            .find_map(|checklist| checklist.item(item_id).map(|item| (checklist, item)))
    }
}
