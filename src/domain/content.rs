//! The content: checklists, stages and sources, written as data in `content/*.json` and
//! compiled into the static [`CATALOG`] by the content compiler in `build/`, which also checks
//! it. Its structure is compiled in; its texts stand in content chunks, one per check and
//! language, which the app loads when a view needs them (`domain::chunks`).
//!
//! `content/modules.json` lists every check in order, with how it is scored ([`Check`]); the
//! catalog's lists of checks, modules and checklists all come from it. Adding a yes/no or a
//! coverage check means adding its checklist file and one line to that list.
//!
//! The types are `Clone` so a test can build a catalog with a check added
//! (`tests/content/modules.rs`); the app never clones content.

pub use super::chunks::ChunkInfo;
pub use super::text::{Localized, SourceRef};

/// The schema's spelling of a string that is not a text to read (an id, a number), as the app
/// holds it: compiled in.
pub type Str = &'static str;
/// The schema's spelling of a list.
pub type List<T> = &'static [T];
/// The schema's spelling of a keyed map: its pairs, in key order.
pub type Map<T> = &'static [(&'static str, T)];

/// A struct of the content schema, as the app holds it. It compares by identity: content is
/// compiled in once, so two values are equal when they are the same entry of the catalog.
/// Comparing by value would walk the content wherever something holding it is compared (a
/// component's properties on every render, a result).
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
        #[derive(Clone, Debug)]
        pub struct $name {
            $(
                $(#[$field_meta])*
                pub $field: $type,
            )*
        }

        impl PartialEq for $name {
            fn eq(&self, other: &$name) -> bool {
                std::ptr::eq(self, other)
            }
        }
    };
}

/// A choice of the content schema, as the app holds it.
macro_rules! content_enum {
    ($(#[$meta:meta])* enum $name:ident { $($(#[$variant_meta:meta])* $variant:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)*
        }
    };
}

// Item, Checklist, StageGuide, ResponsibilityGuide, RoleGuide, Glossary, Scoring, …
include!("content/schema.rs");

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

/// A check of the tool: one line of `content/modules.json`, as far as the app needs it (which
/// checks have a view of their own is [`Catalog::modules`], which checks each role is proposed
/// is in [`RoleGuide`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// The module id: its address (`#/pre`), and the prefix of its items' ids.
    pub id: &'static str,
    pub scoring: Scoring,
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

/// A bullet of a stage's detailed practice, with the bullets the source nests under it.
#[derive(Clone, Debug, PartialEq)]
pub struct StageBullet {
    pub text: Localized,
    pub sub: &'static [Localized],
}

impl StageGuide {
    pub fn stage(&self, id: &str) -> Option<&'static Stage> {
        self.stages.iter().find(|stage| stage.id == id)
    }
}

impl Pattern {
    pub fn applies_to(&self, model: &str) -> bool {
        self.models.contains(&model)
    }
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
            .unwrap_or(Localized::new("（不明）", "(unknown)"))
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

impl Glossary {
    pub fn term(&self, id: &str) -> Option<&'static Term> {
        self.terms.iter().find(|term| term.id == id)
    }
}

impl Role {
    /// The role's name as a reader knows it: the sub-role, or else the group.
    pub fn label(&self) -> Localized {
        self.name.unwrap_or(self.group)
    }
}

impl RoleGuide {
    pub fn reading(&self, key: &str) -> Option<&'static Localized> {
        self.readings
            .iter()
            .find_map(|(k, text)| (*k == key).then_some(text))
    }

    pub fn role(&self, id: &str) -> Option<&'static Role> {
        self.roles.iter().find(|role| role.id == id)
    }
}

/// All content the app ships.
#[derive(Clone, Debug)]
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

/// A catalog is compiled in once: two are equal when they are the same catalog. Comparing them
/// by value would walk all of the content wherever a value holding one is compared (the app's
/// state is, on every action).
impl PartialEq for Catalog {
    fn eq(&self, other: &Catalog) -> bool {
        std::ptr::eq(self, other)
    }
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
