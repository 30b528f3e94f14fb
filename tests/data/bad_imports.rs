//! The corpus of bad import files (tests/bad-imports, written by its make.mjs): every file goes
//! through the import path as a chosen file does, gets the one sentence its manifest names, in
//! both languages, and changes nothing that is stored. Files that are hostile but valid
//! (markup and scripts in free text) are imported as text and come back exactly as written.

use std::collections::BTreeMap;
use std::path::PathBuf;

use cloud_self_check::domain::answers::Answer;
use cloud_self_check::domain::document::{Document, decode, encode};
use cloud_self_check::domain::text::Lang;
use cloud_self_check::domain::transfer::{ImportError, ImportMode, apply, preview, read};
use cloud_self_check::i18n::data::{DataText, data_text};
use cloud_self_check::views::data::import_error;
use serde_json::Value;

/// Files in the corpus, at least.
const AT_LEAST: usize = 50;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/bad-imports")
}

/// (file name, expected outcome) in manifest order.
fn manifest() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(corpus_dir().join("manifest.json")).expect("manifest");
    let entries: Vec<BTreeMap<String, String>> = serde_json::from_str(&text).expect("manifest");
    entries
        .into_iter()
        .map(|entry| (entry["file"].clone(), entry["expect"].clone()))
        .collect()
}

/// The sentence the manifest's name stands for, read from the language's text (not through the
/// view's own mapping, which is what is checked).
fn sentence(t: &DataText, expect: &str) -> String {
    match expect {
        "too_large" => t.error_too_large.to_owned(),
        "empty" => t.error_empty.to_owned(),
        "not_text" => t.error_not_text.to_owned(),
        "csv" => t.error_csv.to_owned(),
        "not_json" => t.error_not_json.to_owned(),
        "truncated" => t.error_truncated.to_owned(),
        "not_ours" => t.error_not_ours.to_owned(),
        "damaged" => t.error_damaged.to_owned(),
        "newer" => (t.error_newer)(4),
        other => panic!("unknown expectation {other:?} in the manifest"),
    }
}

/// What the browser holds while the files are tried: answers, a note and a snapshot.
fn stored() -> Document {
    let mut document = Document::new("2026-11-24T10:00:00.000Z");
    document.set_answer("pre-1.1", Answer::Yes);
    document.set_note("pre-1.1", "本社で確認済み");
    assert!(document.take_snapshot("s9", "前回", "2026-11-24T11:00:00.000Z"));
    document
}

#[test]
fn every_bad_file_gets_its_sentence_and_changes_nothing() {
    let manifest = manifest();
    assert!(
        manifest.len() >= AT_LEAST,
        "{} files in the corpus",
        manifest.len()
    );
    let current = stored();
    let before = encode(&current);
    let mut failures = Vec::new();
    let (mut refused, mut accepted) = (0, 0);
    for (file, expect) in &manifest {
        let bytes = std::fs::read(corpus_dir().join(file)).expect(file);
        let result = read(bytes.len() as u64, &bytes);
        match (expect.as_str(), result) {
            ("accepted", Ok(incoming)) => {
                // Imported as text: the document writes back exactly what the file says.
                let file_value: Value = serde_json::from_slice(&bytes).expect(file);
                let written: Value = serde_json::from_str(&encode(&incoming)).expect(file);
                if written != file_value || decode(&encode(&incoming)).as_ref() != Ok(&incoming) {
                    failures.push(format!("{file}: changed on the way in"));
                }
                // The preview changes nothing; importing keeps the text as it is.
                for mode in [ImportMode::Merge, ImportMode::Replace] {
                    let _ = preview(&current, &incoming, mode);
                    let imported = apply(&current, &incoming, mode, 7);
                    if decode(&encode(&imported)).as_ref() != Ok(&imported) {
                        failures.push(format!("{file}: {mode:?} does not load again"));
                    }
                }
                accepted += 1;
            }
            ("accepted", Err(error)) => failures.push(format!("{file}: refused as {error:?}")),
            (_, Ok(_)) => failures.push(format!("{file}: accepted, expected {expect}")),
            (_, Err(error)) => {
                for lang in Lang::ALL {
                    let t = data_text(lang);
                    if import_error(t, Some(&error)) != sentence(t, expect) {
                        failures.push(format!("{file} ({lang:?}): {error:?}, expected {expect}"));
                    }
                }
                refused += 1;
            }
        }
        assert_eq!(
            encode(&current),
            before,
            "{file} changed the stored document"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!("{refused} files refused, {accepted} accepted as text");
}

#[test]
fn the_corpus_covers_every_sentence_and_is_all_listed() {
    let manifest = manifest();
    let expected: std::collections::BTreeSet<&str> =
        manifest.iter().map(|(_, expect)| expect.as_str()).collect();
    for kind in [
        "accepted",
        "empty",
        "not_text",
        "csv",
        "not_json",
        "truncated",
        "not_ours",
        "damaged",
        "newer",
    ] {
        assert!(expected.contains(kind), "no file expects {kind}");
    }
    // Every file in the folder is in the manifest, so none is silently left out.
    let mut files: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("corpus")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .into_string()
                .expect("name")
        })
        .filter(|name| name.ends_with(".json") && name != "manifest.json")
        .collect();
    files.sort();
    let listed: Vec<String> = manifest.iter().map(|(file, _)| file.clone()).collect();
    assert_eq!(files, listed);
}

#[test]
fn a_file_too_large_is_refused_before_it_is_read() {
    // Kept out of the folder (it would be 6 MB): the browser's reported size decides.
    let error = read(6 * 1024 * 1024, b"{}").expect_err("too large");
    assert!(matches!(error, ImportError::TooLarge { .. }));
    for lang in Lang::ALL {
        let t = data_text(lang);
        assert_eq!(import_error(t, Some(&error)), sentence(t, "too_large"));
    }
}
