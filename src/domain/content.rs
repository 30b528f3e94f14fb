//! The content: checklists, stages and sources, written as data in `content/*.json` and
//! compiled into the static [`CATALOG`] by the content compiler in `build/`, which also checks
//! it. Nothing parses content at run time.
//!
//! `content/modules.json` lists every check in order, with how it is scored ([`Check`]); the
//! catalog's lists of checks, modules and checklists all come from it. Adding a yes/no or a
//! coverage check means adding its checklist file and one line to that list.
//!
//! The types are `Clone` so a test can build a catalog with a check added (`tests/catalog.rs`);
//! the app never clones content.

pub use super::text::{Localized, SourceRef};

/// Module id of the precondition check (前提条件チェック, 004 VI 1.1).
pub const PRECONDITIONS: &str = "pre";
/// Module id of the cloud migration checklist (クラウド移行チェックリスト, 004 VI 1.2).
pub const MIGRATION: &str = "mig";
/// Module id of the responsibility map (責任分界, 001 II.1.2–II.1.3).
pub const RESPONSIBILITY: &str = "rsp";
/// Module id of the stage roadmap (004 II.5.2 table 4, II.6).
pub const STAGES: &str = "stage";
/// Module id of the setting-item types (001 II.1.1), shown inside the responsibility map.
pub const SETTING_TYPES: &str = "set";

/// How a check's result is computed: the line of `content/modules.json` that says it, and the
/// function of [`summary`](super::summary) that computes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scoring {
    /// Yes n of N and the stage diagnosis (004 VI 1.1–1.2): the precondition check alone.
    Precondition,
    /// Yes n of N, ready for stage 2 when every item is Yes (004 VI 1.2): the migration
    /// checklist alone.
    Migration,
    /// Yes n of N, with no verdict of its own.
    YesNo,
    /// Coverage of 基本 and of 推奨, apart (items without a tier are 基本).
    Coverage,
    /// Coverage of every item and of each of the checklist's parts.
    CoverageByPart,
    /// Coverage of the setting types that touch a layer the user owns under the map.
    SettingTypes,
    /// Service levels defined and left open, of the items that apply.
    Contract,
    /// The current stage of the roadmap.
    CurrentStage,
    /// The responsibility map's covered cells and gaps.
    Map,
}

/// A check of the tool: one line of `content/modules.json`.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// The module id: its address (`#/pre`), and the prefix of its items' ids.
    pub id: &'static str,
    pub scoring: Scoring,
    /// The check whose view shows this one, for a check without a view of its own (`set` is
    /// shown inside `rsp`).
    pub shown_in: Option<&'static str>,
}

/// How the items of a checklist are answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// はい / いいえ, as in 004 VI.
    YesNo,
    /// Done / Partly / Not done / N/A, for the measure-style modules.
    Coverage,
    /// Defined (with the value) / Not defined / N/A, for the contract and SLA check.
    Contract,
}

/// 基本 (basic) or 推奨 (recommended), for the guideline measures of 001 III and IV.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    Basic,
    Recommended,
}

/// One question of a checklist.
#[derive(Clone, Debug, PartialEq)]
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
    /// What goes wrong when the item is not done, quoted (the setting types of 001 II.1.1).
    pub risk: Option<Localized>,
    /// The layers of the responsibility map the item touches, by layer id (setting types).
    pub layers: &'static [&'static str],
    /// Why it touches those layers: this tool's reading, with its reasons.
    pub layer_basis: Option<Localized>,
    /// What the measure or requirement asks, quoted.
    pub statement: Option<Localized>,
    /// The heading of the group the item stands under in its source.
    pub group: Option<Localized>,
    /// The 4M cause groups of 001 II.2.1 the measure answers, by id.
    pub causes: &'static [&'static str],
    /// Best practices, quoted, in the source's groups.
    pub practices: &'static [PracticeList],
    /// An example of the value a contract sets (e.g. an SLA's target), quoted.
    pub value_example: Option<Localized>,
    /// The source's columns, figures and tables that follow the best practices, in source order.
    pub exhibits: &'static [Exhibit],
    /// The glossary terms the item's text uses, by id, in order of first use.
    pub terms: &'static [&'static str],
}

/// A group of best practices under an optional heading (e.g. the audience they are for).
#[derive(Clone, Debug, PartialEq)]
pub struct PracticeList {
    pub heading: Option<Localized>,
    pub bullets: &'static [Localized],
}

/// What an [`Exhibit`] is in its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExhibitKind {
    /// A column (<コラム>): background, not a measure or a best practice.
    Column,
    /// A figure, as far as its text survived the extraction.
    Figure,
    /// A table, with its column headings.
    Table,
    /// A note (※) that follows the best practices, with no heading.
    Note,
}

/// A column, figure or table of the source, quoted under its own heading, or a note.
#[derive(Clone, Debug, PartialEq)]
pub struct Exhibit {
    pub kind: ExhibitKind,
    /// The column's heading, or the figure's or table's caption; a note has none.
    pub heading: Option<Localized>,
    /// The paragraphs of a column or figure.
    pub text: &'static [Localized],
    /// The column headings of a table.
    pub header: &'static [Localized],
    /// The rows of a table, one cell per column heading; `None` where the source leaves it empty.
    pub rows: &'static [&'static [Option<Localized>]],
}

/// What a group of items carries at its head besides its heading (the items whose number starts
/// with `prefix` and a dot): a note of the source attached to the heading, and the group's own
/// statement of its aim (001 【目的】), both quoted.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupIntro {
    pub prefix: &'static str,
    pub note: Option<Localized>,
    /// 【目的】: what the measures of the group are for.
    pub objective: Option<Passage>,
}

impl GroupIntro {
    pub fn holds(&self, item: &Item) -> bool {
        numbered_under(item, self.prefix)
    }
}

/// Whether the item's number starts with `prefix` and a dot ("III.1.1.2" under "III.1.1").
fn numbered_under(item: &Item, prefix: &str) -> bool {
    item.number
        .strip_prefix(prefix)
        .is_some_and(|rest| rest.starts_with('.'))
}

/// A passage quoted from a seed, e.g. the text a result rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    pub text: &'static [Localized],
    pub source: SourceRef,
}

/// A note of the source that the quoted text refers to by its mark (e.g. ※1).
#[derive(Clone, Debug, PartialEq)]
pub struct Footnote {
    /// ※1 in Japanese, *1 in English, as the quoted text marks it.
    pub mark: Localized,
    pub text: Localized,
    pub source: SourceRef,
}

/// A checklist module: its items, in source order, and the passages its results quote.
#[derive(Clone, Debug, PartialEq)]
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
    /// The parts the result is broken down by (e.g. the lifecycle phases).
    pub parts: &'static [ChecklistPart],
    /// What the item groups carry at their head, by number prefix.
    pub groups: &'static [GroupIntro],
}

/// A part of a checklist: the items whose number starts with `prefix` and a dot.
#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistPart {
    pub prefix: &'static str,
    pub title: Localized,
}

impl ChecklistPart {
    pub fn holds(&self, item: &Item) -> bool {
        numbered_under(item, self.prefix)
    }
}

impl Checklist {
    pub fn item(&self, id: &str) -> Option<&'static Item> {
        self.items.iter().find(|item| item.id == id)
    }

    /// What the group of `item` carries at its head, if anything.
    pub fn group_intro(&self, item: &Item) -> Option<&'static GroupIntro> {
        self.groups.iter().find(|group| group.holds(item))
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
#[derive(Clone, Debug, PartialEq)]
pub struct PracticeGroup {
    pub heading: Localized,
    pub bullets: &'static [StageBullet],
}

/// A bullet of a stage's detailed practice, with the bullets the source nests under it.
#[derive(Clone, Debug, PartialEq)]
pub struct StageBullet {
    pub text: Localized,
    pub sub: &'static [Localized],
}

/// One stage of the staged adoption model (004 II.5.2 table 4 and II.6.1–II.6.6).
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
pub struct StageGuide {
    pub id: &'static str,
    pub title: Localized,
    pub source: SourceRef,
    /// The notes on the stages that precede table 4 (004 II.5.2), quoted.
    pub notes: Passage,
    pub stages: &'static [Stage],
}

impl StageGuide {
    pub fn stage(&self, id: &str) -> Option<&'static Stage> {
        self.stages.iter().find(|stage| stage.id == id)
    }
}

/// One layer of the system's operating environment (001 II.1.2 table II.1.2-1), top to bottom.
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    pub id: &'static str,
    pub name: Localized,
}

/// SaaS, PaaS or IaaS: which layer is split between user and provider, and who provides.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceModel {
    pub id: &'static str,
    pub name: Localized,
    /// The party that provides the service (a key of [`ResponsibilityGuide::parties`]).
    pub provider: &'static str,
    /// The layer split between the user's settings and the provider's.
    pub boundary: &'static str,
    /// The user's half of the boundary layer, e.g. the application's user settings.
    pub user_part: Localized,
    /// The provider's half, e.g. the application's operation settings.
    pub provider_part: Localized,
    /// The source's paragraph on this model's split, quoted.
    pub text: Passage,
}

/// The virtual network, which may fall on the user's side (002 ch. 4 note 2).
#[derive(Clone, Debug, PartialEq)]
pub struct VirtualNetwork {
    pub label: Localized,
    pub user_part: Localized,
    pub provider_part: Localized,
    pub text: Passage,
}

/// The on-premises comparison of 002 ch. 3.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub caption: Localized,
    pub text: Passage,
    pub reading: Localized,
}

/// A way of using a service (001 II.1.3, 002 ch. 3): who sets what, and who answers to whom.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub id: &'static str,
    pub name: Localized,
    /// The service models the pattern applies to.
    pub models: &'static [&'static str],
    /// The party expected to set the user-side cells.
    pub setter: &'static str,
    /// Exceptions to `setter`, by layer. Where a user-side cell's expected setter is not the
    /// user, the settings are outsourced and its setting manager must be on the user's side.
    pub setter_by_layer: &'static [(&'static str, &'static str)],
    /// Who sets the provider-side cells, by layer, where not the model's provider.
    pub provider_by_layer: &'static [(&'static str, &'static str)],
    /// Who answers for every provider-side cell as its setting manager, where not its setter
    /// (SaaS on another company's platform: SaaS provider A, 001 II.1.3 3.).
    pub provider_manager: Option<&'static str>,
    /// Provider-side rows the pattern adds to the layer table (the API link's parameters,
    /// 001 II.1.3 4.).
    pub extra_cells: &'static [ExtraCell],
    /// Who is accountable to whom, quoted.
    pub chain: &'static [Passage],
    /// What the user must confirm in the contract, quoted.
    pub confirm: &'static [Passage],
    /// Where the table's roles are this tool's reading rather than the source's words.
    pub reading: Option<Localized>,
}

impl Pattern {
    pub fn applies_to(&self, model: &str) -> bool {
        self.models.contains(&model)
    }
}

/// A provider-side row that is not one of the eight layers, placed after the layer `after`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtraCell {
    pub layer: Layer,
    pub after: &'static str,
    pub setter: &'static str,
    pub manager: &'static str,
}

/// The quoted basis of one kind of responsibility gap.
#[derive(Clone, Debug, PartialEq)]
pub struct GapBasis {
    pub basis: Passage,
    pub reading: Option<Localized>,
}

/// The responsibility map (001 II.1.2–II.1.3, 002 chapters 3 and 4).
#[derive(Clone, Debug, PartialEq)]
pub struct ResponsibilityGuide {
    pub id: &'static str,
    pub title: Localized,
    pub purpose: &'static [Localized],
    pub intro: &'static [Localized],
    pub source: SourceRef,
    pub layers: &'static [Layer],
    pub parties: &'static [(&'static str, Localized)],
    pub models: &'static [ServiceModel],
    pub virtual_network: VirtualNetwork,
    pub network_note: Passage,
    pub boundary_check: Passage,
    pub comparison: Comparison,
    pub patterns: &'static [Pattern],
    pub gaps: &'static [(&'static str, GapBasis)],
    pub readings: &'static [(&'static str, Localized)],
}

impl ResponsibilityGuide {
    pub fn model(&self, id: &str) -> Option<&'static ServiceModel> {
        self.models.iter().find(|model| model.id == id)
    }

    pub fn pattern(&self, id: &str) -> Option<&'static Pattern> {
        self.patterns.iter().find(|pattern| pattern.id == id)
    }

    pub fn layer(&self, id: &str) -> Option<&'static Layer> {
        self.layers.iter().find(|layer| layer.id == id)
    }

    /// The name of a party; an unknown key (content and code out of step) shows as itself.
    pub fn party(&self, id: &str) -> Localized {
        self.parties
            .iter()
            .find_map(|(key, name)| (*key == id).then_some(*name))
            .unwrap_or(Localized {
                ja: "（不明）",
                en: "(unknown)",
            })
    }

    pub fn gap_basis(&self, kind: &str) -> Option<&'static GapBasis> {
        self.gaps
            .iter()
            .find_map(|(key, basis)| (*key == kind).then_some(basis))
    }

    pub fn reading(&self, key: &str) -> Option<&'static Localized> {
        self.readings
            .iter()
            .find_map(|(k, text)| (*k == key).then_some(text))
    }
}

/// A term of the glossary, with its definition quoted from a seed, or none where no seed
/// defines it.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub id: &'static str,
    pub term: Localized,
    pub basis: Option<Localized>,
    pub aliases: &'static [&'static str],
    pub definition: Option<Localized>,
    pub list: &'static [Localized],
    pub source: Option<SourceRef>,
}

/// The glossary (用語集).
#[derive(Clone, Debug, PartialEq)]
pub struct Glossary {
    pub title: Localized,
    pub purpose: &'static [Localized],
    pub terms: &'static [Term],
}

impl Glossary {
    pub fn term(&self, id: &str) -> Option<&'static Term> {
        self.terms.iter().find(|term| term.id == id)
    }
}

/// A part of the MIC guideline (II, III, IV) and the modules built from it.
#[derive(Clone, Debug, PartialEq)]
pub struct GuidePart {
    pub id: &'static str,
    pub name: Localized,
    pub modules: &'static [&'static str],
}

/// A reader of the MIC guideline (001 I.5 table I.5-1).
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub id: &'static str,
    /// ①クラウドサービス利用者, ②SIer, …
    pub group: Localized,
    /// The sub-role within group ①; `None` for the other groups.
    pub name: Option<Localized>,
    /// ◎, ○ or - per guideline part id.
    pub marks: &'static [(&'static str, &'static str)],
}

impl Role {
    /// The role's name as a reader knows it: the sub-role, or else the group.
    pub fn label(&self) -> Localized {
        self.name.unwrap_or(self.group)
    }
}

/// Who is answering, and which modules table I.5-1 proposes to them.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleGuide {
    pub purpose: &'static [Localized],
    pub source: SourceRef,
    pub legend: Passage,
    pub parts: &'static [GuidePart],
    pub roles: &'static [Role],
    /// Modules outside the table, proposed to `other_roles` (this tool's reading).
    pub other_modules: &'static [&'static str],
    pub other_roles: &'static [&'static str],
    pub readings: &'static [(&'static str, Localized)],
}

impl RoleGuide {
    pub fn role(&self, id: &str) -> Option<&'static Role> {
        self.roles.iter().find(|role| role.id == id)
    }
}

/// A seed document the content cites, described as what it is.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceDocument {
    pub file: &'static str,
    pub title: Localized,
    /// How citations name it.
    pub short: Localized,
    pub publisher: Localized,
    /// `None` where the document gives no year.
    pub year: Option<u16>,
    /// What kind of document it is, e.g. a research report.
    pub kind: Localized,
    /// What the document says of itself that a reader should know (e.g. interim, authors' views).
    pub note: Localized,
}

/// The version and date of the content as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Edition {
    pub version: &'static str,
    pub date: &'static str,
}

/// All content the app ships.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    /// Every check, in the order the app presents them (`content/modules.json`).
    pub checks: &'static [Check],
    /// The checklists, in the order of their checks.
    pub checklists: &'static [Checklist],
    pub stages: StageGuide,
    pub responsibility: ResponsibilityGuide,
    pub roles: RoleGuide,
    pub glossary: Glossary,
    /// The modules with a view of their own, in overview order (`pre`, `mig`, `rsp`, …): every
    /// check but those shown inside another's view.
    pub modules: &'static [&'static str],
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
                .chain(
                    checklist
                        .groups
                        .iter()
                        .filter_map(|group| group.objective.as_ref())
                        .map(|passage| &passage.source),
                )
        });
        let stages = [&self.stages.source, &self.stages.notes.source]
            .into_iter()
            .chain(self.stages.stages.iter().map(|stage| &stage.source));
        let guide = &self.responsibility;
        let responsibility = std::iter::once(&guide.source)
            .chain(guide.models.iter().map(|model| &model.text.source))
            .chain(guide.patterns.iter().flat_map(|pattern| {
                pattern
                    .chain
                    .iter()
                    .chain(pattern.confirm)
                    .map(|passage| &passage.source)
            }))
            .chain(guide.gaps.iter().map(|(_, gap)| &gap.basis.source))
            .chain([
                &guide.virtual_network.text.source,
                &guide.network_note.source,
                &guide.boundary_check.source,
                &guide.comparison.text.source,
            ]);
        let roles = [&self.roles.source, &self.roles.legend.source]
            .into_iter()
            .chain(
                self.glossary
                    .terms
                    .iter()
                    .filter_map(|term| term.source.as_ref()),
            );
        checklists.chain(stages).chain(responsibility).chain(roles)
    }

    /// The module of a view, by id: its static id, so routes can hold it.
    pub fn module(&self, id: &str) -> Option<&'static str> {
        self.modules.iter().copied().find(|module| *module == id)
    }

    /// A module's title, whether it is a checklist or the responsibility map.
    pub fn module_title(&self, id: &str) -> Option<Localized> {
        if id == self.responsibility.id {
            return Some(self.responsibility.title);
        }
        if id == self.stages.id {
            return Some(self.stages.title);
        }
        self.checklist(id).map(|checklist| checklist.title)
    }

    /// A check, by id.
    pub fn check(&self, id: &str) -> Option<&'static Check> {
        self.checks.iter().find(|check| check.id == id)
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
