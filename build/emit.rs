//! Writing the compiled content as Rust: each value becomes an expression of the matching type
//! in `crate::domain::content`. Structs and enums get their [`Emit`] from the schema's macros;
//! the rest is here.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use super::schema::{Localized, StageBullet};

/// The chunk every text outside a check's own content goes to (roles, sources, titles).
pub const CORE: &str = "core";

/// The fields whose text stands outside their check's own view: on the first screen, in the
/// header and footer, on the path panel. They go to the core chunk, not to their check's.
const CORE_FIELDS: &[(&str, &str)] = &[
    ("Checklist", "title"),
    ("StageGuide", "title"),
    ("ResponsibilityGuide", "title"),
    ("ServiceModel", "name"),
    ("Pattern", "name"),
    ("Glossary", "title"),
    ("Stage", "name"),
    ("Stage", "kind"),
];

/// The content chunks: the texts of each check, and of the core, in the order they are written
/// out. A text is written as `Localized::in_chunk(chunk, index)` and its words go to the chunk,
/// whose file the app loads per language (`src/domain/chunks.rs`).
#[derive(Default)]
pub struct Chunker {
    /// (chunk id, its texts as (ja, en)), in order of first use.
    pub chunks: Vec<(String, Vec<(String, String)>)>,
    /// The chunk texts go to now.
    current: usize,
    /// Per chunk, where each text it holds stands.
    held: Vec<HashMap<(String, String), usize>>,
}

thread_local! {
    static CHUNKER: RefCell<Option<Chunker>> = const { RefCell::new(None) };
}

/// Runs `write` with the texts it emits going to chunk `id`, under a chunker started with
/// [`start_chunks`].
pub fn in_chunk<R>(id: &str, write: impl FnOnce() -> R) -> R {
    let previous = CHUNKER.with_borrow_mut(|chunker| {
        let chunker = chunker.as_mut().expect("chunks started");
        let previous = chunker.current;
        chunker.current = match chunker.chunks.iter().position(|(chunk, _)| chunk == id) {
            Some(index) => index,
            None => {
                chunker.chunks.push((id.to_owned(), Vec::new()));
                chunker.held.push(HashMap::new());
                chunker.chunks.len() - 1
            }
        };
        previous
    });
    let result = write();
    CHUNKER.with_borrow_mut(|chunker| {
        if let Some(chunker) = chunker.as_mut() {
            chunker.current = previous;
        }
    });
    result
}

/// Emits one field of a content struct: a field of [`CORE_FIELDS`] into the core chunk.
pub fn in_field(structure: &str, field: &str, write: impl FnOnce()) {
    if CORE_FIELDS.contains(&(structure, field)) {
        in_chunk(CORE, write);
    } else {
        write();
    }
}

/// Starts collecting texts into chunks, the core chunk first.
pub fn start_chunks() {
    CHUNKER.with_borrow_mut(|chunker| {
        *chunker = Some(Chunker {
            chunks: vec![(CORE.to_owned(), Vec::new())],
            current: 0,
            held: vec![HashMap::new()],
        });
    });
}

/// The chunks collected since [`start_chunks`].
pub fn finish_chunks() -> Chunker {
    CHUNKER.with_borrow_mut(|chunker| chunker.take().expect("chunks started"))
}

impl Emit for Localized {
    /// `Localized::in_chunk(c, i)`, with the words added to the current chunk; outside a
    /// chunker (a test writing one value) the words themselves.
    fn emit(&self, out: &mut String) {
        let place = CHUNKER.with_borrow_mut(|chunker| {
            let chunker = chunker.as_mut()?;
            let (_, texts) = &mut chunker.chunks[chunker.current];
            let held = &mut chunker.held[chunker.current];
            let words = (self.ja.clone(), self.en.clone());
            // A text the chunk holds already is written once and referred to twice.
            let index = *held.entry(words.clone()).or_insert_with(|| {
                texts.push(words);
                texts.len() - 1
            });
            Some((chunker.current, index))
        });
        match place {
            Some((chunk, index)) => {
                let _ = write!(out, "Localized::in_chunk({chunk}, {index})");
            }
            None => {
                out.push_str("Localized::new(");
                self.ja.emit(out);
                out.push_str(", ");
                self.en.emit(out);
                out.push(')');
            }
        }
    }
}

/// Writes a value as a Rust expression of the matching type in `crate::domain::content`.
pub trait Emit {
    fn emit(&self, out: &mut String);
}

impl Emit for String {
    fn emit(&self, out: &mut String) {
        // Debug of a str is a valid Rust string literal.
        let _ = write!(out, "{self:?}");
    }
}

impl Emit for bool {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Emit for u16 {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl<T: Emit> Emit for Vec<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for value in self {
            value.emit(out);
            out.push(',');
        }
        out.push(']');
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

/// A keyed map becomes a slice of pairs, in key order.
impl<T: Emit> Emit for BTreeMap<String, T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for (key, value) in self {
            out.push('(');
            key.emit(out);
            out.push(',');
            value.emit(out);
            out.push_str("),");
        }
        out.push(']');
    }
}

/// A bullet with its nested bullets: `StageBullet { text: Localized…, sub: &[…] }`.
impl Emit for StageBullet {
    fn emit(&self, out: &mut String) {
        out.push_str("StageBullet { text: ");
        Localized {
            ja: self.ja.clone(),
            en: self.en.clone(),
        }
        .emit(out);
        out.push_str(", sub: ");
        self.sub.emit(out);
        out.push_str(" }");
    }
}
