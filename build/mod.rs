//! The content compiler: turns `content/*.json` into Rust statics, so the browser parses no
//! content at start-up and a content file that breaks the schema fails the build, not the page.
//!
//! - `content/modules.json` lists every check in order, with its file, what the file holds and
//!   how the check is scored ([`catalog`]); everything else that lists checks derives from it.
//! - The files are read into the owned mirrors of [`schema`] (unknown fields refused),
//! - checked ([`checks`], [`map_checks`], and [`catalog`] for the list itself),
//! - linked to the glossary ([`terms`]),
//! - and written out as one `static CATALOG: Catalog` of `&'static` data ([`emit`]) for
//!   `src/domain/content.rs` to include.
//!
//! With the cargo feature `bench-scale`, a synthetic checklist of 5,000 items ([`scale`]) is
//! added after the real checks, for the benchmark's scale case. It never ships.
//!
//! `build.rs` only calls [`compile`]; the tests call it too, on a copy of `content/`.

mod catalog;
mod checks;
mod emit;
mod map_checks;
mod scale;
mod schema;
mod terms;

use std::fmt::Write as _;
use std::path::Path;

pub use catalog::{Check, CheckList, Kind};
use emit::Emit;
pub use schema::{
    Checklist, Glossary, ResponsibilityGuide, RoleGuide, Scoring, SourceList, StageGuide,
};

/// The content, read, checked and linked: what the app's `Catalog` is generated from.
pub struct Compiled {
    /// Every check in order (`content/modules.json`).
    pub checks: CheckList,
    /// The checklists, in the order of their checks.
    pub checklists: Vec<Checklist>,
    pub stages: StageGuide,
    pub responsibility: ResponsibilityGuide,
    pub roles: RoleGuide,
    pub glossary: Glossary,
    pub sources: SourceList,
}

/// Reads, checks and links the content in `content` (the `content/` directory). Panics with the
/// file and the reason when the content is broken, which fails the build.
pub fn compile(content: &Path, bench_scale: bool) -> Compiled {
    let mut checks: CheckList = read(content, "modules.json");
    checks.check();
    let mut checklists: Vec<Checklist> = checks
        .of_kind(Kind::Checklist)
        .map(|check| {
            let checklist: Checklist = read(content, &check.content);
            checks.check_checklist(check, &checklist);
            checklist
        })
        .collect();
    if bench_scale {
        let checklist = scale::scale_checklist();
        checks.checks.push(Check {
            id: checklist.id.clone(),
            content: String::new(),
            kind: Kind::Checklist,
            scoring: Scoring::YesNo,
            shown_in: None,
            guide_part: None,
        });
        checklists.push(checklist);
    }
    let stages: StageGuide = read(content, &only(&checks, Kind::StageGuide).content);
    assert_eq!(
        stages.id,
        only(&checks, Kind::StageGuide).id,
        "the stage guide's id is its id in modules.json"
    );
    let responsibility: ResponsibilityGuide =
        read(content, &only(&checks, Kind::ResponsibilityMap).content);
    assert_eq!(
        responsibility.id,
        only(&checks, Kind::ResponsibilityMap).id,
        "the responsibility map's id is its id in modules.json"
    );
    let sources: SourceList = read(content, "sources.json");
    let mut roles: RoleGuide = read(content, "roles.json");
    checks.place_in(&mut roles);
    checks::check_roles(&roles);
    let glossary: Glossary = read(content, "glossary.json");
    checks::check_glossary(&glossary, &sources);
    terms::link_terms(&mut checklists, &glossary);

    checks::check(&checklists, &stages, &sources);
    map_checks::check_responsibility(&responsibility, &checklists, &sources);

    Compiled {
        checks,
        checklists,
        stages,
        responsibility,
        roles,
        glossary,
        sources,
    }
}

/// The one check whose file holds `kind` (the stage guide, the responsibility map).
fn only(checks: &CheckList, kind: Kind) -> &Check {
    let mut found = checks.of_kind(kind);
    let first = found
        .next()
        .unwrap_or_else(|| panic!("modules.json lists no {kind:?}"));
    assert!(found.next().is_none(), "modules.json lists two {kind:?}");
    first
}

fn read<T: serde::de::DeserializeOwned>(content: &Path, file: &str) -> T {
    let path = content.join(file);
    let json = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    serde_json::from_str(&json).unwrap_or_else(|error| panic!("content/{file}: {error}"))
}

impl Compiled {
    /// The modules with a view of their own, in order.
    pub fn modules(&self) -> Vec<String> {
        self.checks.modules()
    }

    /// The content as the Rust source of `static CATALOG: Catalog`, whose texts are references
    /// into content chunks, and of the chunks: `CHUNKS` (each chunk's id, length and file per
    /// language) and `COMPILED_TEXTS` (the texts compiled into the program: every chunk in a
    /// native build or one with the feature `all-content`, only [`COMPILED_IN`] in the wasm).
    pub fn to_rust(&self) -> String {
        let mut out = String::with_capacity(512 * 1024);
        emit::start_chunks();
        out.push_str("/// Generated by build/ from content/*.json.\n");
        out.push_str("pub static CATALOG: Catalog = Catalog {\n");
        out.push_str("checks: ");
        self.checks.checks.emit(&mut out);
        out.push_str(",\nchecklists: &[");
        for checklist in &self.checklists {
            emit::in_chunk(&checklist.id, || checklist.emit(&mut out));
            out.push(',');
        }
        out.push_str("],\nstages: ");
        emit::in_chunk(&self.stages.id, || self.stages.emit(&mut out));
        out.push_str(",\nresponsibility: ");
        emit::in_chunk(&self.responsibility.id, || {
            self.responsibility.emit(&mut out)
        });
        out.push_str(",\nglossary: ");
        emit::in_chunk(GLOSSARY, || self.glossary.emit(&mut out));
        out.push_str(",\nroles: ");
        self.roles.emit(&mut out);
        out.push_str(",\nmodules: ");
        self.modules().emit(&mut out);
        out.push_str(",\nsources: ");
        self.sources.documents.emit(&mut out);
        out.push_str(",\nedition: ");
        self.sources.edition.emit(&mut out);
        out.push_str(",\n};\n");
        let chunks = emit::finish_chunks().chunks;
        write_chunks(&chunks, &mut out);
        out
    }
}

/// The chunk of the glossary, which every checklist's view shows terms from.
pub const GLOSSARY: &str = "glossary";

/// The chunks compiled into the wasm, by (chunk, language): what the first view needs (the
/// core; the precondition check on the home page, with the terms it quotes and the stage
/// practice its result shows), in both languages, so a reader of either sees it with no wait,
/// and a language switch there is at once. Every other chunk is loaded when a view needs it.
pub const COMPILED_IN: &[(&str, &str)] = &[
    (emit::CORE, "ja"),
    (emit::CORE, "en"),
    ("pre", "ja"),
    ("pre", "en"),
    (GLOSSARY, "ja"),
    (GLOSSARY, "en"),
    ("stage", "ja"),
    ("stage", "en"),
];

/// A chunk file's version: FNV-1a (64 bits) of its chunk, language and texts, in hex. It names
/// the file, so a deploy with other content has other file names.
pub fn chunk_hash(id: &str, lang: &str, texts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [id, lang].into_iter().chain(texts.iter().copied()) {
        for byte in part.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

fn write_chunks(chunks: &[(String, Vec<(String, String)>)], out: &mut String) {
    let langs = ["ja", "en"];
    let texts = |chunk: &[(String, String)], lang: usize| -> Vec<String> {
        chunk
            .iter()
            .map(|(ja, en)| if lang == 0 { ja.clone() } else { en.clone() })
            .collect()
    };
    let _ = writeln!(out, "pub const CHUNK_COUNT: usize = {};", chunks.len());
    out.push_str("pub static CHUNKS: [ChunkInfo; CHUNK_COUNT] = [\n");
    for (id, chunk) in chunks {
        out.push_str("ChunkInfo { id: ");
        id.emit(out);
        let _ = write!(out, ", len: {}, files: [", chunk.len());
        for (lang_index, lang) in langs.iter().enumerate() {
            let texts = texts(chunk, lang_index);
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let hash = chunk_hash(id, lang, &refs);
            let _ = write!(out, "{:?},", format!("content-{id}-{lang}-{hash}.json"));
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    for all in [true, false] {
        let condition = r#"any(not(target_arch = "wasm32"), feature = "all-content")"#;
        let _ = if all {
            writeln!(out, "#[cfg({condition})]")
        } else {
            writeln!(out, "#[cfg(not({condition}))]")
        };
        out.push_str("pub static COMPILED_TEXTS: [[Option<&[&str]>; 2]; CHUNK_COUNT] = [\n");
        for (id, chunk) in chunks {
            out.push('[');
            for (lang_index, lang) in langs.iter().enumerate() {
                if all || COMPILED_IN.contains(&(id.as_str(), *lang)) {
                    out.push_str("Some(");
                    texts(chunk, lang_index).emit(out);
                    out.push_str("),");
                } else {
                    out.push_str("None,");
                }
            }
            out.push_str("],\n");
        }
        out.push_str("];\n");
    }
}
