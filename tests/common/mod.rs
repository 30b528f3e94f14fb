//! Finding the seed documents, shared by the content tests. The seeds are read from
//! `$CLOUD_SELF_CHECK_SEEDS`, or else from `../shared/seeds`. Without them the seed checks
//! fail; they are skipped only when `CLOUD_SELF_CHECK_SKIP_SEEDS=1` asks for it.
//! (`tests/content.rs` tests the rule itself.)

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// Where the seeds are, when not in `../shared/seeds`.
pub const SEEDS_ENV: &str = "CLOUD_SELF_CHECK_SEEDS";

/// Set to `1` to skip the seed checks when the seeds are missing.
pub const SKIP_ENV: &str = "CLOUD_SELF_CHECK_SKIP_SEEDS";

/// The directory holding the seed documents, or `None` (after saying so on stderr) when they
/// are missing and skipping was asked for. Panics when they are missing otherwise.
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os(SEEDS_ENV) {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"),
    };
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var_os(SKIP_ENV).as_deref() == Some(std::ffi::OsStr::new("1")) {
        eprintln!(
            "skipped: seeds not found at {} and {SKIP_ENV}=1 asks to skip the seed checks",
            dir.display()
        );
        return None;
    }
    panic!(
        "seeds not found at {}: set {SEEDS_ENV} to the seeds directory, or set {SKIP_ENV}=1 to \
         skip the checks against the seeds",
        dir.display()
    )
}

/// A seed's text; panics when it cannot be read.
pub fn read_seed(dir: &Path, file: &str) -> String {
    let path = dir.join(file);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read seed {}: {error}", path.display()))
}

/// A JSON string, or a panic naming what was expected.
pub fn string<'v>(value: &'v serde_json::Value, what: &str) -> &'v str {
    value
        .as_str()
        .unwrap_or_else(|| panic!("{what} is not a string: {value}"))
}

/// The Japanese of a bilingual text.
pub fn ja<'v>(value: &'v serde_json::Value, what: &str) -> &'v str {
    string(&value["ja"], &format!("{what}.ja"))
}

/// The English of a bilingual text.
pub fn en<'v>(value: &'v serde_json::Value, what: &str) -> &'v str {
    string(&value["en"], &format!("{what}.en"))
}
