//! The first screen's path: who answers, which cloud and how, the proposed checks with their
//! estimated time, and the start button.

use crate::domain::text::Lang;

pub struct PathText {
    pub heading: &'static str,
    pub lead: &'static str,
    pub model_legend: &'static str,
    pub pattern_label: &'static str,
    /// The model and the pattern chosen, where the home only shows them.
    pub chosen: fn(&str, &str) -> String,
    /// Said where the model or pattern can only be changed on the map, since the change would
    /// drop what the map records.
    pub change_on_map: &'static str,
    pub path_heading: &'static str,
    /// 「約30分（目安）」 for the proposed checks.
    pub estimate: fn(u32) -> String,
    pub estimate_basis: &'static str,
    pub start: &'static str,
    pub resume: &'static str,
    pub finished: &'static str,
    pub optional_heading: &'static str,
    pub optional_hint: &'static str,
    /// The last step's next link: to the results.
    pub to_results: &'static str,
    /// Said after a step that is done, for screen readers (the ✓ is drawn by CSS).
    pub done: &'static str,
}

pub fn path_text(lang: Lang) -> &'static PathText {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

static JA: PathText = PathText {
    heading: "はじめに",
    lead: "回答する人と、クラウドの使い方を選ぶと、取り組むチェックと所要時間の目安を示します。",
    model_legend: "使っているクラウドのサービスの形態",
    pattern_label: "使い方",
    chosen: |model, pattern| format!("サービスの形態：{model}（{pattern}）"),
    change_on_map: "責任分界マップに記入した内容があるため、サービスの形態と使い方は責任分界マップで変更してください。",
    path_heading: "提案する道筋",
    estimate: |minutes| format!("所要時間：約{minutes}分（目安）"),
    estimate_basis: "所要時間と道筋の根拠（本ツールの解釈）",
    start: "はじめる",
    resume: "続きから",
    finished: "結果を見る",
    optional_heading: "必要に応じて取り組むチェック",
    optional_hint: "道筋に入っていないチェックです。いつでも開いて回答できます。",
    to_results: "次へ：結果と、まず取り組むこと",
    done: "（完了）",
};

static EN: PathText = PathText {
    heading: "Start here",
    lead: "Choose who is answering and how you use the cloud, and the tool shows the checks to take and about how long they take.",
    model_legend: "The service model of the cloud you use",
    pattern_label: "How you use it",
    chosen: |model, pattern| format!("Service model: {model} ({pattern})"),
    change_on_map: "The responsibility map already holds entries, so change the model and the way you use it on the map.",
    path_heading: "Proposed path",
    estimate: |minutes| format!("Time: about {minutes} minutes (an estimate)"),
    estimate_basis: "What the path and the time rest on (this tool's reading)",
    start: "Start",
    resume: "Continue",
    finished: "See the results",
    optional_heading: "Checks to take as needed",
    optional_hint: "These checks are not on the path. Any of them can be opened and answered at any time.",
    to_results: "Next: results and what to do first",
    done: " (done)",
};
