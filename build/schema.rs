//! The content files' schema as the compiler reads it: owned mirrors of the types of
//! `src/domain/content.rs`, each declared once through [`content_struct!`], which derives the
//! reader (`Deserialize`, unknown fields refused) and the writer ([`Emit`]) from the same field
//! list, so the two cannot drift apart.
//!
//! A field written `name: Type = default` may be left out of the JSON; `= skip` is never read
//! and is filled in by the compiler (e.g. an item's glossary terms).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::emit::Emit;

/// The schema's spelling of a text, a list and a keyed map: owned here, `&'static` in the app.
pub type Str = String;
pub type List<T> = Vec<T>;
pub type Map<T> = BTreeMap<String, T>;

/// A struct of the content: read from JSON with unknown fields refused, and written back out as
/// the Rust expression `Name { field: value, … }` of the app's type of the same name.
macro_rules! content_struct {
    (
        $(#[$meta:meta])*
        struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                $field:ident : $type:ty $(= $how:ident)?
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(
                $(#[$field_meta])*
                $(#[serde($how)])?
                pub $field: $type,
            )*
        }

        impl Emit for $name {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " {"));
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

/// A choice of the content, written in snake_case in JSON and as `Name::Variant` in Rust.
macro_rules! content_enum {
    ($(#[$meta:meta])* enum $name:ident { $($(#[$variant_meta:meta])* $variant:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)*
        }

        impl Emit for $name {
            fn emit(&self, out: &mut String) {
                out.push_str(match self {
                    $($name::$variant => concat!(stringify!($name), "::", stringify!($variant)),)*
                });
            }
        }
    };
}

pub(crate) use content_enum;

content_struct!(
    struct Localized {
        ja: Str,
        en: Str,
    }
);

content_struct!(
    struct SourceRef {
        file: Str,
        section: Localized,
    }
);

content_enum!(
    enum Scale {
        YesNo,
        Coverage,
        Contract,
    }
);

content_enum!(
    enum Tier {
        Basic,
        Recommended,
    }
);

content_struct!(
    struct Item {
        id: Str,
        number: Str,
        question: Localized,
        guidance: List<Localized>,
        source: SourceRef,
        tier: Option<Tier> = default,
        /// What goes wrong when the item is not done, quoted (the setting types' risks).
        risk: Option<Localized> = default,
        /// Layers of the responsibility map the item touches, by layer id (setting types only).
        layers: List<Str> = default,
        /// Why the item touches those layers: this tool's reading, with its reasons.
        layer_basis: Option<Localized> = default,
        /// What the measure or requirement asks, quoted (shown with the title, not folded away).
        statement: Option<Localized> = default,
        /// The heading of the group the item stands under in its source (e.g. <アクセス制御に関する事項>).
        group: Option<Localized> = default,
        /// The 4M cause groups of 001 II.2.1 the measure answers, by id.
        causes: List<Str> = default,
        /// Best practices, quoted, in the source's groups (a heading such as the audience, or none).
        practices: List<PracticeList> = default,
        /// An example of the value a contract sets (e.g. an SLA's target), quoted.
        value_example: Option<Localized> = default,
        /// The source's columns, figures and tables that follow the best practices, quoted under
        /// their own headings, in source order.
        exhibits: List<Exhibit> = default,
        /// The glossary terms the item's Japanese text uses, by id, found by the compiler.
        terms: List<Str> = skip,
    }
);

content_enum!(
    enum ExhibitKind {
        Column,
        Figure,
        Table,
        Note,
    }
);

content_struct!(
    /// A column (<コラム>), figure or table of the source, under its own heading, or a note (※)
    /// that follows the best practices, with none.
    struct Exhibit {
        kind: ExhibitKind,
        heading: Option<Localized> = default,
        /// The paragraphs of a column or figure.
        text: List<Localized> = default,
        /// The column headings of a table.
        header: List<Localized> = default,
        /// The rows of a table, one cell per column heading (`null` where the source leaves the
        /// cell empty).
        rows: List<List<Option<Localized>>> = default,
    }
);

content_struct!(
    /// What a group of items (the items whose number starts with `prefix` and a dot) carries at
    /// its head besides its heading: a note of the source attached to the heading, and the
    /// group's own statement of its aim (001 【目的】), both quoted.
    struct GroupIntro {
        prefix: Str,
        note: Option<Localized> = default,
        objective: Option<Passage> = default,
    }
);

content_struct!(
    struct PracticeList {
        heading: Option<Localized> = default,
        bullets: List<Localized>,
    }
);

content_struct!(
    struct Passage {
        text: List<Localized>,
        source: SourceRef,
    }
);

content_struct!(
    struct Footnote {
        mark: Localized,
        text: Localized,
        source: SourceRef,
    }
);

content_struct!(
    struct Checklist {
        id: Str,
        scale: Scale,
        /// The answers describe the organization and are neither good nor bad (a profile check).
        neutral_answers: bool = default,
        title: Localized,
        purpose: List<Localized>,
        intro: List<Localized>,
        footnotes: List<Footnote> = default,
        source: SourceRef,
        items: List<Item>,
        outcomes: Map<Passage> = default,
        readings: Map<Localized> = default,
        /// The parts the result is broken down by: items whose number starts with the prefix.
        parts: List<ChecklistPart> = default,
        /// What the item groups carry at their head, by number prefix.
        groups: List<GroupIntro> = default,
    }
);

content_struct!(
    struct ChecklistPart {
        prefix: Str,
        title: Localized,
    }
);

content_struct!(
    struct PracticeGroup {
        heading: Localized,
        bullets: List<StageBullet>,
    }
);

/// A bullet of a stage's detailed practice, with the bullets the source nests under it. Its text
/// is flat in the JSON (`ja`, `en`, `sub`) and a [`Localized`] in the app, so it is written by
/// hand ([`Emit`] in `emit.rs`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageBullet {
    pub ja: Str,
    pub en: Str,
    #[serde(default)]
    pub sub: List<Localized>,
}

content_struct!(
    struct Stage {
        id: Str,
        name: Localized,
        kind: Option<Localized>,
        practice: List<Localized>,
        remarks: List<Localized>,
        detail: List<PracticeGroup>,
        gate: List<Localized>,
        source: SourceRef,
    }
);

content_struct!(
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
    struct Layer {
        id: Str,
        name: Localized,
    }
);

content_struct!(
    struct ServiceModel {
        id: Str,
        name: Localized,
        provider: Str,
        boundary: Str,
        user_part: Localized,
        provider_part: Localized,
        text: Passage,
    }
);

content_struct!(
    struct VirtualNetwork {
        label: Localized,
        user_part: Localized,
        provider_part: Localized,
        text: Passage,
    }
);

content_struct!(
    struct Comparison {
        caption: Localized,
        text: Passage,
        reading: Localized,
    }
);

content_struct!(
    struct ExtraCell {
        layer: Layer,
        after: Str,
        setter: Str,
        manager: Str,
    }
);

content_struct!(
    struct Pattern {
        id: Str,
        name: Localized,
        models: List<Str>,
        setter: Str,
        setter_by_layer: Map<Str> = default,
        provider_by_layer: Map<Str> = default,
        provider_manager: Option<Str> = default,
        extra_cells: List<ExtraCell> = default,
        chain: List<Passage>,
        confirm: List<Passage>,
        reading: Option<Localized> = default,
    }
);

content_struct!(
    struct GapBasis { basis: Passage, reading: Option<Localized> = default }
);

content_struct!(
    /// The responsibility map (`content/rsp.json`): layers, service models, patterns, parties.
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
    struct Term {
        id: Str,
        term: Localized,
        /// What the definition is based on, e.g. JIS Q 27000.
        basis: Option<Localized> = default,
        /// The spellings the content uses for the term.
        aliases: List<Str>,
        /// `None` where no source defines the term: the glossary says so rather than invent one.
        definition: Option<Localized>,
        /// Bullets that belong to the definition.
        list: List<Localized> = default,
        source: Option<SourceRef>,
    }
);

content_struct!(
    /// The glossary (`content/glossary.json`, 001 I.6 and the other seeds' definitions).
    struct Glossary {
        title: Localized,
        purpose: List<Localized>,
        terms: List<Term>,
    }
);

content_struct!(
    /// A part of the guideline; the checks built from it are those `content/modules.json`
    /// places in it.
    struct GuidePart {
        id: Str,
        name: Localized,
        modules: List<Str> = skip,
    }
);

content_struct!(
    struct Role {
        id: Str,
        group: Localized,
        name: Option<Localized> = default,
        /// ◎, ○ or - per guideline part, as table I.5-1 marks it.
        marks: Map<Str>,
    }
);

content_struct!(
    /// Who is answering (`content/roles.json`, 001 I.5 table I.5-1). Which checks each part and
    /// the tool propose (`modules`, `other_modules`) comes from `content/modules.json`.
    struct RoleGuide {
        purpose: List<Localized>,
        source: SourceRef,
        legend: Passage,
        parts: List<GuidePart>,
        roles: List<Role>,
        other_modules: List<Str> = skip,
        other_roles: List<Str>,
        readings: Map<Localized>,
    }
);

content_struct!(
    struct SourceDocument {
        file: Str,
        title: Localized,
        short: Localized,
        publisher: Localized,
        /// None where the document gives no year.
        year: Option<u16>,
        kind: Localized,
        note: Localized,
    }
);

content_struct!(
    struct Edition {
        version: Str,
        date: Str,
    }
);

content_struct!(
    /// `content/sources.json`: the content's edition and the seed documents it cites.
    struct SourceList {
        edition: Edition,
        documents: List<SourceDocument>,
    }
);
