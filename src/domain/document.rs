//! The saved document: every assessment with its answers, versioned so later schemas can
//! migrate it. `decode` and `encode` are the only way in and out; storage and (later) import
//! both go through them, so a document is checked the same way wherever it comes from.
//! `merge` reconciles two edits of one document, e.g. from two tabs.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::{Answer, Answers};
use super::responsibility::{CellEdit, MapRecord};
use super::stage::StagePlacement;
use super::text::Lang;

/// The schema this build writes. Bump it with a step in [`migrate`] whenever the shape changes.
///
/// - 1: assessments with answers.
/// - 2: each assessment also holds its responsibility map (`responsibility`), who is
///   answering (`role`) and the stage the user placed themselves at (`stage`).
pub const SCHEMA_VERSION: u64 = 2;

/// Documents larger than this are refused rather than parsed (localStorage holds about 5 MB).
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;

/// One self-assessment, e.g. of one cloud service or one department.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub id: String,
    pub name: String,
    /// ISO 8601, as the browser's clock gave it.
    pub created_at: String,
    pub answers: Answers,
    /// The responsibility map: model, pattern, and who holds each cell (schema 2).
    #[serde(default, skip_serializing_if = "MapRecord::is_empty")]
    pub responsibility: MapRecord,
    /// Who is answering: a role id of `content/roles.json` (schema 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The stage the user placed themselves at, with the reason (schema 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<StagePlacement>,
}

/// Everything the app keeps for one browser profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    schema_version: u64,
    language: Lang,
    active: String,
    assessments: Vec<Assessment>,
}

impl Document {
    /// A document with one empty assessment.
    pub fn new(created_at: &str) -> Document {
        let first = Assessment {
            id: "a1".to_owned(),
            name: String::new(),
            created_at: created_at.to_owned(),
            answers: Answers::new(),
            responsibility: MapRecord::default(),
            role: None,
            stage: None,
        };
        Document {
            schema_version: SCHEMA_VERSION,
            language: Lang::default(),
            active: first.id.clone(),
            assessments: vec![first],
        }
    }

    pub fn language(&self) -> Lang {
        self.language
    }

    pub fn set_language(&mut self, language: Lang) {
        self.language = language;
    }

    pub fn assessments(&self) -> &[Assessment] {
        &self.assessments
    }

    /// The assessment being edited. `decode` and `new` guarantee it exists.
    pub fn active(&self) -> &Assessment {
        let index = self.active_index();
        &self.assessments[index]
    }

    pub fn answers(&self) -> &Answers {
        &self.active().answers
    }

    /// Records an answer in the active assessment.
    pub fn set_answer(&mut self, item_id: &str, answer: Answer) {
        let index = self.active_index();
        self.assessments[index]
            .answers
            .insert(item_id.to_owned(), answer);
    }

    /// The responsibility map of the active assessment.
    pub fn responsibility(&self) -> &MapRecord {
        &self.active().responsibility
    }

    /// Replaces the responsibility map of the active assessment.
    pub fn set_responsibility(&mut self, map: MapRecord) {
        let index = self.active_index();
        self.assessments[index].responsibility = map;
    }

    /// Who is answering the active assessment.
    pub fn role(&self) -> Option<&str> {
        self.active().role.as_deref()
    }

    /// The stage placement of the active assessment.
    pub fn stage_placement(&self) -> Option<&StagePlacement> {
        self.active().stage.as_ref()
    }

    pub fn set_stage_placement(&mut self, placement: Option<StagePlacement>) {
        let index = self.active_index();
        self.assessments[index].stage = placement;
    }

    pub fn set_role(&mut self, role: Option<String>) {
        let index = self.active_index();
        self.assessments[index].role = role;
    }

    /// Edits one cell of the active assessment's responsibility map.
    pub fn edit_cell(&mut self, cell_id: &str, edit: CellEdit) {
        let index = self.active_index();
        self.assessments[index].responsibility.edit(cell_id, edit);
    }

    /// Sets the note of an item in the active assessment (e.g. the reason for N/A).
    pub fn set_note(&mut self, item_id: &str, note: &str) {
        let index = self.active_index();
        self.assessments[index].answers.set_note(item_id, note);
    }

    /// Sets the value a contract defines for an item of the active assessment.
    pub fn set_value(&mut self, item_id: &str, value: &str) {
        let index = self.active_index();
        self.assessments[index].answers.set_value(item_id, value);
    }

    /// Replaces every response of the active assessment.
    pub fn set_answers(&mut self, answers: Answers) {
        let index = self.active_index();
        self.assessments[index].answers = answers;
    }

    fn active_index(&self) -> usize {
        self.assessments
            .iter()
            .position(|assessment| assessment.id == self.active)
            .unwrap_or(0)
    }
}

/// Why a stored or imported document cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Larger than [`MAX_DOCUMENT_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON at all, e.g. truncated or overwritten by something else.
    NotJson,
    /// JSON, but not a document of this app; the detail is for developers.
    WrongShape(String),
    /// Written by a newer version of the app (or an unknown one).
    UnsupportedVersion(u64),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::TooLarge { bytes } => write!(f, "document too large ({bytes} bytes)"),
            DecodeError::NotJson => write!(f, "not JSON"),
            DecodeError::WrongShape(detail) => {
                write!(f, "not a cloud self-check document: {detail}")
            }
            DecodeError::UnsupportedVersion(version) => {
                write!(f, "unsupported schema version {version}")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Reads a document, migrating older schema versions. An answer that does not fit its item's
/// scale (say the content changed an item's scale) is kept but not scored, rather than making
/// the whole document unreadable: scoring only counts the answers each scale offers.
pub fn decode(raw: &str) -> Result<Document, DecodeError> {
    if raw.len() > MAX_DOCUMENT_BYTES {
        return Err(DecodeError::TooLarge { bytes: raw.len() });
    }
    let value: Value = serde_json::from_str(raw).map_err(|_| DecodeError::NotJson)?;
    let version = match value.get("schema_version") {
        Some(Value::Number(number)) => number.as_u64().ok_or_else(|| {
            DecodeError::WrongShape("schema_version is not a whole number".into())
        })?,
        Some(_) => {
            return Err(DecodeError::WrongShape(
                "schema_version is not a number".into(),
            ));
        }
        None => return Err(DecodeError::WrongShape("no schema_version".into())),
    };
    let value = migrate(value, version)?;
    let document: Document = serde_json::from_value(value)
        .map_err(|error| DecodeError::WrongShape(error.to_string()))?;
    validate(&document)?;
    Ok(document)
}

/// Writes a document as JSON.
pub fn encode(document: &Document) -> String {
    // Serializing plain structs, string-keyed maps and unit enums cannot fail.
    serde_json::to_string(document).unwrap_or_default()
}

/// Brings a document of an older schema up to [`SCHEMA_VERSION`], one step at a time.
fn migrate(mut value: Value, version: u64) -> Result<Value, DecodeError> {
    let mut version = version;
    loop {
        match version {
            SCHEMA_VERSION => return Ok(value),
            // 1 → 2: every assessment gains an empty responsibility map; answers stay as they are.
            1 => {
                if let Some(assessments) =
                    value.get_mut("assessments").and_then(Value::as_array_mut)
                {
                    for assessment in assessments.iter_mut().filter_map(Value::as_object_mut) {
                        assessment
                            .entry("responsibility")
                            .or_insert_with(|| Value::Object(serde_json::Map::new()));
                    }
                }
                version = 2;
            }
            other => return Err(DecodeError::UnsupportedVersion(other)),
        }
        value["schema_version"] = Value::from(version);
    }
}

/// Applies the map changes `ours` made since `base` onto `target`: the choices field by field,
/// the cells one by one, so role entries made in two tabs are both kept.
fn merge_map(base: &MapRecord, ours: &MapRecord, target: &mut MapRecord) {
    if ours.model != base.model {
        target.model = ours.model.clone();
    }
    if ours.pattern != base.pattern {
        target.pattern = ours.pattern.clone();
    }
    if ours.virtual_network != base.virtual_network {
        target.virtual_network = ours.virtual_network;
    }
    let changed: std::collections::BTreeSet<&String> = ours
        .cells
        .keys()
        .chain(base.cells.keys())
        .filter(|id| ours.cells.get(*id) != base.cells.get(*id))
        .collect();
    for id in changed {
        target.set_cell(id, ours.cells.get(id).cloned().unwrap_or_default());
    }
}

fn validate(document: &Document) -> Result<(), DecodeError> {
    let shape = |detail: String| Err(DecodeError::WrongShape(detail));
    if document.assessments.is_empty() {
        return shape("no assessment".into());
    }
    if !document.assessments.iter().any(|a| a.id == document.active) {
        return shape(format!(
            "active assessment {} does not exist",
            document.active
        ));
    }
    let mut ids = std::collections::BTreeSet::new();
    for assessment in &document.assessments {
        if !ids.insert(assessment.id.as_str()) {
            return shape(format!("assessment id {} is used twice", assessment.id));
        }
    }
    Ok(())
}

/// Three-way merge: `theirs` (what storage holds now) with every change `ours` made since
/// `base` (what both started from) applied on top. Changes are taken per item response, per
/// assessment field and per preference, so two tabs answering different items both keep their
/// answers; where both changed the same thing, `ours` wins, as the later edit.
pub fn merge(base: &Document, ours: &Document, theirs: &Document) -> Document {
    let mut merged = theirs.clone();
    if ours.language != base.language {
        merged.language = ours.language;
    }
    for our in &ours.assessments {
        let before = base.assessments.iter().find(|a| a.id == our.id);
        let Some(before) = before else {
            // Created on our side: add it unless theirs has it too.
            if !merged.assessments.iter().any(|a| a.id == our.id) {
                merged.assessments.push(our.clone());
            }
            continue;
        };
        if our == before {
            continue;
        }
        let target = match merged.assessments.iter().position(|a| a.id == our.id) {
            Some(index) => &mut merged.assessments[index],
            None => {
                // Removed on their side but changed on ours: keep our version.
                merged.assessments.push(our.clone());
                continue;
            }
        };
        if our.name != before.name {
            target.name = our.name.clone();
        }
        if our.role != before.role {
            target.role = our.role.clone();
        }
        if our.stage != before.stage {
            target.stage = our.stage.clone();
        }
        let changed_items: std::collections::BTreeSet<&str> = our
            .answers
            .iter()
            .chain(before.answers.iter())
            .map(|(id, _)| id)
            .filter(|id| our.answers.response(id) != before.answers.response(id))
            .collect();
        for id in changed_items {
            let response = our.answers.response(id).cloned().unwrap_or_default();
            target.answers.set_response(id, response);
        }
        merge_map(
            &before.responsibility,
            &our.responsibility,
            &mut target.responsibility,
        );
    }
    // Removed on our side and untouched on theirs.
    merged.assessments.retain(|theirs_assessment| {
        let removed_here = base
            .assessments
            .iter()
            .any(|a| a.id == theirs_assessment.id)
            && !ours
                .assessments
                .iter()
                .any(|a| a.id == theirs_assessment.id);
        let unchanged_there = base.assessments.iter().any(|a| a == theirs_assessment);
        !(removed_here && unchanged_there)
    });
    if ours.active != base.active {
        merged.active = ours.active.clone();
    }
    if merged.assessments.is_empty() {
        merged.assessments = ours.assessments.clone();
    }
    if !merged.assessments.iter().any(|a| a.id == merged.active) {
        merged.active = merged.assessments[0].id.clone();
    }
    merged
}
