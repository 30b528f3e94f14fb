//! Interface text of the results view, the printed report and the snapshot comparison, in
//! Japanese and English.

use crate::domain::summary::{Direction, Metric};
use crate::domain::text::Lang;

/// Interface text of the results view (`#/results`) and the report it prints.
pub struct ResultsText {
    pub heading: &'static str,
    pub report_title: &'static str,
    pub purpose: &'static str,
    pub print: &'static str,
    pub print_hint: &'static str,
    pub edit_details: &'static str,
    pub organization: &'static str,
    pub assessment: &'static str,
    pub date: &'static str,
    pub not_entered: &'static str,
    pub approval_caption: &'static str,
    pub approval: [&'static str; 3],
    pub summary_heading: &'static str,
    pub stage_line: fn(&str) -> String,
    pub stage_unknown: &'static str,
    pub stage_outside: &'static str,
    pub stage_reason: fn(&str) -> String,
    pub stage_placed: &'static str,
    pub stage_diagnosed: &'static str,
    pub scores_caption: &'static str,
    pub col_module: &'static str,
    pub col_result: &'static str,
    pub col_progress: &'static str,
    pub not_started: &'static str,
    pub no_model: &'static str,
    pub next_steps_heading: &'static str,
    pub next_steps_intro: &'static str,
    pub plan_top: fn(usize) -> String,
    pub charts_heading: &'static str,
    /// The toggle of the charts, folded on a phone.
    pub charts_show: &'static str,
    /// The toggle of the map's table, folded on a phone.
    pub map_show: &'static str,
    pub chart_label: &'static str,
    pub chart_value: &'static str,
    pub chart_basic: &'static str,
    pub chart_recommended: &'static str,
    pub chart_yes: &'static str,
    pub chart_no: &'static str,
    pub chart_unanswered: &'static str,
    pub chart_defined: &'static str,
    pub chart_open: &'static str,
    pub chart_na: &'static str,
    pub chart_caption: fn(&str) -> String,
    /// The one line of the report that names the checks nobody answered.
    pub unanswered_checks: fn(&[String]) -> String,
    pub map_heading: &'static str,
    pub map_caption: &'static str,
    pub col_layer: &'static str,
    pub col_side: &'static str,
    pub col_setter: &'static str,
    pub col_manager: &'static str,
    pub col_confirmed: &'static str,
    pub side_user: &'static str,
    pub side_provider: &'static str,
    pub confirmed_yes: &'static str,
    pub confirmed_no: &'static str,
    pub unnamed_role: &'static str,
    pub plan_heading: &'static str,
    pub plan_intro: &'static str,
    pub plan_order_reading: &'static str,
    pub plan_empty: &'static str,
    pub plan_unanswered: fn(usize) -> String,
    pub group_next_stage: &'static str,
    pub group_basic: &'static str,
    pub group_responsibility: &'static str,
    pub group_recommended: &'static str,
    pub answered_as: fn(&str) -> String,
    pub guidance: &'static str,
    /// The heading over a passage several plan entries quote, printed once above them.
    pub shared_quote: fn(usize) -> String,
    pub note: &'static str,
    pub owner: &'static str,
    pub due: &'static str,
    pub due_invalid: &'static str,
    pub entry_count: fn(usize) -> String,
    pub fields_legend: fn(usize, &str) -> String,
    pub next_stage_scope: &'static str,
    pub card_gaps: fn(usize) -> String,
    pub card_no_gaps: &'static str,
    pub open_results: &'static str,
    // The results' first screen: where the organization stands, what to do first, and the
    // conditions for stage 2 (`domain::decision`).
    pub decision_label: &'static str,
    pub standing_placed: fn(&str) -> String,
    pub standing_diagnosed: fn(&str) -> String,
    pub standing_outside: &'static str,
    pub standing_stage_unknown: fn(usize, usize) -> String,
    pub standing_mig_unknown: &'static str,
    pub standing_mig_ready: &'static str,
    pub standing_mig_not_ready: fn(usize, usize, usize) -> String,
    pub standing_mig_pending: fn(usize, usize) -> String,
    pub standing_basic_unknown: &'static str,
    pub standing_basic: fn(u32, usize, usize) -> String,
    pub standing_gaps_unknown: &'static str,
    pub standing_gaps: fn(usize, usize) -> String,
    pub first_actions_heading: &'static str,
    pub first_actions_order: fn(usize) -> String,
    pub first_actions_none: &'static str,
    pub first_actions_more: fn(usize) -> String,
    pub action_manager_cells: fn(&str) -> String,
    pub conditions_heading: &'static str,
    pub conditions_intro: &'static str,
    pub conditions_conclusion: &'static str,
    pub detail_summary: &'static str,
}

pub fn results_text(lang: Lang) -> &'static ResultsText {
    match lang {
        Lang::Ja => &RESULTS_JA,
        Lang::En => &RESULTS_EN,
    }
}

static RESULTS_JA: ResultsText = ResultsText {
    heading: "結果と行動計画",
    report_title: "クラウド利用 セルフチェック報告書",
    purpose: "各チェックの結果、いまの段階、責任分界、不足している項目の行動計画をまとめます。ブラウザの印刷機能で、社内・庁内の承認に使えるA4の報告書になります。",
    print: "報告書を印刷する（A4）",
    print_hint: "印刷画面で「PDFに保存」を選ぶと、PDFとしても保存できます。",
    edit_details: "組織名と評価の名前を入力する",
    organization: "組織",
    assessment: "評価",
    date: "作成日",
    not_entered: "（未入力）",
    approval_caption: "承認欄",
    approval: ["作成", "確認", "承認"],
    summary_heading: "結果の要約",
    stage_line: |stage| format!("いまの段階：{stage}"),
    stage_unknown: "いまの段階：まだ決まっていません（前提条件チェックに答えるか、「各段階における詳細な手順・評価」で選んでください）",
    stage_placed: "自分で選んだ段階",
    stage_outside: "いまの段階：前提条件チェックの結果、貴組織はチェックリストが想定する組織の範囲外となりました。段階は示されません（「各段階における詳細な手順・評価」で、理由を添えて自分で選べます）。",
    stage_reason: |reason| format!("選んだ理由：{reason}"),
    stage_diagnosed: "前提条件チェックの結果",
    scores_caption: "チェックごとの結果",
    col_module: "チェック",
    col_result: "結果",
    col_progress: "回答",
    not_started: "未回答",
    no_model: "サービスモデルが未選択",
    next_steps_heading: "次にすること",
    next_steps_intro: "行動計画の最初の項目です。いまの段階の実践内容と評価・決断、第2段階に進むための条件は、この上にあります。",
    plan_top: |count| format!("行動計画の最初の{count}項目"),
    charts_heading: "チェックごとのグラフ",
    charts_show: "チェックごとのグラフを表示",
    map_show: "責任分界の表を表示",
    chart_label: "項目",
    chart_value: "値",
    chart_basic: "基本",
    chart_recommended: "推奨",
    chart_yes: "はい",
    chart_no: "いいえ",
    chart_unanswered: "未回答",
    chart_defined: "定めあり",
    chart_open: "定めなし",
    chart_na: "該当なし",
    chart_caption: |module| format!("{module}の結果"),
    unanswered_checks: |names| format!("未回答のチェック：{}", names.join("、")),
    map_heading: "責任分界",
    map_caption: "層ごとの設定者・設定管理者と、契約等での確認",
    col_layer: "層",
    col_side: "担当",
    col_setter: "設定者",
    col_manager: "設定管理者",
    col_confirmed: "契約等で確認",
    side_user: "利用者",
    side_provider: "事業者",
    confirmed_yes: "確認済み",
    confirmed_no: "未確認",
    unnamed_role: "（未記入）",
    plan_heading: "行動計画",
    plan_intro: "不足している項目を優先順に並べ、出典の指針と参照先を添えています。メモ、担当者、期限を書き込めます（このブラウザに保存されます）。",
    plan_order_reading: "この並び順（1. 第2段階への移行を妨げる項目、2. 基本の不足、3. 責任分界の不足、4. 推奨の不足）は本ツールの整理です。基本・推奨の区別がない項目（セキュリティ設定項目の類型、ライフサイクル、契約・SLA）は基本として扱います。「一部実施」「未実施」「定めなし」と答えた項目と、クラウド移行チェックリストで「いいえ」と答えた項目が対象です。前提条件チェックの回答は組織の状況を表すもので、行動計画には入りません。",
    plan_empty: "回答済みの項目に、不足はありません。",
    plan_unanswered: |count| {
        format!(
            "回答を始めたチェックに、未回答の項目が{count}件あります。回答すると、行動計画に加わることがあります。"
        )
    },
    group_next_stage: "1. 第2段階への移行を妨げる項目（クラウド移行チェックリストで「いいえ」）",
    group_basic: "2. 基本の対策・要件の不足",
    group_responsibility: "3. 責任分界の不足",
    group_recommended: "4. 推奨の対策の不足",
    answered_as: |answer| format!("回答：{answer}"),
    guidance: "出典の記述",
    shared_quote: |count| format!("出典の記述（以下の{count}項目に共通）"),
    note: "メモ",
    owner: "担当者",
    due: "期限",
    due_invalid: "期限は日付（年-月-日）で入力してください。この入力は保存されていません。",
    entry_count: |count| format!("{count}件"),
    fields_legend: |number, title| format!("{number}. {title} の対応"),
    next_stage_scope: "クラウド移行チェックリストは第1段階の組織に向けたものです。前提条件チェックの結果は第1段階ではないため、次の項目はその前提で読んでください。",
    card_gaps: |count| format!("行動計画に{count}件"),
    card_no_gaps: "回答済みの項目に不足なし",
    open_results: "結果と行動計画を見る",
    decision_label: "本ツールによる要約：",
    standing_placed: |stage| format!("いまの段階は{stage}です（自分で選んだ段階）。"),
    standing_diagnosed: |stage| format!("いまの段階は{stage}です（前提条件チェックの結果）。"),
    standing_outside: "前提条件チェックの結果、貴組織はチェックリストが想定する組織の範囲外で、段階は示されません。",
    standing_stage_unknown: |answered, total| {
        format!(
            "いまの段階はまだ決まっていません（前提条件チェックは{total}項目中{answered}項目に回答）。"
        )
    },
    standing_mig_unknown: "クラウド移行チェックリストは未回答です。",
    standing_mig_ready: "クラウド移行チェックリストはすべて「はい」です（出典は、第1段階の組織がすべて「はい」にすれば第2段階へ適切に移行できるとしています）。",
    standing_mig_not_ready: |no, total, unanswered| {
        let rest = if unanswered > 0 {
            format!("（未回答{unanswered}項目）")
        } else {
            String::new()
        };
        format!(
            "クラウド移行チェックリストは{total}項目中{no}項目が「いいえ」で、第2段階に進む条件はまだそろっていません{rest}。"
        )
    },
    standing_mig_pending: |yes, total| {
        format!(
            "クラウド移行チェックリストは{total}項目中{yes}項目が「はい」で、残りは未回答です。"
        )
    },
    standing_basic_unknown: "利用者側の基本の対策は未回答です。",
    standing_basic: |percent, answered, total| {
        format!(
            "利用者側の基本の対策の実施率は{percent}%です（{total}項目中{answered}項目の回答から）。"
        )
    },
    standing_gaps_unknown: "責任分界はサービスモデルが未選択のため、不足はまだ数えていません。",
    standing_gaps: |total, to_decide| {
        if total == 0 {
            "責任分界に不足はありません。".to_owned()
        } else {
            let confirm = total - to_decide;
            format!(
                "責任分界の不足は{total}件で、貴組織で決めることが{to_decide}件、事業者と契約等で確認することが{confirm}件です。"
            )
        }
    },
    first_actions_heading: "まず取り組むこと",
    first_actions_order: |cap| {
        format!(
            "各項目は出典の記述の引用です。並び順（1. 設定管理者、2. 基本の対策のうち未実施、3. 一部実施、4. いまの段階の実践内容と評価・決断）と、示す件数（最大{cap}件）は本ツールの整理です。"
        )
    },
    first_actions_none: "いま示せる項目はありません。チェックに回答すると、ここに出典の求める対策が表示されます。",
    first_actions_more: |count| format!("行動計画には、このほかに{count}件あります。"),
    action_manager_cells: |cells| format!("責任分界：{cells}"),
    conditions_heading: "第2段階に進むための条件",
    conditions_intro: "クラウド移行チェックリストで「いいえ」と答えた項目です。取り組む作業ではなく、第2段階に進む前にそろえる条件として示しています（本ツールの整理）。",
    conditions_conclusion: "研究報告の結論",
    detail_summary: "チェックごとの結果と次にすること",
};

static RESULTS_EN: ResultsText = ResultsText {
    heading: "Results and action plan",
    report_title: "Cloud use self-check report",
    purpose: "The result of every check, your current stage, the responsibility map, and an action plan for every gap. Your browser's print function turns this page into an A4 report for internal approval.",
    print: "Print the report (A4)",
    print_hint: "Choose “Save as PDF” in the print dialog to keep it as a PDF.",
    edit_details: "Enter the organization and the assessment's name",
    organization: "Organization",
    assessment: "Assessment",
    date: "Date",
    not_entered: "(not entered)",
    approval_caption: "Approval",
    approval: ["Prepared", "Checked", "Approved"],
    summary_heading: "Summary of results",
    stage_line: |stage| format!("Current stage: {stage}"),
    stage_unknown: "Current stage: not settled yet (answer the precondition check, or choose one in “Detailed procedures and evaluation for each stage”)",
    stage_placed: "chosen by you",
    stage_outside: "Current stage: the precondition check finds your organization outside the profile the checklists were written for, so it gives no stage (you can choose one in “Detailed procedures and evaluation for each stage”, with your reason).",
    stage_reason: |reason| format!("Your reason: {reason}"),
    stage_diagnosed: "the precondition check's result",
    scores_caption: "Result of each check",
    col_module: "Check",
    col_result: "Result",
    col_progress: "Answered",
    not_started: "Not answered",
    no_model: "No service model chosen",
    next_steps_heading: "Next steps",
    next_steps_intro: "The first entries of the action plan. The conditions for stage 2, and what to practise at your current stage with the evaluation and decision that lead on, are above, with “What to do first”.",
    plan_top: |count| format!("The first {count} entries of the action plan"),
    charts_heading: "Charts by check",
    charts_show: "Show the charts by check",
    map_show: "Show the table of the map",
    chart_label: "Item",
    chart_value: "Value",
    chart_basic: "Basic",
    chart_recommended: "Recommended",
    chart_yes: "Yes",
    chart_no: "No",
    chart_unanswered: "Not answered",
    chart_defined: "Defined",
    chart_open: "Not defined",
    chart_na: "N/A",
    chart_caption: |module| format!("Result of {module}"),
    unanswered_checks: |names| format!("Checks not answered: {}", names.join(", ")),
    map_heading: "Responsibility map",
    map_caption: "Setter and setting manager of each layer, and its confirmation in the contract, etc.",
    col_layer: "Layer",
    col_side: "Side",
    col_setter: "Setter",
    col_manager: "Setting manager",
    col_confirmed: "Confirmed in the contract, etc.",
    side_user: "User",
    side_provider: "Provider",
    confirmed_yes: "Confirmed",
    confirmed_no: "Not confirmed",
    unnamed_role: "(not entered)",
    plan_heading: "Action plan",
    plan_intro: "Every gap in priority order, with the guidance of its source and the reference. You can write a note, an owner and a due date for each (kept in this browser).",
    plan_order_reading: "This order (1. what blocks the move to stage 2, 2. basic gaps, 3. responsibility gaps, 4. recommended gaps) is this tool's arrangement. Items the sources do not mark basic or recommended (types of security setting items, lifecycle, contract and SLA) count as basic. The plan lists the items answered “Partly”, “Not done” or “Not defined”, and the cloud migration checklist items answered “No”. The precondition check's answers describe the organization and are not in the plan.",
    plan_empty: "None of the answered items has a gap.",
    plan_unanswered: |count| {
        if count == 1 {
            "1 item of the checks you have begun is not answered yet. Answering it may add an entry to the plan.".to_owned()
        } else {
            format!(
                "{count} items of the checks you have begun are not answered yet. Answering them may add entries to the plan."
            )
        }
    },
    group_next_stage: "1. What blocks the move to stage 2 (cloud migration checklist items answered “No”)",
    group_basic: "2. Basic measures and requirements not met",
    group_responsibility: "3. Responsibility gaps",
    group_recommended: "4. Recommended measures not met",
    answered_as: |answer| format!("Answer: {answer}"),
    guidance: "From the source",
    shared_quote: |count| format!("From the source (shared by the {count} entries below)"),
    note: "Note",
    owner: "Owner",
    due: "Due date",
    due_invalid: "Enter the due date as a date (year-month-day). This entry was not saved.",
    entry_count: |count| {
        if count == 1 {
            "1 entry".to_owned()
        } else {
            format!("{count} entries")
        }
    },
    fields_legend: |number, title| format!("Follow-up of {number}. {title}"),
    next_stage_scope: "The cloud migration checklist is written for organizations at stage 1. The precondition check does not place yours at stage 1, so read the items below with that in mind.",
    card_gaps: |count| format!("{count} in the action plan"),
    card_no_gaps: "No gap among the answered items",
    open_results: "See the results and the action plan",
    decision_label: "This tool's summary: ",
    standing_placed: |stage| format!("Your current stage is {stage} (chosen by you)."),
    standing_diagnosed: |stage| {
        format!("Your current stage is {stage} (the precondition check's result).")
    },
    standing_outside: "The precondition check finds your organization outside the profile the checklists were written for, so it gives no stage.",
    standing_stage_unknown: |answered, total| {
        format!(
            "Your current stage is not settled yet ({answered} of the {total} items of the precondition check answered)."
        )
    },
    standing_mig_unknown: "The cloud migration checklist is not answered yet.",
    standing_mig_ready: "Every item of the cloud migration checklist is “Yes” (the source says an organization at stage 1 that brings every item to Yes can move on to stage 2 properly).",
    standing_mig_not_ready: |no, total, unanswered| {
        let verb = if no == 1 { "is" } else { "are" };
        let rest = if unanswered > 0 {
            format!(" ({unanswered} not answered)")
        } else {
            String::new()
        };
        format!(
            "{no} of the {total} cloud migration checklist items {verb} “No”, so the conditions for stage 2 are not met yet{rest}."
        )
    },
    standing_mig_pending: |yes, total| {
        let verb = if yes == 1 { "is" } else { "are" };
        format!(
            "{yes} of the {total} cloud migration checklist items {verb} “Yes”; the rest are not answered yet."
        )
    },
    standing_basic_unknown: "The basic user-side measures are not answered yet.",
    standing_basic: |percent, answered, total| {
        format!(
            "Coverage of the basic user-side measures is {percent}% (from {answered} of {total} answered)."
        )
    },
    standing_gaps_unknown: "No service model is chosen, so the responsibility gaps are not counted yet.",
    standing_gaps: |total, to_decide| {
        let confirm = total - to_decide;
        match total {
            0 => "The responsibility map has no gap.".to_owned(),
            1 => format!(
                "The responsibility map has 1 gap: {to_decide} for your organization to decide, {confirm} to confirm with the provider."
            ),
            _ => format!(
                "The responsibility map has {total} gaps: {to_decide} for your organization to decide, {confirm} to confirm with the provider."
            ),
        }
    },
    first_actions_heading: "What to do first",
    first_actions_order: |cap| {
        format!(
            "Each entry quotes its source. The order (1. the setting manager, 2. basic measures not done, 3. done in part, 4. the current stage's practice with its evaluation and decision) and the number shown (at most {cap}) are this tool's arrangement."
        )
    },
    first_actions_none: "Nothing to show yet. As you answer the checks, the measures the sources ask for appear here.",
    first_actions_more: |count| {
        if count == 1 {
            "The action plan has 1 more entry.".to_owned()
        } else {
            format!("The action plan has {count} more entries.")
        }
    },
    action_manager_cells: |cells| format!("Responsibility map: {cells}"),
    conditions_heading: "Conditions for stage 2",
    conditions_intro: "The cloud migration checklist items answered “No”. They are not tasks: they are shown as conditions to meet before moving on to stage 2 (this tool's arrangement).",
    conditions_conclusion: "The research report's conclusion",
    detail_summary: "Each check's result and next steps",
};

/// Interface text of the snapshot comparison.
pub struct CompareText {
    pub scores_caption: &'static str,
    pub items_caption: &'static str,
    pub col_module: &'static str,
    pub col_figure: &'static str,
    pub col_before: &'static str,
    pub col_after: &'static str,
    pub col_change: &'static str,
    pub col_item: &'static str,
    pub unanswered: &'static str,
    pub details_changed: &'static str,
    pub unchanged: &'static str,
    pub no_item_changes: &'static str,
    pub map_changed: fn(usize) -> String,
    pub map_selection_changed: &'static str,
    pub none: &'static str,
}

pub fn compare_text(lang: Lang) -> &'static CompareText {
    match lang {
        Lang::Ja => &COMPARE_JA,
        Lang::En => &COMPARE_EN,
    }
}

static COMPARE_JA: CompareText = CompareText {
    scores_caption: "スコアの比較",
    items_caption: "回答が変わった項目",
    col_module: "チェック",
    col_figure: "指標",
    col_before: "前",
    col_after: "後",
    col_change: "変化",
    col_item: "項目",
    unanswered: "未回答",
    details_changed: "メモ・担当者・期限などが変わりました",
    unchanged: "二つの状態に違いはありません。",
    no_item_changes: "回答が変わった項目はありません。",
    map_changed: |cells| format!("責任分界：{cells}か所の記入が変わりました。"),
    map_selection_changed: "責任分界：サービスモデルまたはパターンが変わりました。",
    none: "—",
};

static COMPARE_EN: CompareText = CompareText {
    scores_caption: "Scores compared",
    items_caption: "Items answered differently",
    col_module: "Check",
    col_figure: "Figure",
    col_before: "Before",
    col_after: "After",
    col_change: "Change",
    col_item: "Item",
    unanswered: "Not answered",
    details_changed: "The note, owner, due date or value changed",
    unchanged: "The two states do not differ.",
    no_item_changes: "No item was answered differently.",
    map_changed: |cells| format!("Responsibility map: the entries of {cells} cells changed."),
    map_selection_changed: "Responsibility map: the service model or pattern changed.",
    none: "—",
};

/// The name of a headline figure; `part` is the title of a lifecycle phase for [`Metric::Part`].
pub fn metric_label(metric: Metric, part: Option<&str>, lang: Lang) -> String {
    let ja = lang == Lang::Ja;
    let text = match metric {
        Metric::Yes => {
            if ja {
                "「はい」の数"
            } else {
                "“Yes” answers"
            }
        }
        Metric::Stage => {
            if ja {
                "いまの段階"
            } else {
                "Current stage"
            }
        }
        Metric::CellsCovered => {
            if ja {
                "不足のない利用者側の欄"
            } else {
                "User-side cells without a gap"
            }
        }
        Metric::Gaps => {
            if ja {
                "不足の数"
            } else {
                "Gaps"
            }
        }
        Metric::Coverage => {
            if ja {
                "実施率"
            } else {
                "Coverage"
            }
        }
        Metric::Basic => {
            if ja {
                "基本の実施率"
            } else {
                "Basic coverage"
            }
        }
        Metric::Recommended => {
            if ja {
                "推奨の実施率"
            } else {
                "Recommended coverage"
            }
        }
        Metric::Part(prefix) => return part.unwrap_or(prefix).to_owned(),
        Metric::Defined => {
            if ja {
                "定めあり"
            } else {
                "Defined"
            }
        }
        Metric::Open => {
            if ja {
                "定めなし"
            } else {
                "Not defined"
            }
        }
    };
    text.to_owned()
}

/// Which way a figure moved, in words (so it never rests on colour or an arrow alone).
pub fn direction_label(direction: Direction, lang: Lang) -> &'static str {
    match (direction, lang) {
        (Direction::Rose, Lang::Ja) => "↑ 上がった",
        (Direction::Fell, Lang::Ja) => "↓ 下がった",
        (Direction::Stayed, Lang::Ja) => "変わらない",
        (Direction::Changed, Lang::Ja) => "変わった",
        (Direction::Rose, Lang::En) => "↑ rose",
        (Direction::Fell, Lang::En) => "↓ fell",
        (Direction::Stayed, Lang::En) => "no change",
        (Direction::Changed, Lang::En) => "changed",
    }
}
