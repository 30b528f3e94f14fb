//! The saved document codec: what is written comes back, and nothing else gets in.

use crate::common::{fixture, ids, named};
use cloud_self_check::domain::answers::{Answer, Answers};
use cloud_self_check::domain::content::{Scale, catalog};
use cloud_self_check::domain::document::{
    DecodeError, Document, MAX_DOCUMENT_BYTES, decode, decode_with_language, encode, merge,
};
use cloud_self_check::domain::scoring::{Progress, YesNoTally};
use cloud_self_check::domain::text::Lang;
use proptest::prelude::*;

const NOW: &str = "2026-11-24T10:00:00.000Z";

/// Ids of every item of the yes/no checklists.
fn yes_no_item_ids() -> Vec<String> {
    catalog()
        .checklists
        .iter()
        .filter(|checklist| checklist.scale == Scale::YesNo)
        .flat_map(|checklist| checklist.items)
        .map(|item| item.id.to_owned())
        .collect()
}

/// A schema-1 document written by hand, with one assessment "a1" holding `answers` (a JSON
/// object) and `active` as the active id.
fn hand_written(active: &str, answers: &str) -> String {
    format!(
        r#"{{
            "schema_version": 1,
            "language": "ja",
            "active": "{active}",
            "assessments": [
                {{"id": "a1", "name": "本社", "created_at": "{NOW}", "answers": {answers}}}
            ]
        }}"#
    )
}

fn is_wrong_shape(result: &Result<Document, DecodeError>) -> bool {
    matches!(result, Err(DecodeError::WrongShape(_)))
}

// ---------------------------------------------------------------------------------------------
// Round trip.

proptest! {
    #[test]
    fn encoded_documents_decode_to_themselves(
        answers in prop::collection::vec(
            (prop::sample::select(yes_no_item_ids()), any::<bool>()),
            0..24,
        ),
        organization in ".{0,12}",
    ) {
        let mut document = Document::new(NOW);
        for (id, yes) in &answers {
            document.set_answer(id, if *yes { Answer::Yes } else { Answer::No });
        }
        document.set_organization(&organization);
        let decoded = decode(&encode(&document));
        prop_assert_eq!(decoded, Ok(document));
    }

    #[test]
    fn decode_never_panics_on_arbitrary_text(raw in ".*") {
        prop_assert!(decode(&raw).is_err(), "{:?} decoded", raw);
    }

    #[test]
    fn decode_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let raw = String::from_utf8_lossy(&bytes);
        prop_assert!(decode(&raw).is_err(), "{:?} decoded", raw);
    }

    #[test]
    fn decode_never_panics_on_arbitrary_json(value in arbitrary_json()) {
        let raw = value.to_string();
        prop_assert!(decode(&raw).is_err(), "{} decoded", raw);
    }
}

/// JSON values that look a little like documents, to get past the parser. None can be a valid
/// document: there are no "name" or "created_at" keys, which every assessment needs.
fn arbitrary_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let key = prop::sample::select(vec![
        "schema_version",
        "language",
        "active",
        "assessments",
        "id",
        "answers",
        "pre-1.1",
        "x",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (0u64..4).prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop::sample::select(vec!["1", "ja", "en", "a1", "yes", "done", ""]).prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(key.clone().prop_map(str::to_owned), inner, 0..5)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

#[test]
fn a_new_document_round_trips() {
    let document = Document::new(NOW);
    assert_eq!(decode(&encode(&document)), Ok(document));
}

// ---------------------------------------------------------------------------------------------
// What decode refuses, and why.

#[test]
fn truncated_json_is_not_json() {
    assert_eq!(decode("{"), Err(DecodeError::NotJson));
    assert_eq!(decode(""), Err(DecodeError::NotJson));
    let document = encode(&Document::new(NOW));
    let truncated = &document[..document.len() - 1];
    assert_eq!(decode(truncated), Err(DecodeError::NotJson));
}

#[test]
fn json_that_is_not_a_document_is_wrong_shape() {
    for raw in [
        "[]",
        "{}",
        "null",
        "3",
        r#""a string""#,
        r#"{"schema_version":"1"}"#,
        r#"{"schema_version":1.5}"#,
        r#"{"schema_version":-1}"#,
        r#"{"schema_version":1}"#,
    ] {
        let result = decode(raw);
        assert!(is_wrong_shape(&result), "{raw} gave {result:?}");
    }
}

#[test]
fn newer_schema_version_is_unsupported() {
    let next = SCHEMA_VERSION + 1;
    let raw =
        format!(r#"{{"schema_version":{next},"language":"ja","active":"a1","assessments":[]}}"#);
    assert_eq!(decode(&raw), Err(DecodeError::UnsupportedVersion(next)));
}

#[test]
fn schema_version_zero_is_unsupported() {
    let raw = hand_written("a1", "{}").replace(r#""schema_version": 1"#, r#""schema_version": 0"#);
    assert!(raw.contains(r#""schema_version": 0"#));
    assert_eq!(decode(&raw), Err(DecodeError::UnsupportedVersion(0)));
}

#[test]
fn hand_written_document_decodes() {
    // The baseline for the refusals below: they differ from this only in what they test.
    let decoded = decode(&hand_written("a1", r#"{"pre-1.1":{"answer":"no"}}"#))
        .expect("the hand-written document decodes");
    assert_eq!(decoded.answers().get("pre-1.1"), Some(&Answer::No));
    assert_eq!(decoded.active().name, "本社");
}

#[test]
fn active_assessment_that_does_not_exist_is_wrong_shape() {
    let result = decode(&hand_written("a2", "{}"));
    assert!(is_wrong_shape(&result), "{result:?}");
}

#[test]
fn document_without_assessments_is_wrong_shape() {
    let raw = r#"{"schema_version":1,"language":"ja","active":"a1","assessments":[]}"#;
    let result = decode(raw);
    assert!(is_wrong_shape(&result), "{result:?}");
}

#[test]
fn duplicate_assessment_ids_are_wrong_shape() {
    let one = format!(r#"{{"id":"a1","name":"","created_at":"{NOW}","answers":{{}}}}"#);
    let raw = format!(
        r#"{{"schema_version":1,"language":"ja","active":"a1","assessments":[{one},{one}]}}"#
    );
    let result = decode(&raw);
    assert!(is_wrong_shape(&result), "{result:?}");
}

#[test]
fn answer_that_does_not_fit_the_item_scale_is_kept_but_not_scored() {
    // A content change to an item's scale must not make everyone's document unreadable.
    for (item_id, answers, answer) in [
        ("pre-1.1", r#"{"pre-1.1":{"answer":"done"}}"#, Answer::Done),
        (
            "pre-1.8",
            r#"{"pre-1.8":{"answer":"not_applicable"}}"#,
            Answer::NotApplicable,
        ),
        (
            "mig-4.9",
            r#"{"mig-4.9":{"answer":"partly"}}"#,
            Answer::Partly,
        ),
    ] {
        let decoded =
            decode(&hand_written("a1", answers)).unwrap_or_else(|e| panic!("{answers}: {e}"));
        assert_eq!(decoded.answers().get(item_id), Some(&answer));
        let pre = catalog().checklist("pre").expect("pre");
        let mig = catalog().checklist("mig").expect("mig");
        for checklist in [pre, mig] {
            assert_eq!(
                Progress::of(checklist, decoded.answers()).answered,
                0,
                "{answers}"
            );
            let tally = YesNoTally::of(checklist, decoded.answers());
            assert_eq!((tally.yes, tally.no), (0, 0), "{answers}");
        }
    }
}

#[test]
fn unknown_answer_token_is_wrong_shape() {
    for answers in [
        r#"{"pre-1.1":{"answer":"maybe"}}"#,
        r#"{"zzz-9.9":{"answer":"maybe"}}"#,
        r#"{"pre-1.1":{"answer":"Yes"}}"#,
        r#"{"pre-1.1":{"answer":true}}"#,
    ] {
        let result = decode(&hand_written("a1", answers));
        assert!(is_wrong_shape(&result), "{answers} gave {result:?}");
    }
}

#[test]
fn unknown_language_is_wrong_shape() {
    let raw = hand_written("a1", "{}").replace(r#""language": "ja""#, r#""language": "fr""#);
    assert!(raw.contains(r#""fr""#));
    let result = decode(&raw);
    assert!(is_wrong_shape(&result), "{result:?}");
}

#[test]
fn document_over_the_size_limit_is_too_large() {
    let mut raw = encode(&Document::new(NOW));
    raw.push_str(&" ".repeat(MAX_DOCUMENT_BYTES + 1 - raw.len()));
    assert_eq!(raw.len(), MAX_DOCUMENT_BYTES + 1);
    assert_eq!(
        decode(&raw),
        Err(DecodeError::TooLarge {
            bytes: MAX_DOCUMENT_BYTES + 1
        })
    );
}

#[test]
fn document_at_the_size_limit_is_read() {
    let document = Document::new(NOW);
    let mut raw = encode(&document);
    raw.push_str(&" ".repeat(MAX_DOCUMENT_BYTES - raw.len()));
    assert_eq!(raw.len(), MAX_DOCUMENT_BYTES);
    assert_eq!(decode(&raw), Ok(document));
}

// ---------------------------------------------------------------------------------------------
// Forward compatibility and the stored format.

#[test]
fn answers_to_unknown_items_survive_decode_and_encode() {
    let raw = hand_written(
        "a1",
        r#"{"pre-1.1":{"answer":"yes"},"zzz-9.9":{"answer":"yes"},"cov-1.1":{"answer":"not_applicable"}}"#,
    );
    let decoded = decode(&raw).expect("unknown items do not make a document unreadable");
    let expected: Answers = [
        ("pre-1.1", Answer::Yes),
        ("zzz-9.9", Answer::Yes),
        ("cov-1.1", Answer::NotApplicable),
    ]
    .into_iter()
    .map(|(id, answer)| (id.to_owned(), answer))
    .collect();
    assert_eq!(decoded.answers(), &expected);

    let again = decode(&encode(&decoded)).expect("re-encoded document decodes");
    assert_eq!(again.answers(), &expected);
    assert_eq!(again, decoded);
}

#[test]
fn committed_v1_document_still_decodes() {
    let raw = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/document-v1.json"
    ))
    .expect("tests/fixtures/document-v1.json");
    let (document, language) = decode_with_language(&raw).unwrap_or_else(|error| panic!("{error}"));

    assert_eq!(language, Some(Lang::En));
    assert_eq!(document.assessments().len(), 1);
    let active = document.active();
    assert_eq!(active.id, "a1");
    assert_eq!(active.name, "Head office");
    assert_eq!(active.created_at, "2025-04-01T09:30:00.000Z");
    let expected: Answers = [
        ("pre-1.1", Answer::Yes),
        ("pre-1.2", Answer::No),
        ("pre-1.7", Answer::Yes),
        ("mig-4.1", Answer::Yes),
        ("mig-4.8", Answer::No),
    ]
    .into_iter()
    .map(|(id, answer)| (id.to_owned(), answer))
    .collect();
    for (id, answer) in expected.iter() {
        assert_eq!(document.answers().get(id), answer.answer.as_ref(), "{id}");
    }
    assert_eq!(
        document
            .answers()
            .response("mig-4.8")
            .map(|r| r.note.as_str()),
        Some("VPN only from the head office; 支店は未定")
    );
    assert_eq!(decode(&encode(&document)), Ok(document));
}

#[test]
fn every_answer_is_stored_under_its_own_token() {
    // The stored spelling of every answer, written by hand: changing one breaks saved documents.
    let stored = [
        ("x-1", "yes", Answer::Yes),
        ("x-2", "no", Answer::No),
        ("x-3", "done", Answer::Done),
        ("x-4", "partly", Answer::Partly),
        ("x-5", "not_done", Answer::NotDone),
        ("x-6", "not_applicable", Answer::NotApplicable),
    ];
    let json: serde_json::Map<String, serde_json::Value> = stored
        .iter()
        .map(|(id, token, _)| ((*id).to_owned(), serde_json::json!({ "answer": token })))
        .collect();
    let expected: Answers = stored
        .iter()
        .map(|(id, _, answer)| ((*id).to_owned(), *answer))
        .collect();

    let raw = hand_written("a1", &serde_json::Value::Object(json.clone()).to_string());
    let decoded = decode(&raw).expect("hand-written tokens decode");
    assert_eq!(decoded.answers(), &expected);

    let mut document = Document::new(NOW);
    for (id, _, answer) in &stored {
        document.set_answer(id, *answer);
    }
    let written: serde_json::Value = serde_json::from_str(&encode(&document)).expect("JSON");
    assert_eq!(
        written["assessments"][0]["answers"],
        serde_json::Value::Object(json)
    );
}

// ---------------------------------------------------------------------------------------------
// Merging two edits of one document (two tabs).

/// A document with the given answers on the yes/no items, by index into `yes_no_item_ids()`.
fn with_answers(base: &Document, answers: &[(usize, bool)]) -> Document {
    let ids = yes_no_item_ids();
    let mut document = base.clone();
    for &(index, yes) in answers {
        let answer = if yes { Answer::Yes } else { Answer::No };
        document.set_answer(&ids[index % ids.len()], answer);
    }
    document
}

fn answer_edits() -> impl Strategy<Value = Vec<(usize, bool)>> {
    prop::collection::vec((0usize..17, any::<bool>()), 0..10)
}

proptest! {
    #[test]
    fn merging_with_an_untouched_side_gives_the_other_side(
        start in answer_edits(), edits in answer_edits(), organization in ".{0,8}"
    ) {
        let base = with_answers(&Document::new(NOW), &start);
        let mut changed = with_answers(&base, &edits);
        changed.set_organization(&organization);
        prop_assert_eq!(merge(&base, &changed, &base), changed.clone());
        prop_assert_eq!(merge(&base, &base, &changed), changed);
    }

    #[test]
    fn answers_given_in_two_tabs_on_different_items_are_all_kept(
        start in answer_edits(), ours_edits in answer_edits(), theirs_edits in answer_edits()
    ) {
        let base = with_answers(&Document::new(NOW), &start);
        let ours = with_answers(&base, &ours_edits);
        let theirs = with_answers(&base, &theirs_edits);
        let merged = merge(&base, &ours, &theirs);
        for id in yes_no_item_ids() {
            let expected = if ours.answers().get(&id) != base.answers().get(&id) {
                ours.answers().get(&id)
            } else {
                theirs.answers().get(&id)
            };
            prop_assert_eq!(merged.answers().get(&id), expected, "{}", id);
        }
    }
}

#[test]
fn where_both_tabs_changed_one_item_the_later_edit_wins() {
    let base = Document::new(NOW);
    let mut ours = base.clone();
    ours.set_answer("pre-1.1", Answer::No);
    let mut theirs = base.clone();
    theirs.set_answer("pre-1.1", Answer::Yes);
    theirs.set_answer("pre-1.2", Answer::Yes);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.answers().get("pre-1.1"), Some(&Answer::No));
    assert_eq!(merged.answers().get("pre-1.2"), Some(&Answer::Yes));
}

// ---------------------------------------------------------------------------------------------
// The active assessment, the size limit and the error texts.

#[test]
fn the_active_assessment_is_the_one_named_not_the_first() {
    let raw = format!(
        r#"{{
            "schema_version": 1, "language": "ja", "active": "a2",
            "assessments": [
                {{"id": "a1", "name": "本社", "created_at": "{NOW}",
                  "answers": {{"pre-1.1": {{"answer": "yes"}}}}}},
                {{"id": "a2", "name": "支所", "created_at": "{NOW}",
                  "answers": {{"pre-1.1": {{"answer": "no"}}}}}}
            ]
        }}"#
    );
    let mut document = decode(&raw).expect("two assessments decode");
    assert_eq!(document.active().id, "a2");
    assert_eq!(document.answers().get("pre-1.1"), Some(&Answer::No));
    document.set_answer("pre-1.2", Answer::Yes);
    assert_eq!(
        document.assessments()[1].answers.get("pre-1.2"),
        Some(&Answer::Yes)
    );
    assert_eq!(document.assessments()[0].answers.get("pre-1.2"), None);
}

#[test]
fn the_size_limit_is_five_mebibytes() {
    // localStorage holds about 5 MB per origin; the limit is documented as 5 MiB.
    assert_eq!(MAX_DOCUMENT_BYTES, 5_242_880);
}

#[test]
fn decode_errors_say_what_is_wrong() {
    let texts = [
        (
            DecodeError::TooLarge { bytes: 7 },
            "document too large (7 bytes)",
        ),
        (DecodeError::NotJson, "not JSON"),
        (
            DecodeError::WrongShape("no schema_version".into()),
            "not a cloud self-check document: no schema_version",
        ),
        (
            DecodeError::UnsupportedVersion(9),
            "unsupported schema version 9",
        ),
    ];
    for (error, text) in texts {
        assert_eq!(error.to_string(), text);
    }
}

// ---------------------------------------------------------------------------------------------
// Merging two tabs' edits of several assessments: created, renamed, deleted, made active.

/// A document with the given active id and assessments (id, name, answers as a JSON object).
fn several(active: &str, assessments: &[(&str, &str, &str)]) -> Document {
    let list: Vec<String> = assessments
        .iter()
        .map(|(id, name, answers)| {
            format!(
                r#"{{"id": "{id}", "name": "{name}", "created_at": "{NOW}", "answers": {answers}}}"#
            )
        })
        .collect();
    let raw = format!(
        r#"{{"schema_version": 1, "language": "ja", "active": "{active}", "assessments": [{}]}}"#,
        list.join(",")
    );
    decode(&raw).unwrap_or_else(|error| panic!("{error}: {raw}"))
}

const YES_1_1: &str = r#"{"pre-1.1": {"answer": "yes"}}"#;
const NO_1_2: &str = r#"{"pre-1.2": {"answer": "no"}}"#;

#[test]
fn an_assessment_created_in_one_tab_is_added_to_the_others() {
    let base = several("a1", &[("a1", "本社", "{}")]);
    let ours = several("a1", &[("a1", "本社", "{}"), ("a2", "支所", NO_1_2)]);
    let theirs = several("a1", &[("a1", "本社", YES_1_1)]);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(ids(&merged), ["a1", "a2"]);
    assert_eq!(
        named(&merged, "a1").answers.get("pre-1.1"),
        Some(&Answer::Yes)
    );
    assert_eq!(
        named(&merged, "a2").answers.get("pre-1.2"),
        Some(&Answer::No)
    );
}

#[test]
fn an_assessment_created_in_both_tabs_under_one_id_is_not_doubled() {
    let base = several("a1", &[("a1", "本社", "{}")]);
    let ours = several("a1", &[("a1", "本社", "{}"), ("a2", "ours", "{}")]);
    let theirs = several("a1", &[("a1", "本社", "{}"), ("a2", "theirs", YES_1_1)]);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(ids(&merged), ["a1", "a2"]);
    assert_eq!(named(&merged, "a2").name, "theirs");
}

#[test]
fn a_rename_in_either_tab_is_kept_with_the_other_tabs_answers() {
    let base = several("a1", &[("a1", "本社", "{}")]);
    let renamed = several("a1", &[("a1", "支社", "{}")]);
    let answered = several("a1", &[("a1", "本社", YES_1_1)]);
    let merged = merge(&base, &renamed, &answered);
    assert_eq!(named(&merged, "a1").name, "支社");
    assert_eq!(
        named(&merged, "a1").answers.get("pre-1.1"),
        Some(&Answer::Yes)
    );
    // Their rename survives our answer.
    let merged = merge(&base, &answered, &renamed);
    assert_eq!(named(&merged, "a1").name, "支社");
    assert_eq!(
        named(&merged, "a1").answers.get("pre-1.1"),
        Some(&Answer::Yes)
    );
}

#[test]
fn a_deletion_is_kept_unless_the_other_tab_changed_that_assessment() {
    let base = several("a1", &[("a1", "本社", "{}"), ("a2", "支所", "{}")]);
    let deleted = several("a1", &[("a1", "本社", "{}")]);
    // Untouched in the other tab: gone.
    let merged = merge(&base, &deleted, &base);
    assert_eq!(ids(&merged), ["a1"]);
    // Answered in the other tab meanwhile: kept, with that answer.
    let changed = several("a1", &[("a1", "本社", "{}"), ("a2", "支所", YES_1_1)]);
    let merged = merge(&base, &deleted, &changed);
    assert_eq!(ids(&merged), ["a1", "a2"]);
    assert_eq!(
        named(&merged, "a2").answers.get("pre-1.1"),
        Some(&Answer::Yes)
    );
    // Deleted in the other tab, untouched here: stays deleted.
    let merged = merge(&base, &base, &deleted);
    assert_eq!(ids(&merged), ["a1"]);
    // Deleted there, changed here: ours comes back with our answer.
    let ours = several("a1", &[("a1", "本社", "{}"), ("a2", "支所", NO_1_2)]);
    let merged = merge(&base, &ours, &deleted);
    assert_eq!(ids(&merged), ["a1", "a2"]);
    assert_eq!(
        named(&merged, "a2").answers.get("pre-1.2"),
        Some(&Answer::No)
    );
}

#[test]
fn the_active_assessment_follows_the_tab_that_switched() {
    let base = several("a1", &[("a1", "本社", "{}"), ("a2", "支所", "{}")]);
    let switched = several("a2", &[("a1", "本社", "{}"), ("a2", "支所", "{}")]);
    assert_eq!(merge(&base, &switched, &base).active().id, "a2");
    // Switched in the other tab, not here: theirs stands.
    assert_eq!(merge(&base, &base, &switched).active().id, "a2");
    // The active one deleted in the other tab: the first that is left.
    let only_a1 = several("a1", &[("a1", "本社", "{}")]);
    let merged = merge(&base, &switched, &only_a1);
    assert!(ids(&merged).contains(&merged.active().id.as_str()));
    let deleted_active = merge(
        &switched,
        &switched,
        &several("a1", &[("a1", "本社", "{}")]),
    );
    assert_eq!(deleted_active.active().id, "a1");
}

#[test]
fn an_assessment_replaced_in_one_tab_is_gone_from_the_merge() {
    // The only assessment deleted here and a new one created: the old one must not return.
    let base = several("a1", &[("a1", "本社", "{}")]);
    let ours = several("a2", &[("a2", "支所", "{}")]);
    let merged = merge(&base, &ours, &base);
    assert_eq!(ids(&merged), ["a2"]);
    assert_eq!(merged.active().id, "a2");
}

#[test]
fn an_active_assessment_deleted_elsewhere_falls_back_to_the_first_of_several() {
    let base = several(
        "a1",
        &[
            ("a1", "本社", "{}"),
            ("a2", "支所", "{}"),
            ("a3", "工場", "{}"),
        ],
    );
    let ours = several(
        "a3",
        &[
            ("a1", "本社", "{}"),
            ("a2", "支所", "{}"),
            ("a3", "工場", "{}"),
        ],
    );
    let theirs = several("a1", &[("a1", "本社", "{}"), ("a2", "支所", "{}")]);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(ids(&merged), ["a1", "a2"]);
    assert_eq!(merged.active().id, "a1");
    let encoded = encode(&merged);
    assert!(decode(&encoded).is_ok(), "the merge is a valid document");
}

// ---------------------------------------------------------------------------------------------
// Schema 2: the responsibility map of each assessment, the 1 → 2 migration, and merging maps.

use cloud_self_check::domain::answers::ItemResponse;
use cloud_self_check::domain::document::{Assessment, SCHEMA_VERSION};
use cloud_self_check::domain::responsibility::{CellEdit, CellRecord, ManagerSide, MapRecord};

fn response(answer: Option<Answer>, note: &str) -> ItemResponse {
    ItemResponse {
        answer,
        note: note.to_owned(),
        ..ItemResponse::default()
    }
}

fn responses(entries: &[(&str, Option<Answer>, &str)]) -> Answers {
    let mut answers = Answers::new();
    for (id, answer, note) in entries {
        answers.set_response(*id, response(*answer, note));
    }
    answers
}

fn as_json(document: &Document) -> serde_json::Value {
    serde_json::from_str(&encode(document)).expect("encode writes JSON")
}

#[test]
fn the_current_schema_is_3() {
    assert_eq!(SCHEMA_VERSION, 3);
    assert_eq!(as_json(&Document::new(NOW))["schema_version"], 3);
}

#[test]
fn a_schema_1_document_migrates_with_every_answer_name_and_choice_kept() {
    let raw = fixture("schema-1.json");
    let stored: serde_json::Value = serde_json::from_str(&raw).expect("the fixture is JSON");
    assert_eq!(
        stored["schema_version"], 1,
        "the fixture is a schema-1 document"
    );
    assert!(!raw.contains("responsibility"));

    let (document, language) = decode_with_language(&raw).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(
        language,
        Some(Lang::En),
        "the language goes to the preference"
    );
    assert_eq!(document.active().id, "a2");
    assert_eq!(document.answers(), &document.assessments()[1].answers);

    let expected = [
        (
            "a1",
            "本社 (head office)",
            "2025-04-01T09:30:00.000Z",
            responses(&[
                ("pre-1.1", Some(Answer::Yes), ""),
                ("pre-1.2", Some(Answer::No), "情報システム課で検討中"),
                ("pre-1.5", Some(Answer::Yes), ""),
                ("mig-4.1", Some(Answer::Yes), ""),
                (
                    "mig-4.3",
                    Some(Answer::No),
                    "Backups are still taken by hand",
                ),
            ]),
        ),
        (
            "a2",
            "Branch office: 大阪支所",
            "2025-06-15T14:05:12.345Z",
            responses(&[
                ("pre-1.1", Some(Answer::No), ""),
                (
                    "pre-1.4",
                    Some(Answer::Yes),
                    "Contract signed 2025-05; SLA 99.9 %",
                ),
                ("pre-1.8", None, "要確認：委託先との責任分界"),
                ("mig-4.2", Some(Answer::Yes), ""),
                (
                    "mig-4.9",
                    Some(Answer::No),
                    "\"quoted\" <b>not markup</b> & more",
                ),
            ]),
        ),
    ];
    assert_eq!(document.assessments().len(), expected.len());
    for (assessment, (id, name, created_at, answers)) in document.assessments().iter().zip(expected)
    {
        assert_eq!(assessment.id, id);
        assert_eq!(assessment.name, name, "{id}");
        assert_eq!(assessment.created_at, created_at, "{id}");
        assert_eq!(assessment.answers, answers, "{id}");
        assert_eq!(assessment.responsibility, MapRecord::default(), "{id}");
        assert!(assessment.responsibility.is_empty(), "{id}");
    }
    assert_eq!(document.responsibility(), &MapRecord::default());

    // Written back, it is a current document; an empty map is not written at all.
    let written = as_json(&document);
    assert_eq!(written["schema_version"], SCHEMA_VERSION);
    for assessment in written["assessments"].as_array().expect("assessments") {
        assert!(assessment.get("responsibility").is_none(), "{assessment}");
    }
    assert_eq!(decode(&encode(&document)), Ok(document));
}

#[test]
fn a_schema_1_document_may_not_hold_unknown_fields_after_migration_either() {
    let raw = hand_written("a1", "{}").replace(
        r#""answers": {}"#,
        r#""answers": {}, "responsibility": {"model": "saas", "colour": "red"}"#,
    );
    assert!(raw.contains("colour"));
    let result = decode(&raw);
    assert!(is_wrong_shape(&result), "{result:?}");
}

#[test]
fn a_schema_version_newer_than_this_build_is_unsupported() {
    let newer = SCHEMA_VERSION + 1;
    let raw = hand_written("a1", "{}").replace(
        r#""schema_version": 1"#,
        &format!(r#""schema_version": {newer}"#),
    );
    assert!(raw.contains(&format!(r#""schema_version": {newer}"#)));
    assert_eq!(decode(&raw), Err(DecodeError::UnsupportedVersion(newer)));
    // The current version itself is read, and checked like any other.
    let current = r#"{"schema_version":3,"active":"a1","assessments":[]}"#;
    let result = decode(current);
    assert!(is_wrong_shape(&result), "{result:?}");
}

/// A map with a choice, and a record on each side, as the map view would make it.
fn a_full_map() -> MapRecord {
    let mut map = MapRecord {
        model: Some("iaas".to_owned()),
        pattern: Some("sier".to_owned()),
        virtual_network: true,
        ..MapRecord::default()
    };
    map.edit(
        "user:os",
        CellEdit::Setter("SIer 佐藤（株式会社サンプル）".to_owned()),
    );
    map.edit(
        "user:os",
        CellEdit::Manager("情報システム課　山田".to_owned()),
    );
    map.edit("user:os", CellEdit::ManagerSide(Some(ManagerSide::Own)));
    map.edit("user:os", CellEdit::Confirmed(true));
    map.edit("user:network", CellEdit::Manager("<script>".to_owned()));
    map.edit(
        "user:network",
        CellEdit::ManagerSide(Some(ManagerSide::Outside)),
    );
    map.edit("provider:virtual", CellEdit::Confirmed(true));
    map
}

#[test]
fn a_responsibility_map_round_trips_exactly() {
    let mut document = Document::new(NOW);
    document.set_answer("pre-1.1", Answer::Yes);
    document.set_responsibility(a_full_map());
    assert_eq!(document.responsibility(), &a_full_map());
    let decoded = decode(&encode(&document)).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(decoded.responsibility(), &a_full_map());
    assert_eq!(decoded, document);
    // A map with only a choice survives too.
    let mut document = Document::new(NOW);
    let choice_only = MapRecord {
        model: Some("saas".to_owned()),
        ..MapRecord::default()
    };
    document.set_responsibility(choice_only.clone());
    let decoded = decode(&encode(&document)).expect("decodes");
    assert_eq!(decoded.responsibility(), &choice_only);
}

#[test]
fn a_responsibility_map_is_stored_in_this_form() {
    // Written by hand: changing a key or a token breaks saved documents.
    let stored = serde_json::json!({
        "schema_version": 3,
        "active": "a1",
        "assessments": [
            {
                "id": "a1", "name": "本社", "created_at": NOW, "answers": {},
                "responsibility": {
                    "model": "iaas",
                    "pattern": "sier",
                    "virtual_network": true,
                    "cells": {
                        "provider:virtual": {"confirmed": true},
                        "user:network": {"manager": "<script>", "manager_side": "outside"},
                        "user:os": {
                            "setter": "SIer 佐藤（株式会社サンプル）",
                            "manager": "情報システム課　山田",
                            "manager_side": "own",
                            "confirmed": true
                        }
                    }
                }
            },
            {
                "id": "a2", "name": "", "created_at": NOW, "answers": {},
                "responsibility": {"model": "saas"}
            },
            {"id": "a3", "name": "", "created_at": NOW, "answers": {}}
        ]
    });
    let document = decode(&stored.to_string()).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(document.assessments()[0].responsibility, a_full_map());
    assert_eq!(
        document.assessments()[1].responsibility,
        MapRecord {
            model: Some("saas".to_owned()),
            ..MapRecord::default()
        }
    );
    assert!(document.assessments()[2].responsibility.is_empty());
    assert_eq!(as_json(&document), stored);
}

#[test]
fn a_responsibility_map_that_is_not_ours_is_wrong_shape() {
    for map in [
        r#"{"model": "saas", "owner": "x"}"#,
        r#"{"cells": {"user:os": {"setter": "x", "phone": "0"}}}"#,
        r#"{"cells": {"user:os": {"manager_side": "theirs"}}}"#,
        r#"{"cells": {"user:os": {"confirmed": "yes"}}}"#,
        r#"{"virtual_network": 1}"#,
        r#"{"model": 3}"#,
        r#""saas""#,
    ] {
        let raw = format!(
            r#"{{"schema_version":2,"language":"ja","active":"a1","assessments":[
                {{"id":"a1","name":"","created_at":"{NOW}","answers":{{}},"responsibility":{map}}}]}}"#
        );
        let result = decode(&raw);
        assert!(is_wrong_shape(&result), "{map} gave {result:?}");
    }
}

#[test]
fn map_edits_go_to_the_active_assessment() {
    let mut document = several("a2", &[("a1", "本社", "{}"), ("a2", "支所", "{}")]);
    document.edit_cell("user:os", CellEdit::Setter("佐藤".to_owned()));
    document.edit_cell("user:os", CellEdit::Confirmed(true));
    let expected = CellRecord {
        setter: "佐藤".to_owned(),
        confirmed: true,
        ..CellRecord::default()
    };
    assert_eq!(document.responsibility().cell("user:os"), Some(&expected));
    assert_eq!(
        named(&document, "a2").responsibility.cell("user:os"),
        Some(&expected)
    );
    assert!(named(&document, "a1").responsibility.is_empty());

    document.set_responsibility(a_full_map());
    assert_eq!(named(&document, "a2").responsibility, a_full_map());
    assert_eq!(document.responsibility(), &a_full_map());
    assert!(named(&document, "a1").responsibility.is_empty());
    // Answers are untouched by map edits.
    assert!(document.answers().is_empty());
}

/// `document` with the map of assessment `id` changed by `change`, whether or not it is active.
fn with_map(document: &Document, id: &str, change: impl FnOnce(&mut MapRecord)) -> Document {
    let mut json = as_json(document);
    let assessments = json["assessments"].as_array_mut().expect("assessments");
    let slot = assessments
        .iter_mut()
        .find(|assessment| assessment["id"] == id)
        .unwrap_or_else(|| panic!("no assessment {id}"));
    let mut assessment: Assessment = serde_json::from_value(slot.clone()).expect("assessment");
    change(&mut assessment.responsibility);
    *slot = serde_json::to_value(&assessment).expect("JSON");
    decode(&json.to_string()).unwrap_or_else(|error| panic!("{error}"))
}

fn setter(name: &str) -> CellEdit {
    CellEdit::Setter(name.to_owned())
}

fn manager(name: &str) -> CellEdit {
    CellEdit::Manager(name.to_owned())
}

/// Two assessments, "a1" active, both with an IaaS map and a setter for the data cell.
fn two_maps() -> Document {
    let base = several("a1", &[("a1", "本社", "{}"), ("a2", "支所", YES_1_1)]);
    let base = with_map(&base, "a1", |map| {
        *map = MapRecord {
            model: Some("iaas".to_owned()),
            pattern: Some("direct".to_owned()),
            ..MapRecord::default()
        };
        map.edit("user:data", setter("基本 a1"));
    });
    with_map(&base, "a2", |map| {
        *map = MapRecord {
            model: Some("iaas".to_owned()),
            pattern: Some("direct".to_owned()),
            ..MapRecord::default()
        };
        map.edit("user:data", setter("基本 a2"));
    })
}

fn cell_of<'a>(document: &'a Document, id: &str, cell: &str) -> Option<&'a CellRecord> {
    named(document, id).responsibility.cell(cell)
}

fn setter_of(document: &Document, id: &str, cell: &str) -> Option<String> {
    cell_of(document, id, cell).map(|record| record.setter.clone())
}

fn manager_of(document: &Document, id: &str, cell: &str) -> Option<String> {
    cell_of(document, id, cell).map(|record| record.manager.clone())
}

#[test]
fn role_entries_made_in_two_tabs_on_different_cells_are_both_kept() {
    for id in ["a1", "a2"] {
        let base = two_maps();
        let ours = with_map(&base, id, |map| map.edit("user:data", setter("ours")));
        let theirs = with_map(&base, id, |map| map.edit("user:os", manager("theirs")));
        for merged in [merge(&base, &ours, &theirs), merge(&base, &theirs, &ours)] {
            assert_eq!(setter_of(&merged, id, "user:data").as_deref(), Some("ours"));
            assert_eq!(
                manager_of(&merged, id, "user:os").as_deref(),
                Some("theirs"),
                "{id}"
            );
            // The other assessment is untouched.
            let other = if id == "a1" { "a2" } else { "a1" };
            assert_eq!(named(&merged, other), named(&base, other));
            assert_eq!(ids(&merged), ["a1", "a2"]);
            assert_eq!(merged.active().id, "a1");
        }
    }
}

#[test]
fn where_both_tabs_edited_one_cell_ours_wins_field_by_cell() {
    for id in ["a1", "a2"] {
        let base = two_maps();
        let ours = with_map(&base, id, |map| map.edit("user:os", setter("ours")));
        let theirs = with_map(&base, id, |map| {
            map.edit("user:os", setter("theirs"));
            map.edit("user:os", manager("their manager"));
            map.edit("user:data", manager("their data manager"));
        });
        let merged = merge(&base, &ours, &theirs);
        // The cell is ours as a whole: their manager of it goes with their setter.
        assert_eq!(
            cell_of(&merged, id, "user:os"),
            cell_of(&ours, id, "user:os"),
            "{id}"
        );
        // A cell we did not touch keeps their edit.
        assert_eq!(
            manager_of(&merged, id, "user:data").as_deref(),
            Some("their data manager"),
            "{id}"
        );
        assert_eq!(
            setter_of(&merged, id, "user:data"),
            Some(format!("基本 {id}"))
        );
    }
}

#[test]
fn a_cell_cleared_in_our_tab_is_cleared() {
    for id in ["a1", "a2"] {
        let base = two_maps();
        let ours = with_map(&base, id, |map| map.edit("user:data", setter("")));
        assert_eq!(cell_of(&ours, id, "user:data"), None);
        let theirs = with_map(&base, id, |map| map.edit("user:os", setter("theirs")));
        let merged = merge(&base, &ours, &theirs);
        assert_eq!(cell_of(&merged, id, "user:data"), None, "{id}");
        assert_eq!(setter_of(&merged, id, "user:os").as_deref(), Some("theirs"));
        // Cleared there, untouched here: stays cleared.
        let merged = merge(&base, &theirs, &ours);
        assert_eq!(cell_of(&merged, id, "user:data"), None, "{id}");
        assert_eq!(setter_of(&merged, id, "user:os").as_deref(), Some("theirs"));
    }
}

#[test]
fn a_choice_changed_in_one_tab_is_kept_with_the_other_tabs_cell_edits() {
    for id in ["a1", "a2"] {
        let base = two_maps();
        let chosen = with_map(&base, id, |map| {
            map.model = Some("paas".to_owned());
            map.pattern = Some("sier".to_owned());
            map.virtual_network = true;
        });
        let edited = with_map(&base, id, |map| map.edit("user:os", manager("山田")));
        for merged in [
            merge(&base, &chosen, &edited),
            merge(&base, &edited, &chosen),
        ] {
            let map = &named(&merged, id).responsibility;
            assert_eq!(map.model.as_deref(), Some("paas"), "{id}");
            assert_eq!(map.pattern.as_deref(), Some("sier"), "{id}");
            assert!(map.virtual_network, "{id}");
            assert_eq!(manager_of(&merged, id, "user:os").as_deref(), Some("山田"));
            assert_eq!(
                setter_of(&merged, id, "user:data"),
                Some(format!("基本 {id}"))
            );
        }
    }
    // Each choice is merged on its own: the model in one tab, the pattern in the other.
    let base = two_maps();
    let model = with_map(&base, "a2", |map| map.model = Some("paas".to_owned()));
    let pattern = with_map(&base, "a2", |map| map.pattern = Some("managed".to_owned()));
    let network = with_map(&base, "a2", |map| map.virtual_network = true);
    let merged = merge(&base, &model, &pattern);
    let map = &named(&merged, "a2").responsibility;
    assert_eq!(
        (
            map.model.as_deref(),
            map.pattern.as_deref(),
            map.virtual_network
        ),
        (Some("paas"), Some("managed"), false)
    );
    let merged = merge(&base, &network, &model);
    let map = &named(&merged, "a2").responsibility;
    assert_eq!(
        (
            map.model.as_deref(),
            map.pattern.as_deref(),
            map.virtual_network
        ),
        (Some("paas"), Some("direct"), true)
    );
    // Turning the virtual network off in our tab wins over their unchanged "on".
    let on = with_map(&base, "a2", |map| map.virtual_network = true);
    let off = with_map(&on, "a2", |map| map.virtual_network = false);
    let merged = merge(
        &on,
        &off,
        &with_map(&on, "a2", |map| map.edit("user:os", setter("x"))),
    );
    assert!(!named(&merged, "a2").responsibility.virtual_network);
    // Where both tabs chose, ours wins.
    let saas = with_map(&base, "a2", |map| map.model = Some("saas".to_owned()));
    let merged = merge(&base, &model, &saas);
    assert_eq!(
        named(&merged, "a2").responsibility.model.as_deref(),
        Some("paas")
    );
}

/// Edits to the cells of one map: (cell index, setter name or a clear).
fn cell_edits() -> impl Strategy<Value = Vec<(usize, Option<&'static str>)>> {
    prop::collection::vec(
        (
            0usize..6,
            prop::option::of(prop::sample::select(vec!["佐藤", "山田", "SIer"])),
        ),
        0..8,
    )
}

const MAP_CELLS: [&str; 6] = [
    "user:data",
    "user:application",
    "user:os",
    "provider:virtual",
    "user:network",
    "provider:facility",
];

fn apply(map: &mut MapRecord, edits: &[(usize, Option<&str>)]) {
    for &(index, name) in edits {
        let id = MAP_CELLS[index];
        match name {
            Some(name) => map.edit(id, CellEdit::Setter(name.to_owned())),
            None => map.set_cell(id, CellRecord::default()),
        }
    }
}

proptest! {
    #[test]
    fn each_cell_of_a_merged_map_is_ours_if_we_changed_it_else_theirs(
        start in cell_edits(), ours_edits in cell_edits(), theirs_edits in cell_edits(),
        in_second in any::<bool>(),
    ) {
        let id = if in_second { "a2" } else { "a1" };
        let base = with_map(&two_maps(), id, |map| apply(map, &start));
        let ours = with_map(&base, id, |map| apply(map, &ours_edits));
        let theirs = with_map(&base, id, |map| apply(map, &theirs_edits));
        let merged = merge(&base, &ours, &theirs);
        for cell in MAP_CELLS {
            let expected = if cell_of(&ours, id, cell) != cell_of(&base, id, cell) {
                cell_of(&ours, id, cell)
            } else {
                cell_of(&theirs, id, cell)
            };
            prop_assert_eq!(cell_of(&merged, id, cell), expected, "{}", cell);
        }
        prop_assert!(decode(&encode(&merged)).is_ok());
    }
}

#[test]
fn the_answers_are_set_on_the_document_which_holds_no_language() {
    let mut document = several("a2", &[("a1", "本社", YES_1_1), ("a2", "支所", "{}")]);
    assert!(as_json(&document).get("language").is_none());

    let answers: Answers = [("pre-1.2", Answer::No), ("mig-4.1", Answer::Yes)]
        .into_iter()
        .map(|(id, answer)| (id.to_owned(), answer))
        .collect();
    document.set_answers(answers.clone());
    assert_eq!(document.answers(), &answers);
    assert_eq!(named(&document, "a2").answers, answers);
    // Only the active assessment's answers are replaced.
    assert_eq!(
        named(&document, "a1").answers.get("pre-1.1"),
        Some(&Answer::Yes)
    );
    assert_eq!(named(&document, "a1").answers.get("pre-1.2"), None);
}

#[test]
fn role_stage_note_and_value_are_set_on_the_active_assessment_and_merged() {
    use cloud_self_check::domain::stage::StagePlacement;

    let mut document = several("a2", &[("a1", "本社", "{}"), ("a2", "支所", "{}")]);
    assert_eq!(document.role(), None);
    assert_eq!(document.stage_placement(), None);
    document.set_role(Some("cloud_manager".to_owned()));
    let placement = StagePlacement {
        stage: "stage2".to_owned(),
        reason: "一部の業務で SaaS を利用中".to_owned(),
    };
    document.set_stage_placement(Some(placement.clone()));
    document.set_note("pre-1.3", "要確認");
    document.set_value("sla-1", "99.9%");
    assert_eq!(document.role(), Some("cloud_manager"));
    assert_eq!(document.stage_placement(), Some(&placement));
    let a2 = named(&document, "a2");
    assert_eq!(a2.role.as_deref(), Some("cloud_manager"));
    assert_eq!(a2.stage.as_ref(), Some(&placement));
    assert_eq!(
        a2.answers.response("pre-1.3").map(|r| r.note.as_str()),
        Some("要確認")
    );
    assert_eq!(
        a2.answers.response("sla-1").map(|r| r.value.as_str()),
        Some("99.9%")
    );
    let a1 = named(&document, "a1");
    assert_eq!((a1.role.as_ref(), a1.stage.as_ref()), (None, None));
    assert!(a1.answers.is_empty());
    assert_eq!(decode(&encode(&document)), Ok(document.clone()));

    // Merged like the name: a change in one tab is kept, and ours wins where both changed.
    let base = document;
    let mut ours = base.clone();
    ours.set_role(Some("developer".to_owned()));
    let mut theirs = base.clone();
    theirs.set_stage_placement(None);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.role(), Some("developer"));
    assert_eq!(merged.stage_placement(), None);
    let merged = merge(&base, &theirs, &ours);
    assert_eq!(merged.role(), Some("developer"));
    assert_eq!(merged.stage_placement(), None);
    let mut theirs = base.clone();
    theirs.set_role(Some("management".to_owned()));
    assert_eq!(merge(&base, &ours, &theirs).role(), Some("developer"));
    assert_eq!(merge(&base, &theirs, &ours).role(), Some("management"));
}

// ---------------------------------------------------------------------------------------------
// Merging schema 3's parts of several assessments: organization, follow-ups, snapshots, and
// answers cleared.

use cloud_self_check::domain::answers::FollowUpEdit;

const GAP: &str = "rsp:user:data:setter_missing";
const OTHER_GAP: &str = "rsp:user:os:same_person";

/// `document` with `change` made to assessment `id` (active or not); the active one stays.
fn edited(document: &Document, id: &str, change: impl FnOnce(&mut Document)) -> Document {
    let mut edited = document.clone();
    let active = edited.active_id().to_owned();
    assert!(edited.switch(id), "no assessment {id}");
    change(&mut edited);
    assert!(edited.switch(&active));
    edited
}

/// Three assessments, "a2" active, each with an answer, a follow-up and a snapshot.
fn three() -> Document {
    let mut document = several(
        "a2",
        &[
            ("a1", "本社", YES_1_1),
            ("a2", "支所", NO_1_2),
            ("a3", "工場", YES_1_1),
        ],
    );
    for id in ["a1", "a2", "a3"] {
        document = edited(&document, id, |document| {
            assert!(document.follow_up(GAP, false, FollowUpEdit::Note(format!("基本 {id}"))));
            assert!(document.take_snapshot(&format!("s-{id}"), "基本", NOW));
        });
    }
    document
}

fn snapshot_ids<'a>(document: &'a Document, id: &str) -> Vec<&'a str> {
    named(document, id)
        .snapshots
        .iter()
        .map(|snapshot| snapshot.id.as_str())
        .collect()
}

fn assert_merged_is_readable(merged: &Document) {
    assert_eq!(decode(&encode(merged)), Ok(merged.clone()));
}

#[test]
fn an_organization_changed_in_one_tab_is_kept_with_the_other_tabs_answers() {
    for id in ["a1", "a2", "a3"] {
        let base = three();
        let organized = edited(&base, id, |d| d.set_organization("株式会社サンプル"));
        let answered = edited(&base, id, |d| d.set_answer("mig-4.1", Answer::Yes));
        for merged in [
            merge(&base, &organized, &answered),
            merge(&base, &answered, &organized),
        ] {
            let assessment = named(&merged, id);
            assert_eq!(assessment.organization, "株式会社サンプル", "{id}");
            assert_eq!(
                assessment.answers.get("mig-4.1"),
                Some(&Answer::Yes),
                "{id}"
            );
            assert_eq!(assessment.answers, named(&answered, id).answers, "{id}");
            for other in ["a1", "a2", "a3"].into_iter().filter(|other| *other != id) {
                assert_eq!(named(&merged, other), named(&base, other));
            }
            assert_eq!(merged.active_id(), "a2");
            assert_merged_is_readable(&merged);
        }
        // Cleared in one tab: cleared, whatever the other tab answered.
        let base = edited(&base, id, |d| d.set_organization("旧組織"));
        let cleared = edited(&base, id, |d| d.set_organization(""));
        let answered = edited(&base, id, |d| d.set_answer("mig-4.1", Answer::No));
        let merged = merge(&base, &cleared, &answered);
        assert_eq!(named(&merged, id).organization, "");
        assert_eq!(named(&merged, id).answers.get("mig-4.1"), Some(&Answer::No));
        // Where both tabs changed it, ours wins.
        let theirs = edited(&base, id, |d| d.set_organization("他の組織"));
        let ours = edited(&base, id, |d| d.set_organization("私の組織"));
        assert_eq!(
            named(&merge(&base, &ours, &theirs), id).organization,
            "私の組織"
        );
    }
}

#[test]
fn a_follow_up_added_changed_or_removed_in_one_tab_is_merged_by_key() {
    let owner = |name: &str| FollowUpEdit::Owner(name.to_owned());
    let note = |text: &str| FollowUpEdit::Note(text.to_owned());
    for id in ["a1", "a2", "a3"] {
        let base = three();
        let followup =
            |document: &Document, key: &str| named(document, id).followups.get(key).cloned();
        // Added here, another key changed there: both.
        let added = edited(&base, id, |d| {
            assert!(d.follow_up(OTHER_GAP, false, owner("山田")))
        });
        let changed = edited(&base, id, |d| {
            assert!(d.follow_up(GAP, false, note("変更")))
        });
        for merged in [
            merge(&base, &added, &changed),
            merge(&base, &changed, &added),
        ] {
            assert_eq!(
                followup(&merged, OTHER_GAP),
                followup(&added, OTHER_GAP),
                "{id}"
            );
            assert_eq!(followup(&merged, GAP), followup(&changed, GAP), "{id}");
            assert_eq!(
                followup(&merged, GAP).map(|f| f.note),
                Some("変更".to_owned())
            );
            assert_merged_is_readable(&merged);
        }
        // Removed here, another key added there: removed, and the other kept.
        let removed = edited(&base, id, |d| assert!(d.follow_up(GAP, false, note(""))));
        assert_eq!(followup(&removed, GAP), None);
        for merged in [
            merge(&base, &removed, &added),
            merge(&base, &added, &removed),
        ] {
            assert_eq!(followup(&merged, GAP), None, "{id}");
            assert_eq!(
                followup(&merged, OTHER_GAP).map(|f| f.owner),
                Some("山田".to_owned())
            );
            assert_merged_is_readable(&merged);
        }
        // Changed in one tab while the other answered: both.
        let answered = edited(&base, id, |d| d.set_answer("mig-4.1", Answer::Yes));
        let merged = merge(&base, &changed, &answered);
        assert_eq!(
            followup(&merged, GAP).map(|f| f.note),
            Some("変更".to_owned())
        );
        assert_eq!(
            named(&merged, id).answers.get("mig-4.1"),
            Some(&Answer::Yes)
        );
        // One key changed in both: ours wins as a whole.
        let theirs = edited(&base, id, |d| assert!(d.follow_up(GAP, false, owner("他"))));
        let merged = merge(&base, &changed, &theirs);
        assert_eq!(followup(&merged, GAP), followup(&changed, GAP), "{id}");
        // Untouched here: theirs stands.
        assert_eq!(merge(&base, &base, &theirs), theirs);
        assert_eq!(merge(&base, &changed, &base), changed);
        // Other assessments are untouched.
        for other in ["a1", "a2", "a3"].into_iter().filter(|other| *other != id) {
            assert_eq!(named(&merged, other), named(&base, other));
        }
    }
}

#[test]
fn snapshots_taken_in_two_tabs_are_both_kept() {
    for (ours_in, theirs_in) in [("a1", "a1"), ("a2", "a3"), ("a3", "a2"), ("a2", "a2")] {
        let base = three();
        let ours = edited(&base, ours_in, |d| {
            d.set_answer("mig-4.2", Answer::No);
            assert!(d.take_snapshot("s-ours", "ours", LATER_TIME));
        });
        let theirs = edited(&base, theirs_in, |d| {
            d.set_answer("mig-4.3", Answer::Yes);
            assert!(d.take_snapshot("s-theirs", "theirs", LATER_TIME));
        });
        for merged in [merge(&base, &ours, &theirs), merge(&base, &theirs, &ours)] {
            let ours_snapshot = named(&ours, ours_in).snapshot("s-ours");
            let theirs_snapshot = named(&theirs, theirs_in).snapshot("s-theirs");
            assert_eq!(named(&merged, ours_in).snapshot("s-ours"), ours_snapshot);
            assert_eq!(
                named(&merged, theirs_in).snapshot("s-theirs"),
                theirs_snapshot
            );
            assert!(ours_snapshot.is_some() && theirs_snapshot.is_some());
            // The snapshots both started from are there too, once.
            for id in ["a1", "a2", "a3"] {
                let basic = format!("s-{id}");
                let kept = snapshot_ids(&merged, id);
                assert_eq!(
                    kept.iter().filter(|kept| **kept == basic).count(),
                    1,
                    "{id}: {kept:?}"
                );
            }
            assert_eq!(
                named(&merged, ours_in).answers.get("mig-4.2"),
                Some(&Answer::No)
            );
            assert_eq!(
                named(&merged, theirs_in).answers.get("mig-4.3"),
                Some(&Answer::Yes)
            );
            assert_merged_is_readable(&merged);
        }
        if ours_in == theirs_in {
            let merged = merge(&base, &ours, &theirs);
            assert_eq!(
                snapshot_ids(&merged, ours_in),
                [format!("s-{ours_in}").as_str(), "s-theirs", "s-ours"],
                "theirs first, as storage holds them, then ours"
            );
        }
    }
}

const LATER_TIME: &str = "2026-11-25T09:00:00.000Z";

#[test]
fn a_snapshot_deleted_in_one_tab_is_gone() {
    for id in ["a1", "a2", "a3"] {
        let base = three();
        let basic = format!("s-{id}");
        let deleted = edited(&base, id, |d| assert!(d.delete_snapshot(&basic)));
        let busy = edited(&base, id, |d| {
            d.set_answer("mig-4.1", Answer::Yes);
            assert!(d.take_snapshot("s-new", "", LATER_TIME));
        });
        for merged in [merge(&base, &deleted, &busy), merge(&base, &busy, &deleted)] {
            assert_eq!(named(&merged, id).snapshot(&basic), None, "{id}");
            assert!(named(&merged, id).snapshot("s-new").is_some(), "{id}");
            assert_eq!(
                named(&merged, id).answers.get("mig-4.1"),
                Some(&Answer::Yes)
            );
            for other in ["a1", "a2", "a3"].into_iter().filter(|other| *other != id) {
                assert_eq!(snapshot_ids(&merged, other), [format!("s-{other}")]);
            }
            assert_merged_is_readable(&merged);
        }
        // Deleted in one tab, the other untouched: gone either way.
        assert_eq!(merge(&base, &deleted, &base), deleted);
        assert_eq!(merge(&base, &base, &deleted), deleted);
    }
}

#[test]
fn an_answer_cleared_in_one_tab_stays_cleared_when_the_other_answered_another_item() {
    for id in ["a1", "a2", "a3"] {
        let base = edited(&three(), id, |d| {
            d.set_answer("mig-4.4", Answer::No);
            d.set_note("mig-4.4", "理由");
        });
        let cleared = edited(&base, id, |d| {
            let mut answers = d.active().answers.clone();
            assert!(answers.remove("mig-4.4").is_some());
            d.set_answers(answers);
        });
        assert_eq!(named(&cleared, id).answers.response("mig-4.4"), None);
        let answered = edited(&base, id, |d| d.set_answer("mig-4.5", Answer::Yes));
        for merged in [
            merge(&base, &cleared, &answered),
            merge(&base, &answered, &cleared),
        ] {
            let answers = &named(&merged, id).answers;
            assert_eq!(answers.response("mig-4.4"), None, "{id}");
            assert_eq!(answers.get("mig-4.5"), Some(&Answer::Yes), "{id}");
            assert_eq!(
                answers.get("pre-1.1"),
                named(&base, id).answers.get("pre-1.1")
            );
            assert_merged_is_readable(&merged);
        }
    }
}

#[test]
fn timestamps_are_the_browsers_iso_8601_and_nothing_else() {
    use cloud_self_check::domain::document::valid_timestamp;
    for good in [
        "2026-11-24T10:00:00.000Z",
        "2026-11-24T10:00:00Z",
        "2026-11-24T23:59:59.999999Z",
        "2024-02-29T00:00:00.000Z",
        "2026-11-24T10:00:00+09:00",
        "2026-11-24T10:00:00.5-03:30",
        "2026-11-24T10:00:00+23:59",
    ] {
        assert!(valid_timestamp(good), "{good:?} is a timestamp");
    }
    for bad in [
        "",
        "2026-11-24",
        "T10:00:00Z",
        "2026-11-24 10:00:00Z",
        "2026-13-01T10:00:00Z",
        "2026-02-29T10:00:00Z",
        "2026-11-24T10:00:00",
        "2026-11-24T24:00:00Z",
        "2026-11-24T10:60:00Z",
        "2026-11-24T10:00:60Z",
        "2026-11-24T1:00:00Z",
        "2026-11-24T100:00:00Z",
        "2026-11-24T10:00Z",
        "2026-11-24T10:00:00:00Z",
        "2026-11-24T10:00:00.Z",
        "2026-11-24T10:00:00.5aZ",
        "2026-11-24T10:00:00ZZ",
        "2026-11-24T10:00:00+0900",
        "2026-11-24T10:00:00+9:000",
        "2026-11-24T10:00:00++1:00",
        "2026-11-24T10:00:00+24:00",
        "2026-11-24T10:00:00+09:60",
        "2026-11-24T10:00:00+09-00",
        "2026-11-24T10:00:00+０9:00",
        "tomorrow",
    ] {
        assert!(!valid_timestamp(bad), "{bad:?} is not a timestamp");
    }
}

#[test]
fn a_new_document_is_untouched_until_anything_is_recorded() {
    use cloud_self_check::domain::answers::FollowUpEdit;
    use cloud_self_check::domain::responsibility::{CellEdit, MapRecord};
    use cloud_self_check::domain::stage::StagePlacement;

    let fresh = Document::new(NOW);
    assert!(fresh.is_untouched());
    assert!(fresh.active().is_untouched());
    type Edit = fn(&mut Document);
    let edits: [(&str, Edit); 11] = [
        ("a name", |d| assert!(d.rename("a1", "本社"))),
        ("an organization", |d| d.set_organization("○○市")),
        ("an answer", |d| d.set_answer("pre-1.1", Answer::No)),
        ("a note alone", |d| d.set_note("pre-1.1", "要確認")),
        ("a contract value alone", |d| d.set_value("sla-1", "99.9%")),
        ("a map model", |d| {
            d.set_responsibility(MapRecord {
                model: Some("saas".to_owned()),
                ..MapRecord::default()
            })
        }),
        ("a map cell", |d| {
            d.edit_cell("user:data", CellEdit::Setter("情報システム課".to_owned()))
        }),
        ("a role", |d| d.set_role(Some("management".to_owned()))),
        ("a stage", |d| {
            d.set_stage_placement(Some(StagePlacement {
                stage: "1".to_owned(),
                reason: String::new(),
            }))
        }),
        ("a follow-up of a map gap", |d| {
            assert!(d.follow_up(
                "rsp:user:data:setter_missing",
                false,
                FollowUpEdit::Owner("総務課".to_owned())
            ))
        }),
        ("a snapshot", |d| assert!(d.take_snapshot("s1", "", NOW))),
    ];
    for (what, edit) in edits {
        let mut document = Document::new(NOW);
        edit(&mut document);
        assert!(!document.is_untouched(), "with {what}");
        assert!(!document.active().is_untouched(), "with {what}");
    }
    let mut two = Document::new(NOW);
    assert!(two.create("a2", "", "2026-11-24T10:05:00.000Z"));
    assert!(two.active().is_untouched());
    assert!(
        !two.is_untouched(),
        "a second assessment, even an empty one, was made on purpose"
    );
}
