//! The one place that touches localStorage. The load logic is written against
//! [`KeyValueStore`], so every fault (corrupt data, storage disabled, writes refused) is tested
//! natively with a fake, and [`BrowserStorage`] is the thin real implementation.

use crate::domain::document::{self, DecodeError, Document, MAX_DOCUMENT_BYTES};
use crate::domain::text::Lang;

/// The key the whole document is kept under. Its schema version lives inside the document.
pub const STORAGE_KEY: &str = "cloud-self-check";

/// Unreadable documents are set aside under this prefix plus a timestamp, never overwritten.
pub const BACKUP_KEY_PREFIX: &str = "cloud-self-check.unreadable.";

/// The reader's language: a preference of this browser, kept apart from the document so that
/// importing or replacing the document never switches it.
pub const LANGUAGE_KEY: &str = "cloud-self-check.language";

/// Set by [`halt`]: the browser storage refuses every write from then on.
static HALTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Stops every later write to localStorage, for good (until the page is loaded again): after
/// a crash, state may be half-updated, and what storage holds is the last good document.
pub fn halt() {
    HALTED.store(true, std::sync::atomic::Ordering::SeqCst);
}

/// Whether [`halt`] was called.
pub fn halted() -> bool {
    HALTED.load(std::sync::atomic::Ordering::SeqCst)
}

/// A storage operation the browser refused (storage disabled, quota exceeded, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreError(pub String);

/// The little of localStorage the app needs.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// What loading found, and so what the app tells the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Nothing stored yet: a new document, written at once so a refusal shows before the
    /// user has answered anything.
    Fresh,
    /// Nothing stored yet, and the browser refused to store the new document.
    FreshUnsaved,
    /// The stored document, read as it was.
    Restored,
    /// The stored value could not be read; it is kept under `backup_key`, and a new document
    /// took its place.
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
/// unreadable value is copied to a backup key before a new document replaces it.
pub fn load(store: Option<&dyn KeyValueStore>, now: &str) -> (Document, LoadOutcome) {
    let fresh = Document::new(now);
    let Some(store) = store else {
        return (fresh, LoadOutcome::Unavailable);
    };
    let raw = match store.get(STORAGE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            let outcome = match write(store, &fresh) {
                Ok(()) => LoadOutcome::Fresh,
                Err(_) => LoadOutcome::FreshUnsaved,
            };
            return (fresh, outcome);
        }
        Err(_) => return (fresh, LoadOutcome::Unavailable),
    };
    match document::decode_with_language(&raw) {
        Ok((document, legacy_language)) => {
            // A document from before schema 3 held the language: it becomes the preference,
            // unless one is set already. A refusal here costs only the language.
            if let Some(language) = legacy_language
                && matches!(store.get(LANGUAGE_KEY), Ok(None))
            {
                let _ = store.set(LANGUAGE_KEY, language.tag());
            }
            (document, LoadOutcome::Restored)
        }
        Err(reason) => match set_aside(store, &raw, now) {
            Ok(backup_key) if write(store, &fresh).is_ok() => {
                (fresh, LoadOutcome::Recovered { backup_key, reason })
            }
            // Backed up but not replaced, or not backed up at all: stay off storage.
            _ => (fresh, LoadOutcome::RecoveryFailed { reason }),
        },
    }
}

/// What a save wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The document now in storage: ours, merged with whatever another tab wrote meanwhile.
    pub document: Document,
    /// An unreadable value found in storage (e.g. from a newer version of the app in another
    /// tab), copied to this key before it was replaced.
    pub set_aside: Option<(String, DecodeError)>,
}

/// Writes `ours`, made from `base` (the document as this tab last saw it in storage). If
/// another tab wrote in the meantime, its changes are merged in rather than written over; if
/// storage holds something unreadable, it is set aside first.
pub fn save(
    store: &dyn KeyValueStore,
    base: &Document,
    ours: &Document,
    now: &str,
) -> Result<Saved, StoreError> {
    let (document, set_aside_entry) = match store.get(STORAGE_KEY)? {
        None => (ours.clone(), None),
        Some(raw) => match document::decode(&raw) {
            Ok(theirs) if &theirs == base => (ours.clone(), None),
            Ok(theirs) => (document::merge(base, ours, &theirs), None),
            Err(reason) => {
                let backup_key = set_aside(store, &raw, now)?;
                (ours.clone(), Some((backup_key, reason)))
            }
        },
    };
    write(store, &document)?;
    Ok(Saved {
        document,
        set_aside: set_aside_entry,
    })
}

/// The reader's language preference; Japanese when none is stored or it cannot be read.
pub fn language(store: Option<&dyn KeyValueStore>) -> Lang {
    store
        .and_then(|store| store.get(LANGUAGE_KEY).ok().flatten())
        .and_then(|tag| Lang::ALL.into_iter().find(|lang| lang.tag() == tag))
        .unwrap_or_default()
}

/// Stores the reader's language preference.
pub fn set_language(store: &dyn KeyValueStore, language: Lang) -> Result<(), StoreError> {
    store.set(LANGUAGE_KEY, language.tag())
}

/// Clears all data: `fresh` takes the document's place (one write, so a refusal changes
/// nothing), then every unreadable document set aside is removed. The language preference
/// stays. Returns how many set-aside copies could not be removed (an unreadable key list counts
/// as one), so the user is told the truth.
pub fn clear_all(store: &dyn KeyValueStore, fresh: &Document) -> Result<usize, StoreError> {
    write(store, fresh)?;
    let Ok(keys) = store.keys() else {
        return Ok(1);
    };
    Ok(keys
        .iter()
        .filter(|key| key.starts_with(BACKUP_KEY_PREFIX))
        .filter(|key| store.remove(key).is_err())
        .count())
}

/// Writes the document: one `setItem` of one key, which the browser applies whole or not at
/// all (a full quota throws and leaves the old value), so a save that fails part-way leaves
/// the last good document in place. Anything else a save writes (a set-aside copy) is written
/// before it, never after.
fn write(store: &dyn KeyValueStore, document: &Document) -> Result<(), StoreError> {
    // What is written must load again: a document `decode` would refuse is not written.
    document::validate(document).map_err(|error| StoreError(error.to_string()))?;
    let encoded = document::encode(document);
    // What is written must load again: the same limit applies on both sides.
    if encoded.len() > MAX_DOCUMENT_BYTES {
        return Err(StoreError(format!(
            "document too large ({} bytes)",
            encoded.len()
        )));
    }
    store.set(STORAGE_KEY, &encoded)
}

fn set_aside(store: &dyn KeyValueStore, raw: &str, now: &str) -> Result<String, StoreError> {
    let backup_key = format!("{BACKUP_KEY_PREFIX}{now}");
    store.set(&backup_key, raw)?;
    Ok(backup_key)
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

    /// The page's localStorage, or the error a write reports when the browser has none.
    pub fn require() -> Result<BrowserStorage, StoreError> {
        BrowserStorage::open().ok_or_else(|| StoreError("localStorage is unavailable".into()))
    }
}

impl KeyValueStore for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get_item(key).map_err(js_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if halted() {
            return Err(StoreError("halted after an error".into()));
        }
        self.0.set_item(key, value).map_err(js_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if halted() {
            return Err(StoreError("halted after an error".into()));
        }
        self.0.remove_item(key).map_err(js_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let length = self.0.length().map_err(js_error)?;
        let mut keys = Vec::new();
        for index in 0..length {
            if let Some(key) = self.0.key(index).map_err(js_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

fn js_error(error: wasm_bindgen::JsValue) -> StoreError {
    StoreError(format!("{error:?}"))
}

#[cfg(test)]
mod tests;
