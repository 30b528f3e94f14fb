//! The path this tool proposes to a reader: which checks to take, in order, which to leave as
//! optional, and about how long the path takes. All of it is this tool's reading (roles.json
//! `readings.path`), built on table I.5-1 of the MIC guideline (001 I.5):
//!
//! - a check built from a part of the guideline is on the path where the table marks that part
//!   ◎ for the reader's role, and ○ where the reader uses IaaS/PaaS (the legend: 「IaaS/PaaSを
//!   用いてサービス提供している場合に対象」);
//! - of the checks outside the table, those roles.json lists in `path_others` (the precondition
//!   check and the migration checklist, which the stage diagnosis rests on) are on the path for
//!   the roles on the using side (`other_roles`);
//! - everything else is optional, and every check can still be opened.
//!
//! Without a role, the path is the one of the first using-side role: the tool is for
//! organizations that use the cloud first.

use super::applicability::applies;
use super::content::{Catalog, Role, Scale};
use super::responsibility::{MapResult, applicable_setting_types};
use super::roles::{Proposal, proposal};

/// Seconds this tool assumes a reader takes for one item, by scale: a yes/no question is
/// short; a measure or a requirement has a statement to read; a contract item asks for a value.
pub fn seconds_per_item(scale: Scale) -> u32 {
    match scale {
        Scale::YesNo => 20,
        Scale::Coverage => 45,
        Scale::Contract => 40,
    }
}

/// Seconds this tool assumes for choosing the model and pattern of the responsibility map and
/// naming who sets and who manages each of the user's cells.
pub const MAP_SECONDS: u32 = 300;

/// The path proposed to one reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReaderPath {
    /// The checks to take, in the catalog's order.
    pub steps: Vec<&'static str>,
    /// Every other check with a view of its own, in the catalog's order.
    pub optional: Vec<&'static str>,
    /// The estimated time of the steps, in whole minutes, rounded up to 5.
    pub minutes: u32,
}

impl ReaderPath {
    /// The step after `module` on the path; `None` after the last step and for a module off the
    /// path.
    pub fn next(&self, module: &str) -> Option<&'static str> {
        let index = self.steps.iter().position(|step| *step == module)?;
        self.steps.get(index + 1).copied()
    }

    /// The first step not done yet, by `done`: where the start button leads; `None` once every
    /// step is done.
    pub fn first_open(&self, done: impl Fn(&str) -> bool) -> Option<&'static str> {
        self.steps.iter().copied().find(|step| !done(step))
    }

    /// Whether `module` is one of the steps.
    pub fn holds(&self, module: &str) -> bool {
        self.steps.contains(&module)
    }
}

/// Whether the reader uses IaaS or PaaS, as the map says: the model chosen is IaaS or PaaS, or
/// the pattern runs a SaaS on another company's IaaS/PaaS.
fn uses_iaas_or_paas(map: Option<&MapResult>) -> bool {
    map.is_some_and(|map| {
        matches!(map.selection.model.id, "iaas" | "paas") || map.selection.pattern.id == "platform"
    })
}

/// The path for a role (or none chosen yet), given the map as far as it is filled in.
pub fn reader_path(
    catalog: &'static Catalog,
    role: Option<&Role>,
    map: Option<&MapResult>,
) -> ReaderPath {
    let guide = &catalog.roles;
    let role = role.or_else(|| {
        let first = guide.other_roles.first()?;
        guide.roles.iter().find(|role| role.id == *first)
    });
    let on_path = |module: &str| {
        let Some(role) = role else { return false };
        let in_table = guide
            .parts
            .iter()
            .any(|part| part.modules.contains(&module));
        match proposal(guide, role, module) {
            Some(Proposal::Proposed) => in_table || guide.path_others.contains(&module),
            Some(Proposal::Conditional) => uses_iaas_or_paas(map),
            Some(Proposal::AsNeeded) | None => false,
        }
    };
    let (steps, optional): (Vec<&'static str>, Vec<&'static str>) = catalog
        .modules
        .iter()
        .copied()
        .partition(|module| on_path(module));
    let seconds: u32 = steps
        .iter()
        .map(|module| step_seconds(catalog, module, map))
        .sum();
    ReaderPath {
        steps,
        optional,
        minutes: seconds.div_ceil(300) * 5,
    }
}

/// The seconds one step is estimated to take: its items that apply under the map's model, each
/// at [`seconds_per_item`], and for the map [`MAP_SECONDS`] and the setting types shown under it.
fn step_seconds(catalog: &'static Catalog, module: &str, map: Option<&MapResult>) -> u32 {
    let model = map.map(|map| map.selection.model.id);
    if module == catalog.responsibility.id {
        let shown = catalog
            .checklist(super::content::SETTING_TYPES)
            .map(|setting_types| {
                applicable_setting_types(setting_types, map)
                    .into_iter()
                    .filter(|item| applies(item, model))
                    .count() as u32
                    * seconds_per_item(setting_types.scale)
            })
            .unwrap_or(0);
        return MAP_SECONDS + shown;
    }
    catalog.checklist(module).map_or(0, |checklist| {
        checklist
            .items
            .iter()
            .filter(|item| applies(item, model))
            .count() as u32
            * seconds_per_item(checklist.scale)
    })
}
