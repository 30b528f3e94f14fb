//! The list of checks, read from `content/modules.json` itself rather than the compiled catalog,
//! so the tests that list checks derive their lists from it and hold the catalog to it.

use super::seeds::content_file;

/// One line of `content/modules.json`.
#[derive(Clone, Debug)]
pub struct ListedCheck {
    pub id: String,
    pub kind: String,
    pub scoring: String,
    pub shown_in: Option<String>,
    pub guide_part: Option<String>,
}

/// Every check `content/modules.json` lists, in its order.
pub fn listed_checks() -> Vec<ListedCheck> {
    let list = content_file(concat!(env!("CARGO_MANIFEST_DIR"), "/content/modules.json"));
    let field = |check: &serde_json::Value, key: &str| {
        check.get(key).and_then(|v| v.as_str()).map(str::to_owned)
    };
    list["checks"]
        .as_array()
        .expect("modules.json has checks")
        .iter()
        .map(|check| ListedCheck {
            id: field(check, "id").expect("a check has an id"),
            kind: field(check, "kind").expect("a check has a kind"),
            scoring: field(check, "scoring").expect("a check has a scoring"),
            shown_in: field(check, "shown_in"),
            guide_part: field(check, "guide_part"),
        })
        .collect()
}

/// The ids of the listed checks that pass `keep`, in order.
pub fn listed_ids(keep: impl Fn(&ListedCheck) -> bool) -> Vec<String> {
    listed_checks()
        .into_iter()
        .filter(|check| keep(check))
        .map(|check| check.id)
        .collect()
}
