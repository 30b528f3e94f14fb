//! What the schema alone cannot say: ids are unique and well formed, every text has both
//! languages, every citation names a listed seed, and references between files hold. A failure
//! stops the build with the file and the reason.

use std::collections::BTreeSet;

use super::schema::{
    Checklist, Exhibit, ExhibitKind, Glossary, Item, Localized, RoleGuide, SourceList, SourceRef,
    StageGuide,
};

/// The 4M cause groups of misconfiguration (001 II.2.1) a measure may answer.
const CAUSES: &[&str] = &["organization", "rules", "settings", "methods"];

/// What the schema alone cannot say of the checklists and the stages. A failure stops the build with the file and the reason.
pub fn check(checklists: &[Checklist], stages: &StageGuide, sources: &SourceList) {
    let mut modules = BTreeSet::new();
    let mut items = BTreeSet::new();
    let listed: BTreeSet<&str> = sources.documents.iter().map(|d| d.file.as_str()).collect();
    let cited = |source: &SourceRef, what: &str| {
        assert!(
            listed.contains(source.file.as_str()),
            "{what} cites {}, which content/sources.json does not list",
            source.file
        );
        source.section.check(&format!("{what}: section"));
    };
    for checklist in checklists {
        let module = checklist.id.as_str();
        assert!(modules.insert(module), "module id {module} is used twice");
        assert!(
            !checklist.items.is_empty(),
            "checklist {module} has no items"
        );
        assert!(
            !checklist.purpose.is_empty(),
            "checklist {module} says nothing of its purpose"
        );
        checklist.title.check(&format!("{module}: title"));
        cited(&checklist.source, module);
        for text in checklist.purpose.iter().chain(&checklist.intro) {
            text.check(&format!("{module}: purpose or intro"));
        }
        for footnote in &checklist.footnotes {
            footnote.text.check(&format!("{module}: footnote"));
            cited(
                &footnote.source,
                &format!("{module} footnote {}", footnote.mark.ja),
            );
        }
        for item in &checklist.items {
            let id = item.id.as_str();
            assert!(items.insert(id), "item id {id} is used twice");
            assert_eq!(
                id,
                format!("{module}-{}", item.number),
                "item ids are <module>-<number>"
            );
            item.question.check(&format!("{id}: question"));
            let practices = item
                .practices
                .iter()
                .flat_map(|list| list.heading.iter().chain(&list.bullets));
            for text in item
                .guidance
                .iter()
                .chain(&item.risk)
                .chain(&item.layer_basis)
                .chain(&item.statement)
                .chain(&item.group)
                .chain(&item.value_example)
                .chain(practices)
            {
                text.check(&format!("{id}: an item text"));
            }
            for cause in &item.causes {
                assert!(
                    CAUSES.contains(&cause.as_str()),
                    "{id} names unknown cause group {cause}"
                );
            }
            for exhibit in &item.exhibits {
                exhibit.check(&format!("{id}: exhibit"));
            }
            cited(&item.source, id);
        }
        let mut prefixes = BTreeSet::new();
        for group in &checklist.groups {
            let what = format!("{module} group {}", group.prefix);
            assert!(prefixes.insert(group.prefix.as_str()), "{what} repeats");
            let members: Vec<&Item> = checklist
                .items
                .iter()
                .filter(|item| item.number.starts_with(&format!("{}.", group.prefix)))
                .collect();
            assert!(!members.is_empty(), "{what} has no items");
            let heading = members[0].group.as_ref().map(|g| &g.ja);
            assert!(heading.is_some(), "{what}: its items have no group heading");
            assert!(
                members
                    .iter()
                    .all(|item| item.group.as_ref().map(|g| &g.ja) == heading),
                "{what}: its items stand under different headings"
            );
            assert!(
                group.note.is_some() || group.objective.is_some(),
                "{what} carries nothing"
            );
            if let Some(note) = &group.note {
                note.check(&format!("{what}: note"));
            }
            if let Some(objective) = &group.objective {
                assert!(
                    !objective.text.is_empty(),
                    "{what}: the 【目的】 quotes nothing"
                );
                for text in &objective.text {
                    text.check(&format!("{what}: 【目的】"));
                }
                cited(&objective.source, &format!("{what}: 【目的】"));
            }
        }
        for (key, passage) in &checklist.outcomes {
            assert!(
                !passage.text.is_empty(),
                "{module} outcome {key} quotes nothing"
            );
            for text in &passage.text {
                text.check(&format!("{module} outcome {key}"));
            }
            cited(&passage.source, &format!("{module} outcome {key}"));
        }
        for (key, text) in &checklist.readings {
            text.check(&format!("{module} reading {key}"));
        }
        for part in &checklist.parts {
            part.title.check(&format!("{module} part {}", part.prefix));
            assert!(
                checklist
                    .items
                    .iter()
                    .any(|item| item.number.starts_with(&format!("{}.", part.prefix))),
                "{module} part {} has no items",
                part.prefix
            );
        }
    }
    cited(&stages.source, "stages");
    assert!(!stages.notes.text.is_empty(), "stages: no notes");
    for note in &stages.notes.text {
        note.check("stages: note");
    }
    cited(&stages.notes.source, "stages: notes");
    for stage in &stages.stages {
        stage.name.check(&format!("stage {}", stage.id));
        for group in &stage.detail {
            group.heading.check(&format!("stage {}: detail", stage.id));
            for bullet in &group.bullets {
                Localized {
                    ja: bullet.ja.clone(),
                    en: bullet.en.clone(),
                }
                .check(&format!("stage {}: detail", stage.id));
                for sub in &bullet.sub {
                    sub.check(&format!("stage {}: detail", stage.id));
                }
            }
        }
        cited(&stage.source, &format!("stage {}", stage.id));
    }
}

/// Ids are unique, a definition has its source, and a source is a listed seed.
pub fn check_glossary(glossary: &Glossary, sources: &SourceList) {
    let mut ids = BTreeSet::new();
    for term in &glossary.terms {
        assert!(
            ids.insert(term.id.as_str()),
            "glossary id {} repeats",
            term.id
        );
        term.term.check(&format!("glossary {}", term.id));
        assert_eq!(
            term.definition.is_some(),
            term.source.is_some(),
            "glossary {}: a definition needs its source, and only a definition has one",
            term.id
        );
        if let Some(source) = &term.source {
            assert!(
                sources.documents.iter().any(|d| d.file == source.file),
                "glossary {} cites an unlisted source",
                term.id
            );
        }
    }
}

/// Every role marks every part with ◎, ○ or -, and names only known roles and parts.
pub fn check_roles(guide: &RoleGuide) {
    let parts: BTreeSet<&str> = guide.parts.iter().map(|p| p.id.as_str()).collect();
    for role in &guide.roles {
        role.group.check(&format!("role {}", role.id));
        let marked: BTreeSet<&str> = role.marks.keys().map(String::as_str).collect();
        assert_eq!(marked, parts, "role {} must mark every part", role.id);
        for mark in role.marks.values() {
            assert!(
                ["◎", "○", "-"].contains(&mark.as_str()),
                "role {}: unknown mark {mark}",
                role.id
            );
        }
    }
    for id in &guide.other_roles {
        assert!(
            guide.roles.iter().any(|role| &role.id == id),
            "roles: unknown role {id}"
        );
    }
    for id in &guide.path_others {
        assert!(
            guide.other_modules.contains(id),
            "roles: path_others names {id}, which is no module outside the table"
        );
    }
    assert!(
        guide.readings.contains_key("path"),
        "roles: the proposed path is this tool's reading and must say so (readings.path)"
    );
}

impl Exhibit {
    /// A column or figure has paragraphs; a table has its column headings and rows of as many
    /// cells, each numbered in its first cell.
    pub fn check(&self, what: &str) {
        match &self.heading {
            Some(heading) => heading.check(&format!("{what}: heading")),
            None => assert!(
                self.kind == ExhibitKind::Note,
                "{what}: only a note has no heading"
            ),
        }
        if self.kind == ExhibitKind::Table {
            assert!(self.text.is_empty(), "{what}: a table has rows, not text");
            assert!(!self.header.is_empty(), "{what}: a table without headings");
            assert!(!self.rows.is_empty(), "{what}: a table without rows");
            for cell in &self.header {
                cell.check(&format!("{what}: column heading"));
            }
            for row in &self.rows {
                assert_eq!(
                    row.len(),
                    self.header.len(),
                    "{what}: a row has as many cells as the table has columns"
                );
                let number = row[0].as_ref();
                assert!(number.is_some(), "{what}: a row without its number");
                for cell in row.iter().flatten() {
                    cell.check(&format!("{what}: cell"));
                }
            }
        } else {
            assert!(
                self.header.is_empty() && self.rows.is_empty(),
                "{what}: only a table has rows"
            );
            assert!(!self.text.is_empty(), "{what}: quotes nothing");
            for text in &self.text {
                text.check(what);
            }
        }
    }
}

impl Localized {
    pub fn check(&self, what: &str) {
        assert!(
            !self.ja.trim().is_empty(),
            "{what}: the Japanese text is empty"
        );
        assert!(
            !self.en.trim().is_empty(),
            "{what}: the English text is empty"
        );
    }
}
