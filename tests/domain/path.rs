//! The path this tool proposes to each reader (domain::path): the checks table I.5-1 marks ◎
//! for the role, ○ where the reader uses IaaS/PaaS, the precondition and migration checks for
//! the using side, everything else optional, and the time estimate.

use cloud_self_check::domain::content::Role;
use cloud_self_check::domain::content::Scale;
use cloud_self_check::domain::path::{MAP_SECONDS, ReaderPath, reader_path, seconds_per_item};
use cloud_self_check::domain::responsibility::{MapRecord, MapResult, score_map};

use crate::common::cat;

fn role(id: &str) -> &'static Role {
    cat()
        .roles
        .role(id)
        .unwrap_or_else(|| panic!("no role {id}"))
}

fn map(model: &str, pattern: &str) -> MapResult {
    let record = MapRecord {
        model: Some(model.to_owned()),
        pattern: Some(pattern.to_owned()),
        ..MapRecord::default()
    };
    score_map(&cat().responsibility, &record).expect("a known model")
}

fn path(role_id: Option<&str>, map: Option<&MapResult>) -> ReaderPath {
    reader_path(cat(), role_id.map(role), map)
}

#[test]
fn a_user_without_a_role_gets_the_using_side_path() {
    let p = path(None, None);
    assert_eq!(p.steps, ["pre", "mig", "rsp", "msr-u"]);
    assert_eq!(p.optional, ["stage", "msr-p", "life", "sla"]);
    assert_eq!(
        p,
        path(Some("management"), None),
        "the first using-side role"
    );
}

#[test]
fn provider_side_measures_are_proposed_only_to_providers() {
    for role in cat().roles.roles {
        let marked = role
            .marks
            .iter()
            .any(|(part, mark)| *part == "IV" && *mark == "◎");
        for model in [
            None,
            Some(map("saas", "direct")),
            Some(map("iaas", "direct")),
        ] {
            let p = reader_path(cat(), Some(role), model.as_ref());
            assert_eq!(p.holds("msr-p"), marked, "{}: msr-p", role.id);
            assert_eq!(p.optional.contains(&"msr-p"), !marked, "{}", role.id);
        }
    }
    assert!(path(Some("developer"), None).holds("msr-p"));
    assert!(!path(Some("sier"), None).holds("msr-p"));
}

#[test]
fn the_precondition_and_migration_checks_are_on_the_path_of_the_using_side_only() {
    for role in cat().roles.roles {
        let using = cat().roles.other_roles.contains(&role.id);
        let p = reader_path(cat(), Some(role), None);
        assert_eq!(p.holds("pre"), using, "{}", role.id);
        assert_eq!(p.holds("mig"), using, "{}", role.id);
        // Outside the table and outside path_others: optional for everyone.
        assert!(
            !p.holds("life") && !p.holds("sla") && !p.holds("stage"),
            "{}",
            role.id
        );
    }
    assert_eq!(path(Some("platform_vendor"), None).steps, ["rsp", "msr-p"]);
}

#[test]
fn a_conditional_mark_counts_where_the_reader_uses_iaas_or_paas() {
    // ③ SaaS provider: III is ○.
    assert_eq!(path(Some("saas_vendor"), None).steps, ["rsp", "msr-p"]);
    let saas = map("saas", "direct");
    assert_eq!(
        path(Some("saas_vendor"), Some(&saas)).steps,
        ["rsp", "msr-p"]
    );
    for model in ["iaas", "paas"] {
        let m = map(model, "direct");
        assert_eq!(
            path(Some("saas_vendor"), Some(&m)).steps,
            ["rsp", "msr-u", "msr-p"],
            "{model}"
        );
    }
    let platform = map("saas", "platform");
    assert_eq!(
        path(Some("saas_vendor"), Some(&platform)).steps,
        ["rsp", "msr-u", "msr-p"],
        "a SaaS run on another company's IaaS/PaaS"
    );
}

#[test]
fn every_module_is_on_the_path_or_optional_once_in_catalog_order() {
    for role in cat().roles.roles {
        let p = reader_path(cat(), Some(role), None);
        let mut all: Vec<&str> = p.steps.iter().chain(&p.optional).copied().collect();
        let order = |m: &&str| cat().modules.iter().position(|id| id == m);
        assert!(p.steps.is_sorted_by_key(order) && p.optional.is_sorted_by_key(order));
        all.sort();
        let mut modules = cat().modules.to_vec();
        modules.sort();
        assert_eq!(all, modules, "{}", role.id);
    }
}

#[test]
fn next_follows_the_path_and_ends_after_its_last_step() {
    let p = path(None, None);
    assert_eq!(p.next("pre"), Some("mig"));
    assert_eq!(
        p.next("mig"),
        Some("rsp"),
        "not the stage page, which is optional"
    );
    assert_eq!(p.next("rsp"), Some("msr-u"));
    assert_eq!(p.next("msr-u"), None, "after the last step, the results");
    assert_eq!(p.next("life"), None, "a check off the path");
    assert!(p.holds("rsp") && !p.holds("msr-p") && !p.holds("set"));
}

#[test]
fn the_time_is_the_items_that_apply_times_the_time_per_item_rounded_up_to_five_minutes() {
    assert_eq!(seconds_per_item(Scale::YesNo), 20);
    assert_eq!(seconds_per_item(Scale::Coverage), 45);
    assert_eq!(seconds_per_item(Scale::Contract), 40);
    // No model: pre 8 and mig 9 yes/no items, the map with all 10 setting types, 19 measures.
    let raw = (8 + 9) * 20 + MAP_SECONDS + 10 * 45 + 19 * 45;
    assert_eq!(raw, 1_945);
    assert_eq!(path(None, None).minutes, 35);
    // SaaS: the setting types of the user's layers (data and application: 1, 2, 3, 5, 6.1,
    // 6.2), of which the four of group 6 are written for IaaS/PaaS; III.3.1.1 likewise.
    let saas = map("saas", "direct");
    let raw = (8 + 9) * 20 + MAP_SECONDS + 4 * 45 + 18 * 45;
    assert_eq!(raw, 1_630);
    assert_eq!(path(None, Some(&saas)).minutes, 30);
    // IaaS: more layers of the user's, so more setting types.
    let iaas = map("iaas", "direct");
    assert!(path(None, Some(&iaas)).minutes >= path(None, Some(&saas)).minutes);
    // Providers: the map and the 27 provider-side measures.
    let raw = MAP_SECONDS + 10 * 45 + 27 * 45;
    assert_eq!(raw, 1_965);
    assert_eq!(path(Some("platform_vendor"), None).minutes, 35);
}

#[test]
fn the_start_leads_to_the_first_step_not_done() {
    let p = path(None, None);
    assert_eq!(p.first_open(|_| false), Some("pre"));
    assert_eq!(p.first_open(|step| step == "pre"), Some("mig"));
    assert_eq!(p.first_open(|step| step != "rsp"), Some("rsp"));
    assert_eq!(p.first_open(|_| true), None);
}

#[test]
fn without_a_role_the_path_is_the_first_using_side_roles() {
    // A catalog whose first using-side role is the developer, whose table marks IV ◎: the
    // path without a role is the developer's, provider-side measures included.
    let mut catalog = cat().clone();
    catalog.roles.other_roles = Box::leak(Box::new(["developer", "management"]));
    let catalog: &'static _ = Box::leak(Box::new(catalog));
    let p = reader_path(catalog, None, None);
    assert!(p.holds("msr-p"), "{:?}", p.steps);
    assert_eq!(p, reader_path(catalog, Some(role("developer")), None));
}
