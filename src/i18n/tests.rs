//! The interface text of every language: complete, distinct where it must be.

use super::ui::*;
use crate::domain::answers::Answer;
use crate::domain::content::Scale;
use crate::domain::text::Lang;

#[test]
fn every_answer_choice_has_a_distinct_label_in_every_language() {
    for lang in Lang::ALL {
        for scale in [Scale::YesNo, Scale::Coverage, Scale::Contract] {
            let labels: Vec<&str> = Answer::choices(scale)
                .iter()
                .map(|&answer| ui(lang).answer(answer))
                .collect();
            let distinct: std::collections::BTreeSet<&str> = labels.iter().copied().collect();
            assert_eq!(
                distinct.len(),
                labels.len(),
                "{lang:?} {scale:?}: {labels:?}"
            );
            assert!(labels.iter().all(|label| !label.trim().is_empty()));
        }
    }
}

#[test]
fn counted_messages_agree_in_number_in_english() {
    assert_eq!((EN.unanswered)(1), "1 item unanswered");
    assert_eq!((EN.unanswered)(2), "2 items unanswered");
    assert!((EN.diagnosis_pending)(1).contains("1 more item "));
    assert!((EN.diagnosis_pending)(2).contains("2 more items "));
    assert!((EN.migration_not_ready_summary)(1).starts_with("1 item is"));
    assert!((EN.migration_not_ready_summary)(3).starts_with("3 items are"));
    assert!((EN.migration_rest_unanswered)(1).starts_with("1 more item is"));
    assert!((EN.migration_rest_unanswered)(2).starts_with("2 more items are"));
    assert!((EN.migration_pending)(1).contains("1 more item "));
}

/// No source gives a scale for coverage, so the interface says the counting is this tool's
/// and never that the tally follows the sources.
#[test]
fn the_coverage_rule_is_disclosed_as_this_tool_s_reading() {
    for (lang, reading, partly) in [
        (Lang::Ja, "本ツール", "0.5"),
        (Lang::En, "this tool's", "0.5"),
    ] {
        let t = ui(lang);
        assert!(t.coverage_rule.contains(reading), "{lang:?}");
        assert!(t.coverage_rule.contains(partly), "{lang:?}");
        assert!(t.coverage_rule.contains(t.done) || t.coverage_rule.contains("Done"));
        assert!(t.coverage_rule.contains(t.partly) || t.coverage_rule.contains("Partly"));
    }
    let about: String = JA.about_does.concat();
    assert!(!about.contains("集計の規則は出典に従"), "{about}");
    assert!(about.contains("本ツールの解釈"), "{about}");
    let about: String = EN.about_does.concat();
    assert!(
        !about.contains("scores by the rules the sources give"),
        "{about}"
    );
}

#[test]
fn japanese_counts_items_with_one_counter() {
    // The report counts 項目; the interface never mixes in 問 or 件.
    let samples = [
        (JA.progress)(3, 8),
        (JA.unanswered)(2),
        (JA.diagnosis_pending)(2),
        (JA.migration_not_ready_summary)(2),
        (JA.migration_rest_unanswered)(2),
        (JA.migration_pending)(2),
    ];
    for sample in samples {
        assert!(sample.contains("項目"), "{sample}");
        assert!(!sample.contains('問') && !sample.contains('件'), "{sample}");
    }
}
