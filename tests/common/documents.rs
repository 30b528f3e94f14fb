//! Saved documents: the committed fixtures (`tests/fixtures`), the ids and names of a
//! document's assessments, and the round trip every document `decode` accepts must make.

use cloud_self_check::domain::document::{Assessment, Document, decode, encode};

/// A committed fixture's text (`tests/fixtures/<name>`).
pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The ids of a document's assessments, in order.
pub fn ids(document: &Document) -> Vec<&str> {
    document
        .assessments()
        .iter()
        .map(|assessment| assessment.id.as_str())
        .collect()
}

/// The assessment with this id; panics when there is none. Found by walking the list, not with
/// `Document::assessment`, which the tests check on its own.
pub fn named<'a>(document: &'a Document, id: &str) -> &'a Assessment {
    document
        .assessments()
        .iter()
        .find(|assessment| assessment.id == id)
        .unwrap_or_else(|| panic!("no assessment {id}"))
}

/// Asserts that the document is one `decode` accepts, and that it comes back unchanged.
pub fn assert_round_trips(document: &Document) {
    assert_eq!(decode(&encode(document)), Ok(document.clone()));
}
