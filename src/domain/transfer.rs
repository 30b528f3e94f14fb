//! Export and import of the whole document as a JSON file: what a chosen file is (and, if it is
//! not usable, the one reason why), what importing it would change, and the change itself.
//! Export is [`document::encode`]; the file goes through the same [`document::decode`] as
//! storage, so a file is checked exactly as a stored document is, and nothing changes until the
//! user confirms the preview.

use std::collections::BTreeSet;

use super::document::{
    self, Assessment, DecodeError, Document, MAX_DOCUMENT_BYTES, Snapshot, fresh_id,
};

/// Why a chosen file cannot be imported. On screen, each says what is wrong, then what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_DOCUMENT_BYTES`]: refused before it is read.
    TooLarge { bytes: u64 },
    /// Empty.
    Empty,
    /// Not text at all (a spreadsheet, an image, a PDF, …).
    NotText,
    /// A CSV file, e.g. this app's own CSV export: it is for spreadsheets, not for import.
    Csv,
    /// Text, but not JSON.
    NotJson,
    /// JSON that ends too early: the file was cut off while copying or downloading.
    Truncated,
    /// JSON, but not a document of this app.
    NotOurs,
    /// A document of this app (it names a schema version this app wrote) that does not hold
    /// together: a field of the wrong type, an unknown field or answer, an id used twice, a
    /// date that is not a date, a text longer than its field allows, … Edited by hand, or
    /// damaged.
    Damaged,
    /// A document of a newer version of this app.
    Newer { version: u64 },
}

/// Reads a chosen file. `bytes` is the file's content and `size` what the browser says its size
/// is (checked first, so a huge file is never read).
pub fn read(size: u64, bytes: &[u8]) -> Result<Document, ImportError> {
    if size > MAX_DOCUMENT_BYTES as u64 || bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: size.max(bytes.len() as u64),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(ImportError::Empty);
    }
    if trimmed.contains('\0') {
        return Err(ImportError::NotText);
    }
    if !trimmed.starts_with(['{', '[']) {
        return Err(if looks_like_csv(trimmed) {
            ImportError::Csv
        } else {
            ImportError::NotJson
        });
    }
    let value = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(value) => value,
        Err(error) if error.is_eof() => return Err(ImportError::Truncated),
        // JSON nested deeper than any document of this app (serde_json stops at 128 levels).
        Err(error) if error.to_string().starts_with("recursion limit exceeded") => {
            return Err(ImportError::NotOurs);
        }
        Err(_) => return Err(ImportError::NotJson),
    };
    let claims_ours = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .is_some_and(|version| (1..=document::SCHEMA_VERSION).contains(&version));
    document::decode(text).map_err(|error| match error {
        DecodeError::TooLarge { bytes } => ImportError::TooLarge {
            bytes: bytes as u64,
        },
        DecodeError::NotJson => ImportError::NotJson,
        DecodeError::WrongShape(_) if claims_ours => ImportError::Damaged,
        DecodeError::WrongShape(_) => ImportError::NotOurs,
        DecodeError::UnsupportedVersion(version) if version > document::SCHEMA_VERSION => {
            ImportError::Newer { version }
        }
        // Version 0, or a version this app never wrote.
        DecodeError::UnsupportedVersion(_) => ImportError::NotOurs,
    })
}

/// Whether text reads as comma-separated values: its first line has a comma and the next
/// non-empty line as many fields, or it is a single line with commas.
fn looks_like_csv(text: &str) -> bool {
    let mut lines = text.lines().filter(|line| !line.trim().is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    let fields = first.matches(',').count();
    fields > 0
        && lines
            .next()
            .is_none_or(|line| line.matches(',').count() >= 1)
}

/// How an imported document joins the one in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// The file's assessments are added; one that is the same assessment as one here (same id,
    /// same creation time) has the file's answers and entries laid over it.
    Merge,
    /// The file's document takes the place of everything here.
    Replace,
}

/// What importing would do to one assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The file's assessment is added, with this many items answered.
    Added { name: String, answered: usize },
    /// The file's assessment is laid over the same one here: this many items change.
    Updated { name: String, changed: usize },
    /// The assessment here is removed (replace only).
    Removed { name: String, answered: usize },
    /// Nothing would change.
    Unchanged { name: String },
}

/// What importing `incoming` would change, assessment by assessment: the file's assessments in
/// file order, then (for replace) those here that would go.
pub fn preview(current: &Document, incoming: &Document, mode: ImportMode) -> Vec<Change> {
    let answered = |assessment: &Assessment| {
        assessment
            .answers
            .iter()
            .filter(|(_, response)| response.answer.is_some())
            .count()
    };
    let mut changes = Vec::new();
    for theirs in incoming.assessments() {
        let name = theirs.name.clone();
        let same = current
            .assessments()
            .iter()
            .find(|ours| ours.is_same(theirs));
        let change = match (mode, same) {
            (ImportMode::Merge, Some(ours)) => {
                let changed = changed_items(ours, &overlay(ours, theirs));
                if overlay(ours, theirs) == *ours {
                    Change::Unchanged { name }
                } else {
                    Change::Updated { name, changed }
                }
            }
            (ImportMode::Replace, Some(ours)) if ours == theirs => Change::Unchanged { name },
            (ImportMode::Replace, Some(ours)) => Change::Updated {
                name,
                changed: changed_items(ours, theirs),
            },
            (_, None) => Change::Added {
                name,
                answered: answered(theirs),
            },
        };
        changes.push(change);
    }
    if mode == ImportMode::Replace {
        for ours in current.assessments() {
            if !incoming
                .assessments()
                .iter()
                .any(|theirs| theirs.is_same(ours))
            {
                changes.push(Change::Removed {
                    name: ours.name.clone(),
                    answered: answered(ours),
                });
            }
        }
    }
    changes
}

/// The document after importing `incoming`. `entropy` makes fresh ids for file assessments
/// whose id is taken here by a different assessment.
///
/// Into a browser that holds only an untouched assessment ([`Document::is_untouched`]: a new
/// browser, or one whose data was just cleared) a merge gives the file as it is, with the
/// assessment it had in use in use: that is restoring a backup, and the empty assessment,
/// which holds nothing to lose, would otherwise stay in use beside it.
pub fn apply(current: &Document, incoming: &Document, mode: ImportMode, entropy: u64) -> Document {
    if mode == ImportMode::Replace || current.is_untouched() {
        return incoming.clone();
    }
    let mut merged = current.clone();
    let active = current.active_id().to_owned();
    for theirs in incoming.assessments() {
        let same = current
            .assessments()
            .iter()
            .find(|ours| ours.is_same(theirs));
        let (mut assessment, own) = match same {
            Some(ours) => (
                overlay(ours, theirs),
                ours.snapshots.iter().map(|s| s.id.clone()).collect(),
            ),
            None => {
                let mut added = theirs.clone();
                // Taken by an assessment or a snapshot: ids are unique across both.
                if merged.ids().contains(&added.id) {
                    added.id = merged.unused_id("a", entropy);
                }
                (added, BTreeSet::new())
            }
        };
        // Every id stays unique in the document (decode refuses one used twice): a snapshot
        // from the file whose id is taken elsewhere gets a fresh one.
        let mut taken: BTreeSet<String> = merged
            .assessments()
            .iter()
            .filter(|other| other.id != assessment.id)
            .flat_map(|other| {
                std::iter::once(other.id.clone())
                    .chain(other.snapshots.iter().map(|s| s.id.clone()))
            })
            .collect();
        taken.insert(assessment.id.clone());
        taken.extend(own.iter().cloned());
        for snapshot in &mut assessment.snapshots {
            if !own.contains(&snapshot.id) && taken.contains(&snapshot.id) {
                snapshot.id = fresh_id("s", entropy, &taken);
            }
            taken.insert(snapshot.id.clone());
        }
        merged.put(assessment);
    }
    merged.switch(&active);
    merged
}

/// `to` with every field `from` fills laid over it; a field `from` leaves empty keeps `to`'s.
fn fill(to: &mut String, from: &str) {
    if !from.is_empty() {
        *to = from.to_owned();
    }
}

/// `ours` with everything `theirs` records laid over it, field by field, so nothing written
/// here is lost to an empty field of the file: each item's answer, note, value, owner and due
/// date the file holds, each follow-up field, the names and choices it sets, and the snapshots
/// ours lacks. A map of another service model comes whole: its cells belong to its model.
fn overlay(ours: &Assessment, theirs: &Assessment) -> Assessment {
    let mut result = ours.clone();
    if !theirs.name.is_empty() {
        result.name = theirs.name.clone();
    }
    if !theirs.organization.is_empty() {
        result.organization = theirs.organization.clone();
    }
    if theirs.role.is_some() {
        result.role = theirs.role.clone();
    }
    if theirs.stage.is_some() {
        result.stage = theirs.stage.clone();
    }
    for (id, file) in theirs.answers.iter() {
        let mut response = result.answers.response(id).cloned().unwrap_or_default();
        if file.answer.is_some() {
            response.answer = file.answer;
        }
        fill(&mut response.note, &file.note);
        fill(&mut response.value, &file.value);
        fill(&mut response.owner, &file.owner);
        fill(&mut response.due, &file.due);
        result.answers.set_response(id, response);
    }
    let map = &theirs.responsibility;
    if map.model.is_some() && map.model != result.responsibility.model {
        result.responsibility = map.clone();
    } else {
        if map.pattern.is_some() {
            result.responsibility.pattern = map.pattern.clone();
            result.responsibility.virtual_network = map.virtual_network;
        }
        for (id, file) in &map.cells {
            let mut cell = result.responsibility.cell(id).cloned().unwrap_or_default();
            fill(&mut cell.setter, &file.setter);
            fill(&mut cell.manager, &file.manager);
            if file.manager_side.is_some() {
                cell.manager_side = file.manager_side;
            }
            cell.confirmed |= file.confirmed;
            result.responsibility.set_cell(id, cell);
        }
    }
    for (key, file) in &theirs.followups {
        let mut followup = result.followups.get(key).cloned().unwrap_or_default();
        fill(&mut followup.note, &file.note);
        fill(&mut followup.owner, &file.owner);
        fill(&mut followup.due, &file.due);
        result.followups.insert(key.clone(), followup);
    }
    for snapshot in &theirs.snapshots {
        // Ours may hold it under another id: the one it got when an import found its id taken.
        let held = result.snapshots.iter().any(|kept| {
            kept.id == snapshot.id
                || *kept
                    == Snapshot {
                        id: kept.id.clone(),
                        ..snapshot.clone()
                    }
        });
        if !held {
            result.snapshots.push(snapshot.clone());
        }
    }
    result
}

/// How many items differ between two versions of an assessment, by response.
fn changed_items(before: &Assessment, after: &Assessment) -> usize {
    let ids: BTreeSet<&str> = before
        .answers
        .iter()
        .chain(after.answers.iter())
        .map(|(id, _)| id)
        .collect();
    ids.into_iter()
        .filter(|id| before.answers.response(id) != after.answers.response(id))
        .count()
}
