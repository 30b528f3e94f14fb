//! What does not apply, said once (domain::applicability): items the source writes for other
//! service models start as N/A under the chosen model, with this tool's reading as the reason;
//! an answer or a note the reader gave is never touched.

use cloud_self_check::domain::answers::{Answer, Answers, ItemResponse};
use cloud_self_check::domain::applicability::{
    applies, reason_in, rescope, scope_reason, set_by_tool,
};
use cloud_self_check::domain::content::Scale;
use cloud_self_check::domain::text::Lang;
use proptest::prelude::*;

use crate::common::{all_item_ids, cat, item};

const GROUP_6: [&str; 4] = ["set-6.1", "set-6.2", "set-6.3", "set-6.4"];

fn scoped_ids() -> Vec<&'static str> {
    all_item_ids()
        .into_iter()
        .filter(|id| !item(id).models.is_empty())
        .collect()
}

#[test]
fn the_items_written_for_a_model_are_group_6_measure_iii_3_1_1_and_sla_9() {
    let mut want: Vec<&str> = GROUP_6.to_vec();
    want.extend(["msr-u-III.3.1.1", "sla-9"]);
    want.sort();
    let mut got = scoped_ids();
    got.sort();
    assert_eq!(got, want);
    assert_eq!(item("sla-9").models, ["saas"]);
    assert_eq!(item("msr-u-III.3.1.1").models, ["iaas", "paas"]);
}

#[test]
fn an_item_applies_under_its_models_under_no_model_and_always_when_it_names_none() {
    let iaas_paas = item("set-6.1");
    assert!(applies(iaas_paas, None));
    assert!(applies(iaas_paas, Some("iaas")));
    assert!(applies(iaas_paas, Some("paas")));
    assert!(!applies(iaas_paas, Some("saas")));
    assert!(!applies(item("sla-9"), Some("iaas")));
    assert!(applies(item("sla-9"), Some("saas")));
    for model in ["saas", "paas", "iaas"] {
        assert!(applies(item("pre-1.1"), Some(model)), "{model}");
    }
}

#[test]
fn the_reason_is_marked_as_this_tools_reading_and_names_the_models() {
    let guide = &cat().responsibility;
    let ja = scope_reason(guide, item("set-6.1"), "saas", Lang::Ja);
    assert!(ja.starts_with("本ツールの解釈："), "{ja}");
    assert!(
        ja.contains("IaaS/PaaS") && ja.contains("SaaS を選んだ場合"),
        "{ja}"
    );
    let en = scope_reason(guide, item("sla-9"), "iaas", Lang::En);
    assert!(en.starts_with("This tool's reading:"), "{en}");
    assert!(
        en.contains("for SaaS") && en.contains("with IaaS chosen"),
        "{en}"
    );
}

#[test]
fn choosing_saas_starts_the_iaas_paas_items_as_reasoned_na_and_leaves_the_rest() {
    let mut answers = Answers::new();
    answers.insert("pre-1.1", Answer::Yes);
    assert!(rescope(cat(), &mut answers, Some("saas"), Lang::Ja));
    for id in GROUP_6.iter().chain(&["msr-u-III.3.1.1"]) {
        let response = answers.response(id).expect(id);
        assert_eq!(response.answer, Some(Answer::NotApplicable), "{id}");
        assert_eq!(
            response.note,
            scope_reason(&cat().responsibility, item(id), "saas", Lang::Ja)
        );
        // A reasoned N/A is settled: it leaves the denominator rather than waiting.
        assert_eq!(
            response.settled(Scale::Coverage),
            Some(Answer::NotApplicable),
            "{id}"
        );
    }
    assert_eq!(answers.response("sla-9"), None);
    assert_eq!(answers.get("pre-1.1"), Some(&Answer::Yes));
    // Again, nothing to do.
    let before = answers.clone();
    assert!(!rescope(cat(), &mut answers, Some("saas"), Lang::Ja));
    assert_eq!(answers, before);
}

#[test]
fn changing_the_model_clears_or_rewrites_only_what_this_tool_set() {
    let mut answers = Answers::new();
    rescope(cat(), &mut answers, Some("saas"), Lang::En);
    // The reader answers one of them and writes their own reason on another.
    answers.insert("set-6.3", Answer::Done);
    answers.set_note("set-6.4", "We run no containers");
    assert!(rescope(cat(), &mut answers, Some("iaas"), Lang::Ja));
    assert_eq!(
        answers.response("set-6.1"),
        None,
        "cleared: it applies under IaaS"
    );
    assert_eq!(answers.response("msr-u-III.3.1.1"), None);
    assert_eq!(
        answers.get("set-6.3"),
        Some(&Answer::Done),
        "the reader's answer"
    );
    assert_eq!(
        answers.response("set-6.4").map(|r| r.note.as_str()),
        Some("We run no containers")
    );
    let sla = answers
        .response("sla-9")
        .expect("sla-9 is written for SaaS");
    assert_eq!(sla.answer, Some(Answer::NotApplicable));
    assert_eq!(
        sla.note,
        scope_reason(&cat().responsibility, item("sla-9"), "iaas", Lang::Ja)
    );
    // IaaS to PaaS: sla-9 still does not apply, and its reason names the new model.
    assert!(rescope(cat(), &mut answers, Some("paas"), Lang::Ja));
    assert_eq!(
        answers.response("sla-9").map(|r| r.note.clone()),
        Some(scope_reason(
            &cat().responsibility,
            item("sla-9"),
            "paas",
            Lang::Ja
        ))
    );
    // Back to no model: what the tool set is cleared.
    assert!(rescope(cat(), &mut answers, None, Lang::Ja));
    assert_eq!(answers.response("sla-9"), None);
}

#[test]
fn an_na_whose_reason_the_reader_edited_is_theirs() {
    let mut answers = Answers::new();
    rescope(cat(), &mut answers, Some("saas"), Lang::Ja);
    answers.set_note("set-6.2", "メールは使っていない");
    rescope(cat(), &mut answers, Some("paas"), Lang::Ja);
    let kept = answers.response("set-6.2").expect("kept");
    assert_eq!(kept.answer, Some(Answer::NotApplicable));
    assert_eq!(kept.note, "メールは使っていない");
}

#[test]
fn an_owner_or_due_date_on_an_untouched_item_is_kept() {
    let mut answers = Answers::new();
    answers.set_response(
        "set-6.1",
        ItemResponse {
            owner: "情報システム課".into(),
            ..ItemResponse::default()
        },
    );
    rescope(cat(), &mut answers, Some("saas"), Lang::Ja);
    let response = answers.response("set-6.1").expect("kept");
    assert_eq!(response.owner, "情報システム課");
    assert_eq!(response.answer, Some(Answer::NotApplicable));
    rescope(cat(), &mut answers, Some("iaas"), Lang::Ja);
    let response = answers.response("set-6.1").expect("the owner stays");
    assert_eq!((response.answer, response.note.as_str()), (None, ""));
    assert_eq!(response.owner, "情報システム課");
}

fn model() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![
        Just(None),
        Just(Some("saas")),
        Just(Some("paas")),
        Just(Some("iaas"))
    ]
}

proptest! {
    /// Whatever the reader recorded, and whatever models they go through, a response this tool
    /// did not set is never changed, and every scoped item ends as the last model says.
    #[test]
    fn the_readers_own_responses_survive_any_change_of_model(
        given in proptest::collection::vec((0usize..6, prop_oneof![Just(None), Just(Some(Answer::Done)), Just(Some(Answer::NotApplicable)), Just(Some(Answer::Defined))], "[a-z]{0,3}"), 0..6),
        models in proptest::collection::vec(model(), 1..6),
        lang in prop_oneof![Just(Lang::Ja), Just(Lang::En)],
    ) {
        let ids = scoped_ids();
        let mut answers = Answers::new();
        for (index, answer, note) in &given {
            let response = ItemResponse { answer: *answer, note: note.clone(), ..ItemResponse::default() };
            answers.set_response(ids[*index % ids.len()], response);
        }
        let theirs = answers.clone();
        let mut before = None;
        for after in &models {
            rescope(cat(), &mut answers, *after, lang);
            before = *after;
        }
        for (id, response) in theirs.iter() {
            prop_assert_eq!(answers.response(id), Some(response), "{}", id);
        }
        for id in ids {
            if theirs.response(id).is_some() {
                continue;
            }
            let response = answers.response(id);
            match before {
                Some(model) if !applies(item(id), Some(model)) => {
                    let reason = scope_reason(&cat().responsibility, item(id), model, lang);
                    prop_assert_eq!(response.map(|r| (r.answer, r.note.clone())), Some((Some(Answer::NotApplicable), reason)));
                }
                _ => prop_assert_eq!(response, None, "{}", id),
            }
        }
    }
}

#[test]
fn the_tools_reasons_follow_the_language_and_are_known_under_any_model() {
    let guide = &cat().responsibility;
    let mut answers = Answers::new();
    rescope(cat(), &mut answers, Some("saas"), Lang::Ja);
    let ja = answers.response("set-6.1").cloned().expect("set");
    assert!(set_by_tool(guide, item("set-6.1"), &ja));
    // The same model in the other language: the reason is rewritten, nothing else changes.
    assert!(rescope(cat(), &mut answers, Some("saas"), Lang::En));
    assert_eq!(
        answers.response("set-6.1").map(|r| r.note.clone()),
        Some(scope_reason(guide, item("set-6.1"), "saas", Lang::En))
    );
    assert!(!rescope(cat(), &mut answers, Some("saas"), Lang::En));
    // A merge brings the tool's N/A of another model (written under IaaS for sla-9) into a
    // SaaS assessment: it is the tool's, so it is cleared where the item applies.
    let mut merged = Answers::new();
    merged.set_response(
        "sla-9",
        ItemResponse {
            answer: Some(Answer::NotApplicable),
            note: scope_reason(guide, item("sla-9"), "iaas", Lang::Ja),
            ..ItemResponse::default()
        },
    );
    assert!(set_by_tool(
        guide,
        item("sla-9"),
        merged.response("sla-9").unwrap()
    ));
    rescope(cat(), &mut merged, Some("saas"), Lang::Ja);
    assert_eq!(merged.response("sla-9"), None);
    // A reason of the reader's is not the tool's, whatever its answer.
    let theirs = ItemResponse {
        answer: Some(Answer::NotApplicable),
        note: "SaaSは使っていない".into(),
        ..ItemResponse::default()
    };
    assert!(!set_by_tool(guide, item("sla-9"), &theirs));
    let done = ItemResponse {
        answer: Some(Answer::Done),
        ..ja
    };
    assert!(!set_by_tool(guide, item("set-6.1"), &done));
}

#[test]
fn the_tools_reason_is_shown_in_the_readers_language_and_a_readers_note_as_it_is() {
    let guide = &cat().responsibility;
    let ja = scope_reason(guide, item("sla-9"), "iaas", Lang::Ja);
    let en = scope_reason(guide, item("sla-9"), "iaas", Lang::En);
    assert_eq!(
        reason_in(guide, item("sla-9"), &ja, Lang::En),
        Some(en.clone())
    );
    assert_eq!(
        reason_in(guide, item("sla-9"), &en, Lang::Ja),
        Some(ja.clone())
    );
    assert_eq!(reason_in(guide, item("sla-9"), &ja, Lang::Ja), Some(ja));
    let paas = scope_reason(guide, item("sla-9"), "paas", Lang::Ja);
    assert_eq!(
        reason_in(guide, item("sla-9"), &paas, Lang::En),
        Some(scope_reason(guide, item("sla-9"), "paas", Lang::En))
    );
    assert_eq!(
        reason_in(guide, item("sla-9"), "SaaSは使っていない", Lang::En),
        None
    );
    // The reason of an item written for other models is not this item's.
    let other = scope_reason(guide, item("set-6.1"), "saas", Lang::Ja);
    assert_eq!(reason_in(guide, item("sla-9"), &other, Lang::En), None);
}

#[test]
fn an_item_written_for_no_model_has_no_reason_of_the_tools() {
    // Whatever its note says, the tool never writes a reason for an item the source writes for
    // no model in particular: that note is the reader's.
    let guide = &cat().responsibility;
    let plain = item("msr-u-III.1.1.1");
    assert!(plain.models.is_empty());
    let lookalike = scope_reason(guide, plain, "saas", Lang::Ja);
    assert_eq!(reason_in(guide, plain, &lookalike, Lang::En), None);
    let response = ItemResponse {
        answer: Some(Answer::NotApplicable),
        note: lookalike,
        ..ItemResponse::default()
    };
    assert!(!set_by_tool(guide, plain, &response));
    assert_eq!(reason_in(guide, item("sla-9"), "", Lang::En), None);
}
