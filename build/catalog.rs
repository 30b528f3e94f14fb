//! The list of checks (`content/modules.json`): every check in order, its content file, what
//! that file holds and how the check is scored. Everything that lists checks is derived from it
//! here: the checklists the compiler reads, the modules with a view of their own, the checks the
//! summary scores, and which checks each part of table I.5-1 proposes.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::emit::Emit;
use super::schema::{Checklist, List, RoleGuide, Scale, Scoring, Str, content_enum};

content_enum!(
    /// What a check's content file holds, so the compiler knows how to read it.
    enum Kind {
        Checklist,
        StageGuide,
        ResponsibilityMap,
    }
);

/// One line of `content/modules.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub id: Str,
    /// The content file, in `content/` (`content` in the JSON, since `file` names seed files).
    pub content: Str,
    pub kind: Kind,
    pub scoring: Scoring,
    /// The check whose view shows this one, for a check without a view of its own.
    #[serde(default)]
    pub shown_in: Option<Str>,
    /// The part of table I.5-1 (001 I.5) the check is built from.
    #[serde(default)]
    pub guide_part: Option<Str>,
}

/// `content/modules.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckList {
    /// What the file's fields mean, for its reader.
    pub about: List<Str>,
    pub checks: List<Check>,
}

impl Emit for Check {
    /// The app's `Check`: what the app needs of the line (the file and the kind are the
    /// compiler's, the view goes into the modules and the guideline part into the roles).
    fn emit(&self, out: &mut String) {
        out.push_str("Check { id: ");
        self.id.emit(out);
        out.push_str(", scoring: ");
        self.scoring.emit(out);
        out.push_str(" }");
    }
}

impl Scoring {
    /// What the content file of a check scored this way holds, and the scale its items are
    /// answered on (for a checklist).
    fn needs(self) -> (Kind, Option<Scale>) {
        match self {
            Scoring::Precondition | Scoring::Migration | Scoring::YesNo => {
                (Kind::Checklist, Some(Scale::YesNo))
            }
            Scoring::Coverage | Scoring::CoverageByPart | Scoring::SettingTypes => {
                (Kind::Checklist, Some(Scale::Coverage))
            }
            Scoring::Contract => (Kind::Checklist, Some(Scale::Contract)),
            Scoring::CurrentStage => (Kind::StageGuide, None),
            Scoring::Map => (Kind::ResponsibilityMap, None),
        }
    }

    /// The id of the one check scored this way, for the rules `src/domain` writes for one check
    /// (and names by its id); `None` for the ways any number of checks can be scored.
    fn own_check(self) -> Option<&'static str> {
        match self {
            Scoring::Precondition => Some("pre"),
            Scoring::Migration => Some("mig"),
            Scoring::SettingTypes => Some("set"),
            Scoring::CurrentStage => Some("stage"),
            Scoring::Map => Some("rsp"),
            Scoring::YesNo | Scoring::Coverage | Scoring::CoverageByPart | Scoring::Contract => {
                None
            }
        }
    }
}

impl CheckList {
    /// The checks whose file holds the given kind, in order.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(move |check| check.kind == kind)
    }

    /// The modules with a view of their own, in order: every check not shown in another's view.
    pub fn modules(&self) -> List<Str> {
        self.checks
            .iter()
            .filter(|check| check.shown_in.is_none())
            .map(|check| check.id.clone())
            .collect()
    }

    /// What the list itself must hold: unique ids, each kind and scoring that fit, the checks
    /// with a rule of their own present once under the id the code names them by, and views
    /// that exist.
    pub fn check(&self) {
        assert!(!self.checks.is_empty(), "modules.json lists no check");
        assert!(
            !self.about.is_empty(),
            "modules.json says nothing of what its fields mean"
        );
        let mut ids = BTreeSet::new();
        for check in &self.checks {
            let id = check.id.as_str();
            assert!(ids.insert(id), "modules.json lists {id} twice");
            // The id names the check's content chunk and its files (`content-<id>-<lang>-…`),
            // beside the chunks of the core and the glossary.
            assert!(
                !id.is_empty()
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "modules.json: the id {id:?} must be lowercase letters, digits and hyphens"
            );
            assert!(
                ![super::emit::CORE, super::GLOSSARY].contains(&id),
                "modules.json: the id {id} names a chunk of its own"
            );
            assert_eq!(
                check.scoring.needs().0,
                check.kind,
                "modules.json: {id} is scored {:?}, which its kind {:?} cannot be",
                check.scoring,
                check.kind
            );
            if let Some(own) = check.scoring.own_check() {
                assert_eq!(
                    id, own,
                    "modules.json: {:?} is the rule of check {own} alone",
                    check.scoring
                );
            }
        }
        for own in ["pre", "mig", "set", "stage", "rsp"] {
            assert!(ids.contains(own), "modules.json has no check {own}");
        }
        // The app shows one check inside another, and only one: the setting types under the
        // map (src/views/module.rs). Any other `shown_in` would leave a check without a page,
        // and the setting types without it would get a second, unfiltered one.
        let map = self
            .checks
            .iter()
            .find(|check| check.scoring == Scoring::Map)
            .map(|check| check.id.as_str());
        for check in &self.checks {
            let expected = (check.scoring == Scoring::SettingTypes)
                .then_some(map)
                .flatten();
            let shown = check.shown_in.as_deref();
            if shown == expected {
                continue;
            }
            match shown {
                Some(host) => panic!(
                    "modules.json: {} is shown in {host}, but only the setting types are shown inside another check (the map)",
                    check.id
                ),
                None => panic!(
                    "modules.json: {} must be shown in {} (shown_in): the map's view holds the setting types",
                    check.id,
                    expected.unwrap_or_default()
                ),
            }
        }
    }

    /// A checklist's file holds the check it is listed as, on the scale its scoring needs, and
    /// with parts where its scoring breaks the result down by them.
    pub fn check_checklist(&self, check: &Check, checklist: &Checklist) {
        let id = check.id.as_str();
        assert_eq!(
            checklist.id, id,
            "content/{} holds checklist {}, listed as {id} in modules.json",
            check.content, checklist.id
        );
        assert_eq!(
            check.scoring.needs().1,
            Some(checklist.scale),
            "{id}: scored {:?}, which its scale {:?} cannot be",
            check.scoring,
            checklist.scale
        );
        if check.scoring == Scoring::CoverageByPart {
            assert!(
                !checklist.parts.is_empty(),
                "{id}: scored by part, and has no parts"
            );
        }
    }

    /// Which checks table I.5-1 proposes through its parts, and which the tool proposes itself:
    /// a check with a view of its own and no part of the guideline is outside the table.
    pub fn place_in(&self, roles: &mut RoleGuide) {
        for check in &self.checks {
            if let Some(part) = &check.guide_part {
                let found = roles.parts.iter_mut().find(|p| &p.id == part);
                let Some(found) = found else {
                    panic!(
                        "modules.json: {} is built from part {part}, which roles.json lacks",
                        check.id
                    );
                };
                found.modules.push(check.id.clone());
            } else if check.shown_in.is_none() {
                roles.other_modules.push(check.id.clone());
            }
        }
    }
}
