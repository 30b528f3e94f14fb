//! The one place that touches localStorage. The load logic is written against
//! [`KeyValueStore`], so every fault (corrupt data, storage disabled, writes refused) is tested
//! natively with a fake, and [`BrowserStorage`] is the thin real implementation.

use crate::domain::content::Catalog;
use crate::domain::document::{self, DecodeError, Document};

/// The key the whole document is kept under. Its schema version lives inside the document.
pub const STORAGE_KEY: &str = "cloud-self-check";

/// Unreadable documents are set aside under this prefix plus a timestamp, never overwritten.
pub const BACKUP_KEY_PREFIX: &str = "cloud-self-check.unreadable.";

/// A storage operation the browser refused (storage disabled, quota exceeded, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreError(pub String);

/// The little of localStorage the app needs.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
}

/// What loading found, and so what the app tells the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Nothing stored yet: a new document.
    Fresh,
    /// The stored document, read as it was.
    Restored,
    /// The stored value could not be read; it is kept under `backup_key`.
    Recovered {
        backup_key: String,
        reason: DecodeError,
    },
    /// The stored value could not be read nor backed up: the app must not write over it.
    RecoveryFailed { reason: DecodeError },
    /// Storage cannot be used at all.
    Unavailable,
}

impl LoadOutcome {
    /// Whether the app may write its document to storage.
    pub fn may_write(&self) -> bool {
        !matches!(
            self,
            LoadOutcome::RecoveryFailed { .. } | LoadOutcome::Unavailable
        )
    }
}

/// Reads the document, falling back to a new one, and never loses what was stored: an
/// unreadable value is copied to a backup key before the app may write over it.
pub fn load(
    store: Option<&dyn KeyValueStore>,
    catalog: &Catalog,
    now: &str,
) -> (Document, LoadOutcome) {
    let Some(store) = store else {
        return (Document::new(now), LoadOutcome::Unavailable);
    };
    let raw = match store.get(STORAGE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (Document::new(now), LoadOutcome::Fresh),
        Err(_) => return (Document::new(now), LoadOutcome::Unavailable),
    };
    match document::decode(&raw, catalog) {
        Ok(document) => (document, LoadOutcome::Restored),
        Err(reason) => {
            let backup_key = format!("{BACKUP_KEY_PREFIX}{now}");
            let outcome = match store.set(&backup_key, &raw) {
                Ok(()) => LoadOutcome::Recovered { backup_key, reason },
                Err(_) => LoadOutcome::RecoveryFailed { reason },
            };
            (Document::new(now), outcome)
        }
    }
}

/// Writes the document under [`STORAGE_KEY`].
pub fn save(store: &dyn KeyValueStore, document: &Document) -> Result<(), StoreError> {
    store.set(STORAGE_KEY, &document::encode(document))
}

/// window.localStorage.
pub struct BrowserStorage(web_sys::Storage);

impl BrowserStorage {
    /// The page's localStorage, or `None` where the browser refuses it (disabled, sandboxed).
    pub fn open() -> Option<BrowserStorage> {
        web_sys::window()?
            .local_storage()
            .ok()
            .flatten()
            .map(BrowserStorage)
    }
}

impl KeyValueStore for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get_item(key).map_err(js_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(js_error)
    }
}

fn js_error(error: wasm_bindgen::JsValue) -> StoreError {
    StoreError(format!("{error:?}"))
}

/// The browser's clock as ISO 8601, for creation dates and backup keys.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    use super::*;
    use crate::domain::answers::Answer;
    use crate::domain::content::catalog;

    const NOW: &str = "2026-11-24T10:00:00.000Z";

    /// An in-memory store that can be told to refuse reads or writes.
    #[derive(Default)]
    struct FakeStore {
        entries: RefCell<BTreeMap<String, String>>,
        refuse_reads: bool,
        refuse_writes: bool,
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
    }

    impl KeyValueStore for FakeStore {
        fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
            if self.refuse_reads {
                return Err(StoreError("SecurityError".into()));
            }
            Ok(self.value(key))
        }

        fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
            if self.refuse_writes {
                return Err(StoreError("QuotaExceededError".into()));
            }
            self.entries.borrow_mut().insert(key.into(), value.into());
            Ok(())
        }
    }

    #[test]
    fn empty_storage_starts_a_fresh_document() {
        let store = FakeStore::default();
        let (document, outcome) = load(Some(&store), catalog(), NOW);
        assert_eq!(outcome, LoadOutcome::Fresh);
        assert!(document.answers().is_empty());
        assert!(outcome.may_write());
    }

    #[test]
    fn saved_answers_come_back_after_a_reload() {
        let store = FakeStore::default();
        let mut document = Document::new(NOW);
        document.set_answer("pre-1.3", Answer::No);
        save(&store, &document).unwrap();
        let (restored, outcome) = load(Some(&store), catalog(), NOW);
        assert_eq!(outcome, LoadOutcome::Restored);
        assert_eq!(restored, document);
    }

    #[test]
    fn unreadable_value_is_backed_up_before_anything_else() {
        for raw in ["{not json", "[1,2,3]", r#"{"schema_version":99}"#, ""] {
            let store = FakeStore::holding(raw);
            let (document, outcome) = load(Some(&store), catalog(), NOW);
            let LoadOutcome::Recovered { backup_key, .. } = &outcome else {
                panic!("{raw:?} gave {outcome:?}");
            };
            assert_eq!(backup_key, &format!("{BACKUP_KEY_PREFIX}{NOW}"));
            assert_eq!(store.value(backup_key).as_deref(), Some(raw));
            assert_eq!(
                store.value(STORAGE_KEY).as_deref(),
                Some(raw),
                "not overwritten yet"
            );
            assert!(document.answers().is_empty());
            assert!(outcome.may_write());
        }
    }

    #[test]
    fn future_version_is_reported_as_such() {
        let store = FakeStore::holding(r#"{"schema_version":2,"anything":true}"#);
        let (_, outcome) = load(Some(&store), catalog(), NOW);
        assert!(matches!(
            outcome,
            LoadOutcome::Recovered {
                reason: DecodeError::UnsupportedVersion(2),
                ..
            }
        ));
    }

    #[test]
    fn unreadable_value_that_cannot_be_backed_up_blocks_writing() {
        let store = FakeStore {
            refuse_writes: true,
            ..FakeStore::holding("garbage")
        };
        let (_, outcome) = load(Some(&store), catalog(), NOW);
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
        let (_, outcome) = load(Some(&store), catalog(), NOW);
        assert_eq!(outcome, LoadOutcome::Unavailable);
        assert!(!outcome.may_write());
        let (_, outcome) = load(None, catalog(), NOW);
        assert_eq!(outcome, LoadOutcome::Unavailable);
    }

    #[test]
    fn refused_write_is_an_error_value() {
        let store = FakeStore {
            refuse_writes: true,
            ..FakeStore::default()
        };
        assert!(save(&store, &Document::new(NOW)).is_err());
    }
}
