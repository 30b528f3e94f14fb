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

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};

use super::content::{CHUNK_COUNT, CHUNKS, COMPILED_TEXTS};
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

/// The chunks loaded at run time, per chunk and language.
static LOADED: [[OnceLock<Texts>; 2]; CHUNK_COUNT] =
    [const { [const { OnceLock::new() }, const { OnceLock::new() }] }; CHUNK_COUNT];

/// The chunks a text was read from before they were loaded, reported once each.
static REPORTED: [[AtomicBool; 2]; CHUNK_COUNT] = [const {
    [
        const { AtomicBool::new(false) },
        const { AtomicBool::new(false) },
    ]
}; CHUNK_COUNT];

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
    let index = usize::from(chunk);
    let l = lang_index(lang);
    COMPILED_TEXTS
        .get(index)?
        .get(l)
        .copied()
        .flatten()
        .or_else(|| LOADED.get(index)?.get(l)?.get().copied())
}

/// Whether a chunk's texts in a language are there to read.
pub fn is_loaded(chunk: u16, lang: Lang) -> bool {
    texts(chunk, lang).is_some()
}

/// Text `index` of a chunk: empty, and reported, when the chunk is not loaded in that language.
pub fn text(chunk: u16, lang: Lang, index: u32) -> &'static str {
    match texts(chunk, lang) {
        Some(texts) => usize::try_from(index)
            .ok()
            .and_then(|index| texts.get(index))
            .copied()
            .unwrap_or_default(),
        None => {
            report_missing(chunk, lang);
            ""
        }
    }
}

fn report_missing(chunk: u16, lang: Lang) {
    let Some(flag) = REPORTED
        .get(usize::from(chunk))
        .map(|flags| &flags[lang_index(lang)])
    else {
        return;
    };
    if !flag.swap(true, Ordering::Relaxed)
        && let Some(report) = ON_MISSING.get()
    {
        report(&format!(
            "content chunk {} ({}) not loaded: a view read its text before asking for it",
            id(chunk),
            lang.tag()
        ));
    }
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

/// Keeps the texts of a chunk for the life of the page. A chunk loaded twice keeps the first.
pub fn install(chunk: u16, lang: Lang, texts: Vec<String>) {
    let Some(slot) = LOADED
        .get(usize::from(chunk))
        .map(|slots| &slots[lang_index(lang)])
    else {
        return;
    };
    if slot.get().is_some() {
        return;
    }
    let texts: Vec<&'static str> = texts
        .into_iter()
        .map(|text| &*Box::leak(text.into_boxed_str()))
        .collect();
    let _ = slot.set(Box::leak(texts.into_boxed_slice()));
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
