//! The benchmark's scale case (cargo feature `bench-scale`): a synthetic checklist of 5,000
//! yes/no items, added after the real ones. It never ships.

use std::collections::BTreeMap;

use super::schema::{Checklist, Item, Localized, Scale, SourceRef};

/// Items of the synthetic checklist.
const SCALE_ITEMS: usize = 5_000;

/// The benchmark's synthetic checklist: 5,000 yes/no items through the same schema.
pub fn scale_checklist() -> Checklist {
    let text = |ja: String, en: String| Localized { ja, en };
    let source = || SourceRef {
        file: "004_2afa2b1b220c6436.txt".to_owned(),
        section: text("ベンチマーク用".into(), "benchmark only".into()),
    };
    Checklist {
        id: "scale".to_owned(),
        scale: Scale::YesNo,
        neutral_answers: false,
        title: text(
            "規模試験（5,000項目）".into(),
            "Scale test (5,000 items)".into(),
        ),
        purpose: vec![text(
            "ベンチマーク専用の合成チェックリストです。".into(),
            "A synthetic checklist for the benchmark only.".into(),
        )],
        intro: Vec::new(),
        footnotes: Vec::new(),
        source: source(),
        items: (1..=SCALE_ITEMS)
            .map(|n| Item {
                id: format!("scale-{n}"),
                number: n.to_string(),
                question: text(format!("合成項目 {n}"), format!("Synthetic item {n}")),
                guidance: vec![text(format!("補足 {n}"), format!("Note {n}"))],
                source: source(),
                tier: None,
                risk: None,
                layers: Vec::new(),
                models: Vec::new(),
                layer_basis: None,
                statement: None,
                group: None,
                causes: Vec::new(),
                practices: Vec::new(),
                value_example: None,
                exhibits: Vec::new(),
                terms: Vec::new(),
            })
            .collect(),
        outcomes: BTreeMap::new(),
        readings: BTreeMap::new(),
        parts: Vec::new(),
        groups: Vec::new(),
    }
}
