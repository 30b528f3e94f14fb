//! The content chunks (`build/emit.rs`, `src/domain/chunks.rs`): each check's texts in a chunk
//! of its own, the texts shown outside every check's view in the core, the files named by
//! their version, and a loaded file taken only when it is the one this build asked for.

use cloud_self_check::domain::chunks::{self, ChunkError, ChunkFile};
use cloud_self_check::domain::content::{Localized, catalog};
use cloud_self_check::domain::text::Lang;

use crate::compiler;

fn chunk_of(text: &Localized) -> &'static str {
    chunks::id(text.place().expect("a content text stands in a chunk").0)
}

#[test]
fn each_checks_texts_stand_in_its_own_chunk_and_its_title_in_the_core() {
    for checklist in catalog().checklists {
        assert_eq!(chunk_of(&checklist.title), "core", "{}", checklist.id);
        assert_eq!(chunk_of(&checklist.source.section), checklist.id);
        for text in checklist.purpose.iter().chain(checklist.intro) {
            assert_eq!(chunk_of(text), checklist.id);
        }
        for item in checklist.items {
            assert_eq!(chunk_of(&item.question), checklist.id, "{}", item.id);
            for text in item.guidance.iter().chain(item.statement.iter()) {
                assert_eq!(chunk_of(text), checklist.id, "{}", item.id);
            }
        }
    }
    let stages = &catalog().stages;
    assert_eq!(chunk_of(&stages.title), "core");
    for stage in stages.stages {
        assert_eq!(
            chunk_of(&stage.name),
            "core",
            "the home page's card names it"
        );
        for text in stage.practice.iter().chain(stage.gate) {
            assert_eq!(chunk_of(text), stages.id);
        }
    }
    let map = &catalog().responsibility;
    assert_eq!(chunk_of(&map.title), "core");
    for model in map.models {
        assert_eq!(chunk_of(&model.name), "core", "the path panel asks for it");
        assert_eq!(chunk_of(&model.user_part), map.id);
    }
    for pattern in map.patterns {
        assert_eq!(
            chunk_of(&pattern.name),
            "core",
            "the path panel asks for it"
        );
    }
    for term in catalog().glossary.terms {
        assert_eq!(chunk_of(&term.term), "glossary", "{}", term.id);
    }
    assert_eq!(
        chunk_of(&catalog().glossary.title),
        "core",
        "the footer links it"
    );
    for role in catalog().roles.roles {
        assert_eq!(chunk_of(&role.group), "core", "{}", role.id);
    }
    for document in catalog().sources {
        assert_eq!(chunk_of(&document.title), "core", "{}", document.file);
    }
}

#[test]
fn every_chunk_has_a_file_per_language_named_by_its_version() {
    let mut names = std::collections::BTreeSet::new();
    for chunk in chunks::all() {
        for lang in Lang::ALL {
            let name = chunks::file(chunk, lang).expect("a file");
            assert!(names.insert(name), "{name} twice");
            let texts = chunks::texts(chunk, lang).expect("compiled in natively");
            let version = compiler::chunk_hash(chunks::id(chunk), lang.tag(), texts);
            assert_eq!(
                name,
                format!(
                    "content-{}-{}-{version}.json",
                    chunks::id(chunk),
                    lang.tag()
                )
            );
            let contents = chunks::file_contents(chunk, lang).expect("contents");
            assert_eq!(
                chunks::parse(&contents, chunk, lang).as_deref(),
                Ok(texts
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .as_slice())
            );
        }
    }
    // One chunk per check, the core and the glossary.
    assert_eq!(names.len(), 2 * (catalog().checks.len() + 2));
}

#[test]
fn a_version_changes_with_any_text_the_chunk_or_the_language() {
    let base = compiler::chunk_hash("pre", "ja", &["a", "b"]);
    assert_eq!(base.len(), 16);
    assert!(
        base.chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    );
    for other in [
        compiler::chunk_hash("pre", "ja", &["a", "c"]),
        compiler::chunk_hash("pre", "ja", &["ab"]),
        compiler::chunk_hash("pre", "ja", &["a", "b", ""]),
        compiler::chunk_hash("mig", "ja", &["a", "b"]),
        compiler::chunk_hash("pre", "en", &["a", "b"]),
    ] {
        assert_ne!(other, base);
    }
}

fn file_of(chunk: u16, lang: Lang) -> ChunkFile {
    serde_json::from_str(&chunks::file_contents(chunk, lang).expect("contents"))
        .expect("a chunk file")
}

#[test]
fn a_loaded_file_is_taken_only_when_it_is_the_one_asked_for() {
    let mig = chunks::by_id("mig").expect("mig");
    let pre = chunks::by_id("pre").expect("pre");
    let good = file_of(mig, Lang::En);
    let text = |file: &ChunkFile| serde_json::to_string(file).expect("json");
    assert!(chunks::parse(&text(&good), mig, Lang::En).is_ok());
    for (what, json, chunk, lang, expected) in [
        (
            "not JSON",
            "<!doctype html><p>Not found".to_owned(),
            mig,
            Lang::En,
            ChunkError::Unreadable,
        ),
        (
            "another shape",
            r#"{"texts": 3}"#.to_owned(),
            mig,
            Lang::En,
            ChunkError::Unreadable,
        ),
        (
            "an unknown field",
            text(&good).replacen('{', r#"{"extra":1,"#, 1),
            mig,
            Lang::En,
            ChunkError::Unreadable,
        ),
        (
            "another chunk",
            text(&good),
            pre,
            Lang::En,
            ChunkError::Mismatch,
        ),
        (
            "another language",
            text(&good),
            mig,
            Lang::Ja,
            ChunkError::Mismatch,
        ),
        (
            "no such chunk",
            text(&good),
            u16::MAX,
            Lang::En,
            ChunkError::Mismatch,
        ),
    ] {
        assert_eq!(chunks::parse(&json, chunk, lang), Err(expected), "{what}");
    }
    let mut other_version = file_of(mig, Lang::En);
    other_version.hash = "0000000000000000".to_owned();
    assert_eq!(
        chunks::parse(&text(&other_version), mig, Lang::En),
        Err(ChunkError::Mismatch)
    );
    let mut shorter = file_of(mig, Lang::En);
    shorter.texts.pop();
    assert_eq!(
        chunks::parse(&text(&shorter), mig, Lang::En),
        Err(ChunkError::Mismatch)
    );
    let mut renamed = file_of(mig, Lang::En);
    renamed.chunk = "pre".to_owned();
    assert_eq!(
        chunks::parse(&text(&renamed), mig, Lang::En),
        Err(ChunkError::Mismatch)
    );
}

#[test]
fn the_wasm_compiles_in_only_what_the_first_view_needs() {
    let rust = compiler::compile(&crate::modules::content_dir(), false).to_rust();
    let wasm = rust
        .split(r#"#[cfg(not(any(not(target_arch = "wasm32"), feature = "all-content")))]"#)
        .nth(1)
        .expect("the wasm's table");
    let table = &wasm[..wasm.find("\n];").expect("its end")];
    let rows: Vec<&str> = table.lines().filter(|line| line.starts_with('[')).collect();
    assert_eq!(rows.len(), catalog().checks.len() + 2, "a row per chunk");
    let mut compiled = Vec::new();
    for (chunk, row) in chunks::all().zip(&rows) {
        // `[Some(&[…]),None,],`: the Japanese, then the English.
        if row.starts_with("[Some(") {
            compiled.push((chunks::id(chunk), "ja"));
        }
        if !row.ends_with("None,],") {
            compiled.push((chunks::id(chunk), "en"));
        }
    }
    compiled.sort();
    let mut expected = compiler::COMPILED_IN.to_vec();
    expected.sort();
    assert_eq!(compiled, expected);
    assert_eq!(
        expected,
        [
            ("core", "en"),
            ("core", "ja"),
            ("glossary", "en"),
            ("glossary", "ja"),
            ("pre", "en"),
            ("pre", "ja"),
            ("stage", "en"),
            ("stage", "ja")
        ]
    );
}

#[test]
fn an_english_chunk_has_a_text_wherever_the_japanese_has_one() {
    // A content text has no fallback to the Japanese (`Localized::get`): an English view reads
    // the English chunk alone, so each text must have its English.
    for chunk in chunks::all() {
        let ja = chunks::texts(chunk, Lang::Ja).expect("ja");
        let en = chunks::texts(chunk, Lang::En).expect("en");
        assert_eq!(ja.len(), en.len());
        for (ja, en) in ja.iter().zip(en) {
            assert!(
                ja.trim().is_empty() || !en.trim().is_empty(),
                "{}: {ja:?} has no English",
                chunks::id(chunk)
            );
        }
    }
}
