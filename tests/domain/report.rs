//! The printed report's shape (`domain::report`, issue 25): a passage several plan entries quote
//! is printed once above them, and the checks nobody answered are named in one line instead of
//! being charted. The e2e fixture of the approval-meeting report is checked here too, so its
//! figures (35 answers, 29 plan entries) are the ones the report spec relies on.

use crate::common::{State, all, all_item_ids, cat, item, map_record, response, states};
use cloud_self_check::domain::answers::Answer;
use cloud_self_check::domain::content::Item;
use cloud_self_check::domain::document::decode;
use cloud_self_check::domain::plan::{ItemGap, PlanEntry, Priority, action_plan};
use cloud_self_check::domain::report::{
    Quote, QuoteGroup, entry_quote, group_by_quote, unanswered_checks,
};
use cloud_self_check::domain::responsibility::{CellRecord, GapKind};
use cloud_self_check::domain::summary::Frozen;
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Helpers.

fn groups(plan: &[PlanEntry]) -> Vec<QuoteGroup<'_>> {
    group_by_quote(cat(), plan)
}

/// Each group as its entries' keys.
fn keys(groups: &[QuoteGroup<'_>]) -> Vec<Vec<String>> {
    groups
        .iter()
        .map(|group| group.entries.iter().map(|entry| entry.key()).collect())
        .collect()
}

/// A plan entry for an item, with the priority given (the plan's own rules are tested in
/// `plan`; here only the grouping matters).
fn entry(id: &str, priority: Priority) -> PlanEntry {
    let item: &'static Item = item(id);
    let checklist = cat().find_item(id).expect("item").0;
    PlanEntry::Item(ItemGap {
        priority,
        checklist,
        item,
        answer: Answer::NotDone,
    })
}

fn quote(entry: &PlanEntry) -> Quote {
    entry_quote(cat(), entry).expect("a quote")
}

// ---------------------------------------------------------------------------------------------
// What an entry quotes.

#[test]
fn an_item_quotes_its_statement_and_guidance_with_its_source() {
    let measure = entry("msr-u-III.1.1.1", Priority::Basic);
    let item = item("msr-u-III.1.1.1");
    let found = quote(&measure);
    assert_eq!(found.paragraphs, [*item.statement.as_ref().unwrap()]);
    assert_eq!(found.bullets, item.guidance);
    assert_eq!(found.source, &item.source);
    assert_eq!(found.reading, None);

    let migration = quote(&entry("mig-4.1", Priority::NextStage));
    assert!(migration.paragraphs.is_empty());
    assert_eq!(migration.bullets, item_guidance("mig-4.1"));
}

fn item_guidance(id: &str) -> &'static [cloud_self_check::domain::content::Localized] {
    item(id).guidance
}

#[test]
fn a_gap_of_the_map_quotes_the_basis_of_its_kind_with_the_tools_reading() {
    let plan = action_plan(cat(), State::default().model("saas").frozen());
    let of_kind = |kind: GapKind| {
        plan.iter()
            .find(|entry| matches!(entry, PlanEntry::Map(gap) if gap.kind == kind))
            .unwrap_or_else(|| panic!("no {kind:?} gap"))
    };
    let basis = cat().responsibility.gap_basis("unconfirmed").unwrap();
    let unconfirmed = quote(of_kind(GapKind::Unconfirmed));
    assert_eq!(unconfirmed.paragraphs, basis.basis.text);
    assert!(unconfirmed.bullets.is_empty());
    assert_eq!(unconfirmed.source, &basis.basis.source);
    assert_eq!(unconfirmed.reading, None);

    // The same person in both roles: the gap is this tool's reading of III.2.1.3.
    let same = State::default().model("saas");
    let mut same = same;
    same.map.set_cell(
        "user:data",
        CellRecord {
            setter: "山田".into(),
            manager: "山田".into(),
            ..CellRecord::default()
        },
    );
    let plan = action_plan(cat(), same.frozen());
    let gap = plan
        .iter()
        .find(|entry| matches!(entry, PlanEntry::Map(gap) if gap.kind == GapKind::SamePerson))
        .expect("a same-person gap");
    let basis = cat().responsibility.gap_basis("same_person").unwrap();
    assert_eq!(quote(gap).reading, basis.reading.as_ref());
    assert!(quote(gap).reading.is_some());
}

#[test]
fn a_quote_has_text_when_it_has_paragraphs_or_bullets() {
    // A statement and no guidance; guidance and no statement; neither (a lifecycle requirement).
    let statement_only = quote(&entry("msr-u-III.1.1.1", Priority::Basic));
    assert!(item("msr-u-III.1.1.1").guidance.is_empty());
    assert!(statement_only.has_text());
    let bullets_only = quote(&entry("mig-4.1", Priority::NextStage));
    assert!(item("mig-4.1").statement.is_none());
    assert!(bullets_only.has_text());
    let life = &cat().checklist("life").unwrap().items[0];
    let title_only = quote(&entry(life.id, Priority::Basic));
    assert!(!title_only.has_text());
}

// ---------------------------------------------------------------------------------------------
// Grouping.

#[test]
fn a_saas_users_map_gaps_print_each_shared_basis_once() {
    // Nothing recorded: every user cell lacks its setter, its manager and its confirmation,
    // and every provider cell its confirmation. The setter's and the manager's gaps quote the
    // same sentence of II.1.2, and so do the user's and the provider's unconfirmed boundaries.
    let plan = action_plan(cat(), State::default().model("saas").frozen());
    assert_eq!(
        plan.len(),
        2 + 2 + 2 + 7,
        "the plan this test was written for"
    );
    let found = groups(&plan);
    assert_eq!(
        keys(&found),
        [
            plan[..4].iter().map(PlanEntry::key).collect::<Vec<_>>(),
            plan[4..].iter().map(PlanEntry::key).collect(),
        ]
    );
    assert!(plan[..4].iter().all(|entry| matches!(
        entry,
        PlanEntry::Map(gap) if matches!(gap.kind, GapKind::SetterMissing | GapKind::ManagerMissing)
    )));
    assert!(
        found
            .iter()
            .all(|group| group.priority == Priority::Responsibility)
    );
    assert_eq!(found[0].shared, Some(quote(&plan[0])));
    assert_eq!(found[1].shared, Some(quote(&plan[4])));
    assert_ne!(found[0].shared, found[1].shared);
}

#[test]
fn entries_with_a_quote_of_their_own_each_stand_alone() {
    let state = State::default()
        .answer("msr-u-III.1.1.1", Answer::NotDone)
        .answer("msr-u-III.1.1.4", Answer::Partly)
        .answer("mig-4.2", Answer::No);
    let plan = action_plan(cat(), state.frozen());
    let found = groups(&plan);
    assert_eq!(
        keys(&found),
        [["mig-4.2"], ["msr-u-III.1.1.1"], ["msr-u-III.1.1.4"]]
    );
    assert_eq!(
        found.iter().map(|group| group.priority).collect::<Vec<_>>(),
        [Priority::NextStage, Priority::Basic, Priority::Basic]
    );
    assert!(found.iter().all(|group| group.shared.is_none()));
}

#[test]
fn an_entry_joins_the_earlier_entry_of_its_priority_that_quotes_the_same_passage() {
    let first = entry("msr-u-III.1.1.1", Priority::Basic);
    let other = entry("msr-u-III.1.1.4", Priority::Basic);
    let again = entry("msr-u-III.1.1.1", Priority::Basic);
    let plan = [first, other, again];
    let found = groups(&plan);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].entries, [&plan[0], &plan[2]]);
    assert_eq!(found[0].shared, Some(quote(&plan[0])));
    assert_eq!(found[1].entries, [&plan[1]]);
    assert_eq!(found[1].shared, None);
}

#[test]
fn the_same_quote_under_two_priorities_is_printed_under_each() {
    let plan = [
        entry("msr-u-III.1.1.1", Priority::Basic),
        entry("msr-u-III.1.1.1", Priority::Recommended),
    ];
    let found = groups(&plan);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].priority, Priority::Basic);
    assert_eq!(found[1].priority, Priority::Recommended);
    assert!(found.iter().all(|group| group.shared.is_none()));
}

#[test]
fn entries_that_quote_nothing_but_their_reference_are_not_grouped() {
    let life = &cat().checklist("life").unwrap().items[0];
    let plan = [
        entry(life.id, Priority::Basic),
        entry(life.id, Priority::Basic),
    ];
    let found = groups(&plan);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|group| group.shared.is_none()));
}

#[test]
fn an_empty_plan_has_no_groups() {
    assert!(groups(&[]).is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the state: every entry is printed once, in its priority's part of the plan;
    /// groups come in priority order and in the order of their first entries; a shared quote
    /// is every entry's own, and no quote with text is shared by two groups of one priority.
    #[test]
    fn groups_hold_every_entry_once_in_priority_order(
        state in states(
            all_item_ids(),
            response(0.5, &["", "理由"], &[""]),
            map_record(&[None, Some("saas"), Some("paas"), Some("iaas")]),
            Just(None),
        ),
    ) {
        let plan = action_plan(cat(), state.frozen());
        let found = groups(&plan);
        let mut flat: Vec<&PlanEntry> = found.iter().flat_map(|group| group.entries.clone()).collect();
        prop_assert_eq!(flat.len(), plan.len());
        let position = |entry: &PlanEntry| plan.iter().position(|candidate| std::ptr::eq(candidate, entry)).unwrap();
        let firsts: Vec<usize> = found.iter().map(|group| position(group.entries[0])).collect();
        prop_assert!(firsts.windows(2).all(|pair| pair[0] < pair[1]));
        for group in &found {
            prop_assert!(!group.entries.is_empty());
            let positions: Vec<usize> = group.entries.iter().map(|entry| position(entry)).collect();
            prop_assert!(positions.windows(2).all(|pair| pair[0] < pair[1]));
            for entry in &group.entries {
                prop_assert_eq!(entry.priority(), group.priority);
            }
            match group.shared {
                Some(shared) => {
                    prop_assert!(group.entries.len() > 1);
                    prop_assert!(shared.has_text());
                    for entry in &group.entries {
                        prop_assert_eq!(entry_quote(cat(), entry), Some(shared));
                    }
                }
                None => prop_assert_eq!(group.entries.len(), 1),
            }
        }
        for (index, group) in found.iter().enumerate() {
            let quote = entry_quote(cat(), group.entries[0]).filter(Quote::has_text);
            for later in &found[index + 1..] {
                if later.priority == group.priority && quote.is_some() {
                    prop_assert_ne!(entry_quote(cat(), later.entries[0]), quote);
                }
            }
        }
        flat.sort_by_key(|entry| position(entry));
        prop_assert!(flat.iter().enumerate().all(|(index, entry)| position(entry) == index));
    }
}

// ---------------------------------------------------------------------------------------------
// Checks nobody answered.

#[test]
fn with_nothing_answered_every_check_but_the_stage_is_unanswered() {
    let state = State::default();
    assert_eq!(
        unanswered_checks(cat(), state.frozen()),
        ["pre", "mig", "rsp", "set", "msr-u", "msr-p", "life", "sla"]
    );
    // A placed stage answers nothing else.
    let placed = State::default().placed("1", "理由");
    assert_eq!(unanswered_checks(cat(), placed.frozen()).len(), 8);
}

#[test]
fn one_settled_answer_or_a_chosen_model_takes_a_check_off_the_list() {
    let state = State::default()
        .answer("pre-1.1", Answer::Yes)
        .answer("set-1", Answer::Done)
        .not_applicable("life-1.1.1")
        .model("saas");
    assert_eq!(
        unanswered_checks(cat(), state.frozen()),
        ["mig", "msr-u", "msr-p", "sla"]
    );
}

#[test]
fn an_answer_that_is_not_settled_leaves_its_check_unanswered() {
    // N/A without its reason is not settled (ItemResponse::settled).
    let state = State::default().answer("msr-p-IV.1.1.1", Answer::NotApplicable);
    assert!(
        unanswered_checks(cat(), state.frozen()).contains(&"msr-p"),
        "{:?}",
        unanswered_checks(cat(), state.frozen())
    );
    let everything = ["pre", "mig"]
        .into_iter()
        .fold(State::default(), |state, id| all(state, id, Answer::Yes));
    assert_eq!(
        unanswered_checks(cat(), everything.frozen()),
        ["rsp", "set", "msr-u", "msr-p", "life", "sla"]
    );
}

// ---------------------------------------------------------------------------------------------
// The fixture of the approval-meeting report (e2e/fixtures/meeting-assessment.json).

#[test]
fn the_meeting_fixture_is_a_typical_assessment_and_its_plan_prints_the_map_basis_once() {
    let path = format!(
        "{}/e2e/fixtures/meeting-assessment.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("the fixture");
    let document = decode(&text).expect("a document the app reads");
    let frozen = Frozen::active(&document);
    let answered = all_item_ids()
        .into_iter()
        .filter(|id| frozen.answers.response(id).is_some())
        .count();
    assert_eq!(answered, 36);
    let plan = action_plan(cat(), frozen);
    assert_eq!(plan.len(), 29);
    let count = |priority: Priority| plan.iter().filter(|e| e.priority() == priority).count();
    assert_eq!(
        [
            count(Priority::NextStage),
            count(Priority::Basic),
            count(Priority::Responsibility),
            count(Priority::Recommended)
        ],
        [4, 13, 10, 2]
    );
    let found = group_by_quote(cat(), &plan);
    let shared: Vec<usize> = found
        .iter()
        .filter(|group| group.shared.is_some())
        .map(|group| group.entries.len())
        .collect();
    // The user's two unconfirmed boundaries and the provider's seven, under one quote.
    assert_eq!(shared, [9]);
    assert_eq!(found.len(), 29 - 8);
    assert_eq!(unanswered_checks(cat(), frozen), ["msr-p", "life", "sla"]);
}

#[test]
fn a_check_holding_only_the_tools_na_for_another_model_is_not_answered() {
    use cloud_self_check::domain::applicability::rescope;
    use cloud_self_check::domain::text::Lang;
    let mut iaas = State::default().model("iaas");
    rescope(cat(), &mut iaas.answers, Some("iaas"), Lang::Ja);
    assert!(iaas.answers.get("sla-9").is_some());
    assert!(unanswered_checks(cat(), iaas.frozen()).contains(&"sla"));
}
