//! Who is answering: which modules table I.5-1 of the MIC guideline (001 I.5) proposes to each
//! role, checked for every role and every module of `content/roles.json`, against the table
//! written out here and against the table parsed from the seed itself.
//!
//! The seeds are read from `$CLOUD_SELF_CHECK_SEEDS`, or else from `../shared/seeds`. Without
//! them the seed check fails; it is skipped only when `CLOUD_SELF_CHECK_SKIP_SEEDS=1` asks for
//! it.

use std::collections::BTreeMap;

use crate::common::{read_seed, seeds_dir};
use cloud_self_check::domain::content::{
    GuidePart, Localized, Passage, Role, RoleGuide, SourceRef, catalog,
};
use cloud_self_check::domain::roles::{Proposal, is_tools_proposal, proposal};

/// The seed table I.5-1 comes from.
const GUIDELINE_SEED: &str = "001_3a537b5899cd3262.txt";

fn guide() -> &'static RoleGuide {
    &catalog().roles
}

fn role(id: &str) -> &'static Role {
    guide()
        .role(id)
        .unwrap_or_else(|| panic!("no role {id} in roles.json"))
}

// ---------------------------------------------------------------------------------------------
// Table I.5-1, written out by hand from 001 I.5 (lines 231-243 of the seed).

/// The roles in table order, each with its marks for parts II, III and IV.
const TABLE: [(&str, [&str; 3]); 7] = [
    // ①クラウドサービス利用者: 経営層・セキュリティ管理者
    ("management", ["◎", "◎", "-"]),
    // ①: クラウドサービス利用管理者
    ("cloud_manager", ["◎", "◎", "-"]),
    // ①: (狭義の) クラウドサービス利用者
    ("business_user", ["◎", "◎", "-"]),
    // ①: 社内向けクラウドサービス開発者
    ("developer", ["◎", "◎", "◎"]),
    // ②SIer
    ("sier", ["◎", "◎", "-"]),
    // ③SaaS事業者
    ("saas_vendor", ["◎", "○", "◎"]),
    // ④IaaS/PaaS事業者
    ("platform_vendor", ["◎", "-", "◎"]),
];

/// The guideline parts in the table's column order.
const PARTS: [&str; 3] = ["II", "III", "IV"];

/// What every role is proposed for every module, written out: `rsp` is built from part II,
/// `msr-u` from part III, `msr-p` from part IV; the modules outside the table (`pre`, `mig`,
/// `life`, `sla`, `stage`) are proposed to the using side (① and ②) and as needed to ③ and ④.
const MODULE_COLUMNS: [&str; 8] = [
    "rsp", "msr-u", "msr-p", "pre", "mig", "life", "sla", "stage",
];

fn expected_proposals() -> Vec<(&'static str, [Proposal; 8])> {
    use Proposal::{AsNeeded as N, Conditional as C, Proposed as P};
    vec![
        ("management", [P, P, N, P, P, P, P, P]),
        ("cloud_manager", [P, P, N, P, P, P, P, P]),
        ("business_user", [P, P, N, P, P, P, P, P]),
        ("developer", [P, P, P, P, P, P, P, P]),
        ("sier", [P, P, N, P, P, P, P, P]),
        ("saas_vendor", [P, C, P, N, N, N, N, N]),
        ("platform_vendor", [P, N, P, N, N, N, N, N]),
    ]
}

fn of_mark(mark: &str) -> Proposal {
    match mark {
        "◎" => Proposal::Proposed,
        "○" => Proposal::Conditional,
        "-" => Proposal::AsNeeded,
        other => panic!("unknown mark {other:?}"),
    }
}

#[test]
fn roles_json_holds_the_roles_and_parts_of_table_i_5_1_in_order() {
    let ids: Vec<&str> = guide().roles.iter().map(|role| role.id).collect();
    let expected: Vec<&str> = TABLE.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, expected);
    let parts: Vec<&str> = guide().parts.iter().map(|part| part.id).collect();
    assert_eq!(parts, PARTS);
    let modules: Vec<(&str, &[&str])> = guide()
        .parts
        .iter()
        .map(|part| (part.id, part.modules))
        .collect();
    assert_eq!(
        modules,
        [
            ("II", &["rsp"][..]),
            ("III", &["msr-u"][..]),
            ("IV", &["msr-p"][..])
        ]
    );
    // The checks with a view of their own and no part of the table, in the order of
    // content/modules.json.
    assert_eq!(
        guide().other_modules,
        crate::common::listed_ids(|check| check.guide_part.is_none() && check.shown_in.is_none())
    );
    assert_eq!(
        guide().other_roles,
        [
            "management",
            "cloud_manager",
            "business_user",
            "developer",
            "sier"
        ]
    );
}

#[test]
fn every_role_marks_every_part_as_table_i_5_1_does() {
    for (id, marks) in TABLE {
        let role = role(id);
        let got: BTreeMap<&str, &str> = role.marks.iter().copied().collect();
        let want: BTreeMap<&str, &str> = PARTS.into_iter().zip(marks).collect();
        assert_eq!(got, want, "role {id}");
    }
}

#[test]
fn every_role_and_every_module_get_the_written_out_proposal() {
    let table = expected_proposals();
    assert_eq!(table.len(), guide().roles.len());
    // Every module roles.json names, in a part or outside the table, is a column here.
    let mut named: Vec<&str> = guide()
        .parts
        .iter()
        .flat_map(|part| part.modules.iter().copied())
        .chain(guide().other_modules.iter().copied())
        .collect();
    named.sort_unstable();
    let mut columns = MODULE_COLUMNS.to_vec();
    columns.sort_unstable();
    assert_eq!(named, columns);
    for (id, proposals) in table {
        for (module, want) in MODULE_COLUMNS.into_iter().zip(proposals) {
            assert_eq!(
                proposal(guide(), role(id), module),
                Some(want),
                "role {id}, module {module}"
            );
        }
    }
}

#[test]
fn the_table_modules_take_the_mark_of_their_part() {
    for (id, marks) in TABLE {
        for (part, mark) in PARTS.into_iter().zip(marks) {
            let modules = guide()
                .parts
                .iter()
                .find(|p| p.id == part)
                .expect("part")
                .modules;
            assert!(!modules.is_empty(), "part {part} has a module");
            for module in modules {
                assert_eq!(
                    proposal(guide(), role(id), module),
                    Some(of_mark(mark)),
                    "role {id}, part {part}, module {module}"
                );
            }
        }
    }
}

#[test]
fn modules_outside_the_table_are_proposed_to_the_using_side_and_as_needed_to_the_rest() {
    for role in guide().roles {
        let want = if guide().other_roles.contains(&role.id) {
            Proposal::Proposed
        } else {
            Proposal::AsNeeded
        };
        for module in guide().other_modules {
            assert_eq!(
                proposal(guide(), role, module),
                Some(want),
                "role {}, module {module}",
                role.id
            );
        }
    }
    // The rest are exactly the providers, ③ and ④.
    let rest: Vec<&str> = guide()
        .roles
        .iter()
        .map(|role| role.id)
        .filter(|id| !guide().other_roles.contains(id))
        .collect();
    assert_eq!(rest, ["saas_vendor", "platform_vendor"]);
}

/// The marks of modules outside table I.5-1 are this tool's proposal, and are labelled so; the
/// modules of the table's parts carry the table's own marks.
#[test]
fn only_modules_outside_the_table_carry_the_tool_s_own_proposal() {
    for module in catalog().modules {
        let in_table = guide()
            .parts
            .iter()
            .any(|part| part.modules.contains(module));
        assert_eq!(
            is_tools_proposal(guide(), module),
            !in_table && guide().other_modules.contains(module),
            "{module}"
        );
    }
    for module in ["pre", "mig", "life", "sla", "stage"] {
        assert!(is_tools_proposal(guide(), module), "{module}");
    }
    for module in ["rsp", "msr-u", "msr-p", "set", "", "unknown"] {
        assert!(!is_tools_proposal(guide(), module), "{module}");
    }
}

#[test]
fn every_module_of_the_overview_is_placed_for_every_role() {
    for role in guide().roles {
        for module in catalog().modules {
            assert!(
                proposal(guide(), role, module).is_some(),
                "role {}, module {module}",
                role.id
            );
        }
    }
}

#[test]
fn a_module_the_guide_does_not_place_gets_no_proposal() {
    // `set` is a checklist shown inside `rsp`'s view, not a module the guide places.
    let unknown = [
        "set", "", "unknown", "MSR-U", "msr-u ", " rsp", "II", "III", "IV", "pre-1.1", "◎",
    ];
    for role in guide().roles {
        for module in unknown {
            assert_eq!(
                proposal(guide(), role, module),
                None,
                "role {}, module {module:?}",
                role.id
            );
        }
    }
}

#[test]
fn proposal_tokens_are_stable() {
    // The tokens are the overview's data-proposal values and class names.
    let tokens = [
        (Proposal::Proposed, "proposed"),
        (Proposal::Conditional, "conditional"),
        (Proposal::AsNeeded, "as-needed"),
    ];
    for (proposal, token) in tokens {
        assert_eq!(proposal.token(), token, "{proposal:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// The same rule on guides made here, for the cases the shipped content does not hold.

fn text(s: &'static str) -> Localized {
    Localized::new(s, s)
}

fn source() -> SourceRef {
    SourceRef {
        file: GUIDELINE_SEED,
        section: text("I.5"),
    }
}

fn synthetic_guide(
    parts: &'static [GuidePart],
    roles: &'static [Role],
    other_modules: &'static [&'static str],
    other_roles: &'static [&'static str],
) -> RoleGuide {
    RoleGuide {
        purpose: &[],
        source: source(),
        legend: Passage {
            text: &[],
            source: source(),
        },
        parts,
        roles,
        other_modules,
        other_roles,
        path_others: &[],
        readings: &[],
    }
}

fn synthetic_role(id: &'static str, marks: &'static [(&'static str, &'static str)]) -> Role {
    Role {
        id,
        group: text("①"),
        name: None,
        marks,
    }
}

fn synthetic_part(id: &'static str, modules: &'static [&'static str]) -> GuidePart {
    GuidePart {
        id,
        name: text(id),
        modules,
    }
}

#[test]
fn each_mark_is_read_for_its_own_part_whatever_the_order_of_the_marks() {
    let parts: &'static [GuidePart] = Box::leak(Box::new([
        synthetic_part("A", &["a1", "a2"]),
        synthetic_part("B", &["b"]),
        synthetic_part("C", &["c"]),
    ]));
    let marks_orders: [&'static [(&str, &str)]; 3] = [
        &[("A", "◎"), ("B", "○"), ("C", "-")],
        &[("C", "-"), ("B", "○"), ("A", "◎")],
        &[("B", "○"), ("C", "-"), ("A", "◎")],
    ];
    for marks in marks_orders {
        let roles: &'static [Role] = Box::leak(Box::new([synthetic_role("r", marks)]));
        let guide = synthetic_guide(parts, roles, &[], &[]);
        let role = &roles[0];
        for (module, want) in [
            ("a1", Proposal::Proposed),
            ("a2", Proposal::Proposed),
            ("b", Proposal::Conditional),
            ("c", Proposal::AsNeeded),
        ] {
            assert_eq!(
                proposal(&guide, role, module),
                Some(want),
                "{module} {marks:?}"
            );
        }
    }
}

#[test]
fn a_part_the_role_does_not_mark_or_marks_with_an_unknown_sign_gets_no_proposal() {
    let parts: &'static [GuidePart] = Box::leak(Box::new([
        synthetic_part("A", &["a"]),
        synthetic_part("B", &["b"]),
        synthetic_part("C", &["c"]),
    ]));
    let roles: &'static [Role] =
        Box::leak(Box::new([synthetic_role("r", &[("A", "◎"), ("C", "×")])]));
    // The module of an unmarked part is not also outside the table: the part decides.
    let guide = synthetic_guide(parts, roles, &["b", "c", "x"], &["r"]);
    let role = &roles[0];
    assert_eq!(proposal(&guide, role, "a"), Some(Proposal::Proposed));
    assert_eq!(proposal(&guide, role, "b"), None, "B is not marked");
    assert_eq!(
        proposal(&guide, role, "c"),
        None,
        "× is not a mark of the table"
    );
    assert_eq!(proposal(&guide, role, "x"), Some(Proposal::Proposed));
}

#[test]
fn a_module_in_a_part_takes_the_parts_mark_even_if_also_listed_outside_the_table() {
    let parts: &'static [GuidePart] = Box::leak(Box::new([synthetic_part("A", &["a"])]));
    let roles: &'static [Role] = Box::leak(Box::new([
        synthetic_role("user", &[("A", "-")]),
        synthetic_role("vendor", &[("A", "○")]),
    ]));
    let guide = synthetic_guide(parts, roles, &["a", "o"], &["user"]);
    assert_eq!(proposal(&guide, &roles[0], "a"), Some(Proposal::AsNeeded));
    assert_eq!(
        proposal(&guide, &roles[1], "a"),
        Some(Proposal::Conditional)
    );
    assert_eq!(proposal(&guide, &roles[0], "o"), Some(Proposal::Proposed));
    assert_eq!(proposal(&guide, &roles[1], "o"), Some(Proposal::AsNeeded));
    assert_eq!(proposal(&guide, &roles[0], "z"), None);
}

// ---------------------------------------------------------------------------------------------
// Table I.5-1 parsed from the seed.

/// One row of the seed's table: group (carried down from the row above when blank), sub-role
/// (`-` for none) and the marks under each part heading.
#[derive(Debug)]
struct SeedRow {
    group: String,
    sub: String,
    marks: BTreeMap<String, String>,
}

/// Parses table I.5-1 out of the seed: the part headings from its header row, then the rows up
/// to the first blank line.
fn seed_table(seed: &str) -> Vec<SeedRow> {
    let mut lines = seed
        .lines()
        .skip_while(|line| !line.starts_with("図表 I. 5 – 1"))
        .skip(1);
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    let mut group = String::new();
    for line in lines.by_ref() {
        if line.trim().is_empty() {
            if headers.is_some() && !rows.is_empty() {
                break;
            }
            continue;
        }
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cells[0] == "想定読者" {
            continue;
        }
        if cells[0] == "分類" {
            assert_eq!(cells[1], "小分類", "{line}");
            headers = Some(cells[2..].iter().map(|s| (*s).to_owned()).collect());
            continue;
        }
        let headers = headers
            .as_ref()
            .expect("the header row comes before the rows");
        assert_eq!(cells.len(), 2 + headers.len(), "row {line:?}");
        if !cells[0].is_empty() {
            group = cells[0].to_owned();
        }
        rows.push(SeedRow {
            group: group.clone(),
            sub: cells[1].to_owned(),
            marks: headers
                .iter()
                .cloned()
                .zip(cells[2..].iter().map(|s| (*s).to_owned()))
                .collect(),
        });
    }
    rows
}

#[test]
fn roles_json_and_the_written_out_table_match_table_i_5_1_of_the_seed() {
    let Some(dir) = seeds_dir() else { return };
    let seed = read_seed(&dir, GUIDELINE_SEED);
    let rows = seed_table(&seed);
    assert_eq!(rows.len(), guide().roles.len(), "{rows:#?}");
    assert_eq!(rows.len(), TABLE.len());
    // The part headings of the seed are the parts' Japanese names.
    let part_of_heading: BTreeMap<&str, &str> = guide()
        .parts
        .iter()
        .map(|part| (part.name.ja(), part.id))
        .collect();
    for ((row, role), (table_id, table_marks)) in rows.iter().zip(guide().roles).zip(TABLE) {
        assert_eq!(role.id, table_id);
        assert_eq!(row.group, role.group.ja(), "group of {}", role.id);
        let sub = role.name.map_or("-", |name| name.ja());
        assert_eq!(row.sub, sub, "sub-role of {}", role.id);
        let seed_marks: BTreeMap<&str, &str> = row
            .marks
            .iter()
            .map(|(heading, mark)| {
                let part = part_of_heading
                    .get(heading.as_str())
                    .unwrap_or_else(|| panic!("heading {heading:?} names no part"));
                (*part, mark.as_str())
            })
            .collect();
        let json_marks: BTreeMap<&str, &str> = role.marks.iter().copied().collect();
        assert_eq!(json_marks, seed_marks, "role {}", role.id);
        let written: BTreeMap<&str, &str> = PARTS.into_iter().zip(table_marks).collect();
        assert_eq!(written, seed_marks, "role {}", role.id);
        // And the proposal for each part's modules is the seed's mark.
        for part in guide().parts {
            for module in part.modules {
                assert_eq!(
                    proposal(guide(), role, module),
                    Some(of_mark(seed_marks[part.id])),
                    "role {}, module {module}",
                    role.id
                );
            }
        }
    }
}

#[test]
fn the_seed_legend_names_the_three_marks() {
    let Some(dir) = seeds_dir() else { return };
    let seed = read_seed(&dir, GUIDELINE_SEED);
    assert!(
        seed.contains("※◎:全ての読者が対象 ○ : IaaS/PaaSを用いてサービス提供している場合に対象")
    );
    assert!(seed.contains("- : 必要に応じて読んでいただきたい部分"));
}
