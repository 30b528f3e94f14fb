//! Content chunks: the texts of the content, cut per check and per language, so a reader loads
//! the words of the check they open in the language they read, not all of them up front.
//!
//! The content compiler (`build/`) writes every text of the content as a reference into a
//! chunk (`Localized::in_chunk`), lists the chunks in `content::CHUNKS`, and compiles some of
//! them into the program (`content::COMPILED_TEXTS`): all of them in a native build, in the
//! wasm those the first view needs (`build/mod.rs` `COMPILED_IN`). The build step
//! writes each chunk to a file of its own per language (`src/bin/prerender.rs`), named by its
//! version; `platform::chunks` loads one when a view needs it, and [`install`] keeps it.
//!
//! Pure: nothing here touches the browser, so the checks on a loaded file are tested natively.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{LazyLock, OnceLock};

use serde::{Deserialize, Serialize};

use super::content::{CHUNKS, COMPILED_TEXTS};
use super::text::Lang;

/// A chunk as the program knows it: its id, its number of texts and its file per language.
#[derive(Debug)]
pub struct ChunkInfo {
    /// `core`, a check's id, or `glossary`.
    pub id: &'static str,
    pub len: u32,
    /// The file of each language, in the order of [`Lang::ALL`]:
    /// `content-<id>-<lang>-<version>.json`.
    pub files: [&'static str; 2],
}

/// A chunk file, as the build writes it and the app reads it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChunkFile {
    pub chunk: String,
    pub lang: Lang,
    /// The version the file is named by.
    pub hash: String,
    pub texts: Vec<String>,
}

/// Why a chunk file was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChunkError {
    /// It could not be fetched (offline, a refused request, an error status).
    Unreachable,
    /// It is not a chunk file: not JSON, or not of the shape above.
    Unreadable,
    /// It is a chunk file of another chunk, language or version, or of another length: the
    /// files on the server are not those of this build (a deploy replaced them).
    Mismatch,
}

const fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Ja => 0,
        Lang::En => 1,
    }
}

type Texts = &'static [&'static str];

/// The texts the program has, per chunk and language: compiled in, or loaded and kept for the
/// life of the page. One store serves the app ([`texts`], [`install`]); a test makes its own.
pub struct Store {
    compiled: &'static [[Option<Texts>; 2]],
    loaded: Vec<[OnceLock<Texts>; 2]>,
    /// The chunks a text was read from before they were loaded, reported once each.
    reported: Vec<[AtomicBool; 2]>,
}

impl Store {
    /// A store with the given texts compiled in, one row per chunk.
    pub fn new(compiled: &'static [[Option<Texts>; 2]]) -> Store {
        Store {
            compiled,
            loaded: compiled.iter().map(|_| Default::default()).collect(),
            reported: compiled.iter().map(|_| Default::default()).collect(),
        }
    }

    /// The texts of a chunk in a language, if there: compiled in or loaded.
    pub fn texts(&self, chunk: u16, lang: Lang) -> Option<Texts> {
        let index = usize::from(chunk);
        let l = lang_index(lang);
        self.compiled
            .get(index)?
            .get(l)
            .copied()
            .flatten()
            .or_else(|| self.loaded.get(index)?.get(l)?.get().copied())
    }

    /// Text `index` of a chunk, if the chunk is there (an index past its end reads as empty).
    pub fn read(&self, chunk: u16, lang: Lang, index: u32) -> Option<&'static str> {
        let texts = self.texts(chunk, lang)?;
        Some(
            usize::try_from(index)
                .ok()
                .and_then(|index| texts.get(index))
                .copied()
                .unwrap_or_default(),
        )
    }

    /// Keeps the texts of a chunk, and says whether it did: a chunk loaded already keeps what
    /// it has (and one compiled in is read from the program).
    pub fn install(&self, chunk: u16, lang: Lang, texts: Vec<String>) -> bool {
        let Some(slot) = self
            .loaded
            .get(usize::from(chunk))
            .map(|slots| &slots[lang_index(lang)])
        else {
            return false;
        };
        let mut kept = false;
        slot.get_or_init(|| {
            kept = true;
            let texts: Vec<&'static str> = texts
                .into_iter()
                .map(|text| &*Box::leak(text.into_boxed_str()))
                .collect();
            Box::leak(texts.into_boxed_slice())
        });
        kept
    }

    /// Text `index` of a chunk: empty when the chunk is not there, which the first such read
    /// of the chunk in that language reports.
    pub fn text(
        &self,
        chunk: u16,
        lang: Lang,
        index: u32,
        report: impl FnOnce(&str),
    ) -> &'static str {
        self.read(chunk, lang, index).unwrap_or_else(|| {
            // A chunk number no chunk has (a bug too) is reported every time.
            let first = self
                .reported
                .get(usize::from(chunk))
                .is_none_or(|flags| !flags[lang_index(lang)].swap(true, Ordering::Relaxed));
            if first {
                report(&missing_message(chunk, lang));
            }
            ""
        })
    }
}

/// The app's store.
static STORE: LazyLock<Store> = LazyLock::new(|| Store::new(&COMPILED_TEXTS));

/// Where a read of a text not loaded is reported (the browser's console, set by the platform).
static ON_MISSING: OnceLock<fn(&str)> = OnceLock::new();

/// Sets where a text read before its chunk was loaded is reported (once per chunk and
/// language).
pub fn on_missing(report: fn(&str)) {
    let _ = ON_MISSING.set(report);
}

/// The chunk of an id.
pub fn by_id(id: &str) -> Option<u16> {
    CHUNKS
        .iter()
        .position(|chunk| chunk.id == id)
        .and_then(|index| u16::try_from(index).ok())
}

/// A chunk's id (`"?"` for a number no chunk has).
pub fn id(chunk: u16) -> &'static str {
    CHUNKS.get(usize::from(chunk)).map_or("?", |info| info.id)
}

/// The file of a chunk in a language.
pub fn file(chunk: u16, lang: Lang) -> Option<&'static str> {
    CHUNKS
        .get(usize::from(chunk))
        .map(|info| info.files[lang_index(lang)])
}

/// Every chunk, by number.
pub fn all() -> impl Iterator<Item = u16> {
    (0..CHUNKS.len()).filter_map(|index| u16::try_from(index).ok())
}

/// The texts of a chunk in a language, if the program has them: compiled in or loaded.
pub fn texts(chunk: u16, lang: Lang) -> Option<Texts> {
    STORE.texts(chunk, lang)
}

/// Whether a chunk's texts in a language are there to read.
pub fn is_loaded(chunk: u16, lang: Lang) -> bool {
    texts(chunk, lang).is_some()
}

/// Text `index` of a chunk: empty, and reported once, when the chunk is not loaded in that
/// language.
pub fn text(chunk: u16, lang: Lang, index: u32) -> &'static str {
    STORE.text(chunk, lang, index, |message| {
        if let Some(report) = ON_MISSING.get() {
            report(message);
        }
    })
}

/// What the console says of a text read before its chunk was loaded.
pub fn missing_message(chunk: u16, lang: Lang) -> String {
    format!(
        "content chunk {} ({}) not loaded: a view read its text before asking for it",
        id(chunk),
        lang.tag()
    )
}

/// Keeps the texts of a chunk loaded at run time for the life of the page.
pub fn install(chunk: u16, lang: Lang, texts: Vec<String>) -> bool {
    STORE.install(chunk, lang, texts)
}

/// The version a chunk's file is named by: what follows its last `-`.
fn version(file: &str) -> &str {
    let stem = file.strip_suffix(".json").unwrap_or(file);
    stem.rsplit('-').next().unwrap_or(stem)
}

/// Reads a chunk file and checks it is the one this build asked for: the same chunk,
/// language, version and number of texts.
pub fn parse(json: &str, chunk: u16, lang: Lang) -> Result<Vec<String>, ChunkError> {
    let info = CHUNKS.get(usize::from(chunk)).ok_or(ChunkError::Mismatch)?;
    let file: ChunkFile = serde_json::from_str(json).map_err(|_| ChunkError::Unreadable)?;
    let expected = version(info.files[lang_index(lang)]);
    let fits = file.chunk == info.id
        && file.lang == lang
        && file.hash == expected
        && u32::try_from(file.texts.len()).ok() == Some(info.len);
    if fits {
        Ok(file.texts)
    } else {
        Err(ChunkError::Mismatch)
    }
}

/// A chunk file's contents, for the build step that writes the files (which runs natively,
/// where every chunk is compiled in).
pub fn file_contents(chunk: u16, lang: Lang) -> Option<String> {
    let info = CHUNKS.get(usize::from(chunk))?;
    let file = ChunkFile {
        chunk: info.id.to_owned(),
        lang,
        hash: version(info.files[lang_index(lang)]).to_owned(),
        texts: texts(chunk, lang)?
            .iter()
            .map(|text| (*text).to_owned())
            .collect(),
    };
    serde_json::to_string(&file).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    static COMPILED: [[Option<Texts>; 2]; 3] = [
        [Some(&["a", "b"]), Some(&["A", "B"])],
        [Some(&["x"]), None],
        [None, None],
    ];

    #[test]
    fn a_store_reads_what_is_compiled_in_and_nothing_else() {
        let store = Store::new(&COMPILED);
        assert_eq!(store.texts(0, Lang::En), Some(&["A", "B"][..]));
        assert_eq!(store.read(0, Lang::Ja, 1), Some("b"));
        assert_eq!(store.read(0, Lang::Ja, 2), Some(""), "past the end: empty");
        assert_eq!(store.read(1, Lang::Ja, 0), Some("x"));
        assert_eq!(store.texts(1, Lang::En), None);
        assert_eq!(store.read(1, Lang::En, 0), None);
        assert_eq!(store.texts(2, Lang::Ja), None);
        assert_eq!(store.texts(3, Lang::Ja), None, "no such chunk");
    }

    #[test]
    fn a_loaded_chunk_is_kept_once_and_read() {
        let store = Store::new(&COMPILED);
        assert!(store.install(1, Lang::En, vec!["y".to_owned()]));
        assert_eq!(store.texts(1, Lang::En), Some(&["y"][..]));
        assert_eq!(store.read(1, Lang::En, 0), Some("y"));
        assert!(!store.install(1, Lang::En, vec!["z".to_owned()]));
        assert_eq!(
            store.read(1, Lang::En, 0),
            Some("y"),
            "the first load stays"
        );
        assert_eq!(
            store.texts(1, Lang::Ja),
            Some(&["x"][..]),
            "the other language is apart"
        );
        assert_eq!(store.texts(2, Lang::En), None);
        assert!(!store.install(7, Lang::Ja, vec!["no such chunk".to_owned()]));
        assert_eq!(store.texts(7, Lang::Ja), None);
    }

    #[test]
    fn a_text_read_before_its_chunk_is_empty_and_reported_once_per_chunk_and_language() {
        let store = Store::new(&COMPILED);
        let mut reports = Vec::new();
        assert_eq!(
            store.text(0, Lang::Ja, 0, |m| reports.push(m.to_owned())),
            "a"
        );
        assert!(reports.is_empty());
        for _ in 0..2 {
            assert_eq!(
                store.text(1, Lang::En, 0, |m| reports.push(m.to_owned())),
                ""
            );
        }
        assert_eq!(
            store.text(2, Lang::En, 0, |m| reports.push(m.to_owned())),
            ""
        );
        assert_eq!(
            store.text(2, Lang::Ja, 0, |m| reports.push(m.to_owned())),
            ""
        );
        assert_eq!(
            store.text(9, Lang::Ja, 0, |m| reports.push(m.to_owned())),
            ""
        );
        assert_eq!(
            reports,
            [
                missing_message(1, Lang::En),
                missing_message(2, Lang::En),
                missing_message(2, Lang::Ja),
                missing_message(9, Lang::Ja),
            ]
        );
        assert!(store.install(1, Lang::En, vec!["y".to_owned()]));
        assert_eq!(store.text(1, Lang::En, 0, |_| panic!("loaded")), "y");
    }

    static REPORTED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

    fn record(message: &str) {
        REPORTED.lock().expect("reports").push(message.to_owned());
    }

    #[test]
    fn the_apps_reads_go_where_the_platform_says() {
        on_missing(record);
        // Natively every chunk is compiled in: only a chunk no chunk has can be missing.
        assert_eq!(text(u16::MAX, Lang::En, 0), "");
        assert_eq!(
            *REPORTED.lock().expect("reports"),
            [missing_message(u16::MAX, Lang::En)]
        );
        let mig = by_id("mig").expect("mig");
        assert_eq!(
            text(mig, Lang::Ja, 0),
            texts(mig, Lang::Ja).expect("mig")[0]
        );
        assert!(install(mig, Lang::Ja, vec!["not read".to_owned()]));
        assert!(!install(mig, Lang::Ja, vec!["kept once".to_owned()]));
        assert_ne!(
            text(mig, Lang::Ja, 0),
            "not read",
            "what is compiled in is read"
        );
    }

    #[test]
    fn the_message_names_the_chunk_and_the_language() {
        let mig = by_id("mig").expect("mig");
        let message = missing_message(mig, Lang::En);
        assert!(
            message.starts_with("content chunk mig (en) not loaded"),
            "{message}"
        );
        assert_eq!(id(u16::MAX), "?");
        assert_eq!(file(u16::MAX, Lang::Ja), None);
        assert_eq!(by_id("nope"), None);
        assert_eq!(by_id(id(mig)), Some(mig));
        assert!(file(mig, Lang::Ja).is_some_and(|f| f.starts_with("content-mig-ja-")));
        assert!(file(mig, Lang::En).is_some_and(|f| f.starts_with("content-mig-en-")));
        assert!(
            is_loaded(mig, Lang::En),
            "natively every chunk is compiled in"
        );
        assert!(!is_loaded(u16::MAX, Lang::En), "no such chunk");
        assert_eq!(
            version("content-mig-ja-0123456789abcdef.json"),
            "0123456789abcdef"
        );
    }
}
