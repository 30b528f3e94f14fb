//! Loading, saving, merging and recovery, against an in-memory store that can refuse.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::*;
use crate::domain::answers::Answer;
use crate::domain::document::SCHEMA_VERSION;

const NOW: &str = "2026-11-24T10:00:00.000Z";

/// An in-memory store that can be told to refuse reads or writes.
#[derive(Default)]
struct FakeStore {
    entries: RefCell<BTreeMap<String, String>>,
    refuse_reads: bool,
    refuse_writes: bool,
    refuse_removes: bool,
    /// The write (counted from 1) that throws, as a full quota does part-way through a
    /// save; the writes before and after it succeed.
    fail_write: Option<usize>,
    writes: std::cell::Cell<usize>,
}

impl FakeStore {
    fn holding(raw: &str) -> FakeStore {
        let store = FakeStore::default();
        store
            .entries
            .borrow_mut()
            .insert(STORAGE_KEY.into(), raw.into());
        store
    }

    fn value(&self, key: &str) -> Option<String> {
        self.entries.borrow().get(key).cloned()
    }

    /// A store holding the same entries, whose `fail_write`th write throws.
    fn copy_failing_at(&self, fail_write: Option<usize>) -> FakeStore {
        FakeStore {
            entries: RefCell::new(self.entries.borrow().clone()),
            fail_write,
            ..FakeStore::default()
        }
    }
}

impl KeyValueStore for FakeStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if self.refuse_reads {
            return Err(StoreError("SecurityError".into()));
        }
        Ok(self.value(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.writes.set(self.writes.get() + 1);
        if self.refuse_writes || self.fail_write == Some(self.writes.get()) {
            return Err(StoreError("QuotaExceededError".into()));
        }
        self.entries.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if self.refuse_writes || self.refuse_removes {
            return Err(StoreError("SecurityError".into()));
        }
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        if self.refuse_reads {
            return Err(StoreError("SecurityError".into()));
        }
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}

#[test]
fn empty_storage_starts_a_fresh_document_and_stores_it() {
    let store = FakeStore::default();
    let (document, outcome) = load(Some(&store), NOW);
    assert_eq!(outcome, LoadOutcome::Fresh);
    assert!(document.answers().is_empty());
    assert!(outcome.may_write());
    assert_eq!(store.value(STORAGE_KEY), Some(document::encode(&document)));
}

#[test]
fn a_refused_first_write_is_reported_at_load() {
    let store = FakeStore {
        refuse_writes: true,
        ..FakeStore::default()
    };
    let (_, outcome) = load(Some(&store), NOW);
    assert_eq!(outcome, LoadOutcome::FreshUnsaved);
    assert!(outcome.may_write(), "a later write may still succeed");
}

#[test]
fn saved_answers_come_back_after_a_reload() {
    let store = FakeStore::default();
    let base = Document::new(NOW);
    let mut document = base.clone();
    document.set_answer("pre-1.3", Answer::No);
    let saved = save(&store, &base, &document, NOW).unwrap();
    assert_eq!(
        saved,
        Saved {
            document: document.clone(),
            set_aside: None
        }
    );
    let (restored, outcome) = load(Some(&store), NOW);
    assert_eq!(outcome, LoadOutcome::Restored);
    assert_eq!(restored, document);
}

#[test]
fn unreadable_value_is_backed_up_then_replaced() {
    for raw in ["{not json", "[1,2,3]", r#"{"schema_version":99}"#, ""] {
        let store = FakeStore::holding(raw);
        let (document, outcome) = load(Some(&store), NOW);
        let LoadOutcome::Recovered { backup_key, .. } = &outcome else {
            panic!("{raw:?} gave {outcome:?}");
        };
        assert_eq!(backup_key, &format!("{BACKUP_KEY_PREFIX}{NOW}"));
        assert_eq!(store.value(backup_key).as_deref(), Some(raw));
        assert!(document.answers().is_empty());
        assert_eq!(
            store.value(STORAGE_KEY),
            Some(document::encode(&document)),
            "replaced only once the backup is written"
        );
        assert!(outcome.may_write());
    }
}

#[test]
fn future_version_is_reported_as_such() {
    let raw = format!(
        r#"{{"schema_version":{},"anything":true}}"#,
        SCHEMA_VERSION + 1
    );
    let store = FakeStore::holding(&raw);
    let (_, outcome) = load(Some(&store), NOW);
    assert!(matches!(
        outcome,
        LoadOutcome::Recovered {
            reason: DecodeError::UnsupportedVersion(v),
            ..
        } if v == SCHEMA_VERSION + 1
    ));
}

#[test]
fn unreadable_value_that_cannot_be_backed_up_blocks_writing() {
    let store = FakeStore {
        refuse_writes: true,
        ..FakeStore::holding("garbage")
    };
    let (_, outcome) = load(Some(&store), NOW);
    assert_eq!(
        outcome,
        LoadOutcome::RecoveryFailed {
            reason: DecodeError::NotJson
        }
    );
    assert!(!outcome.may_write());
    assert_eq!(store.value(STORAGE_KEY).as_deref(), Some("garbage"));
}

#[test]
fn storage_that_throws_or_is_missing_is_unavailable() {
    let store = FakeStore {
        refuse_reads: true,
        ..FakeStore::default()
    };
    let (_, outcome) = load(Some(&store), NOW);
    assert_eq!(outcome, LoadOutcome::Unavailable);
    assert!(!outcome.may_write());
    let (_, outcome) = load(None, NOW);
    assert_eq!(outcome, LoadOutcome::Unavailable);
}

#[test]
fn refused_write_is_an_error_value() {
    let store = FakeStore {
        refuse_writes: true,
        ..FakeStore::default()
    };
    let document = Document::new(NOW);
    assert!(save(&store, &document, &document, NOW).is_err());
}

#[test]
fn another_tabs_answers_are_merged_not_overwritten() {
    let base = Document::new(NOW);
    let mut theirs = base.clone();
    theirs.set_answer("pre-1.1", Answer::Yes);
    let store = FakeStore::holding(&document::encode(&theirs));
    let mut ours = base.clone();
    ours.set_answer("mig-4.2", Answer::No);

    let saved = save(&store, &base, &ours, NOW).unwrap();
    assert_eq!(saved.document.answers().get("pre-1.1"), Some(&Answer::Yes));
    assert_eq!(saved.document.answers().get("mig-4.2"), Some(&Answer::No));
    assert_eq!(
        store.value(STORAGE_KEY),
        Some(document::encode(&saved.document))
    );
}

#[test]
fn unreadable_value_found_when_saving_is_set_aside_first() {
    let newer = r#"{"schema_version":7,"from":"a newer tab"}"#;
    let store = FakeStore::holding(newer);
    let base = Document::new(NOW);
    let mut ours = base.clone();
    ours.set_answer("pre-1.1", Answer::No);
    let saved = save(&store, &base, &ours, NOW).unwrap();
    let (backup_key, reason) = saved.set_aside.expect("set aside");
    assert_eq!(reason, DecodeError::UnsupportedVersion(7));
    assert_eq!(store.value(&backup_key).as_deref(), Some(newer));
    assert_eq!(saved.document, ours);
}

#[test]
fn unreadable_value_that_cannot_be_set_aside_is_not_overwritten() {
    let store = FakeStore {
        refuse_writes: true,
        ..FakeStore::holding("garbage")
    };
    let document = Document::new(NOW);
    assert!(save(&store, &document, &document, NOW).is_err());
    assert_eq!(store.value(STORAGE_KEY).as_deref(), Some("garbage"));
}

/// `base` with notes of at most [`MAX_NOTE_CHARS`] on made-up items, so that its encoding
/// is exactly `length` bytes (notes are capped, so a large document takes many of them).
fn padded_to(base: &Document, length: usize) -> Document {
    use crate::domain::answers::{ItemResponse, MAX_NOTE_CHARS};
    let with = |notes: &[usize]| {
        let mut document = base.clone();
        let mut answers = document.answers().clone();
        for (index, &chars) in notes.iter().enumerate() {
            let response = ItemResponse {
                note: "x".repeat(chars),
                ..Default::default()
            };
            answers.set_response(format!("pad-{index:06}"), response);
        }
        document.set_answers(answers);
        document
    };
    // Every item adds the same bytes (ids are of one width), plus its note.
    let one = document::encode(&with(&[1])).len();
    let per_item = document::encode(&with(&[1, 1])).len() - one - 1;
    let mut notes = vec![1];
    let mut total = one;
    while total < length {
        let room = length - total;
        let last = notes.last_mut().expect("one note at least");
        let grow = room.min(MAX_NOTE_CHARS - *last);
        *last += grow;
        total += grow;
        if total < length {
            notes.push(1);
            total += per_item + 1;
        }
    }
    with(&notes)
}

#[test]
fn a_document_too_large_to_load_again_is_not_written() {
    let store = FakeStore::default();
    let base = Document::new(NOW);
    let ours = padded_to(&base, MAX_DOCUMENT_BYTES + 1);
    assert_eq!(document::encode(&ours).len(), MAX_DOCUMENT_BYTES + 1);
    assert!(
        document::validate(&ours).is_ok(),
        "too large, and only that"
    );
    assert!(save(&store, &base, &ours, NOW).is_err());
    assert_eq!(store.value(STORAGE_KEY), None);
}

#[test]
fn a_document_exactly_at_the_limit_is_written() {
    let store = FakeStore::default();
    let base = Document::new(NOW);
    let ours = padded_to(&base, MAX_DOCUMENT_BYTES);
    assert_eq!(document::encode(&ours).len(), MAX_DOCUMENT_BYTES);
    assert!(save(&store, &base, &ours, NOW).is_ok());
    assert!(store.value(STORAGE_KEY).is_some());
}

/// Runs `operation` on copies of `store` in which the 1st, the 2nd, … write throws (one
/// more than it makes, so the run that fails nothing is included), and returns what loads
/// from each copy afterwards, as the next page load would read it, with the copy itself.
fn after_each_failed_write(
    store: &FakeStore,
    operation: impl Fn(&FakeStore),
) -> Vec<(Option<usize>, Document, LoadOutcome, FakeStore)> {
    let counting = store.copy_failing_at(None);
    operation(&counting);
    let writes = counting.writes.get();
    (1..=writes + 1)
        .map(|n| {
            let failing = store.copy_failing_at(Some(n));
            operation(&failing);
            let next_load = failing.copy_failing_at(None);
            let (document, outcome) = load(Some(&next_load), "2026-11-25T00:00:00.000Z");
            (Some(n), document, outcome, failing)
        })
        .collect()
}

#[test]
fn a_save_that_fails_part_way_leaves_the_last_good_document_readable() {
    let mut good = Document::new(NOW);
    good.set_answer("pre-1.1", Answer::Yes);
    good.set_note("pre-1.1", "本社で確認済み");
    let mut ours = good.clone();
    ours.set_answer("pre-1.2", Answer::No);
    let mut theirs = good.clone();
    theirs.set_answer("mig-4.1", Answer::Yes);
    let merged = document::merge(&good, &ours, &theirs);

    // A plain save, and a save that merges another tab's document first.
    for (stored, expected_after) in [(&good, &ours), (&theirs, &merged)] {
        let store = FakeStore::holding(&document::encode(stored));
        let runs = after_each_failed_write(&store, |store| {
            let _ = save(store, &good, &ours, NOW);
        });
        assert!(runs.len() >= 2, "at least one write, and the run past it");
        for (n, document, outcome, _) in runs {
            assert_eq!(outcome, LoadOutcome::Restored, "write {n:?}");
            assert!(
                &document == stored || &document == expected_after,
                "write {n:?} failing left neither the last good document nor the new one"
            );
        }
    }
}

#[test]
fn a_recovery_or_a_set_aside_that_fails_part_way_loses_nothing() {
    let mut ours = Document::new(NOW);
    ours.set_answer("pre-1.1", Answer::No);
    let unreadable = r#"{"schema_version":7,"from":"a newer tab"}"#;
    let store = FakeStore::holding(unreadable);
    let operations: [&dyn Fn(&FakeStore); 2] = [
        &|store| {
            load(Some(store), NOW);
        },
        &|store| {
            let _ = save(store, &Document::new(NOW), &ours, NOW);
        },
    ];
    for operation in operations {
        for (n, document, _, failed) in after_each_failed_write(&store, operation) {
            // The unreadable value is still where it was, or set aside whole.
            let kept = failed
                .entries
                .borrow()
                .values()
                .any(|raw| raw == unreadable);
            assert!(kept, "write {n:?} failing lost the unreadable value");
            assert!(
                document == ours || document.answers().is_empty(),
                "write {n:?}: {document:?}"
            );
        }
    }
}

#[test]
fn clearing_or_storing_the_language_that_fails_part_way_keeps_a_whole_document() {
    let mut good = Document::new(NOW);
    good.set_answer("pre-1.1", Answer::Yes);
    let store = FakeStore::holding(&document::encode(&good));
    store
        .entries
        .borrow_mut()
        .insert(format!("{BACKUP_KEY_PREFIX}1"), "x".into());
    let fresh = Document::new("2026-11-27T00:00:00.000Z");
    for (n, document, outcome, _) in after_each_failed_write(&store, |store| {
        let _ = clear_all(store, &fresh);
    }) {
        assert_eq!(outcome, LoadOutcome::Restored, "write {n:?}");
        assert!(document == good || document == fresh, "write {n:?}");
    }
    let older = FakeStore::holding(&schema_2("en"));
    for (n, document, outcome, _) in after_each_failed_write(&older, |store| {
        load(Some(store), NOW);
    }) {
        assert_eq!(outcome, LoadOutcome::Restored, "write {n:?}");
        assert_eq!(document.answers().get("pre-1.1"), Some(&Answer::Yes));
    }
}

#[test]
fn halting_is_for_good() {
    // The only test that halts: the browser storage (not used natively) then refuses writes.
    assert!(!halted());
    halt();
    assert!(halted());
    halt();
    assert!(halted());
}

/// A schema-2 document, which still held the reader's language.
fn schema_2(language: &str) -> String {
    format!(
        r#"{{"schema_version":2,"language":"{language}","active":"a1","assessments":[{{"id":"a1","name":"","created_at":"{NOW}","answers":{{"pre-1.1":{{"answer":"yes"}}}}}}]}}"#
    )
}

#[test]
fn the_language_of_an_older_document_becomes_the_preference() {
    let store = FakeStore::holding(&schema_2("en"));
    assert_eq!(language(Some(&store)), Lang::Ja, "nothing stored yet");
    let (document, outcome) = load(Some(&store), NOW);
    assert_eq!(outcome, LoadOutcome::Restored);
    assert_eq!(document.answers().get("pre-1.1"), Some(&Answer::Yes));
    assert_eq!(store.value(LANGUAGE_KEY).as_deref(), Some("en"));
    assert_eq!(language(Some(&store)), Lang::En);
}

#[test]
fn a_preference_already_set_is_not_overwritten_by_an_older_document() {
    let store = FakeStore::holding(&schema_2("en"));
    set_language(&store, Lang::Ja).unwrap();
    load(Some(&store), NOW);
    assert_eq!(language(Some(&store)), Lang::Ja);
}

#[test]
fn an_unknown_or_unreadable_preference_is_japanese() {
    let store = FakeStore::default();
    store.set(LANGUAGE_KEY, "fr").unwrap();
    assert_eq!(language(Some(&store)), Lang::Ja);
    set_language(&store, Lang::En).unwrap();
    assert_eq!(language(Some(&store)), Lang::En);
    let refusing = FakeStore {
        refuse_reads: true,
        ..FakeStore::default()
    };
    refusing
        .entries
        .borrow_mut()
        .insert(LANGUAGE_KEY.into(), "en".into());
    assert_eq!(language(Some(&refusing)), Lang::Ja);
    assert_eq!(language(None), Lang::Ja);
}

#[test]
fn clearing_all_data_removes_the_document_and_its_backups_only() {
    let store = FakeStore::default();
    let mut document = Document::new(NOW);
    document.set_answer("pre-1.1", Answer::Yes);
    save(&store, &Document::new(NOW), &document, NOW).unwrap();
    let backup = format!("{BACKUP_KEY_PREFIX}2026-01-01");
    store.set(&backup, "garbage").unwrap();
    set_language(&store, Lang::En).unwrap();
    store.set("another-app", "kept").unwrap();
    let fresh = Document::new("2026-11-27T00:00:00.000Z");
    assert_eq!(clear_all(&store, &fresh), Ok(0));
    assert_eq!(store.value(STORAGE_KEY), Some(document::encode(&fresh)));
    assert_eq!(store.value(&backup), None);
    assert_eq!(store.value(LANGUAGE_KEY).as_deref(), Some("en"));
    assert_eq!(store.value("another-app").as_deref(), Some("kept"));
    let refusing = FakeStore {
        refuse_writes: true,
        ..FakeStore::holding("x")
    };
    assert!(clear_all(&refusing, &fresh).is_err());
    assert_eq!(
        refusing.value(STORAGE_KEY).as_deref(),
        Some("x"),
        "nothing changed"
    );
}

#[test]
fn set_aside_copies_that_cannot_be_removed_are_counted_not_hidden() {
    let store = FakeStore {
        refuse_removes: true,
        ..FakeStore::holding("old")
    };
    for stamp in ["1", "2"] {
        store
            .set(&format!("{BACKUP_KEY_PREFIX}{stamp}"), "x")
            .unwrap();
    }
    let fresh = Document::new(NOW);
    assert_eq!(clear_all(&store, &fresh), Ok(2));
    assert_eq!(store.value(STORAGE_KEY), Some(document::encode(&fresh)));
    let unlisted = FakeStore {
        refuse_reads: true,
        ..FakeStore::default()
    };
    assert_eq!(clear_all(&unlisted, &fresh), Ok(1), "keys unknown: say so");
}

#[test]
fn a_document_that_would_not_load_again_is_not_written() {
    let store = FakeStore::default();
    let base = Document::new(NOW);
    let mut ours = base.clone();
    assert!(ours.create("a2", "支所", NOW));
    // A snapshot id equal to an assessment id: decode would refuse the document.
    assert!(ours.take_snapshot("s1", "上期", NOW));
    let raw = document::encode(&ours).replace("\"s1\"", "\"a1\"");
    let broken = document::decode(&raw);
    assert!(
        broken.is_err(),
        "the edited document is refused: {broken:?}"
    );
    // Built through serde, bypassing decode's check, it is refused at write too.
    let unchecked: Document = serde_json::from_str(&raw).unwrap();
    assert!(save(&store, &base, &unchecked, NOW).is_err());
    assert_eq!(store.value(STORAGE_KEY), None);
}
