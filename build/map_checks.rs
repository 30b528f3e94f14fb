//! The responsibility map's references hold together (`content/rsp.json`, and the layers the
//! setting types name).

use std::collections::BTreeSet;

use super::schema::{Checklist, Passage, ResponsibilityGuide, SourceList};

/// The gap kinds of the responsibility map, each with its basis in `content/rsp.json`: those
/// `domain::responsibility` finds.
const GAP_KINDS: &[&str] = &[
    "setter_missing",
    "manager_missing",
    "manager_outside",
    "same_person",
    "unconfirmed",
    "provider_unconfirmed",
];

/// The responsibility map's references hold together: every layer, party and model a rule names
/// exists, every gap kind has its basis, and the setting types name only known layers.
pub fn check_responsibility(
    guide: &ResponsibilityGuide,
    checklists: &[Checklist],
    sources: &SourceList,
) {
    let listed: BTreeSet<&str> = sources.documents.iter().map(|d| d.file.as_str()).collect();
    let passage = |passage: &Passage, what: &str| {
        assert!(!passage.text.is_empty(), "rsp {what} quotes nothing");
        for text in &passage.text {
            text.check(&format!("rsp {what}"));
        }
        assert!(
            listed.contains(passage.source.file.as_str()),
            "rsp {what} cites an unlisted source"
        );
        passage
            .source
            .section
            .check(&format!("rsp {what}: section"));
    };
    let layers: BTreeSet<&str> = guide.layers.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(layers.len(), guide.layers.len(), "rsp layer ids repeat");
    let party = |id: &str, what: &str| {
        assert!(
            guide.parties.contains_key(id),
            "rsp {what} names party {id}, which is not in parties"
        );
    };
    for (id, name) in &guide.parties {
        name.check(&format!("rsp party {id}"));
    }
    for layer in &guide.layers {
        layer.name.check(&format!("rsp layer {}", layer.id));
    }
    let mut models = BTreeSet::new();
    for model in &guide.models {
        assert!(
            models.insert(model.id.as_str()),
            "rsp model {} repeats",
            model.id
        );
        assert!(
            layers.contains(model.boundary.as_str()),
            "rsp model {} has an unknown boundary layer",
            model.id
        );
        party(&model.provider, &format!("model {}", model.id));
        model.name.check("rsp model name");
        model.user_part.check("rsp model user part");
        model.provider_part.check("rsp model provider part");
        passage(&model.text, &format!("model {}", model.id));
    }
    let mut patterns = BTreeSet::new();
    for pattern in &guide.patterns {
        let what = format!("pattern {}", pattern.id);
        assert!(patterns.insert(pattern.id.as_str()), "rsp {what} repeats");
        pattern.name.check(&what);
        assert!(!pattern.models.is_empty(), "rsp {what} applies to no model");
        for model in &pattern.models {
            assert!(
                models.contains(model.as_str()),
                "rsp {what}: unknown model {model}"
            );
        }
        party(&pattern.setter, &what);
        for (layer, who) in pattern
            .setter_by_layer
            .iter()
            .chain(&pattern.provider_by_layer)
        {
            assert!(
                layers.contains(layer.as_str()),
                "rsp {what}: unknown layer {layer}"
            );
            party(who, &what);
        }
        if let Some(manager) = &pattern.provider_manager {
            party(manager, &what);
        }
        for extra in &pattern.extra_cells {
            assert!(
                layers.contains(extra.after.as_str()),
                "rsp {what}: extra cell after unknown layer {}",
                extra.after
            );
            assert!(
                !layers.contains(extra.layer.id.as_str()),
                "rsp {what}: extra cell {} repeats a layer id",
                extra.layer.id
            );
            extra.layer.name.check(&what);
            party(&extra.setter, &what);
            party(&extra.manager, &what);
        }
        for quoted in pattern.chain.iter().chain(&pattern.confirm) {
            passage(quoted, &what);
        }
        if let Some(reading) = &pattern.reading {
            reading.check(&what);
        }
    }
    assert!(patterns.contains("direct"), "rsp has no direct pattern");
    let kinds: BTreeSet<&str> = guide.gaps.keys().map(String::as_str).collect();
    assert_eq!(
        kinds,
        GAP_KINDS.iter().copied().collect(),
        "rsp gaps must be exactly the gap kinds the scoring knows"
    );
    for (kind, basis) in &guide.gaps {
        passage(&basis.basis, &format!("gap {kind}"));
    }
    passage(&guide.virtual_network.text, "virtual network");
    passage(&guide.network_note, "network note");
    passage(&guide.boundary_check, "boundary check");
    passage(&guide.comparison.text, "comparison");
    for (key, text) in &guide.readings {
        text.check(&format!("rsp reading {key}"));
    }
    for checklist in checklists {
        for item in &checklist.items {
            for layer in &item.layers {
                assert!(
                    layers.contains(layer.as_str()),
                    "{} names unknown layer {layer}",
                    item.id
                );
            }
            for model in &item.models {
                assert!(
                    models.contains(model.as_str()),
                    "{} is written for unknown model {model}",
                    item.id
                );
            }
            assert!(
                item.models.len() < models.len(),
                "{} names every model: leave its models out instead",
                item.id
            );
        }
    }
}
