//! Fuzzing of the import parser and the schema migration, on stable Rust: documents of every
//! schema (the fixtures, a filled schema-3 document, the bad-import corpus) are mutated
//! structurally (values replaced, retyped, removed, added, nested, ids and dates swapped for
//! tricky ones, the schema version changed) and as bytes (flipped, cut, spliced), then read as
//! an imported file and as stored data. Nothing may panic; every document that is accepted must
//! encode and decode back to itself exactly, and importing it (merge or replace) must give a
//! document that storage would write and load again.
//!
//! `cargo test --test data fuzz::` runs a few thousand cases. The full run is `scripts/fuzz.sh`
//! (`FUZZ_CASES=1000000 cargo test --release --test data fuzz:: -- --nocapture`); `FUZZ_SEED`
//! picks another sequence. A failing input is written to `target/fuzz-failure.json`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::Instant;

use cloud_self_check::domain::document::{
    Document, decode, decode_with_language, encode, validate,
};
use cloud_self_check::domain::transfer::{ImportMode, apply, preview, read};
use serde_json::{Map, Value, json};

/// Cases of a plain `cargo test`: enough to catch the obvious, short enough for every CI run.
const DEFAULT_CASES: u64 = 3_000;

/// xorshift64*: small, fast, and the same sequence for the same seed on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Strings that probe the checks: dates and not-dates, ids, answers, markup, control and
/// surrogate-adjacent characters, long text.
const STRINGS: &[&str] = &[
    "",
    " ",
    "a1",
    "s1",
    "a2",
    "pre-1.1",
    "mig-4.9",
    "sla-1",
    "user:data",
    "provider:os",
    "rsp:user:data:manager_missing",
    "yes",
    "no",
    "done",
    "partly",
    "not_done",
    "not_applicable",
    "defined",
    "not_defined",
    "maybe",
    "own",
    "outside",
    "saas",
    "paas",
    "iaas",
    "direct",
    "sier",
    "cloud_manager",
    "0",
    "1",
    "X",
    "ja",
    "en",
    "fr",
    "2026-11-24",
    "2026-02-29",
    "2024-02-29",
    "2026-13-01",
    "0000-01-01",
    "2026-11-24T10:00:00.000Z",
    "2026-11-24T10:00:00Z",
    "2026-11-24T10:00:00+09:00",
    "2026-11-24T24:00:00.000Z",
    "2026-11-24T10:00:00.Z",
    "2026-11-24T10:00:00",
    "tomorrow",
    "<script>alert(1)</script>",
    "\"quoted\" & <b>",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "本社　情報システム課",
    "👩‍💻",
];

/// Field names of every schema, so added keys are often ones the decoder knows.
const KEYS: &[&str] = &[
    "schema_version",
    "language",
    "active",
    "assessments",
    "id",
    "name",
    "created_at",
    "answers",
    "answer",
    "note",
    "value",
    "owner",
    "due",
    "responsibility",
    "model",
    "pattern",
    "virtual_network",
    "cells",
    "setter",
    "manager",
    "manager_side",
    "confirmed",
    "role",
    "stage",
    "reason",
    "organization",
    "followups",
    "snapshots",
    "label",
    "taken_at",
    "pre-1.1",
    "user:data",
    "unknown",
];

fn random_string(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => "x".repeat(rng.below(700)),
        1 => "あ".repeat(rng.below(150)),
        2 => (0..rng.below(12))
            .map(|_| char::from_u32(rng.below(0x3000) as u32).unwrap_or('?'))
            .collect(),
        _ => (*rng.pick(STRINGS)).to_owned(),
    }
}

fn random_value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth > 3 { 6 } else { 9 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(50)),
        2 => json!(rng.below(6)),
        3 => json!(*rng.pick(&[-1.0, 0.5, 1e300, 3.0, -0.0])),
        4 => json!(u64::MAX - rng.below(3) as u64),
        5 => Value::String(random_string(rng)),
        6 => Value::Array(
            (0..rng.below(3))
                .map(|_| random_value(rng, depth + 1))
                .collect(),
        ),
        _ => {
            let mut map = Map::new();
            for _ in 0..rng.below(4) {
                map.insert((*rng.pick(KEYS)).to_owned(), random_value(rng, depth + 1));
            }
            Value::Object(map)
        }
    }
}

/// Every node of a value, as a path of steps from the root.
fn paths(value: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match value {
        Value::Object(map) => {
            for key in map.keys() {
                here.push(Step::Key(key.clone()));
                paths(&map[key], here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                here.push(Step::Index(index));
                paths(item, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn node<'a>(value: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(value, |value, step| match step {
        Step::Key(key) => &mut value[key.as_str()],
        Step::Index(index) => &mut value[*index],
    })
}

/// One structural change at a random place of the document.
fn mutate_structure(rng: &mut Rng, document: &mut Value) {
    let mut all = Vec::new();
    paths(document, &mut Vec::new(), &mut all);
    let path = rng.pick(&all).clone();
    let target = node(document, &path);
    let choice = rng.below(11);
    match choice {
        0 => *target = random_value(rng, 0),
        1 => *target = Value::String(random_string(rng)),
        2 | 9 => {
            // Remove a key of an object; or (9) rename it, keeping its value.
            if let Value::Object(map) = target
                && !map.is_empty()
            {
                let key = map
                    .keys()
                    .nth(rng.below(map.len()))
                    .cloned()
                    .unwrap_or_default();
                let removed = map.remove(&key);
                if choice == 9
                    && let Some(value) = removed
                {
                    map.insert((*rng.pick(KEYS)).to_owned(), value);
                }
            }
        }
        3 => {
            if let Value::Object(map) = target {
                map.insert((*rng.pick(KEYS)).to_owned(), random_value(rng, 1));
            }
        }
        4 => {
            if let Value::Array(items) = target
                && !items.is_empty()
            {
                let copy = items[rng.below(items.len())].clone();
                items.push(copy);
            }
        }
        5 => {
            if let Value::Array(items) = target
                && !items.is_empty()
            {
                let index = rng.below(items.len());
                items.remove(index);
            }
        }
        6 => *target = Value::Array(vec![target.take()]),
        7 => {
            // Retype: a string becomes a number, a number a string, a container its opposite.
            *target = match target.take() {
                Value::String(text) => json!(text.len()),
                Value::Number(number) => Value::String(number.to_string()),
                Value::Object(map) => Value::Array(map.into_values().collect()),
                Value::Array(items) => Value::Object(
                    items
                        .into_iter()
                        .enumerate()
                        .map(|(index, item)| (index.to_string(), item))
                        .collect(),
                ),
                other => random_value(rng, 0).or(other),
            };
        }
        8 => {
            if let Value::Object(map) = document {
                map.insert("schema_version".into(), json!(rng.below(5)));
                if rng.chance(50) {
                    map.insert("language".into(), json!(*rng.pick(&["ja", "en", "fr", ""])));
                }
            }
        }
        _ => {
            // Copy one node over another: ids, dates and answers end up where they do not fit.
            let from = rng.pick(&all).clone();
            let copy = node(document, &from).clone();
            *node(document, &path) = copy;
        }
    }
}

trait OrValue {
    fn or(self, other: Value) -> Value;
}

impl OrValue for Value {
    fn or(self, other: Value) -> Value {
        if self.is_null() { other } else { self }
    }
}

/// Byte-level damage, as a copy or a download cut short or garbled would do.
fn mutate_bytes(rng: &mut Rng, bytes: &mut Vec<u8>) {
    const TOKENS: &[&[u8]] = &[
        b"{",
        b"}",
        b"[",
        b"]",
        b"\"",
        b",",
        b":",
        b"null",
        b"-1",
        b"1e999",
        b"\\u0000",
        b"\\ud800",
        b"\xff",
        b"\xe3\x81",
        b"\"schema_version\":1,",
        b"\"a1\"",
    ];
    match rng.below(6) {
        0 if !bytes.is_empty() => {
            let index = rng.below(bytes.len());
            bytes[index] ^= 1 << rng.below(8);
        }
        1 if !bytes.is_empty() => {
            let cut = rng.below(bytes.len());
            bytes.truncate(cut);
        }
        2 if !bytes.is_empty() => {
            let start = rng.below(bytes.len());
            let end = (start + rng.below(16)).min(bytes.len());
            bytes.drain(start..end);
        }
        3 if !bytes.is_empty() => {
            let start = rng.below(bytes.len());
            let end = (start + rng.below(64)).min(bytes.len());
            let slice = bytes[start..end].to_vec();
            let at = rng.below(bytes.len());
            bytes.splice(at..at, slice);
        }
        _ => {
            let at = rng.below(bytes.len() + 1);
            bytes.splice(at..at, rng.pick(TOKENS).iter().copied());
        }
    }
}

/// The documents mutations start from: every schema, filled, and the corpus.
fn seeds() -> Vec<Vec<u8>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut seeds: Vec<Vec<u8>> = ["schema-1.json", "schema-2.json", "document-v1.json"]
        .iter()
        .map(|name| std::fs::read(root.join("fixtures").join(name)).expect(name))
        .collect();
    seeds.push(encode(&Document::new("2026-11-24T10:00:00.000Z")).into_bytes());
    let corpus = root.join("bad-imports");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .expect("corpus")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .filter(|path| !path.ends_with("manifest.json"))
        .collect();
    files.sort();
    for path in files {
        let bytes = std::fs::read(&path).expect("corpus file");
        // The 1 MB files make slow cases without new paths: the small ones are enough.
        if bytes.len() < 64 * 1024 {
            seeds.push(bytes);
        }
    }
    seeds
}

/// A document to import into: two assessments with answers, a map and a snapshot.
fn current() -> Document {
    let raw = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-2.json"),
    )
    .expect("fixture");
    let mut document = decode(&raw).expect("fixture decodes");
    assert!(document.take_snapshot("s1", "上期", "2026-11-24T11:00:00.000Z"));
    document
}

/// What every input must satisfy; `Err` says what broke.
fn check(bytes: &[u8], current: &Document) -> Result<bool, String> {
    let accepted = match read(bytes.len() as u64, bytes) {
        Ok(document) => document,
        Err(_) => {
            // Stored data goes through the same decoder, with the schema-2 language step.
            if let Ok(text) = std::str::from_utf8(bytes)
                && decode_with_language(text).is_ok()
            {
                return Err("refused as a file, accepted as stored data".into());
            }
            return Ok(false);
        }
    };
    let encoded = encode(&accepted);
    match decode(&encoded) {
        Ok(again) if again == accepted => {}
        Ok(_) => return Err("decode(encode(document)) differs".into()),
        Err(error) => return Err(format!("an accepted document does not load again: {error}")),
    }
    if encode(&decode(&encoded).expect("checked")) != encoded {
        return Err("the encoding is not stable".into());
    }
    validate(&accepted).map_err(|error| format!("accepted but invalid: {error}"))?;
    for mode in [ImportMode::Merge, ImportMode::Replace] {
        let _ = preview(current, &accepted, mode);
        let imported = apply(current, &accepted, mode, 0x5eed);
        validate(&imported)
            .map_err(|error| format!("{mode:?} import would not be written: {error}"))?;
        if decode(&encode(&imported)).as_ref() != Ok(&imported) {
            return Err(format!("{mode:?} import does not round-trip"));
        }
    }
    Ok(true)
}

#[test]
fn imports_and_migrations_never_panic_and_accepted_documents_round_trip() {
    let cases: u64 = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(0x5e1f_c4ec_2024_0024);
    let mut rng = Rng(seed | 1);
    let seeds = seeds();
    let current = current();
    let values: Vec<Option<Value>> = seeds
        .iter()
        .map(|bytes| serde_json::from_slice(bytes).ok())
        .collect();
    let valid: Vec<usize> = (0..seeds.len())
        .filter(|&index| read(seeds[index].len() as u64, &seeds[index]).is_ok())
        .collect();
    let started = Instant::now();
    let mut accepted = 0u64;
    for case in 0..cases {
        // Half the cases start from a document that is accepted as it is, so that many
        // mutants are accepted too and their round trip is checked.
        let index = if rng.chance(50) {
            *rng.pick(&valid)
        } else {
            rng.below(seeds.len())
        };
        let mut bytes = match (&values[index], rng.chance(80)) {
            (Some(value), true) => {
                let mut value = value.clone();
                for _ in 0..1 + rng.below(4) {
                    mutate_structure(&mut rng, &mut value);
                }
                let text = if rng.chance(20) {
                    serde_json::to_string_pretty(&value)
                } else {
                    serde_json::to_string(&value)
                };
                text.expect("a Value serializes").into_bytes()
            }
            _ => seeds[index].clone(),
        };
        if rng.chance(30) {
            for _ in 0..1 + rng.below(3) {
                mutate_bytes(&mut rng, &mut bytes);
            }
        }
        let outcome = catch_unwind(AssertUnwindSafe(|| check(&bytes, &current)));
        let failure = match outcome {
            Ok(Ok(true)) => {
                accepted += 1;
                None
            }
            Ok(Ok(false)) => None,
            Ok(Err(reason)) => Some(reason),
            Err(_) => Some("panicked".to_owned()),
        };
        if let Some(reason) = failure {
            let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failure.json");
            let _ = std::fs::write(&path, &bytes);
            panic!(
                "case {case} (seed {seed}): {reason}; input written to {}",
                path.display()
            );
        }
    }
    eprintln!(
        "fuzz: {cases} cases (seed {seed}), {accepted} accepted and round-tripped, {} refused, in {:.1?}",
        cases - accepted,
        started.elapsed()
    );
}
