//! Interface text of the stage roadmap, in Japanese and English.

use crate::domain::text::Lang;

/// Interface text of the stage roadmap.
pub struct StageText {
    pub purpose: &'static str,
    pub placed: fn(&str) -> String,
    pub diagnosed: fn(&str) -> String,
    pub unknown: &'static str,
    pub place_legend: &'static str,
    pub reason_label: &'static str,
    pub reason_missing: &'static str,
    pub back_to_diagnosis: &'static str,
    pub clear_placement: &'static str,
    pub current_badge: &'static str,
    pub practice_heading: &'static str,
    pub gate_heading: &'static str,
    pub detail_heading: &'static str,
    pub notes_heading: &'static str,
}

pub fn stage_text(lang: Lang) -> &'static StageText {
    match lang {
        Lang::Ja => &STAGE_JA,
        Lang::En => &STAGE_EN,
    }
}

static STAGE_JA: StageText = StageText {
    purpose: "研究報告は、クラウドの活用を第0段階から第4段階と第x段階の6段階に分けています。いまの段階と、そこで行うこと、次の段階へ進むための評価・決断を示します。前提条件チェックの結果が段階を示さないときや、結果と考えが違うときは、理由を添えて自分で段階を選べます。",
    placed: |stage| format!("いまの段階：{stage}（自分で選んだ段階）"),
    diagnosed: |stage| format!("いまの段階：{stage}（前提条件チェックの結果）"),
    unknown: "いまの段階はまだ決まっていません。前提条件チェックに答えるか、下で段階を選んで理由を書いてください。",
    place_legend: "自分で段階を選ぶ",
    reason_label: "その段階だと考える理由（必須）",
    reason_missing: "段階を選んだときは、理由を書いてください。理由が書かれるまで、選んだ段階はいまの段階になりません。",
    back_to_diagnosis: "前提条件チェックの結果に戻す",
    clear_placement: "選択を解除する",
    current_badge: "いまの段階",
    practice_heading: "特徴及び実践内容（表4）",
    gate_heading: "次の段階に進むための評価・決断",
    detail_heading: "詳細な手順",
    notes_heading: "手順策定時の留意点",
};

static STAGE_EN: StageText = StageText {
    purpose: "The research report divides the use of the cloud into six stages: stages 0 to 4 and stage X. This view shows your current stage, what to do there, and the evaluation and decision that lead to the next stage. Where the precondition check gives no stage, or you see your organization differently, you can choose a stage yourself, with your reason.",
    placed: |stage| format!("Current stage: {stage} (your own choice)"),
    diagnosed: |stage| format!("Current stage: {stage} (from the precondition check)"),
    unknown: "Your current stage is not settled yet. Answer the precondition check, or choose a stage below and write your reason.",
    place_legend: "Choose your stage yourself",
    reason_label: "Why you see your organization at that stage (required)",
    reason_missing: "When you choose a stage, write your reason. Until there is a reason, the stage you chose does not become your current stage.",
    back_to_diagnosis: "Go back to the precondition check's result",
    clear_placement: "Clear the choice",
    current_badge: "Current stage",
    practice_heading: "Characteristics and practice (table 4)",
    gate_heading: "Evaluation and decision to move to the next stage",
    detail_heading: "Detailed procedure",
    notes_heading: "Points to note when drawing up the procedure",
};
