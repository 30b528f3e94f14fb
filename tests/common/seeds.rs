//! Finding the seed documents, shared by every test that checks content against them. The seeds
//! are read from `$CLOUD_SELF_CHECK_SEEDS`, or else from `../shared/seeds`. Without them the
//! seed checks fail; they are skipped only when `CLOUD_SELF_CHECK_SKIP_SEEDS=1` asks for it
//! (`tests/content/catalog.rs` tests that rule, `seed_check`). Also the content files read as
//! JSON, directly rather than through the compiled catalog.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// Where the seeds are, when not in `../shared/seeds`.
pub const SEEDS_ENV: &str = "CLOUD_SELF_CHECK_SEEDS";

/// Set to `1` to skip the seed checks when the seeds are missing.
pub const SKIP_ENV: &str = "CLOUD_SELF_CHECK_SKIP_SEEDS";

#[derive(Debug, PartialEq)]
pub enum SeedCheck {
    Run,
    Skip,
}

/// Whether the seed checks run, are skipped, or fail: they run when the seeds directory exists,
/// and otherwise fail, unless skipping is asked for with `CLOUD_SELF_CHECK_SKIP_SEEDS=1`.
pub fn seed_check(dir: &Path, dir_exists: bool, skip: Option<&OsStr>) -> Result<SeedCheck, String> {
    if dir_exists {
        Ok(SeedCheck::Run)
    } else if skip == Some(OsStr::new("1")) {
        Ok(SeedCheck::Skip)
    } else {
        Err(format!(
            "seeds not found at {}: set {SEEDS_ENV} to the seeds directory, or set {SKIP_ENV}=1 \
             to skip the checks against the seeds",
            dir.display()
        ))
    }
}

/// The directory holding the seed documents, or `None` (after saying so on stderr) when they
/// are missing and skipping was asked for. Panics when they are missing otherwise.
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os(SEEDS_ENV) {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"),
    };
    let skip = std::env::var_os(SKIP_ENV);
    match seed_check(&dir, dir.is_dir(), skip.as_deref()) {
        Ok(SeedCheck::Run) => Some(dir),
        Ok(SeedCheck::Skip) => {
            eprintln!(
                "skipped: seeds not found at {} and {SKIP_ENV}=1 asks to skip the seed checks",
                dir.display()
            );
            None
        }
        Err(message) => panic!("{message}"),
    }
}

/// A seed's text; panics when it cannot be read.
pub fn read_seed(dir: &Path, file: &str) -> String {
    let path = dir.join(file);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read seed {}: {error}", path.display()))
}

/// The text of one seed, or `None` when the seed checks are skipped.
pub fn seed(file: &str) -> Option<String> {
    seeds_dir().map(|dir| read_seed(&dir, file))
}

/// Text with all white space removed, as text extracted from the seeds is compared.
pub fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

// ---------------------------------------------------------------------------------------------
// Content files as JSON.

/// A content file (by its full path) parsed as JSON; panics when it cannot be read or parsed.
pub fn content_file(path: &str) -> Value {
    let json =
        std::fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {path}: {error}"));
    serde_json::from_str(&json).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The items of a checklist's content file.
pub fn items(content: &Value) -> &[Value] {
    content["items"]
        .as_array()
        .expect("the checklist has an array of items")
}

/// An item's number, as the seed numbers it.
pub fn number(item: &Value) -> &str {
    string(&item["number"], "item number")
}

/// A JSON string, or a panic naming what was expected.
pub fn string<'v>(value: &'v Value, what: &str) -> &'v str {
    value
        .as_str()
        .unwrap_or_else(|| panic!("{what} is not a string: {value}"))
}

/// The Japanese of a bilingual text.
pub fn ja<'v>(value: &'v Value, what: &str) -> &'v str {
    string(&value["ja"], &format!("{what}.ja"))
}

/// The English of a bilingual text.
pub fn en<'v>(value: &'v Value, what: &str) -> &'v str {
    string(&value["en"], &format!("{what}.en"))
}
