//! Managing several assessments of one document: creating, duplicating, renaming, deleting and
//! switching them, their organization, snapshots and the follow-ups (note, owner, due date) of
//! the action plan's entries; and the schema-2 document those assessments grow out of.

use crate::common::{assert_round_trips, fixture, ids, named};
use cloud_self_check::domain::answers::{
    Answer, Answers, FollowUp, FollowUpEdit, ItemResponse, MAX_NOTE_CHARS, MAX_OWNER_CHARS,
    valid_due,
};
use cloud_self_check::domain::document::{
    Assessment, DecodeError, Document, MAX_NAME_CHARS, SCHEMA_VERSION, decode,
    decode_with_language, encode,
};
use cloud_self_check::domain::responsibility::{CellEdit, CellRecord, ManagerSide, MapRecord};
use cloud_self_check::domain::stage::StagePlacement;
use cloud_self_check::domain::text::Lang;
use proptest::prelude::*;

const NOW: &str = "2026-11-24T10:00:00.000Z";
const LATER: &str = "2026-11-25T09:00:00.000Z";
/// The key of a gap of the responsibility map in the action plan.
const GAP: &str = "rsp:user:data:setter_missing";
const OTHER_GAP: &str = "rsp:user:os:same_person";

/// "a1" (本社, active) and "a2" (支所), both empty.
fn two() -> Document {
    let mut document = Document::new(NOW);
    document.rename("a1", "本社");
    assert!(document.create("a2", "支所", LATER));
    assert!(document.switch("a1"));
    document
}

/// A map with a choice and cells on both sides.
fn a_map() -> MapRecord {
    let mut map = MapRecord {
        model: Some("iaas".to_owned()),
        pattern: Some("sier".to_owned()),
        virtual_network: true,
        ..MapRecord::default()
    };
    map.edit("user:os", CellEdit::Setter("SIer 佐藤".to_owned()));
    map.edit(
        "user:os",
        CellEdit::Manager("情報システム課　山田".to_owned()),
    );
    map.edit("user:os", CellEdit::ManagerSide(Some(ManagerSide::Own)));
    map.edit("provider:virtual", CellEdit::Confirmed(true));
    map
}

fn placement(stage: &str, reason: &str) -> StagePlacement {
    StagePlacement {
        stage: stage.to_owned(),
        reason: reason.to_owned(),
    }
}

fn note(text: &str) -> FollowUpEdit {
    FollowUpEdit::Note(text.to_owned())
}

fn owner(text: &str) -> FollowUpEdit {
    FollowUpEdit::Owner(text.to_owned())
}

fn due(text: &str) -> FollowUpEdit {
    FollowUpEdit::Due(text.to_owned())
}

/// Fills the active assessment with something of every kind: answers with a note, a value, an
/// owner and a due date, a map, a role, a stage, an organization and a follow-up of a map gap.
fn fill_active(document: &mut Document) {
    document.set_answer("pre-1.1", Answer::Yes);
    document.set_answer("mig-4.1", Answer::No);
    document.set_note("mig-4.1", "移行計画は未作成");
    assert!(document.follow_up("mig-4.1", true, owner("情報システム課")));
    assert!(document.follow_up("mig-4.1", true, due("2027-03-31")));
    document.set_answer("sla-1", Answer::Defined);
    document.set_value("sla-1", "99.9%");
    document.set_responsibility(a_map());
    document.set_role(Some("cloud_manager".to_owned()));
    document.set_stage_placement(Some(placement("1", "SaaS を試行中")));
    document.set_organization("株式会社サンプル");
    assert!(document.follow_up(GAP, false, note("設定者を決める")));
    assert!(document.follow_up(GAP, false, owner("山田")));
}

/// `count` copies of a character that takes three bytes in UTF-8.
fn japanese(count: usize) -> String {
    "あ".repeat(count)
}

// ---------------------------------------------------------------------------------------------
// Creating and choosing assessments.

#[test]
fn a_new_document_has_one_empty_active_assessment() {
    let document = Document::new(NOW);
    assert_eq!(ids(&document), ["a1"]);
    assert_eq!(document.active_id(), "a1");
    let first = document.active();
    assert_eq!(first, &Assessment::new("a1", "", NOW));
    assert_eq!((first.name.as_str(), first.created_at.as_str()), ("", NOW));
    assert!(first.answers.is_empty());
    assert!(first.followups.is_empty() && first.snapshots.is_empty());
    assert_round_trips(&document);
}

#[test]
fn a_created_assessment_is_empty_and_becomes_the_active_one() {
    let mut document = Document::new(NOW);
    document.set_answer("pre-1.1", Answer::Yes);
    document.set_organization("本社の組織");
    assert!(document.create("a2", "支所", LATER));
    assert_eq!(ids(&document), ["a1", "a2"]);
    assert_eq!(document.active_id(), "a2");
    assert_eq!(document.active(), &Assessment::new("a2", "支所", LATER));
    assert!(document.answers().is_empty());
    assert_eq!(document.active().organization, "");
    // New answers go to the new assessment; the first keeps its own.
    document.set_answer("pre-1.2", Answer::No);
    assert_eq!(
        named(&document, "a2").answers.get("pre-1.2"),
        Some(&Answer::No)
    );
    assert_eq!(named(&document, "a1").answers.get("pre-1.2"), None);
    assert_eq!(
        named(&document, "a1").answers.get("pre-1.1"),
        Some(&Answer::Yes)
    );
    assert_round_trips(&document);
}

#[test]
fn an_assessment_is_not_created_under_a_taken_id() {
    let mut document = two();
    document.set_answer("pre-1.1", Answer::Yes);
    assert!(document.take_snapshot("s1", "初回", LATER));
    let before = document.clone();
    for taken in ["a1", "a2", "s1"] {
        assert!(!document.create(taken, "重複", LATER), "{taken}");
        assert_eq!(document, before, "{taken}");
    }
    assert_round_trips(&document);
}

#[test]
fn a_created_assessments_name_is_capped() {
    let mut document = Document::new(NOW);
    assert!(document.create("a2", &japanese(MAX_NAME_CHARS + 5), LATER));
    assert_eq!(document.active().name, japanese(MAX_NAME_CHARS));
}

#[test]
fn switching_makes_another_assessment_active_and_edits_follow() {
    let mut document = two();
    assert!(document.switch("a2"));
    assert_eq!(document.active_id(), "a2");
    assert_eq!(document.active().name, "支所");
    document.set_answer("pre-1.1", Answer::No);
    document.set_organization("支所の組織");
    assert_eq!(
        named(&document, "a2").answers.get("pre-1.1"),
        Some(&Answer::No)
    );
    assert!(named(&document, "a1").answers.is_empty());
    assert_eq!(named(&document, "a1").organization, "");
    assert!(document.switch("a1"));
    assert_eq!(document.active_id(), "a1");
    assert!(document.answers().is_empty());
    // Switching to the active one is fine; to an unknown one changes nothing.
    assert!(document.switch("a1"));
    let before = document.clone();
    assert!(!document.switch("a9"));
    assert!(!document.switch(""));
    assert_eq!(document, before);
    assert_round_trips(&document);
}

#[test]
fn assessment_finds_an_assessment_by_id() {
    let document = two();
    assert_eq!(
        document.assessment("a2").map(|a| a.name.as_str()),
        Some("支所")
    );
    assert_eq!(
        document.assessment("a1").map(|a| a.name.as_str()),
        Some("本社")
    );
    assert!(document.assessment("a3").is_none());
}

#[test]
fn an_assessment_is_recognized_by_its_creation_time() {
    let one = Assessment::new("a1", "本社", NOW);
    assert!(one.is_same(&one.clone()));
    assert!(one.is_same(&Assessment::new("a1", "別名", NOW)));
    // Every browser's first assessment is a1: another browser's is another assessment.
    assert!(!one.is_same(&Assessment::new("a1", "本社", LATER)));
    assert!(!Assessment::new("a1", "", LATER).is_same(&one));
    // An assessment imported under a fresh id is still the one of the file.
    assert!(one.is_same(&Assessment::new("a7", "本社", NOW)));
    // Without a creation time, only the id tells.
    let timeless = Assessment::new("a1", "", "");
    assert!(timeless.is_same(&Assessment::new("a1", "x", "")));
    assert!(!timeless.is_same(&Assessment::new("a2", "", "")));
    assert!(!timeless.is_same(&one));
    assert!(!one.is_same(&timeless));
}

#[test]
fn put_replaces_the_assessment_with_its_id_or_adds_it() {
    let mut document = two();
    let mut replaced = named(&document, "a2").clone();
    replaced.name = "大阪支所".to_owned();
    document.put(replaced.clone());
    assert_eq!(ids(&document), ["a1", "a2"]);
    assert_eq!(named(&document, "a2"), &replaced);
    let added = Assessment::new("a3", "工場", LATER);
    document.put(added.clone());
    assert_eq!(ids(&document), ["a1", "a2", "a3"]);
    assert_eq!(named(&document, "a3"), &added);
    assert_eq!(document.active_id(), "a1");
}

// ---------------------------------------------------------------------------------------------
// Fresh ids.

/// A number in base 36, written independently of the app's.
fn base36(number: u64) -> String {
    let mut digits = Vec::new();
    let mut rest = number;
    loop {
        digits.push(std::char::from_digit((rest % 36) as u32, 36).expect("a digit"));
        rest /= 36;
        if rest == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

#[test]
fn unused_ids_are_the_prefix_and_the_entropy_in_base_36() {
    let document = Document::new(NOW);
    for (entropy, expected) in [
        (0, "x0"),
        (9, "x9"),
        (10, "xa"),
        (35, "xz"),
        (36, "x10"),
        (1295, "xzz"),
        (1296, "x100"),
        (123_456_789, "x21i3v9"),
        (u64::MAX, "x3w5e11264sgsf"),
    ] {
        assert_eq!(document.unused_id("x", entropy), expected, "{entropy}");
        assert_eq!(base36(entropy), expected[1..], "{entropy}");
    }
    assert_eq!(document.unused_id("", 10), "a");
}

#[test]
fn unused_ids_count_up_past_assessments_and_snapshots() {
    let mut document = Document::new(NOW);
    // a1 is taken by the first assessment.
    assert_eq!(document.unused_id("a", 1), "a2");
    assert_eq!(document.unused_id("a", 0), "a0");
    assert!(document.create("a2", "", LATER));
    assert_eq!(document.unused_id("a", 1), "a3");
    assert!(document.take_snapshot("a3", "", LATER));
    assert_eq!(document.unused_id("a", 1), "a4");
    // Snapshots of an assessment that is not active count too.
    assert!(document.switch("a1"));
    assert!(document.take_snapshot("s0", "", LATER));
    assert!(document.switch("a2"));
    assert_eq!(document.unused_id("s", 0), "s1");
    // Counting up wraps around rather than overflowing.
    assert!(document.create("az", "", LATER));
    assert!(document.create("a3w5e11264sgsf", "", LATER));
    assert_eq!(document.unused_id("a", u64::MAX), "a0");
}

/// A document whose assessments and snapshots take the given ids: `(id, is a snapshot)`.
fn taking(ids: &[(u64, bool)]) -> Document {
    let mut document = Document::new(NOW);
    for &(number, snapshot) in ids {
        let id = format!("a{}", base36(number));
        if snapshot {
            document.take_snapshot(&id, "", LATER);
        } else {
            document.create(&id, "", LATER);
        }
    }
    document
}

proptest! {
    #[test]
    fn an_unused_id_is_the_first_free_one_counting_up_from_the_entropy(
        taken in prop::collection::vec((0u64..12, any::<bool>()), 0..12),
        entropy in 0u64..12,
    ) {
        let document = taking(&taken);
        let all: Vec<String> = document
            .assessments()
            .iter()
            .flat_map(|a| {
                std::iter::once(a.id.clone()).chain(a.snapshots.iter().map(|s| s.id.clone()))
            })
            .collect();
        let id = document.unused_id("a", entropy);
        prop_assert!(!all.contains(&id), "{} is taken: {:?}", id, all);
        let expected = (entropy..)
            .map(|number| format!("a{}", base36(number)))
            .find(|candidate| !all.contains(candidate))
            .expect("a free id");
        prop_assert_eq!(id, expected);
    }
}

// ---------------------------------------------------------------------------------------------
// Duplicating.

#[test]
fn a_duplicate_copies_everything_but_the_snapshots_and_becomes_active() {
    let mut document = two();
    fill_active(&mut document);
    assert!(document.take_snapshot("s1", "初回", NOW));
    assert!(document.switch("a2"));
    let source = named(&document, "a1").clone();

    assert!(document.duplicate("a1", "a3", "本社のコピー", LATER));
    assert_eq!(ids(&document), ["a1", "a2", "a3"]);
    assert_eq!(document.active_id(), "a3");
    let copy = named(&document, "a3");
    assert_eq!(
        (
            copy.id.as_str(),
            copy.name.as_str(),
            copy.created_at.as_str()
        ),
        ("a3", "本社のコピー", LATER)
    );
    assert_eq!(copy.answers, source.answers);
    assert!(!copy.answers.is_empty());
    assert_eq!(copy.responsibility, a_map());
    assert_eq!(copy.role.as_deref(), Some("cloud_manager"));
    assert_eq!(copy.stage, Some(placement("1", "SaaS を試行中")));
    assert_eq!(copy.organization, "株式会社サンプル");
    assert_eq!(copy.followups, source.followups);
    assert!(!copy.followups.is_empty());
    assert!(copy.snapshots.is_empty());
    // Field by field, the copy is the source but for id, name, created_at and snapshots.
    let expected = Assessment {
        id: "a3".to_owned(),
        name: "本社のコピー".to_owned(),
        created_at: LATER.to_owned(),
        snapshots: Vec::new(),
        ..source.clone()
    };
    assert_eq!(copy, &expected);
    // The source is untouched, snapshot and all; the other assessment too.
    assert_eq!(named(&document, "a1"), &source);
    assert_eq!(
        named(&document, "a2"),
        &Assessment::new("a2", "支所", LATER)
    );
    // Editing the copy leaves the source alone.
    document.set_answer("pre-1.1", Answer::No);
    assert_eq!(
        named(&document, "a1").answers.get("pre-1.1"),
        Some(&Answer::Yes)
    );
    assert_round_trips(&document);
}

#[test]
fn a_duplicates_name_is_capped() {
    let mut document = two();
    assert!(document.duplicate("a1", "a3", &japanese(MAX_NAME_CHARS + 1), LATER));
    assert_eq!(named(&document, "a3").name, japanese(MAX_NAME_CHARS));
}

#[test]
fn nothing_is_duplicated_from_an_unknown_source_or_onto_a_taken_id() {
    let mut document = two();
    fill_active(&mut document);
    assert!(document.take_snapshot("s1", "初回", NOW));
    let before = document.clone();
    assert!(!document.duplicate("a9", "a3", "コピー", LATER));
    assert_eq!(document, before);
    for taken in ["a1", "a2", "s1"] {
        assert!(!document.duplicate("a1", taken, "コピー", LATER), "{taken}");
        assert_eq!(document, before, "{taken}");
    }
}

// ---------------------------------------------------------------------------------------------
// Renaming and the organization.

#[test]
fn renaming_changes_only_that_assessments_name() {
    let mut document = two();
    fill_active(&mut document);
    let before = document.clone();
    assert!(document.rename("a2", "大阪支所"));
    assert_eq!(named(&document, "a2").name, "大阪支所");
    assert_eq!(named(&document, "a1"), named(&before, "a1"));
    assert_eq!(document.active_id(), "a1");
    assert!(document.rename("a1", ""));
    assert_eq!(named(&document, "a1").name, "");
    assert_eq!(named(&document, "a1").answers, named(&before, "a1").answers);
    assert_round_trips(&document);
}

#[test]
fn renaming_an_unknown_assessment_changes_nothing() {
    let mut document = two();
    let before = document.clone();
    assert!(!document.rename("a3", "工場"));
    assert_eq!(document, before);
}

#[test]
fn names_are_capped_in_characters_not_bytes() {
    let mut document = two();
    for (given, kept) in [
        (japanese(MAX_NAME_CHARS), japanese(MAX_NAME_CHARS)),
        (japanese(MAX_NAME_CHARS + 1), japanese(MAX_NAME_CHARS)),
        (japanese(MAX_NAME_CHARS - 1), japanese(MAX_NAME_CHARS - 1)),
        ("a".repeat(MAX_NAME_CHARS + 40), "a".repeat(MAX_NAME_CHARS)),
        ("🌸".repeat(MAX_NAME_CHARS * 2), "🌸".repeat(MAX_NAME_CHARS)),
    ] {
        assert!(document.rename("a2", &given));
        let name = &named(&document, "a2").name;
        assert_eq!(name, &kept);
        assert!(name.chars().count() <= MAX_NAME_CHARS);
        // A hundred Japanese characters are 300 bytes: all of them are kept.
        assert_eq!(name.len(), kept.len());
    }
    assert_eq!(MAX_NAME_CHARS, 100);
}

#[test]
fn the_organization_is_set_on_the_active_assessment_and_capped() {
    let mut document = two();
    assert!(document.switch("a2"));
    document.set_organization("株式会社サンプル 大阪支所");
    assert_eq!(
        named(&document, "a2").organization,
        "株式会社サンプル 大阪支所"
    );
    assert_eq!(named(&document, "a1").organization, "");
    document.set_organization(&japanese(MAX_NAME_CHARS + 20));
    assert_eq!(
        named(&document, "a2").organization,
        japanese(MAX_NAME_CHARS)
    );
    document.set_organization(&japanese(MAX_NAME_CHARS));
    assert_eq!(
        named(&document, "a2").organization,
        japanese(MAX_NAME_CHARS)
    );
    document.set_organization("");
    assert_eq!(named(&document, "a2").organization, "");
    // An empty organization is not written at all.
    assert!(!encode(&document).contains("organization"));
    document.set_organization("<b>\"組織\"</b>");
    assert_round_trips(&document);
}

// ---------------------------------------------------------------------------------------------
// Deleting.

#[test]
fn the_last_assessment_cannot_be_deleted() {
    let mut document = Document::new(NOW);
    document.set_answer("pre-1.1", Answer::Yes);
    let before = document.clone();
    assert!(!document.delete("a1"));
    assert_eq!(document, before);
    // Nor the last left after deleting the others.
    let mut document = two();
    assert!(document.delete("a2"));
    assert!(!document.delete("a1"));
    assert_eq!(ids(&document), ["a1"]);
}

#[test]
fn deleting_the_active_assessment_makes_the_first_remaining_one_active() {
    let mut document = two();
    assert!(document.create("a3", "工場", LATER));
    assert_eq!(document.active_id(), "a3");
    assert!(document.delete("a3"));
    assert_eq!(ids(&document), ["a1", "a2"]);
    assert_eq!(document.active_id(), "a1");

    let mut document = two();
    assert!(document.create("a3", "工場", LATER));
    assert!(document.switch("a1"));
    assert!(document.delete("a1"));
    assert_eq!(ids(&document), ["a2", "a3"]);
    assert_eq!(document.active_id(), "a2");
    assert_round_trips(&document);
}

#[test]
fn deleting_another_assessment_keeps_the_active_one() {
    let mut document = two();
    assert!(document.create("a3", "工場", LATER));
    assert!(document.switch("a2"));
    assert!(document.delete("a1"));
    assert_eq!(ids(&document), ["a2", "a3"]);
    assert_eq!(document.active_id(), "a2");
    assert!(document.delete("a3"));
    assert_eq!(document.active_id(), "a2");
    assert_round_trips(&document);
}

#[test]
fn deleting_an_unknown_assessment_changes_nothing() {
    let mut document = two();
    assert!(document.take_snapshot("s1", "", LATER));
    let before = document.clone();
    for unknown in ["a3", "", "s1"] {
        assert!(!document.delete(unknown), "{unknown}");
        assert_eq!(document, before, "{unknown}");
    }
}

#[test]
fn a_deleted_assessment_takes_its_snapshots_with_it() {
    let mut document = two();
    assert!(document.switch("a2"));
    assert!(document.take_snapshot("s1", "", LATER));
    assert!(document.delete("a2"));
    assert_eq!(ids(&document), ["a1"]);
    // Its ids are free again.
    assert!(document.take_snapshot("s1", "", LATER));
    assert!(document.create("a2", "", LATER));
    assert_round_trips(&document);
}

// ---------------------------------------------------------------------------------------------
// Snapshots.

#[test]
fn a_snapshot_freezes_the_active_assessment_at_that_moment() {
    let mut document = two();
    fill_active(&mut document);
    let at_that_moment = named(&document, "a1").clone();
    assert!(document.take_snapshot("s1", "2026年度 初回", LATER));

    let snapshot = document
        .active()
        .snapshot("s1")
        .expect("the snapshot")
        .clone();
    assert_eq!(snapshot.id, "s1");
    assert_eq!(snapshot.label, "2026年度 初回");
    assert_eq!(snapshot.taken_at, LATER);
    assert_eq!(snapshot.answers, at_that_moment.answers);
    assert_eq!(snapshot.responsibility, at_that_moment.responsibility);
    assert_eq!(snapshot.role, at_that_moment.role);
    assert_eq!(snapshot.stage, at_that_moment.stage);

    // Later edits change the assessment, not the snapshot.
    document.set_answer("pre-1.1", Answer::No);
    document.set_answer("pre-1.2", Answer::Yes);
    document.set_note("mig-4.1", "");
    document.edit_cell("user:os", CellEdit::Setter("別の人".to_owned()));
    document.set_role(Some("developer".to_owned()));
    document.set_stage_placement(None);
    assert_eq!(document.active().snapshot("s1"), Some(&snapshot));
    assert_eq!(document.active().snapshots, std::slice::from_ref(&snapshot));
    // Only the active assessment gets it.
    assert!(named(&document, "a2").snapshots.is_empty());
    assert!(named(&document, "a2").snapshot("s1").is_none());

    // A second snapshot goes after the first, with the state of its own moment.
    assert!(document.take_snapshot("s2", "見直し後", LATER));
    let labels: Vec<&str> = document
        .active()
        .snapshots
        .iter()
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(labels, ["2026年度 初回", "見直し後"]);
    let second = document.active().snapshot("s2").expect("the second");
    assert_eq!(second.answers.get("pre-1.1"), Some(&Answer::No));
    assert_eq!(second.role.as_deref(), Some("developer"));
    assert_eq!(second.stage, None);
    assert_round_trips(&document);
}

#[test]
fn a_snapshot_label_is_capped() {
    let mut document = Document::new(NOW);
    assert!(document.take_snapshot("s1", &japanese(MAX_NAME_CHARS * 2), LATER));
    assert_eq!(
        document.active().snapshot("s1").map(|s| s.label.clone()),
        Some(japanese(MAX_NAME_CHARS))
    );
}

#[test]
fn a_snapshot_is_not_taken_under_a_taken_id() {
    let mut document = two();
    assert!(document.take_snapshot("s1", "", LATER));
    assert!(document.switch("a2"));
    assert!(document.take_snapshot("s2", "", LATER));
    let before = document.clone();
    // An assessment's id (active or not), or a snapshot's (of this one or another).
    for taken in ["a1", "a2", "s1", "s2"] {
        assert!(!document.take_snapshot(taken, "", LATER), "{taken}");
        assert_eq!(document, before, "{taken}");
    }
    assert_round_trips(&document);
}

#[test]
fn a_snapshot_of_the_active_assessment_can_be_deleted() {
    let mut document = two();
    assert!(document.take_snapshot("s1", "one", LATER));
    assert!(document.take_snapshot("s2", "two", LATER));
    assert!(document.take_snapshot("s3", "three", LATER));
    assert!(document.delete_snapshot("s2"));
    let left: Vec<&str> = document
        .active()
        .snapshots
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(left, ["s1", "s3"]);
    let before = document.clone();
    assert!(!document.delete_snapshot("s2"), "already gone");
    assert!(!document.delete_snapshot("a1"), "not a snapshot");
    // A snapshot of another assessment is not deleted from here.
    assert!(document.switch("a2"));
    assert!(!document.delete_snapshot("s1"));
    assert!(document.switch("a1"));
    assert_eq!(document, before);
    assert!(document.delete_snapshot("s1"));
    assert!(document.delete_snapshot("s3"));
    assert!(document.active().snapshots.is_empty());
    assert!(!encode(&document).contains("snapshots"));
    assert_round_trips(&document);
}

// ---------------------------------------------------------------------------------------------
// Follow-ups of the action plan's entries.

#[test]
fn an_items_follow_up_goes_into_its_response_and_keeps_the_answer() {
    let mut document = two();
    document.set_answer("mig-4.1", Answer::No);
    assert!(document.follow_up("mig-4.1", true, note("移行手順を文書化する")));
    assert!(document.follow_up("mig-4.1", true, owner("情報システム課　山田")));
    assert!(document.follow_up("mig-4.1", true, due("2027-03-31")));
    let expected = ItemResponse {
        answer: Some(Answer::No),
        note: "移行手順を文書化する".to_owned(),
        owner: "情報システム課　山田".to_owned(),
        due: "2027-03-31".to_owned(),
        ..ItemResponse::default()
    };
    assert_eq!(document.answers().response("mig-4.1"), Some(&expected));
    // Item follow-ups are not kept with the map's.
    assert!(document.active().followups.is_empty());
    assert!(named(&document, "a2").answers.is_empty());

    // Clearing them leaves the answer.
    assert!(document.follow_up("mig-4.1", true, note("")));
    assert!(document.follow_up("mig-4.1", true, owner("")));
    assert!(document.follow_up("mig-4.1", true, due("")));
    let answer_only = ItemResponse {
        answer: Some(Answer::No),
        ..ItemResponse::default()
    };
    assert_eq!(document.answers().response("mig-4.1"), Some(&answer_only));
    assert_round_trips(&document);
}

#[test]
fn an_items_follow_up_left_empty_is_removed() {
    let mut document = Document::new(NOW);
    assert!(document.follow_up("pre-1.2", true, owner("山田")));
    assert_eq!(
        document
            .answers()
            .response("pre-1.2")
            .map(|r| r.owner.as_str()),
        Some("山田")
    );
    assert_eq!(document.answers().get("pre-1.2"), None);
    assert!(document.follow_up("pre-1.2", true, owner("")));
    assert_eq!(document.answers().response("pre-1.2"), None);
    assert!(document.answers().is_empty());
    // Clearing what is not there leaves nothing behind either.
    assert!(document.follow_up("pre-1.3", true, due("")));
    assert!(document.answers().is_empty());
    assert_eq!(document, Document::new(NOW));
}

#[test]
fn a_map_gaps_follow_up_is_kept_under_its_key() {
    let mut document = two();
    document.set_answer("pre-1.1", Answer::Yes);
    assert!(document.follow_up(GAP, false, note("設定者を決める")));
    assert!(document.follow_up(GAP, false, owner("山田")));
    assert!(document.follow_up(GAP, false, due("2027-01-15")));
    assert!(document.follow_up(OTHER_GAP, false, owner("佐藤")));
    let expected = FollowUp {
        note: "設定者を決める".to_owned(),
        owner: "山田".to_owned(),
        due: "2027-01-15".to_owned(),
    };
    assert_eq!(document.active().followups.get(GAP), Some(&expected));
    assert_eq!(document.active().followups.len(), 2);
    // Not an item response, and not on the other assessment.
    assert_eq!(document.answers().response(GAP), None);
    assert_eq!(document.answers().get("pre-1.1"), Some(&Answer::Yes));
    assert!(named(&document, "a2").followups.is_empty());
    assert_round_trips(&document);

    // Each field is edited on its own.
    assert!(document.follow_up(GAP, false, owner("鈴木")));
    assert_eq!(
        document.active().followups.get(GAP),
        Some(&FollowUp {
            owner: "鈴木".to_owned(),
            ..expected
        })
    );
    // Cleared, it is removed; the other stays.
    assert!(document.follow_up(GAP, false, note("")));
    assert!(document.follow_up(GAP, false, owner("")));
    assert!(document.follow_up(GAP, false, due("")));
    assert_eq!(document.active().followups.get(GAP), None);
    assert!(document.follow_up(OTHER_GAP, false, owner("")));
    assert!(document.active().followups.is_empty());
    assert!(!encode(&document).contains("followups"));
    assert!(document.follow_up(GAP, false, note("")));
    assert!(document.active().followups.is_empty());
}

#[test]
fn follow_ups_go_to_the_active_assessment() {
    let mut document = two();
    assert!(document.switch("a2"));
    assert!(document.follow_up(GAP, false, note("支所")));
    assert!(document.follow_up("pre-1.1", true, note("支所")));
    assert_eq!(named(&document, "a2").followups.len(), 1);
    assert!(named(&document, "a2").answers.response("pre-1.1").is_some());
    assert!(named(&document, "a1").followups.is_empty());
    assert!(named(&document, "a1").answers.is_empty());
}

#[test]
fn follow_up_notes_and_owners_are_capped_in_characters() {
    let mut document = Document::new(NOW);
    for key_is_item in [true, false] {
        let key = if key_is_item { "mig-4.1" } else { GAP };
        assert!(document.follow_up(key, key_is_item, note(&japanese(MAX_NOTE_CHARS + 1))));
        assert!(document.follow_up(key, key_is_item, owner(&japanese(MAX_OWNER_CHARS + 1))));
        let (kept_note, kept_owner) = if key_is_item {
            let response = document.answers().response(key).expect("response");
            (response.note.clone(), response.owner.clone())
        } else {
            let followup = document.active().followups.get(key).expect("follow-up");
            (followup.note.clone(), followup.owner.clone())
        };
        assert_eq!(kept_note, japanese(MAX_NOTE_CHARS), "{key}");
        assert_eq!(kept_owner, japanese(MAX_OWNER_CHARS), "{key}");
        // At the cap exactly, all is kept.
        assert!(document.follow_up(key, key_is_item, owner(&"b".repeat(MAX_OWNER_CHARS))));
        assert!(document.follow_up(key, key_is_item, note(&"c".repeat(MAX_NOTE_CHARS))));
    }
    assert_eq!(
        document.active().followups[GAP].owner,
        "b".repeat(MAX_OWNER_CHARS)
    );
    assert_eq!(
        document.active().followups[GAP].note,
        "c".repeat(MAX_NOTE_CHARS)
    );
    assert_eq!((MAX_NOTE_CHARS, MAX_OWNER_CHARS), (500, 100));
}

#[test]
fn a_refused_due_date_leaves_what_was_stored() {
    let mut document = Document::new(NOW);
    document.set_answer("mig-4.1", Answer::No);
    assert!(document.follow_up("mig-4.1", true, due("2027-03-31")));
    assert!(document.follow_up(GAP, false, due("2027-03-31")));
    let before = document.clone();
    for wrong in ["2027-02-29", "2027/03/31", "来年3月", "2027-3-31"] {
        assert!(!document.follow_up("mig-4.1", true, due(wrong)), "{wrong}");
        assert!(!document.follow_up(GAP, false, due(wrong)), "{wrong}");
        assert_eq!(document, before, "{wrong}");
    }
    // Where nothing was stored, a refused date stores nothing.
    assert!(!document.follow_up("pre-1.1", true, due("tomorrow")));
    assert!(!document.follow_up(OTHER_GAP, false, due("tomorrow")));
    assert_eq!(document, before);
}

#[test]
fn follow_up_edits_on_answers_and_follow_ups_directly() {
    let mut answers = Answers::new();
    assert!(answers.follow_up("pre-1.1", due("2026-12-01")));
    assert_eq!(
        answers.response("pre-1.1").map(|r| r.due.as_str()),
        Some("2026-12-01")
    );
    assert!(!answers.follow_up("pre-1.1", due("2026-12-32")));
    assert_eq!(
        answers.response("pre-1.1").map(|r| r.due.as_str()),
        Some("2026-12-01")
    );
    assert!(answers.follow_up("pre-1.1", due("")));
    assert!(answers.is_empty());

    let mut followup = FollowUp::default();
    assert!(followup.is_empty());
    assert!(followup.edit(owner("山田")));
    assert!(!followup.is_empty());
    assert!(!followup.edit(due("2026-13-01")));
    assert_eq!(followup.due, "");
    assert!(followup.edit(due("2026-12-01")));
    assert_eq!(
        followup,
        FollowUp {
            note: String::new(),
            owner: "山田".to_owned(),
            due: "2026-12-01".to_owned(),
        }
    );
    assert!(followup.edit(owner("")));
    assert!(followup.edit(due("")));
    assert!(followup.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Due dates.

#[test]
fn due_dates_are_calendar_dates_written_yyyy_mm_dd() {
    for good in [
        "",
        "2026-01-01",
        "2026-12-31",
        "2026-01-31",
        "2026-03-31",
        "2026-04-30",
        "2026-05-31",
        "2026-06-30",
        "2026-07-31",
        "2026-08-31",
        "2026-09-30",
        "2026-10-31",
        "2026-11-30",
        "2026-02-28",
        "2024-02-29",
        "2000-02-29",
        "1600-02-29",
        "0004-02-29",
        "0001-01-01",
        "9999-12-31",
    ] {
        assert!(valid_due(good), "{good:?} is refused");
    }
    for bad in [
        // Days that are not in the month.
        "2026-02-29",
        "1900-02-29",
        "2100-02-29",
        "2023-02-29",
        "2026-02-30",
        "2026-04-31",
        "2026-06-31",
        "2026-09-31",
        "2026-11-31",
        "2026-01-32",
        "2026-01-00",
        "2026-00-10",
        "2026-13-01",
        "2026-99-01",
        "0000-01-01",
        // Shapes other than YYYY-MM-DD.
        "2026-1-01",
        "2026-01-1",
        "26-01-01",
        "20260-01-01",
        "２０２６-01-01",
        "2026-０1-01",
        "2026/01/01",
        "2026.01.01",
        "20260101",
        " 2026-01-01",
        "2026-01-01 ",
        "2026-01-01T00:00",
        "2026-01-0a",
        "+026-01-01",
        "-026-01-01",
        "2026--1-01",
        "2026-01--1",
        "2026-+1-01",
        "2026_01-01",
        "2026-01_01",
        "abcd-ef-gh",
        "----------",
        " ",
        "tomorrow",
    ] {
        assert!(!valid_due(bad), "{bad:?} is accepted");
    }
}

/// Days from 0000-03-01 to a date of the proleptic Gregorian calendar (H. Hinnant's
/// `days_from_civil`), to count the days of a month independently of the app.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era
}

fn days_in_month(year: i64, month: i64) -> i64 {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    days_from_civil(next_year, next_month, 1) - days_from_civil(year, month, 1)
}

#[test]
fn the_independent_calendar_agrees_on_known_months() {
    assert_eq!(days_in_month(2026, 1), 31);
    assert_eq!(days_in_month(2026, 2), 28);
    assert_eq!(days_in_month(2024, 2), 29);
    assert_eq!(days_in_month(1900, 2), 28);
    assert_eq!(days_in_month(2000, 2), 29);
    assert_eq!(days_in_month(2026, 4), 30);
    assert_eq!(days_in_month(2026, 12), 31);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn every_real_date_from_year_1_to_9999_is_a_valid_due_date(
        year in 1i64..=9999, month in 1i64..=12, day in 1i64..=31,
    ) {
        let text = format!("{year:04}-{month:02}-{day:02}");
        prop_assert_eq!(valid_due(&text), day <= days_in_month(year, month), "{}", text);
    }

    #[test]
    fn numbers_outside_the_calendar_are_refused(
        year in 0i64..=9999, month in 0i64..=99, day in 0i64..=99,
    ) {
        let real = year >= 1 && (1..=12).contains(&month) && day >= 1
            && day <= days_in_month(year, month.clamp(1, 12));
        let text = format!("{year:04}-{month:02}-{day:02}");
        prop_assert_eq!(valid_due(&text), real, "{}", text);
    }

    #[test]
    fn whatever_valid_due_accepts_reads_back_as_a_date(text in "[0-9 ./-]{0,12}|.{0,12}") {
        if valid_due(&text) && !text.is_empty() {
            prop_assert_eq!(text.len(), 10);
            let parts: Vec<&str> = text.split('-').collect();
            prop_assert_eq!(parts.len(), 3);
            let numbers: Vec<i64> = parts
                .iter()
                .map(|part| part.parse::<i64>().expect("digits"))
                .collect();
            prop_assert_eq!(
                format!("{:04}-{:02}-{:02}", numbers[0], numbers[1], numbers[2]),
                text.clone()
            );
            prop_assert!(numbers[0] >= 1 && numbers[2] <= days_in_month(numbers[0], numbers[1]));
        }
    }

    #[test]
    fn a_refused_due_date_never_changes_the_stored_one(
        stored in prop::sample::select(vec!["", "2026-01-31", "2000-02-29"]),
        wrong in "[0-9]{4}-[0-9]{2}-[0-9]{2}|.{0,12}",
        is_item in any::<bool>(),
    ) {
        prop_assume!(!valid_due(&wrong));
        let key = if is_item { "mig-4.1" } else { GAP };
        let mut document = Document::new(NOW);
        document.set_answer("pre-1.1", Answer::Yes);
        prop_assert!(document.follow_up(key, is_item, owner("山田")));
        prop_assert!(document.follow_up(key, is_item, due(stored)));
        let before = document.clone();
        prop_assert!(!document.follow_up(key, is_item, due(&wrong)));
        prop_assert_eq!(document, before);
    }
}

// ---------------------------------------------------------------------------------------------
// Any sequence of operations leaves a document that decode accepts.

#[derive(Clone, Debug)]
enum Operation {
    Create(usize),
    Duplicate(usize, usize),
    Rename(usize, String),
    Delete(usize),
    Switch(usize),
    Snapshot(usize),
    DeleteSnapshot(usize),
    Answer(bool),
    Organization(String),
    FollowUp(bool, String),
}

/// Ids shared by assessments and snapshots, so operations collide on purpose.
const IDS: [&str; 5] = ["a1", "a2", "a3", "s1", "s2"];

fn operation() -> impl Strategy<Value = Operation> {
    let id = 0usize..IDS.len();
    prop_oneof![
        id.clone().prop_map(Operation::Create),
        (id.clone(), id.clone()).prop_map(|(from, to)| Operation::Duplicate(from, to)),
        (id.clone(), ".{0,4}").prop_map(|(at, name)| Operation::Rename(at, name)),
        id.clone().prop_map(Operation::Delete),
        id.clone().prop_map(Operation::Switch),
        id.clone().prop_map(Operation::Snapshot),
        id.prop_map(Operation::DeleteSnapshot),
        any::<bool>().prop_map(Operation::Answer),
        ".{0,4}".prop_map(Operation::Organization),
        (any::<bool>(), "[0-9-]{0,4}|2026-0[1-9]-[0-3][0-9]")
            .prop_map(|(item, date)| Operation::FollowUp(item, date)),
    ]
}

/// Every id the document uses, assessments and snapshots alike.
fn all_ids(document: &Document) -> Vec<String> {
    document
        .assessments()
        .iter()
        .flat_map(|a| std::iter::once(a.id.clone()).chain(a.snapshots.iter().map(|s| s.id.clone())))
        .collect()
}

proptest! {
    #[test]
    fn every_operation_keeps_the_document_readable(
        operations in prop::collection::vec(operation(), 0..24),
    ) {
        let mut document = Document::new(NOW);
        for operation in operations {
            let before = document.clone();
            let changed = match &operation {
                Operation::Create(at) => document.create(IDS[*at], "新規", LATER),
                Operation::Duplicate(from, to) => {
                    document.duplicate(IDS[*from], IDS[*to], "コピー", LATER)
                }
                Operation::Rename(at, name) => document.rename(IDS[*at], name),
                Operation::Delete(at) => document.delete(IDS[*at]),
                Operation::Switch(at) => document.switch(IDS[*at]),
                Operation::Snapshot(at) => document.take_snapshot(IDS[*at], "", LATER),
                Operation::DeleteSnapshot(at) => document.delete_snapshot(IDS[*at]),
                Operation::Answer(yes) => {
                    document.set_answer("pre-1.1", if *yes { Answer::Yes } else { Answer::No });
                    true
                }
                Operation::Organization(name) => {
                    document.set_organization(name);
                    true
                }
                Operation::FollowUp(item, date) => {
                    let key = if *item { "pre-1.1" } else { GAP };
                    document.follow_up(key, *item, due(date))
                }
            };
            if !changed {
                prop_assert_eq!(&document, &before, "{:?} refused but changed", operation);
            }
            let ids = all_ids(&document);
            let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
            prop_assert_eq!(unique.len(), ids.len(), "{:?} doubled an id: {:?}", operation, ids);
            prop_assert!(document.assessment(document.active_id()).is_some());
            prop_assert_eq!(decode(&encode(&document)), Ok(document.clone()), "{:?}", operation);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Schema 2 → 3: the language leaves the document.

fn response(
    answer: Option<Answer>,
    note: &str,
    value: &str,
    owner: &str,
    due: &str,
) -> ItemResponse {
    ItemResponse {
        answer,
        note: note.to_owned(),
        value: value.to_owned(),
        owner: owner.to_owned(),
        due: due.to_owned(),
    }
}

#[test]
fn a_schema_2_document_migrates_with_everything_kept_but_the_language() {
    let raw = fixture("schema-2.json");
    let stored: serde_json::Value = serde_json::from_str(&raw).expect("the fixture is JSON");
    assert_eq!(
        stored["schema_version"], 2,
        "the fixture is a schema-2 document"
    );
    assert_eq!(stored["language"], "en");

    let (document, language) = decode_with_language(&raw).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(language, Some(Lang::En));
    assert_eq!(ids(&document), ["a1", "a2"]);
    assert_eq!(document.active_id(), "a1");

    let a1 = named(&document, "a1");
    assert_eq!(a1.name, "本社 (head office)");
    assert_eq!(a1.created_at, "2026-03-02T08:15:00.000Z");
    let mut expected = Answers::new();
    for (id, response) in [
        ("pre-1.1", response(Some(Answer::Yes), "", "", "", "")),
        (
            "pre-1.2",
            response(Some(Answer::No), "情報システム課で検討中", "", "", ""),
        ),
        (
            "mig-4.1",
            response(
                Some(Answer::No),
                "",
                "",
                "情報システム課　山田",
                "2026-09-30",
            ),
        ),
        (
            "sla-1",
            response(Some(Answer::Defined), "", "99.9%以上（月間）", "", ""),
        ),
        (
            "sla-2",
            response(
                Some(Answer::NotApplicable),
                "Batch only; no online service",
                "",
                "",
                "",
            ),
        ),
        (
            "set-1",
            response(
                Some(Answer::Partly),
                "\"quoted\" <b>not markup</b> & more",
                "",
                "",
                "",
            ),
        ),
        ("life-1.1.1", response(Some(Answer::Done), "", "", "", "")),
        (
            "msr-u-III.1.1.1",
            response(Some(Answer::NotDone), "要確認", "", "SIer 佐藤", ""),
        ),
    ] {
        expected.set_response(id, response);
    }
    assert_eq!(a1.answers, expected);
    let mut map = MapRecord {
        model: Some("iaas".to_owned()),
        pattern: Some("sier".to_owned()),
        virtual_network: true,
        ..MapRecord::default()
    };
    map.set_cell(
        "user:data",
        CellRecord {
            setter: "業務部 鈴木".to_owned(),
            manager: "情報システム課　山田".to_owned(),
            manager_side: Some(ManagerSide::Own),
            confirmed: false,
        },
    );
    map.set_cell(
        "user:os",
        CellRecord {
            setter: "SIer 佐藤（株式会社サンプル）".to_owned(),
            manager: "SIer 田中".to_owned(),
            manager_side: Some(ManagerSide::Outside),
            confirmed: true,
        },
    );
    map.set_cell(
        "provider:facility",
        CellRecord {
            confirmed: true,
            ..CellRecord::default()
        },
    );
    assert_eq!(a1.responsibility, map);
    assert_eq!(a1.role.as_deref(), Some("cloud_manager"));
    assert_eq!(
        a1.stage,
        Some(placement("1", "Trial of one SaaS in the sales team"))
    );
    // What schema 3 adds starts empty.
    assert_eq!(a1.organization, "");
    assert!(a1.followups.is_empty() && a1.snapshots.is_empty());

    let a2 = named(&document, "a2");
    assert_eq!(a2.name, "Branch office: 大阪支所");
    assert_eq!(a2.created_at, "2026-05-20T14:05:12.345Z");
    let mut expected = Answers::new();
    expected.set_response("pre-1.1", response(Some(Answer::No), "", "", "", ""));
    expected.set_response(
        "pre-1.8",
        response(None, "要確認：委託先との責任分界", "", "", ""),
    );
    expected.set_response("sla-3", response(Some(Answer::NotDefined), "", "", "", ""));
    assert_eq!(a2.answers, expected);
    assert_eq!(
        a2.responsibility,
        MapRecord {
            model: Some("saas".to_owned()),
            ..MapRecord::default()
        }
    );
    assert_eq!(a2.role.as_deref(), Some("business_user"));
    assert_eq!(a2.stage, None);

    // Written back: schema 3, no language, and it reads back as itself.
    let written: serde_json::Value =
        serde_json::from_str(&encode(&document)).expect("encode writes JSON");
    assert_eq!(written["schema_version"], SCHEMA_VERSION);
    assert_eq!(written["schema_version"], 3);
    assert!(written.get("language").is_none(), "{written}");
    let (again, language) =
        decode_with_language(&encode(&document)).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(again, document);
    assert_eq!(language, None, "a schema-3 document holds no language");
    // Apart from the version and the language, the document is written as it was stored.
    let mut stored = stored;
    let object = stored.as_object_mut().expect("an object");
    object.remove("language");
    object.insert("schema_version".to_owned(), 3.into());
    assert_eq!(written, stored);
}

#[test]
fn a_schema_2_document_in_japanese_gives_japanese() {
    let raw = fixture("schema-2.json").replace(r#""language": "en""#, r#""language": "ja""#);
    assert!(raw.contains(r#""language": "ja""#));
    let (document, language) = decode_with_language(&raw).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(language, Some(Lang::Ja));
    assert_eq!(
        document,
        decode(&fixture("schema-2.json")).expect("decodes")
    );
}

#[test]
fn a_schema_2_document_with_another_or_no_language_is_wrong_shape() {
    let raw = fixture("schema-2.json");
    for language in [r#""fr""#, r#""EN""#, r#""""#, "null", "1", r#"["en"]"#] {
        let wrong = raw.replace(r#""language": "en""#, &format!(r#""language": {language}"#));
        assert_ne!(wrong, raw);
        let result = decode(&wrong);
        assert!(
            matches!(result, Err(DecodeError::WrongShape(_))),
            "{language}: {result:?}"
        );
        assert!(decode_with_language(&wrong).is_err(), "{language}");
    }
    let without = raw.replace(r#""language": "en","#, "");
    assert!(!without.contains("language"));
    let result = decode(&without);
    assert!(
        matches!(result, Err(DecodeError::WrongShape(_))),
        "{result:?}"
    );
}

#[test]
fn a_schema_3_document_may_not_hold_a_language() {
    let raw = fixture("schema-2.json").replace(r#""schema_version": 2"#, r#""schema_version": 3"#);
    assert!(raw.contains(r#""schema_version": 3"#));
    let result = decode(&raw);
    assert!(
        matches!(result, Err(DecodeError::WrongShape(_))),
        "{result:?}"
    );
    let without = raw.replace(r#""language": "en","#, "");
    assert!(decode(&without).is_ok());
}

// ---------------------------------------------------------------------------------------------
// The answers an assessment is made of.

use cloud_self_check::domain::content::Scale;

#[test]
fn every_answer_has_a_stable_token_that_reads_back() {
    let tokens: Vec<&str> = Answer::ALL.iter().map(|answer| answer.token()).collect();
    assert_eq!(
        tokens,
        [
            "yes",
            "no",
            "done",
            "partly",
            "not_done",
            "not_applicable",
            "defined",
            "not_defined"
        ]
    );
    for answer in Answer::ALL {
        assert_eq!(Answer::from_token(answer.token()), Some(answer));
        // The token is how the answer is stored.
        assert_eq!(
            serde_json::to_value(answer).expect("JSON"),
            serde_json::Value::from(answer.token())
        );
    }
    for unknown in ["", "xyzzy", "Yes", "not-done"] {
        assert_eq!(Answer::from_token(unknown), None, "{unknown:?}");
    }
}

#[test]
fn each_scale_offers_its_own_answers() {
    use Answer::*;
    let offered = [
        (Scale::YesNo, vec![Yes, No]),
        (Scale::Coverage, vec![Done, Partly, NotDone, NotApplicable]),
        (Scale::Contract, vec![Defined, NotDefined, NotApplicable]),
    ];
    for (scale, answers) in offered {
        assert_eq!(Answer::choices(scale), answers.as_slice(), "{scale:?}");
        for answer in Answer::ALL {
            assert_eq!(
                answer.fits(scale),
                answers.contains(&answer),
                "{answer:?} {scale:?}"
            );
        }
    }
}

#[test]
fn an_answer_is_settled_when_it_fits_and_na_says_why() {
    let with = |answer: Option<Answer>, note: &str| ItemResponse {
        answer,
        note: note.to_owned(),
        ..ItemResponse::default()
    };
    assert!(with(Some(Answer::NotApplicable), "").lacks_reason());
    assert!(with(Some(Answer::NotApplicable), "  \n").lacks_reason());
    assert!(!with(Some(Answer::NotApplicable), "対象外の業務").lacks_reason());
    assert!(!with(Some(Answer::No), "").lacks_reason());
    assert!(!with(None, "").lacks_reason());

    assert_eq!(
        with(Some(Answer::Yes), "").settled(Scale::YesNo),
        Some(Answer::Yes)
    );
    assert_eq!(with(Some(Answer::Yes), "").settled(Scale::Coverage), None);
    assert_eq!(with(None, "メモ").settled(Scale::YesNo), None);
    assert_eq!(
        with(Some(Answer::NotApplicable), "").settled(Scale::Coverage),
        None
    );
    assert_eq!(
        with(Some(Answer::NotApplicable), "理由").settled(Scale::Coverage),
        Some(Answer::NotApplicable)
    );
    assert_eq!(
        with(Some(Answer::Defined), "").settled(Scale::Contract),
        Some(Answer::Defined)
    );
}

#[test]
fn answers_are_kept_by_item_in_id_order() {
    let mut answers: Answers = [("pre-1.2", Answer::No), ("mig-4.1", Answer::Yes)]
        .into_iter()
        .collect();
    assert_eq!(answers.get("pre-1.2"), Some(&Answer::No));
    assert_eq!(answers.get("mig-4.1"), Some(&Answer::Yes));
    assert_eq!(answers.get("pre-1.1"), None);
    let listed: Vec<(&str, Option<Answer>)> = answers
        .iter()
        .map(|(id, response)| (id, response.answer))
        .collect();
    assert_eq!(
        listed,
        [
            ("mig-4.1", Some(Answer::Yes)),
            ("pre-1.2", Some(Answer::No))
        ]
    );

    // Extending lays whole responses over; an empty one removes the item.
    let noted = ItemResponse {
        note: "メモ".to_owned(),
        ..ItemResponse::default()
    };
    answers.extend([
        ("pre-1.2".to_owned(), ItemResponse::default()),
        ("pre-1.3".to_owned(), noted.clone()),
    ]);
    assert_eq!(answers.response("pre-1.2"), None);
    assert_eq!(answers.response("pre-1.3"), Some(&noted));
    assert_eq!(answers.get("pre-1.3"), None);

    let owned: Vec<(String, ItemResponse)> = answers.clone().into_iter().collect();
    assert_eq!(owned.len(), 2);
    assert_eq!(owned[1], ("pre-1.3".to_owned(), noted.clone()));

    assert_eq!(answers.remove("pre-1.3"), Some(noted));
    assert_eq!(answers.remove("pre-1.3"), None);
    assert!(!answers.is_empty());
    assert_eq!(
        answers.remove("mig-4.1").and_then(|r| r.answer),
        Some(Answer::Yes)
    );
    assert!(answers.is_empty());
}
