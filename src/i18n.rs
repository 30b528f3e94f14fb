//! Interface text in Japanese and English. Content text (questions, guidance) lives in
//! `content/`; this is only the app's own wording. One struct per language means a missing
//! translation is a compile error, not a blank on screen.

use crate::domain::answers::Answer;
use crate::domain::document::DecodeError;
use crate::domain::text::Lang;

pub struct Ui {
    pub lang_name: &'static str,
    pub skip_to_main: &'static str,
    pub app_title: &'static str,
    pub app_tagline: &'static str,
    pub privacy: &'static str,
    pub how_it_works: &'static str,
    pub language_label: &'static str,
    pub saved: &'static str,
    pub saving: &'static str,
    pub not_saved: &'static str,
    pub nav_label: &'static str,
    pub step: fn(usize) -> String,
    pub yes: &'static str,
    pub no: &'static str,
    pub done: &'static str,
    pub partly: &'static str,
    pub not_done: &'static str,
    pub not_applicable: &'static str,
    pub guidance: &'static str,
    pub source: &'static str,
    pub yes_count: fn(usize, usize) -> String,
    pub progress: fn(usize, usize) -> String,
    pub unanswered: fn(usize) -> String,
    pub result_heading: &'static str,
    pub verdict_prefix: &'static str,
    pub diagnosis_heading: &'static str,
    pub diagnosis_pending: fn(usize) -> String,
    pub stage0_title: &'static str,
    pub stage0_summary: &'static str,
    pub stage1_title: &'static str,
    pub stage1_summary: &'static str,
    pub stage3_title: &'static str,
    pub stage3_summary: &'static str,
    pub rests_on: &'static str,
    pub stage_practice: fn(&str) -> String,
    pub stage_gate: &'static str,
    pub go_to_migration: &'static str,
    pub migration_ready_title: &'static str,
    pub migration_ready_summary: &'static str,
    pub migration_not_ready_title: &'static str,
    pub migration_not_ready_summary: fn(usize) -> String,
    pub migration_pending: fn(usize) -> String,
    pub blocker_guidance: &'static str,
    pub dismiss: &'static str,
    pub notice_storage_unavailable: &'static str,
    pub notice_write_failed: &'static str,
    pub notice_recovered: fn(&DecodeError, &str) -> String,
    pub notice_recovery_failed: fn(&DecodeError) -> String,
    pub footer_sources: &'static str,
}

impl Ui {
    /// The label of an answer choice.
    pub fn answer(&self, answer: Answer) -> &'static str {
        match answer {
            Answer::Yes => self.yes,
            Answer::No => self.no,
            Answer::Done => self.done,
            Answer::Partly => self.partly,
            Answer::NotDone => self.not_done,
            Answer::NotApplicable => self.not_applicable,
        }
    }
}

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

static JA: Ui = Ui {
    lang_name: "日本語",
    skip_to_main: "本文へ移動",
    app_title: "クラウド利用セルフチェック",
    app_tagline: "中小企業・自治体のための、クラウド利用の準備と安全性の自己診断",
    privacy: "回答はこのブラウザの中（localStorage）だけに保存され、どこにも送信されません。",
    how_it_works: "公的な資料のチェックリストに「はい」「いいえ」で答えると、その場で集計と段階の診断が表示されます。回答は変更するたびに自動で保存されます。",
    language_label: "表示言語",
    saved: "このブラウザに保存済み",
    saving: "保存中…",
    not_saved: "保存されていません（このタブを閉じると回答は失われます）",
    nav_label: "チェックリスト",
    step: |n| format!("ステップ{n}"),
    yes: "はい",
    no: "いいえ",
    done: "実施済み",
    partly: "一部実施",
    not_done: "未実施",
    not_applicable: "該当なし",
    guidance: "補足説明",
    source: "出典：",
    yes_count: |yes, total| format!("はい {yes}/{total}"),
    progress: |answered, total| format!("{total}問中{answered}問回答済み"),
    unanswered: |n| format!("未回答 {n}問"),
    result_heading: "結果",
    verdict_prefix: "。結果：",
    diagnosis_heading: "診断",
    diagnosis_pending: |n| format!("あと{n}問に答えると、段階の診断が表示されます。"),
    stage0_title: "第0段階",
    stage0_summary: "項目1.1が「いいえ」（クラウドの利用経験がない）のため、第0段階と診断されます。出典の報告書はクラウド経験のない組織を対象としていません。まず第0段階の実践内容から始めてください。",
    stage1_title: "第1段階",
    stage1_summary: "「はい」が大半（5問以上）のため、第1段階と診断されます。第2段階へのクラウド移行が効果を得る可能性が高いため、次のクラウド移行チェックリストに進んでください。",
    stage3_title: "典型的な状況の範囲外（第3段階と推定）",
    stage3_summary: "「はい」が4問以下のため、このチェックリストが想定する典型的な状況を超えており、第3段階と推定されます。資産目録の策定、ISO/ISMS認証、セキュリティの専門組織や専門家が必要です。有資格の専門家に相談してください。",
    rests_on: "この診断の根拠（出典からの引用）",
    stage_practice: |stage| format!("{stage}の特徴及び実践内容"),
    stage_gate: "次の段階に進むための評価・決断",
    go_to_migration: "クラウド移行チェックリストへ進む",
    migration_ready_title: "第2段階へ進む準備ができています",
    migration_ready_summary: "9項目すべてが「はい」です。",
    migration_not_ready_title: "第2段階へ進む前に取り組む項目があります",
    migration_not_ready_summary: |n| {
        format!(
            "「いいえ」の項目が{n}件あります。すべて「はい」になる状態にすることで、適切に第2段階へ進めます。"
        )
    },
    migration_pending: |n| format!("あと{n}問に答えると、第2段階へ進めるかどうかが表示されます。"),
    blocker_guidance: "取り組むときの参考（補足説明）",
    dismiss: "閉じる",
    notice_storage_unavailable: "このブラウザでは保存領域（localStorage）が使えないため、回答はこのタブの中だけに保持されます。タブを閉じる前に結果を控えてください。",
    notice_write_failed: "回答を保存できませんでした（保存領域がいっぱいか、使用が制限されています）。回答はこのタブの中には残っています。",
    notice_recovered: |reason, key| {
        format!(
            "保存されていたデータを読み込めなかったため（{}）、元のデータを「{key}」に退避し、空の状態で開始しました。",
            decode_reason_ja(reason)
        )
    },
    notice_recovery_failed: |reason| {
        format!(
            "保存されていたデータを読み込めず（{}）、退避もできなかったため、元のデータを上書きしないよう保存を止めています。回答はこのタブの中だけに保持されます。",
            decode_reason_ja(reason)
        )
    },
    footer_sources: "出典資料",
};

static EN: Ui = Ui {
    lang_name: "English",
    skip_to_main: "Skip to main content",
    app_title: "Cloud self-check",
    app_tagline: "A self-assessment of cloud readiness and safety for small businesses and local governments",
    privacy: "Your answers are kept only in this browser (localStorage) and are never sent anywhere.",
    how_it_works: "Answer the checklists from public guidance with Yes or No, and the tally and stage diagnosis appear as you go. Every change is saved automatically.",
    language_label: "Language",
    saved: "Saved in this browser",
    saving: "Saving…",
    not_saved: "Not saved: answers will be lost when this tab is closed",
    nav_label: "Checklists",
    step: |n| format!("Step {n}"),
    yes: "Yes",
    no: "No",
    done: "Done",
    partly: "Partly",
    not_done: "Not done",
    not_applicable: "N/A",
    guidance: "Supplementary notes",
    source: "Source: ",
    yes_count: |yes, total| format!("Yes {yes}/{total}"),
    progress: |answered, total| format!("{answered} of {total} answered"),
    unanswered: |n| format!("{n} unanswered"),
    result_heading: "Result",
    verdict_prefix: ". Result: ",
    diagnosis_heading: "Diagnosis",
    diagnosis_pending: |n| {
        let noun = if n == 1 { "question" } else { "questions" };
        format!("Answer {n} more {noun} to see the stage diagnosis.")
    },
    stage0_title: "Stage 0",
    stage0_summary: "Item 1.1 is No (no experience with cloud services), so the diagnosis is stage 0. The source report is not aimed at organizations with no cloud experience. Start with the stage 0 practice below.",
    stage1_title: "Stage 1",
    stage1_summary: "Most answers (5 or more) are Yes, so the diagnosis is stage 1. Moving to stage 2 is likely to pay off: go on to the cloud migration checklist.",
    stage3_title: "Beyond the typical profile (presumed stage 3)",
    stage3_summary: "4 or fewer answers are Yes, so your organization is beyond the typical profile this checklist assumes and is presumed to be at stage 3. An asset inventory, ISO/ISMS certification and security specialists are required. Consult a qualified specialist.",
    rests_on: "What this diagnosis rests on (quoted from the source)",
    stage_practice: |stage| format!("{stage}: characteristics and practice"),
    stage_gate: "Evaluation and decision for the next stage",
    go_to_migration: "Go to the cloud migration checklist",
    migration_ready_title: "Ready to move to stage 2",
    migration_ready_summary: "All 9 items are Yes.",
    migration_not_ready_title: "Some items need work before stage 2",
    migration_not_ready_summary: |n| {
        let noun = if n == 1 { "item is" } else { "items are" };
        format!(
            "{n} {noun} answered No. Once every item is Yes, you can properly move on to stage 2."
        )
    },
    migration_pending: |n| {
        let noun = if n == 1 { "question" } else { "questions" };
        format!("Answer {n} more {noun} to see whether you can move on to stage 2.")
    },
    blocker_guidance: "Notes to work from",
    dismiss: "Dismiss",
    notice_storage_unavailable: "This browser's storage (localStorage) is unavailable, so your answers are kept only in this tab. Note your results before closing it.",
    notice_write_failed: "Your answers could not be saved (storage is full or restricted). They are still kept in this tab.",
    notice_recovered: |reason, key| {
        format!(
            "The saved data could not be read ({}), so it was set aside under “{key}” and the app started empty.",
            decode_reason_en(reason)
        )
    },
    notice_recovery_failed: |reason| {
        format!(
            "The saved data could not be read ({}) nor set aside, so saving is stopped to avoid overwriting it. Your answers are kept only in this tab.",
            decode_reason_en(reason)
        )
    },
    footer_sources: "Sources",
};

fn decode_reason_ja(reason: &DecodeError) -> String {
    match reason {
        DecodeError::TooLarge { bytes } => format!("大きすぎます: {bytes}バイト"),
        DecodeError::NotJson => "JSON形式ではありません".to_owned(),
        DecodeError::WrongShape(_) => "このツールのデータ形式ではありません".to_owned(),
        DecodeError::UnsupportedVersion(version) => {
            format!("対応していない版のデータです: スキーマ{version}")
        }
    }
}

fn decode_reason_en(reason: &DecodeError) -> String {
    match reason {
        DecodeError::TooLarge { bytes } => format!("it is too large: {bytes} bytes"),
        DecodeError::NotJson => "it is not JSON".to_owned(),
        DecodeError::WrongShape(_) => "it is not in this tool's format".to_owned(),
        DecodeError::UnsupportedVersion(version) => {
            format!("it was written by an unsupported version: schema {version}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::Scale;

    #[test]
    fn every_answer_choice_has_a_distinct_label_in_every_language() {
        for lang in Lang::ALL {
            for scale in [Scale::YesNo, Scale::Coverage] {
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
        assert_eq!((EN.unanswered)(1), "1 unanswered");
        assert!((EN.diagnosis_pending)(1).contains("1 more question "));
        assert!((EN.diagnosis_pending)(2).contains("2 more questions "));
        assert!((EN.migration_not_ready_summary)(1).starts_with("1 item is"));
        assert!((EN.migration_not_ready_summary)(3).starts_with("3 items are"));
    }
}
