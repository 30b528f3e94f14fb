//! The saved document: every assessment with its answers, versioned so later schemas can
//! migrate it. `decode` and `encode` are the only way in and out; storage and (later) import
//! both go through them, so a document is checked the same way wherever it comes from.
//! `merge` reconciles two edits of one document, e.g. from two tabs.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::{
    Answer, Answers, FollowUp, FollowUpEdit, MAX_NOTE_CHARS, MAX_OWNER_CHARS, MAX_VALUE_CHARS,
    valid_due,
};
use super::responsibility::{CellEdit, MAX_NAME_CHARS as MAX_PERSON_CHARS, MapRecord};
use super::stage::{MAX_REASON_CHARS, StagePlacement};
use super::text::Lang;

/// The schema this build writes. Bump it with a step in [`migrate`] whenever the shape changes.
///
/// - 1: assessments with answers.
/// - 2: each assessment also holds its responsibility map (`responsibility`), who is
///   answering (`role`) and the stage the user placed themselves at (`stage`).
/// - 3: the reader's language leaves the document for a preference of its own (an imported
///   document must not switch it); each assessment may also hold its organization's name
///   (`organization`), follow-ups of the map's gaps (`followups`) and snapshots (`snapshots`).
pub const SCHEMA_VERSION: u64 = 3;

/// Names of assessments and organizations, and snapshot labels, are capped at this many
/// characters.
pub const MAX_NAME_CHARS: usize = 100;

/// The frozen state of an assessment, with a label, to compare later states against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub id: String,
    pub label: String,
    /// ISO 8601, as the browser's clock gave it.
    pub taken_at: String,
    pub answers: Answers,
    #[serde(default, skip_serializing_if = "MapRecord::is_empty")]
    pub responsibility: MapRecord,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<StagePlacement>,
}

/// Ids (of assessments, snapshots, items, cells, gaps, roles, stages, models and patterns) are
/// never longer than this: the app's own are a few characters.
pub const MAX_ID_CHARS: usize = 100;

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
    /// The organization the assessment is for, printed on the report (schema 3).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organization: String,
    /// Note, owner and due date of each gap of the map, by the action plan's key (schema 3).
    /// Item gaps keep theirs in the item's response.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub followups: BTreeMap<String, FollowUp>,
    /// Frozen states, oldest first (schema 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub snapshots: Vec<Snapshot>,
}

impl Assessment {
    /// An empty assessment.
    pub fn new(id: &str, name: &str, created_at: &str) -> Assessment {
        Assessment {
            id: id.to_owned(),
            name: cap(name),
            created_at: created_at.to_owned(),
            answers: Answers::new(),
            responsibility: MapRecord::default(),
            role: None,
            stage: None,
            organization: String::new(),
            followups: BTreeMap::new(),
            snapshots: Vec::new(),
        }
    }

    /// Whether `other` is the same assessment, e.g. in a file exported earlier: the same
    /// creation time (to the millisecond, as the browser's clock gave it). The id does not tell:
    /// every browser's first assessment is `a1`, and an imported assessment whose id was taken
    /// here is stored under a new one, yet must be recognized when the file comes again. Only
    /// assessments with no creation time are told apart by id.
    pub fn is_same(&self, other: &Assessment) -> bool {
        if self.created_at.is_empty() && other.created_at.is_empty() {
            return self.id == other.id;
        }
        self.created_at == other.created_at
    }

    /// Whether nothing was ever recorded in it: no name, organization, answer or note, map,
    /// role, stage, follow-up or snapshot. This is what a browser holds before its first use,
    /// or right after all data is cleared.
    pub fn is_untouched(&self) -> bool {
        self.name.is_empty()
            && self.organization.is_empty()
            && self.answers.is_empty()
            && self.responsibility.is_empty()
            && self.role.is_none()
            && self.stage.is_none()
            && self.followups.values().all(FollowUp::is_empty)
            && self.snapshots.is_empty()
    }

    /// The snapshot with this id.
    pub fn snapshot(&self, id: &str) -> Option<&Snapshot> {
        self.snapshots.iter().find(|snapshot| snapshot.id == id)
    }
}

/// A name or label cut to [`MAX_NAME_CHARS`] characters.
fn cap(text: &str) -> String {
    text.chars().take(MAX_NAME_CHARS).collect()
}

/// Everything the app keeps for one browser profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    schema_version: u64,
    active: String,
    assessments: Vec<Assessment>,
}

impl Document {
    /// A document with one empty assessment.
    pub fn new(created_at: &str) -> Document {
        let first = Assessment::new("a1", "", created_at);
        Document {
            schema_version: SCHEMA_VERSION,
            active: first.id.clone(),
            assessments: vec![first],
        }
    }

    /// Whether the document holds one assessment and nothing was recorded in it
    /// ([`Assessment::is_untouched`]).
    pub fn is_untouched(&self) -> bool {
        matches!(self.assessments.as_slice(), [only] if only.is_untouched())
    }

    /// An id no assessment (nor snapshot) of this document has: `prefix` and `entropy` (say
    /// the clock and a random number) in base 36, counted up until free.
    pub fn unused_id(&self, prefix: &str, entropy: u64) -> String {
        fresh_id(prefix, entropy, &self.ids())
    }

    /// Every id the document uses: its assessments' and their snapshots'.
    pub fn ids(&self) -> BTreeSet<String> {
        self.assessments
            .iter()
            .flat_map(|assessment| {
                std::iter::once(assessment.id.clone()).chain(
                    assessment
                        .snapshots
                        .iter()
                        .map(|snapshot| snapshot.id.clone()),
                )
            })
            .collect()
    }

    /// Whether an assessment or a snapshot has this id: ids are unique across both, or the
    /// document would not decode.
    fn id_taken(&self, id: &str) -> bool {
        self.assessments
            .iter()
            .any(|assessment| assessment.id == id || assessment.snapshot(id).is_some())
    }

    /// Adds an empty assessment and makes it the active one. `false` if the id is taken (by an
    /// assessment or a snapshot).
    pub fn create(&mut self, id: &str, name: &str, created_at: &str) -> bool {
        if self.id_taken(id) {
            return false;
        }
        self.assessments.push(Assessment::new(id, name, created_at));
        self.active = id.to_owned();
        true
    }

    /// Copies an assessment (answers, map, role, stage, organization and follow-ups; not its
    /// snapshots) under a new id and name, and makes the copy active. `false` if `source` does
    /// not exist or `id` is taken (by an assessment or a snapshot).
    pub fn duplicate(&mut self, source: &str, id: &str, name: &str, created_at: &str) -> bool {
        let Some(original) = self.assessment(source) else {
            return false;
        };
        if self.id_taken(id) {
            return false;
        }
        let copy = Assessment {
            snapshots: Vec::new(),
            ..original.clone()
        };
        let copy = Assessment {
            id: id.to_owned(),
            name: cap(name),
            created_at: created_at.to_owned(),
            ..copy
        };
        self.assessments.push(copy);
        self.active = id.to_owned();
        true
    }

    /// Renames an assessment (capped at [`MAX_NAME_CHARS`]). `false` if it does not exist.
    pub fn rename(&mut self, id: &str, name: &str) -> bool {
        match self.assessments.iter_mut().find(|a| a.id == id) {
            Some(assessment) => {
                assessment.name = cap(name);
                true
            }
            None => false,
        }
    }

    /// Deletes an assessment with its snapshots. The last one cannot be deleted (clearing all
    /// data starts over instead); deleting the active one makes the first remaining active.
    pub fn delete(&mut self, id: &str) -> bool {
        if self.assessments.len() < 2 || self.assessment(id).is_none() {
            return false;
        }
        self.assessments.retain(|assessment| assessment.id != id);
        if self.active == id {
            self.active = self.assessments[0].id.clone();
        }
        true
    }

    /// Makes an assessment the active one. `false` if it does not exist.
    pub fn switch(&mut self, id: &str) -> bool {
        if self.assessment(id).is_none() {
            return false;
        }
        self.active = id.to_owned();
        true
    }

    /// Puts an assessment in: in the place of the one with its id, else at the end.
    pub fn put(&mut self, assessment: Assessment) {
        match self.assessments.iter_mut().find(|a| a.id == assessment.id) {
            Some(slot) => *slot = assessment,
            None => self.assessments.push(assessment),
        }
    }

    /// The assessment with this id.
    pub fn assessment(&self, id: &str) -> Option<&Assessment> {
        self.assessments
            .iter()
            .find(|assessment| assessment.id == id)
    }

    /// Sets the organization of the active assessment (capped at [`MAX_NAME_CHARS`]).
    pub fn set_organization(&mut self, organization: &str) {
        let index = self.active_index();
        self.assessments[index].organization = cap(organization);
    }

    /// Freezes the active assessment under a label. `false` if the id is taken.
    pub fn take_snapshot(&mut self, id: &str, label: &str, taken_at: &str) -> bool {
        if self.id_taken(id) {
            return false;
        }
        let index = self.active_index();
        let assessment = &mut self.assessments[index];
        let snapshot = Snapshot {
            id: id.to_owned(),
            label: cap(label),
            taken_at: taken_at.to_owned(),
            answers: assessment.answers.clone(),
            responsibility: assessment.responsibility.clone(),
            role: assessment.role.clone(),
            stage: assessment.stage.clone(),
        };
        assessment.snapshots.push(snapshot);
        true
    }

    /// Deletes a snapshot of the active assessment. `false` if it has none with this id.
    pub fn delete_snapshot(&mut self, id: &str) -> bool {
        let index = self.active_index();
        let snapshots = &mut self.assessments[index].snapshots;
        let before = snapshots.len();
        snapshots.retain(|snapshot| snapshot.id != id);
        snapshots.len() < before
    }

    /// Edits the note, owner or due date of an action-plan entry of the active assessment: an
    /// item's response for an item id, else the follow-up kept under `key`. `false` (nothing
    /// changed) for a due date that is not a date.
    pub fn follow_up(&mut self, key: &str, is_item: bool, edit: FollowUpEdit) -> bool {
        let index = self.active_index();
        let assessment = &mut self.assessments[index];
        if is_item {
            return assessment.answers.follow_up(key, edit);
        }
        let mut followup = assessment.followups.remove(key).unwrap_or_default();
        let applied = followup.edit(edit);
        if !followup.is_empty() {
            assessment.followups.insert(key.to_owned(), followup);
        }
        applied
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

    /// The id of the active assessment.
    pub fn active_id(&self) -> &str {
        &self.active
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
    // serde keeps the last of two equal keys silently: a document saying two things about one
    // item (or one field) is refused rather than read as one of them.
    if let Some(key) = duplicate_key(raw) {
        return Err(DecodeError::WrongShape(format!(
            "key {key:?} appears twice"
        )));
    }
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

/// Reads a document as [`decode`] does, with the reader's language if the document is of a
/// schema that still held it (before 3): storage moves it to the language preference.
pub fn decode_with_language(raw: &str) -> Result<(Document, Option<Lang>), DecodeError> {
    let document = decode(raw)?;
    let language = serde_json::from_str::<Value>(raw)
        .ok()
        .and_then(|value| value.get("language").cloned())
        .and_then(|language| serde_json::from_value::<Lang>(language).ok());
    Ok((document, language))
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
            // 2 → 3: the language leaves the document (storage keeps it as a preference; see
            // `decode_with_language`). Its value is still checked, so a document that was not
            // readable as schema 2 does not become readable by migrating.
            2 => {
                if let Some(document) = value.as_object_mut() {
                    let language = document.remove("language").unwrap_or(Value::Null);
                    serde_json::from_value::<Lang>(language)
                        .map_err(|error| DecodeError::WrongShape(format!("language: {error}")))?;
                }
                version = 3;
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
    let changed: BTreeSet<&String> = ours
        .cells
        .keys()
        .chain(base.cells.keys())
        .filter(|id| ours.cells.get(*id) != base.cells.get(*id))
        .collect();
    for id in changed {
        target.set_cell(id, ours.cells.get(id).cloned().unwrap_or_default());
    }
}

/// Applies the snapshots `ours` took, relabelled or deleted since `base` onto `target`.
fn merge_snapshots(base: &[Snapshot], ours: &[Snapshot], target: &mut Vec<Snapshot>) {
    let find = |list: &[Snapshot], id: &str| list.iter().position(|s| s.id == id);
    for snapshot in base {
        if find(ours, &snapshot.id).is_none() {
            target.retain(|kept| kept.id != snapshot.id);
        }
    }
    for snapshot in ours {
        if find(base, &snapshot.id).is_some_and(|index| &base[index] == snapshot) {
            continue;
        }
        match find(target, &snapshot.id) {
            Some(index) => target[index] = snapshot.clone(),
            None => target.push(snapshot.clone()),
        }
    }
}

/// An id that is not in `taken`: `prefix` and `entropy` in base 36, counted up until free.
pub fn fresh_id(prefix: &str, entropy: u64, taken: &BTreeSet<String>) -> String {
    (0..)
        .map(|step: u64| format!("{prefix}{}", base36(entropy.wrapping_add(step))))
        .find(|id| !taken.contains(id))
        .unwrap_or_default()
}

/// A number in base 36 (0-9a-z), for short ids.
fn base36(mut number: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut digits = Vec::new();
    loop {
        digits.push(DIGITS[(number % 36) as usize]);
        number /= 36;
        if number == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

/// Checks what `decode` checks beyond the shape: at least one assessment, the active one
/// among them, no id empty or used twice, dates that are dates, and free text within the
/// lengths the app's own fields allow (so a file cannot hold what no one could have typed).
/// Storage checks it before writing, so a document that would not load again is never written.
pub fn validate(document: &Document) -> Result<(), DecodeError> {
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
    let mut ids = BTreeSet::new();
    for assessment in &document.assessments {
        if !ids.insert(assessment.id.as_str()) {
            return shape(format!("assessment id {} is used twice", assessment.id));
        }
    }
    for snapshot in document.assessments.iter().flat_map(|a| &a.snapshots) {
        if !ids.insert(snapshot.id.as_str()) {
            return shape(format!("id {} is used twice", snapshot.id));
        }
    }
    if ids.contains("") {
        return shape("an assessment or a snapshot has no id".into());
    }
    for assessment in &document.assessments {
        validate_assessment(assessment)
            .map_err(|detail| DecodeError::WrongShape(format!("{}: {detail}", assessment.id)))?;
    }
    Ok(())
}

/// The checks of [`validate`] within one assessment and its snapshots; the error names the
/// field.
fn validate_assessment(assessment: &Assessment) -> Result<(), String> {
    within("id", &assessment.id, MAX_ID_CHARS)?;
    within(
        "role",
        assessment.role.as_deref().unwrap_or_default(),
        MAX_ID_CHARS,
    )?;
    if !assessment.created_at.is_empty() && !valid_timestamp(&assessment.created_at) {
        return Err("created_at is not a date and time".into());
    }
    within("name", &assessment.name, MAX_NAME_CHARS)?;
    within("organization", &assessment.organization, MAX_NAME_CHARS)?;
    validate_record(
        &assessment.answers,
        &assessment.responsibility,
        assessment.stage.as_ref(),
    )?;
    for (key, followup) in &assessment.followups {
        within("a follow-up's key", key, MAX_ID_CHARS)?;
        within(key, &followup.note, MAX_NOTE_CHARS)?;
        within(key, &followup.owner, MAX_OWNER_CHARS)?;
        if !valid_due(&followup.due) {
            return Err(format!("the due date of {key} is not a date"));
        }
    }
    for snapshot in &assessment.snapshots {
        if !valid_timestamp(&snapshot.taken_at) {
            return Err(format!(
                "snapshot {}: taken_at is not a date and time",
                snapshot.id
            ));
        }
        within("snapshot id", &snapshot.id, MAX_ID_CHARS)?;
        within(
            "snapshot role",
            snapshot.role.as_deref().unwrap_or_default(),
            MAX_ID_CHARS,
        )?;
        within("snapshot label", &snapshot.label, MAX_NAME_CHARS)?;
        validate_record(
            &snapshot.answers,
            &snapshot.responsibility,
            snapshot.stage.as_ref(),
        )
        .map_err(|detail| format!("snapshot {}: {detail}", snapshot.id))?;
    }
    Ok(())
}

/// What an assessment and its snapshots both record: responses, the map and the stage.
fn validate_record(
    answers: &Answers,
    map: &MapRecord,
    stage: Option<&StagePlacement>,
) -> Result<(), String> {
    for (id, response) in answers.iter() {
        within("an item id", id, MAX_ID_CHARS)?;
        within(id, &response.note, MAX_NOTE_CHARS)?;
        within(id, &response.value, MAX_VALUE_CHARS)?;
        within(id, &response.owner, MAX_OWNER_CHARS)?;
        if !valid_due(&response.due) {
            return Err(format!("the due date of {id} is not a date"));
        }
    }
    within(
        "model",
        map.model.as_deref().unwrap_or_default(),
        MAX_ID_CHARS,
    )?;
    within(
        "pattern",
        map.pattern.as_deref().unwrap_or_default(),
        MAX_ID_CHARS,
    )?;
    for (id, cell) in &map.cells {
        within("a cell id", id, MAX_ID_CHARS)?;
        within(id, &cell.setter, MAX_PERSON_CHARS)?;
        within(id, &cell.manager, MAX_PERSON_CHARS)?;
    }
    if let Some(stage) = stage {
        within("stage", &stage.stage, MAX_ID_CHARS)?;
        within("stage reason", &stage.reason, MAX_REASON_CHARS)?;
    }
    Ok(())
}

/// `Err` naming the field when `text` is longer than `max` characters.
fn within(field: &str, text: &str, max: usize) -> Result<(), String> {
    match text.chars().nth(max) {
        Some(_) => Err(format!("{field} is longer than {max} characters")),
        None => Ok(()),
    }
}

/// Whether `text` is a date and time as the browser's clock writes it (`toISOString`):
/// `YYYY-MM-DDTHH:MM:SS`, optional fractions of a second, then `Z` or an offset `±HH:MM`.
pub fn valid_timestamp(text: &str) -> bool {
    let Some((date, time)) = text.split_once('T') else {
        return false;
    };
    if date.is_empty() || !valid_due(date) {
        return false;
    }
    let (clock, zone) = match time.find(['Z', '+', '-']) {
        Some(at) => time.split_at(at),
        None => return false,
    };
    let (hms, fraction) = clock.split_once('.').unwrap_or((clock, "0"));
    let two = |part: &str, max: u32| {
        part.len() == 2
            && part.bytes().all(|b| b.is_ascii_digit())
            && part.parse::<u32>().is_ok_and(|n| n <= max)
    };
    let hms: Vec<&str> = hms.split(':').collect();
    let clock_ok = hms.len() == 3 && two(hms[0], 23) && two(hms[1], 59) && two(hms[2], 59);
    let fraction_ok = !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit());
    // The zone starts with an ASCII character (what `find` found), so `zone[1..]` is safe.
    let zone_ok = zone == "Z"
        || zone.len() == 6
            && zone[1..]
                .split_once(':')
                .is_some_and(|(h, m)| two(h, 23) && two(m, 59));
    clock_ok && fraction_ok && zone_ok
}

/// The first key found twice in one object of the JSON text `raw` (serde_json's own
/// recursion limit applies), or `None`.
fn duplicate_key(raw: &str) -> Option<String> {
    serde_json::from_str::<DuplicateKey>(raw).ok()?.0
}

/// Walks any JSON value and keeps the first key an object repeats.
struct DuplicateKey(Option<String>);

impl<'de> Deserialize<'de> for DuplicateKey {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DuplicateKeyVisitor)
    }
}

struct DuplicateKeyVisitor;

impl<'de> serde::de::Visitor<'de> for DuplicateKeyVisitor {
    type Value = DuplicateKey;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<DuplicateKey, A::Error> {
        let mut keys = BTreeSet::new();
        let mut found = None;
        while let Some(key) = map.next_key::<String>()? {
            let DuplicateKey(inner) = map.next_value()?;
            if found.is_none() {
                found = inner.or_else(|| (!keys.insert(key.clone())).then_some(key));
            }
        }
        Ok(DuplicateKey(found))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<DuplicateKey, A::Error> {
        let mut found = None;
        while let Some(DuplicateKey(inner)) = seq.next_element()? {
            found = found.or(inner);
        }
        Ok(DuplicateKey(found))
    }

    fn visit_bool<E>(self, _: bool) -> Result<DuplicateKey, E> {
        Ok(DuplicateKey(None))
    }
    fn visit_i64<E>(self, _: i64) -> Result<DuplicateKey, E> {
        Ok(DuplicateKey(None))
    }
    fn visit_u64<E>(self, _: u64) -> Result<DuplicateKey, E> {
        Ok(DuplicateKey(None))
    }
    fn visit_f64<E>(self, _: f64) -> Result<DuplicateKey, E> {
        Ok(DuplicateKey(None))
    }
    fn visit_str<E>(self, _: &str) -> Result<DuplicateKey, E> {
        Ok(DuplicateKey(None))
    }
    fn visit_unit<E>(self) -> Result<DuplicateKey, E> {
        Ok(DuplicateKey(None))
    }
}

/// Three-way merge: `theirs` (what storage holds now) with every change `ours` made since
/// `base` (what both started from) applied on top. Changes are taken per item response, per
/// assessment field and per preference, so two tabs answering different items both keep their
/// answers; where both changed the same thing, `ours` wins, as the later edit.
pub fn merge(base: &Document, ours: &Document, theirs: &Document) -> Document {
    let mut merged = theirs.clone();
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
        if our.organization != before.organization {
            target.organization = our.organization.clone();
        }
        let changed_followups: BTreeSet<&String> = our
            .followups
            .keys()
            .chain(before.followups.keys())
            .filter(|key| our.followups.get(*key) != before.followups.get(*key))
            .collect();
        for key in changed_followups {
            match our.followups.get(key) {
                Some(followup) => target.followups.insert(key.clone(), followup.clone()),
                None => target.followups.remove(key),
            };
        }
        merge_snapshots(&before.snapshots, &our.snapshots, &mut target.snapshots);
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
