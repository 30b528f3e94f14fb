//! The one-tap reasons for 該当なし: short, distinct, neutral text that fills the reason and
//! makes an N/A count, and is recognized again only while the note is exactly that reason.

use cloud_self_check::domain::answers::{Answer, ItemResponse, MAX_NOTE_CHARS};
use cloud_self_check::domain::na_reasons::NaReason;
use cloud_self_check::domain::text::Lang;
use proptest::prelude::*;

#[test]
fn the_reasons_are_the_tools_short_neutral_wording_in_both_languages() {
    let ja: Vec<&str> = NaReason::ALL.iter().map(|r| r.text(Lang::Ja)).collect();
    assert_eq!(
        ja,
        [
            "この形態のサービスを使っていない",
            "事業者が対応する範囲",
            "該当する業務がない"
        ]
    );
    for lang in Lang::ALL {
        let texts: Vec<&str> = NaReason::ALL.iter().map(|r| r.text(lang)).collect();
        let distinct: std::collections::BTreeSet<&str> = texts.iter().copied().collect();
        assert_eq!(distinct.len(), texts.len(), "{lang:?}");
        for text in texts {
            assert!(!text.trim().is_empty());
            assert!(text.chars().count() <= 40, "short: {text}");
            assert!(text.chars().count() <= MAX_NOTE_CHARS);
            assert_eq!(text.trim(), text);
        }
    }
    let tokens: std::collections::BTreeSet<&str> =
        NaReason::ALL.iter().map(|r| r.token()).collect();
    assert_eq!(tokens.len(), NaReason::ALL.len());
    assert!(
        tokens
            .iter()
            .all(|t| t.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
    );
}

#[test]
fn a_tapped_reason_makes_the_na_count_and_is_recognized_in_either_language() {
    for reason in NaReason::ALL {
        for lang in Lang::ALL {
            let response = ItemResponse {
                answer: Some(Answer::NotApplicable),
                note: reason.text(lang).to_owned(),
                ..ItemResponse::default()
            };
            assert!(!response.lacks_reason(), "{reason:?} {lang:?}");
            assert_eq!(NaReason::of_note(reason.text(lang)), Some(reason));
            assert_eq!(
                NaReason::of_note(&format!("  {} ", reason.text(lang))),
                Some(reason)
            );
            // Edited, it is the user's own reason.
            assert_eq!(NaReason::of_note(&format!("{}。", reason.text(lang))), None);
        }
    }
    assert_eq!(NaReason::of_note(""), None);
}

proptest! {
    #[test]
    fn only_a_common_reason_is_recognized(note in any::<String>()) {
        let found = NaReason::of_note(&note);
        let expected = NaReason::ALL
            .into_iter()
            .find(|r| Lang::ALL.iter().any(|&lang| r.text(lang) == note.trim()));
        prop_assert_eq!(found, expected);
    }
}
