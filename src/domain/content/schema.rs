// The content's schema, written once: every struct and choice of `content/*.json` but the
// list of checks itself. Included twice, and not a module of its own:
//
// - by `src/domain/content.rs`, as the app's types (`&'static` data, compiled in);
// - by `build/schema.rs`, as the content compiler's owned mirrors, which read the JSON (unknown
//   fields refused) and write it out as Rust expressions of the app's types.
//
// Each side defines `content_struct!` and `content_enum!` and the spellings `Str`, `List<T>` and
// `Map<T>` (a keyed map: pairs in key order) its own way. A field written `name: Type = default`
// may be left out of the JSON; `= skip` is never read from it, and the compiler fills it in.

content_enum!(
    /// How a check's result is computed: the line of `content/modules.json` that says it, and the
    /// function of `domain::summary` that computes it.
    enum Scoring {
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
);

content_enum!(
    /// How the items of a checklist are answered.
    enum Scale {
        /// はい / いいえ, as in 004 VI.
        YesNo,
        /// Done / Partly / Not done / N/A, for the measure-style modules.
        Coverage,
        /// Defined (with the value) / Not defined / N/A, for the contract and SLA check.
        Contract,
    }
);

content_enum!(
    /// 基本 (basic) or 推奨 (recommended), for the guideline measures of 001 III and IV.
    enum Tier {
        Basic,
        Recommended,
    }
);

content_struct!(
    /// One question of a checklist.
    struct Item {
        /// Stable across versions: answers are stored under it.
        id: Str,
        /// The number the source gives the item, e.g. "1.1".
        number: Str,
        question: Localized,
        /// 補足説明 or the bullets that go with the question.
        guidance: List<Localized>,
        source: SourceRef,
        tier: Option<Tier> = default,
        /// What goes wrong when the item is not done, quoted (the setting types of 001 II.1.1).
        risk: Option<Localized> = default,
        /// The layers of the responsibility map the item touches, by layer id (setting types).
        layers: List<Str> = default,
        /// Why it touches those layers: this tool's reading, with its reasons.
        layer_basis: Option<Localized> = default,
        /// The service models the source writes the item for, by model id of the map
        /// (`iaas`, `paas`, `saas`); empty where the source names none. Once a model is chosen,
        /// an item written for other models starts as N/A (`domain::applicability`).
        models: List<Str> = default,
        /// What the measure or requirement asks, quoted.
        statement: Option<Localized> = default,
        /// The heading of the group the item stands under in its source.
        group: Option<Localized> = default,
        /// The 4M cause groups of 001 II.2.1 the measure answers, by id.
        causes: List<Str> = default,
        /// Best practices, quoted, in the source's groups.
        practices: List<PracticeList> = default,
        /// An example of the value a contract sets (e.g. an SLA's target), quoted.
        value_example: Option<Localized> = default,
        /// The source's columns, figures and tables that follow the best practices, in source order.
        exhibits: List<Exhibit> = default,
        /// The glossary terms the item's text uses, by id, in order of first use.
        terms: List<Str> = skip,
    }
);

content_struct!(
    /// A group of best practices under an optional heading (e.g. the audience they are for).
    struct PracticeList {
        heading: Option<Localized> = default,
        bullets: List<Localized>,
    }
);

content_enum!(
    /// What an [`Exhibit`] is in its source.
    enum ExhibitKind {
        /// A column (<コラム>): background, not a measure or a best practice.
        Column,
        /// A figure, as far as its text survived the extraction.
        Figure,
        /// A table, with its column headings.
        Table,
        /// A note (※) that follows the best practices, with no heading.
        Note,
    }
);

content_struct!(
    /// A column, figure or table of the source, quoted under its own heading, or a note.
    struct Exhibit {
        kind: ExhibitKind,
        /// The column's heading, or the figure's or table's caption; a note has none.
        heading: Option<Localized> = default,
        /// The paragraphs of a column or figure.
        text: List<Localized> = default,
        /// The column headings of a table.
        header: List<Localized> = default,
        /// The rows of a table, one cell per column heading; `None` where the source leaves it empty.
        rows: List<List<Option<Localized>>> = default,
    }
);

content_struct!(
    /// What a group of items carries at its head besides its heading (the items whose number starts
    /// with `prefix` and a dot): a note of the source attached to the heading, and the group's own
    /// statement of its aim (001 【目的】), both quoted.
    struct GroupIntro {
        prefix: Str,
        note: Option<Localized> = default,
        /// 【目的】: what the measures of the group are for.
        objective: Option<Passage> = default,
    }
);

content_struct!(
    /// A passage quoted from a seed, e.g. the text a result rests on.
    struct Passage {
        text: List<Localized>,
        source: SourceRef,
    }
);

content_struct!(
    /// A note of the source that the quoted text refers to by its mark (e.g. ※1).
    struct Footnote {
        /// ※1 in Japanese, *1 in English, as the quoted text marks it.
        mark: Localized,
        text: Localized,
        source: SourceRef,
    }
);

content_struct!(
    /// A checklist module: its items, in source order, and the passages its results quote.
    struct Checklist {
        id: Str,
        scale: Scale,
        /// The answers describe the organization and are neither good nor bad (the precondition
        /// check is a profile check, not a test), so they are drawn alike.
        neutral_answers: bool = default,
        title: Localized,
        /// What the check is for, in this tool's own words (not a quote).
        purpose: List<Localized>,
        /// The source's own opening paragraph, quoted.
        intro: List<Localized>,
        footnotes: List<Footnote> = default,
        source: SourceRef,
        items: List<Item>,
        /// Quoted passages by outcome key (e.g. `stage1`); the scoring function says which applies.
        outcomes: Map<Passage> = default,
        /// This tool's own readings of the source, by key, shown marked as such.
        readings: Map<Localized> = default,
        /// The parts the result is broken down by (e.g. the lifecycle phases).
        parts: List<ChecklistPart> = default,
        /// What the item groups carry at their head, by number prefix.
        groups: List<GroupIntro> = default,
    }
);

content_struct!(
    /// A part of a checklist: the items whose number starts with `prefix` and a dot.
    struct ChecklistPart {
        prefix: Str,
        title: Localized,
    }
);

content_struct!(
    /// A headed group of bullets in a stage's detailed practice (004 II.6).
    struct PracticeGroup {
        heading: Localized,
        bullets: List<StageBullet>,
    }
);

content_struct!(
    /// One stage of the staged adoption model (004 II.5.2 table 4 and II.6.1–II.6.6).
    struct Stage {
        /// "0" to "4", or "x".
        id: Str,
        name: Localized,
        kind: Option<Localized>,
        /// 特徴及び実践内容 of table 4.
        practice: List<Localized>,
        /// 備考 of table 4.
        remarks: List<Localized>,
        detail: List<PracticeGroup>,
        /// 評価・決断: what decides the move to the next stage.
        gate: List<Localized>,
        source: SourceRef,
    }
);

content_struct!(
    /// The stage roadmap of 004 II.5–II.6.
    struct StageGuide {
        id: Str,
        title: Localized,
        source: SourceRef,
        /// The notes on the stages that precede table 4 (004 II.5.2), quoted.
        notes: Passage,
        stages: List<Stage>,
    }
);

content_struct!(
    /// One layer of the system's operating environment (001 II.1.2 table II.1.2-1), top to bottom.
    struct Layer {
        id: Str,
        name: Localized,
    }
);

content_struct!(
    /// SaaS, PaaS or IaaS: which layer is split between user and provider, and who provides.
    struct ServiceModel {
        id: Str,
        name: Localized,
        /// The party that provides the service (a key of [`ResponsibilityGuide::parties`]).
        provider: Str,
        /// The layer split between the user's settings and the provider's.
        boundary: Str,
        /// The user's half of the boundary layer, e.g. the application's user settings.
        user_part: Localized,
        /// The provider's half, e.g. the application's operation settings.
        provider_part: Localized,
        /// The source's paragraph on this model's split, quoted.
        text: Passage,
    }
);

content_struct!(
    /// The virtual network, which may fall on the user's side (002 ch. 4 note 2).
    struct VirtualNetwork {
        label: Localized,
        user_part: Localized,
        provider_part: Localized,
        text: Passage,
    }
);

content_struct!(
    /// The on-premises comparison of 002 ch. 3.
    struct Comparison {
        caption: Localized,
        text: Passage,
        reading: Localized,
    }
);

content_struct!(
    /// A way of using a service (001 II.1.3, 002 ch. 3): who sets what, and who answers to whom.
    struct Pattern {
        id: Str,
        name: Localized,
        /// The service models the pattern applies to.
        models: List<Str>,
        /// The party expected to set the user-side cells.
        setter: Str,
        /// Exceptions to `setter`, by layer. Where a user-side cell's expected setter is not the
        /// user, the settings are outsourced and its setting manager must be on the user's side.
        setter_by_layer: Map<Str> = default,
        /// Who sets the provider-side cells, by layer, where not the model's provider.
        provider_by_layer: Map<Str> = default,
        /// Who answers for every provider-side cell as its setting manager, where not its setter
        /// (SaaS on another company's platform: SaaS provider A, 001 II.1.3 3.).
        provider_manager: Option<Str> = default,
        /// Provider-side rows the pattern adds to the layer table (the API link's parameters,
        /// 001 II.1.3 4.).
        extra_cells: List<ExtraCell> = default,
        /// Who is accountable to whom, quoted.
        chain: List<Passage>,
        /// What the user must confirm in the contract, quoted.
        confirm: List<Passage>,
        /// Where the table's roles are this tool's reading rather than the source's words.
        reading: Option<Localized> = default,
    }
);

content_struct!(
    /// A provider-side row that is not one of the eight layers, placed after the layer `after`.
    struct ExtraCell {
        layer: Layer,
        after: Str,
        setter: Str,
        manager: Str,
    }
);

content_struct!(
    /// The quoted basis of one kind of responsibility gap.
    struct GapBasis {
        basis: Passage,
        reading: Option<Localized> = default,
    }
);

content_struct!(
    /// The responsibility map (001 II.1.2–II.1.3, 002 chapters 3 and 4).
    struct ResponsibilityGuide {
        id: Str,
        title: Localized,
        purpose: List<Localized>,
        intro: List<Localized>,
        source: SourceRef,
        layers: List<Layer>,
        parties: Map<Localized>,
        models: List<ServiceModel>,
        virtual_network: VirtualNetwork,
        network_note: Passage,
        boundary_check: Passage,
        comparison: Comparison,
        patterns: List<Pattern>,
        gaps: Map<GapBasis>,
        readings: Map<Localized>,
    }
);

content_struct!(
    /// A term of the glossary, with its definition quoted from a seed, or none where no seed
    /// defines it.
    struct Term {
        id: Str,
        term: Localized,
        basis: Option<Localized> = default,
        aliases: List<Str>,
        definition: Option<Localized>,
        list: List<Localized> = default,
        source: Option<SourceRef>,
    }
);

content_struct!(
    /// The glossary (用語集).
    struct Glossary {
        title: Localized,
        purpose: List<Localized>,
        terms: List<Term>,
    }
);

content_struct!(
    /// A part of the MIC guideline (II, III, IV) and the modules built from it.
    struct GuidePart {
        id: Str,
        name: Localized,
        modules: List<Str> = skip,
    }
);

content_struct!(
    /// A reader of the MIC guideline (001 I.5 table I.5-1).
    struct Role {
        id: Str,
        /// ①クラウドサービス利用者, ②SIer, …
        group: Localized,
        /// The sub-role within group ①; `None` for the other groups.
        name: Option<Localized> = default,
        /// ◎, ○ or - per guideline part id.
        marks: Map<Str>,
    }
);

content_struct!(
    /// Who is answering, and which modules table I.5-1 proposes to them.
    struct RoleGuide {
        purpose: List<Localized>,
        source: SourceRef,
        legend: Passage,
        parts: List<GuidePart>,
        roles: List<Role>,
        /// Modules outside the table, proposed to `other_roles` (this tool's reading).
        other_modules: List<Str> = skip,
        other_roles: List<Str>,
        /// The modules outside the table that the proposed path holds for `other_roles`; the
        /// rest of `other_modules` are optional (this tool's reading, `domain::path`).
        path_others: List<Str>,
        readings: Map<Localized>,
    }
);

content_struct!(
    /// A seed document the content cites, described as what it is.
    struct SourceDocument {
        file: Str,
        title: Localized,
        /// How citations name it.
        short: Localized,
        publisher: Localized,
        /// `None` where the document gives no year.
        year: Option<u16>,
        /// What kind of document it is, e.g. a research report.
        kind: Localized,
        /// What the document says of itself that a reader should know (e.g. interim, authors' views).
        note: Localized,
    }
);

content_struct!(
    /// The version and date of the content as a whole.
    struct Edition {
        version: Str,
        date: Str,
    }
);
