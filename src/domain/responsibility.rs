//! The responsibility map (001 II.1.2–II.1.3, 002 chapters 3 and 4): which side owns each
//! layer under a service model, who sets and who manages each cell under a usage pattern, what
//! the organization recorded for its cells, and the gaps in it.
//!
//! The rules are data (`content/rsp.json`); the functions here apply them and are pure.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::content::{Checklist, Item, Layer, Pattern, ResponsibilityGuide, ServiceModel};
use super::scoring::Coverage;
use super::text::Lang;

/// The party the user-side setting manager is, whatever the pattern.
pub const USER: &str = "user";
/// The pattern used when none is chosen or the chosen one does not apply to the model.
pub const DIRECT: &str = "direct";
/// The layer a virtual network belongs to (002 ch. 4 note 2).
pub const NETWORK_LAYER: &str = "network";
/// Names of people, departments or companies are capped at this many characters.
pub const MAX_NAME_CHARS: usize = 100;

/// Which side of the boundary a cell is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    User,
    Provider,
}

impl Side {
    pub fn token(self) -> &'static str {
        match self {
            Side::User => "user",
            Side::Provider => "provider",
        }
    }
}

/// What part of its layer a cell covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The whole layer.
    Whole,
    /// One half of the model's boundary layer: the user's settings for using it, or the
    /// provider's settings of how it runs.
    Boundary,
    /// One half of the network layer when the virtual network is on the user's side.
    VirtualNetwork,
}

/// One row of the layer table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    pub layer: &'static Layer,
    pub side: Side,
    pub part: Part,
    /// Who is expected to make the settings (a party key of the guide).
    pub setter: &'static str,
    /// Who is expected to check them and keep them right.
    pub manager: &'static str,
}

impl Cell {
    /// Where the organization's record of this cell is kept, e.g. `user:os`. A layer has at
    /// most one cell per side, so records survive a change of model wherever the side still
    /// holds the layer.
    pub fn id(&self) -> String {
        cell_id(self.side, self.layer.id)
    }

    /// Whether this cell holds the layer's operation settings: a whole layer, or the provider's
    /// half of a split one. Every layer has exactly one.
    pub fn owns_operation(&self) -> bool {
        self.part == Part::Whole || self.side == Side::Provider
    }

    /// A user-side cell whose settings someone outside is expected to make (an SIer, a managed
    /// service, a development contractor): its setting manager must then be on the user's side
    /// (001 II.1.3 1.). Keyed to the cell, so the user's own cells of the same pattern are not.
    pub fn is_outsourced(&self) -> bool {
        self.side == Side::User && self.setter != USER
    }
}

/// The name of a cell as the table, the messages and the CSV show it: the layer, and the half
/// of it where the layer is split.
pub fn cell_name(
    cell: &Cell,
    selection: Selection,
    guide: &ResponsibilityGuide,
    lang: Lang,
) -> String {
    let layer = cell.layer.name.get(lang);
    let part = match (cell.part, cell.side) {
        (Part::Whole, _) => return layer.to_owned(),
        (Part::Boundary, Side::User) => selection.model.user_part,
        (Part::Boundary, Side::Provider) => selection.model.provider_part,
        (Part::VirtualNetwork, Side::User) => guide.virtual_network.user_part,
        (Part::VirtualNetwork, Side::Provider) => guide.virtual_network.provider_part,
    };
    match lang {
        Lang::Ja => format!("{layer}（{}）", part.get(lang)),
        Lang::En => format!("{layer} ({})", part.get(lang)),
    }
}

pub fn cell_id(side: Side, layer: &str) -> String {
    format!("{}:{layer}", side.token())
}

/// A service model, a pattern that applies to it, and whether the virtual network is the user's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Selection {
    pub model: &'static ServiceModel,
    pub pattern: &'static Pattern,
    pub virtual_network: bool,
}

impl Selection {
    /// The selection a record makes, or `None` while no (known) model is chosen. A pattern that
    /// is missing, unknown or not for this model falls back to direct use.
    pub fn of(guide: &'static ResponsibilityGuide, record: &MapRecord) -> Option<Selection> {
        let model = guide.model(record.model.as_deref()?)?;
        let pattern = record
            .pattern
            .as_deref()
            .and_then(|id| guide.pattern(id))
            .filter(|pattern| pattern.applies_to(model.id))
            .or_else(|| guide.pattern(DIRECT))?;
        Some(Selection {
            model,
            pattern,
            virtual_network: record.virtual_network,
        })
    }

    /// The selection after choosing another model: the pattern is kept where it still applies.
    pub fn with_model(
        self,
        model: &'static ServiceModel,
        guide: &'static ResponsibilityGuide,
    ) -> Selection {
        let pattern = if self.pattern.applies_to(model.id) {
            self.pattern
        } else {
            guide.pattern(DIRECT).unwrap_or(self.pattern)
        };
        Selection {
            model,
            pattern,
            ..self
        }
    }
}

/// The layer table of a selection, top layer first, the user's cell before the provider's.
pub fn layout(guide: &'static ResponsibilityGuide, selection: Selection) -> Vec<Cell> {
    let Selection {
        model,
        pattern,
        virtual_network,
    } = selection;
    let boundary = guide
        .layers
        .iter()
        .position(|layer| layer.id == model.boundary)
        .unwrap_or(0);
    let lookup = |table: &'static [(&'static str, &'static str)], layer: &str| {
        table
            .iter()
            .find_map(|(key, party)| (*key == layer).then_some(*party))
    };
    let user = |layer: &'static Layer, part: Part| Cell {
        layer,
        side: Side::User,
        part,
        setter: lookup(pattern.setter_by_layer, layer.id).unwrap_or(pattern.setter),
        manager: USER,
    };
    let provider = |layer: &'static Layer, part: Part| {
        let party = lookup(pattern.provider_by_layer, layer.id).unwrap_or(model.provider);
        Cell {
            layer,
            side: Side::Provider,
            part,
            setter: party,
            manager: pattern.provider_manager.unwrap_or(party),
        }
    };
    let mut cells = Vec::with_capacity(guide.layers.len() + 2);
    for (index, layer) in guide.layers.iter().enumerate() {
        if index < boundary {
            cells.push(user(layer, Part::Whole));
        } else if index == boundary {
            cells.push(user(layer, Part::Boundary));
            cells.push(provider(layer, Part::Boundary));
        } else if virtual_network && layer.id == NETWORK_LAYER {
            cells.push(user(layer, Part::VirtualNetwork));
            cells.push(provider(layer, Part::VirtualNetwork));
        } else {
            cells.push(provider(layer, Part::Whole));
        }
        cells.extend(
            pattern
                .extra_cells
                .iter()
                .filter(|extra| extra.after == layer.id)
                .map(|extra| Cell {
                    layer: &extra.layer,
                    side: Side::Provider,
                    part: Part::Whole,
                    setter: extra.setter,
                    manager: extra.manager,
                }),
        );
    }
    cells
}

/// Whose side the setting manager named for a user-side cell is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ManagerSide {
    /// A person or department of the user's own organization.
    Own,
    /// Someone at the SIer, the contractor or the provider.
    Outside,
}

/// What the organization recorded for one cell. Provider-side cells use `confirmed` only.
/// Names are free text, stored as given and always shown as text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CellRecord {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub setter: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub manager: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager_side: Option<ManagerSide>,
    /// The boundary is confirmed in the contract, the SLA or the terms of use.
    #[serde(default, skip_serializing_if = "is_false")]
    pub confirmed: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl CellRecord {
    pub fn is_empty(&self) -> bool {
        self == &CellRecord::default()
    }
}

/// One change to a cell's record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CellEdit {
    Setter(String),
    Manager(String),
    ManagerSide(Option<ManagerSide>),
    Confirmed(bool),
}

/// The responsibility map of one assessment: the model, pattern and virtual-network choice, and
/// a record per cell. Ids are kept as text, so a choice a newer version wrote survives.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub virtual_network: bool,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub cells: BTreeMap<String, CellRecord>,
}

impl MapRecord {
    pub fn is_empty(&self) -> bool {
        self == &MapRecord::default()
    }

    pub fn cell(&self, id: &str) -> Option<&CellRecord> {
        self.cells.get(id)
    }

    /// Applies one edit; names are capped at [`MAX_NAME_CHARS`]. A record left empty is removed.
    pub fn edit(&mut self, cell_id: &str, edit: CellEdit) {
        let mut record = self.cells.remove(cell_id).unwrap_or_default();
        match edit {
            CellEdit::Setter(name) => record.setter = cap_name(&name).0,
            CellEdit::Manager(name) => record.manager = cap_name(&name).0,
            CellEdit::ManagerSide(side) => record.manager_side = side,
            CellEdit::Confirmed(confirmed) => record.confirmed = confirmed,
        }
        if !record.is_empty() {
            self.cells.insert(cell_id.to_owned(), record);
        }
    }

    /// Sets (or replaces) one cell's whole record; an empty one removes it.
    pub fn set_cell(&mut self, cell_id: &str, record: CellRecord) {
        if record.is_empty() {
            self.cells.remove(cell_id);
        } else {
            self.cells.insert(cell_id.to_owned(), record);
        }
    }

    /// The ids of the recorded cells that a selection has no cell for: what choosing it would
    /// drop.
    pub fn dropped_by(
        &self,
        guide: &'static ResponsibilityGuide,
        selection: Selection,
    ) -> Vec<String> {
        let kept: BTreeSet<String> = layout(guide, selection).iter().map(Cell::id).collect();
        self.cells
            .keys()
            .filter(|id| !kept.contains(*id))
            .cloned()
            .collect()
    }

    /// Makes a selection, dropping the records of cells it does not have.
    pub fn select(&mut self, guide: &'static ResponsibilityGuide, selection: Selection) {
        for id in self.dropped_by(guide, selection) {
            self.cells.remove(&id);
        }
        self.model = Some(selection.model.id.to_owned());
        self.pattern = Some(selection.pattern.id.to_owned());
        self.virtual_network = selection.virtual_network;
    }
}

/// A name cut to [`MAX_NAME_CHARS`] characters, and whether it had to be cut.
pub fn cap_name(name: &str) -> (String, bool) {
    match name.char_indices().nth(MAX_NAME_CHARS) {
        Some((end, _)) => (name[..end].to_owned(), true),
        None => (name.to_owned(), false),
    }
}

/// Two names are the same person when they differ only in case and white space (full-width
/// spaces included), e.g. 「山田 太郎」 and 「山田　太郎」.
pub fn same_person(a: &str, b: &str) -> bool {
    let key = |name: &str| -> String {
        name.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let a = key(a);
    !a.is_empty() && a == key(b)
}

/// The kinds of gap (PRODUCT.md section 3), in the order the map lists them: nobody named
/// first, then a manager outside the organization, the same person in both roles, and
/// unconfirmed boundaries, the user's before the provider's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GapKind {
    /// A user-side cell with no setter named.
    SetterMissing,
    /// A user-side cell with no setting manager named.
    ManagerMissing,
    /// The cell's settings are outsourced and the setting manager named is said to be outside
    /// the user's organization.
    ManagerOutside,
    /// The setter and the setting manager are the same person: no double check (III.2.1.3).
    SamePerson,
    /// A user-side boundary not confirmed in the contract, SLA or terms.
    Unconfirmed,
    /// A provider-side boundary not confirmed.
    ProviderUnconfirmed,
}

impl GapKind {
    pub const ALL: [GapKind; 6] = [
        GapKind::SetterMissing,
        GapKind::ManagerMissing,
        GapKind::ManagerOutside,
        GapKind::SamePerson,
        GapKind::Unconfirmed,
        GapKind::ProviderUnconfirmed,
    ];

    /// Whether the gap is closed by confirming a boundary with the provider (in the contract,
    /// the SLA or the terms) rather than by the user's organization naming someone: the map's
    /// result lists these apart, as what to confirm with the provider.
    pub fn with_provider(self) -> bool {
        matches!(self, GapKind::Unconfirmed | GapKind::ProviderUnconfirmed)
    }

    /// The key of its basis in `content/rsp.json`.
    pub fn key(self) -> &'static str {
        match self {
            GapKind::SetterMissing => "setter_missing",
            GapKind::ManagerMissing => "manager_missing",
            GapKind::ManagerOutside => "manager_outside",
            GapKind::SamePerson => "same_person",
            GapKind::Unconfirmed => "unconfirmed",
            GapKind::ProviderUnconfirmed => "provider_unconfirmed",
        }
    }
}

/// One gap: its kind and the cell it is in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gap {
    pub kind: GapKind,
    pub cell: Cell,
}

/// Whether an outsourced cell names its setting manager but not yet which side they are on: not
/// a gap, and not covered either, until the user says.
pub fn awaits_manager_side(cell: &Cell, record: Option<&CellRecord>) -> bool {
    record.is_some_and(|record| {
        cell.is_outsourced() && !record.manager.trim().is_empty() && record.manager_side.is_none()
    })
}

/// The gaps of one cell, in [`GapKind`] order.
pub fn cell_gaps(cell: &Cell, record: Option<&CellRecord>) -> Vec<GapKind> {
    let empty = CellRecord::default();
    let record = record.unwrap_or(&empty);
    let mut gaps = Vec::new();
    if cell.side == Side::Provider {
        if !record.confirmed {
            gaps.push(GapKind::ProviderUnconfirmed);
        }
        return gaps;
    }
    let setter = !record.setter.trim().is_empty();
    let manager = !record.manager.trim().is_empty();
    if !setter {
        gaps.push(GapKind::SetterMissing);
    }
    if !manager {
        gaps.push(GapKind::ManagerMissing);
    }
    if cell.is_outsourced() && manager && record.manager_side == Some(ManagerSide::Outside) {
        gaps.push(GapKind::ManagerOutside);
    }
    if same_person(&record.setter, &record.manager) {
        gaps.push(GapKind::SamePerson);
    }
    if !record.confirmed {
        gaps.push(GapKind::Unconfirmed);
    }
    gaps
}

/// The scored map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapResult {
    pub selection: Selection,
    pub cells: Vec<Cell>,
    /// User-side cells with no gap and nothing left unanswered.
    pub covered: usize,
    /// User-side cells.
    pub user_cells: usize,
    /// Every gap, in priority order: by kind, then top layer first.
    pub gaps: Vec<Gap>,
}

impl MapResult {
    /// The share of user-side cells fully covered, from 0 to 1.
    pub fn ratio(&self) -> f64 {
        if self.user_cells == 0 {
            return 0.0;
        }
        self.covered as f64 / self.user_cells as f64
    }

    /// The layers the user owns some part of.
    pub fn user_layers(&self) -> BTreeSet<&'static str> {
        self.cells
            .iter()
            .filter(|cell| cell.side == Side::User)
            .map(|cell| cell.layer.id)
            .collect()
    }
}

/// Scores the map: `None` until a model is chosen.
pub fn score_map(guide: &'static ResponsibilityGuide, record: &MapRecord) -> Option<MapResult> {
    let selection = Selection::of(guide, record)?;
    let cells = layout(guide, selection);
    let mut gaps = Vec::new();
    let mut covered = 0;
    let mut user_cells = 0;
    for cell in &cells {
        let entry = record.cell(&cell.id());
        let found = cell_gaps(cell, entry);
        if cell.side == Side::User {
            user_cells += 1;
            if found.is_empty() && !awaits_manager_side(cell, entry) {
                covered += 1;
            }
        }
        gaps.extend(found.into_iter().map(|kind| Gap { kind, cell: *cell }));
    }
    // Stable: within a kind, the cells stay in table order.
    gaps.sort_by_key(|gap| gap.kind);
    Some(MapResult {
        selection,
        cells,
        covered,
        user_cells,
        gaps,
    })
}

/// The setting types that touch a layer the user owns under the map; all of them while no model
/// is chosen.
pub fn applicable_setting_types(
    setting_types: &'static Checklist,
    map: Option<&MapResult>,
) -> Vec<&'static Item> {
    let Some(map) = map else {
        return setting_types.items.iter().collect();
    };
    let owned = map.user_layers();
    setting_types
        .items
        .iter()
        .filter(|item| item.layers.iter().any(|layer| owned.contains(layer)))
        .collect()
}

/// Coverage of the applicable setting types.
pub fn score_setting_types(
    setting_types: &'static Checklist,
    map: Option<&MapResult>,
    answers: &Answers,
) -> Coverage {
    Coverage::of(applicable_setting_types(setting_types, map), answers)
}
