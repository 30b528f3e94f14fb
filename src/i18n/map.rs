//! Interface text of the responsibility map and the setting types, in Japanese and English.
//! Content (the seeds' wording) lives in `content/rsp.json` and `content/set.json`.

use crate::domain::responsibility::{GapKind, MAX_NAME_CHARS};
use crate::domain::scoring::Coverage;
use crate::domain::text::Lang;

pub struct MapText {
    pub model_legend: &'static str,
    pub model_hint: &'static str,
    pub pattern_legend: &'static str,
    pub vnet_text: &'static str,
    pub table_caption: fn(&str, &str) -> String,
    pub col_layer: &'static str,
    pub col_owner: &'static str,
    pub col_setter: &'static str,
    pub col_manager: &'static str,
    pub col_confirmed: &'static str,
    pub col_gaps: &'static str,
    pub owner_user: &'static str,
    pub owner_provider: &'static str,
    pub expected: fn(&str) -> String,
    pub setter_field: fn(&str) -> String,
    pub manager_field: fn(&str) -> String,
    pub manager_side_field: fn(&str) -> String,
    pub side_unset: &'static str,
    pub side_own: &'static str,
    pub side_outside: &'static str,
    /// An outsourced cell whose manager's side is not chosen yet: unanswered, not a gap.
    pub side_pending: &'static str,
    pub confirmed_label: &'static str,
    pub confirmed_field: fn(&str) -> String,
    pub name_placeholder: &'static str,
    pub too_long: fn() -> String,
    pub no_gap: &'static str,
    pub gap: fn(GapKind) -> &'static str,
    /// The short form of a gap, for the table's narrow column.
    pub gap_short: fn(GapKind) -> &'static str,
    pub chain_heading: &'static str,
    pub confirm_heading: &'static str,
    pub network_heading: &'static str,
    pub result_heading: &'static str,
    pub choose_model_first: &'static str,
    pub coverage: fn(usize, usize) -> String,
    pub gap_count: fn(usize) -> String,
    pub no_gaps: &'static str,
    pub gaps_heading: &'static str,
    /// The gaps the user's organization closes itself (naming a setter or a manager).
    pub gaps_act: &'static str,
    /// The gaps closed by confirming a boundary with the provider.
    pub gaps_confirm: &'static str,
    pub gap_bases_heading: &'static str,
    pub drop_heading: &'static str,
    pub drop_text: &'static str,
    pub drop_confirm: &'static str,
    pub drop_cancel: &'static str,
    pub recorded: fn(&str, &str) -> String,
    pub comparison_onprem: &'static str,
    pub comparison_split: &'static str,
    pub setting_types_shown: fn(usize, usize, &str) -> String,
    pub setting_types_all: fn(usize) -> String,
    pub risk: &'static str,
    pub layers_touched: &'static str,
    pub set_coverage: fn(Option<u32>) -> String,
    pub set_counts: fn(&Coverage) -> String,
    pub overview_cells: fn(&str, usize, usize) -> String,
    pub overview_set: fn(u32) -> String,
    pub tier_basic: &'static str,
    pub tier_recommended: &'static str,
    pub tier_score: fn(&str, Option<u32>) -> String,
    pub parts_heading: &'static str,
    pub causes_heading: &'static str,
    /// Next to the 4M table and radar: which measure answers which cause is this tool's reading.
    pub causes_reading: &'static str,
    pub col_part: &'static str,
    pub col_cause: &'static str,
    pub col_coverage: &'static str,
    pub col_counts: &'static str,
    pub cause_name: fn(&str) -> &'static str,
    pub readings_heading: &'static str,
    pub contract_summary: fn(&crate::domain::scoring::ContractTally) -> String,
    pub contract_open_heading: &'static str,
}

pub fn map_text(lang: Lang) -> &'static MapText {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

static JA: MapText = MapText {
    model_legend: "サービスの形態",
    model_hint: "利用する（または検討している）クラウドサービスの形態を選んでください。",
    pattern_legend: "利用のパターン",
    vnet_text: "仮想ネットワークについて（出典の記述）",
    table_caption: |model, pattern| format!("レイヤごとの分担：{model}・{pattern}"),
    col_layer: "レイヤ",
    col_owner: "受け持つ側",
    col_setter: "設定者",
    col_manager: "設定管理者",
    col_confirmed: "境界を契約等で確認",
    col_gaps: "課題",
    owner_user: "利用者側",
    owner_provider: "事業者側",
    expected: |party| format!("想定：{party}"),
    setter_field: |cell| format!("{cell}の設定者"),
    manager_field: |cell| format!("{cell}の設定管理者"),
    manager_side_field: |cell| format!("{cell}の設定管理者の所属"),
    side_unset: "所属を選択",
    side_own: "貴組織",
    side_outside: "委託先・事業者",
    side_pending: "未回答：設定管理者の所属",
    confirmed_label: "確認済み",
    confirmed_field: |cell| format!("{cell}の境界を契約・SLA・利用規約で確認済み"),
    name_placeholder: "人・部署・会社の名前",
    too_long: || {
        format!("名前は{MAX_NAME_CHARS}文字までです。それを超えた分は保存されていません。")
    },
    no_gap: "なし",
    gap: |kind| match kind {
        GapKind::SetterMissing => "設定者が記入されていません",
        GapKind::ManagerMissing => "設定管理者が記入されていません",
        GapKind::ManagerOutside => {
            "この欄の設定を委託しているのに、設定管理者が委託先・事業者の人になっています"
        }
        GapKind::SamePerson => "設定者と設定管理者が同じ人です（ダブルチェックができません）",
        GapKind::Unconfirmed => "境界が契約・SLA・利用規約で確認されていません",
        GapKind::ProviderUnconfirmed => "事業者側の境界が契約・SLA・利用規約で確認されていません",
    },
    gap_short: |kind| match kind {
        GapKind::SetterMissing => "設定者が未記入",
        GapKind::ManagerMissing => "設定管理者が未記入",
        GapKind::ManagerOutside => "設定管理者が貴組織でない",
        GapKind::SamePerson => "設定者と同じ人",
        GapKind::Unconfirmed | GapKind::ProviderUnconfirmed => "境界が未確認",
    },
    chain_heading: "誰が誰に責任を負うか",
    confirm_heading: "契約の前に確認すること",
    network_heading: "ネットワークと通信",
    result_heading: "責任分界の結果",
    choose_model_first: "サービスの形態を選ぶと、レイヤごとの分担表が表示されます。",
    coverage: |covered, total| format!("貴組織が受け持つ{total}欄のうち{covered}欄が充足"),
    gap_count: |n| format!("課題 {n}件"),
    no_gaps: "課題はありません。",
    gaps_heading: "課題（優先度の高い順）",
    gaps_act: "貴組織で決めること",
    gaps_confirm: "事業者と契約等で確認すること",
    gap_bases_heading: "課題の根拠（出典からの引用）",
    drop_heading: "この変更で消える記入があります",
    drop_text: "選んだ形態には次の欄がありません。変更すると、これらの欄の記入は消えます。",
    drop_confirm: "変更して記入を消す",
    drop_cancel: "変更しない",
    recorded: |cell, what| format!("{cell}：{what}"),
    comparison_onprem: "オンプレミス",
    comparison_split: "分担",
    setting_types_shown: |shown, total, model| {
        format!(
            "{model}で貴組織が受け持つレイヤに関わる{shown}類型を表示しています（このチェックで問う{total}類型のうち）。"
        )
    },
    setting_types_all: |total| {
        format!("サービスの形態を選ぶまでは、このチェックで問う{total}類型をすべて表示しています。")
    },
    risk: "設定不備のリスク：",
    layers_touched: "関わるレイヤ：",
    set_coverage: |percent| match percent {
        Some(p) => format!("実施率 {p}%"),
        None => "実施率 —（まだ回答がありません）".to_owned(),
    },
    set_counts: |c| {
        let reasons = match c.missing_reason {
            0 => String::new(),
            n => format!("・該当なし（理由が未記入）{n}"),
        };
        format!(
            "実施済み {}・一部実施 {}・未実施 {}・該当なし {}{reasons}・未回答 {}",
            c.done, c.partly, c.not_done, c.not_applicable, c.unanswered
        )
    },
    overview_cells: |model, covered, total| format!("{model}：{total}欄中{covered}欄が充足"),
    overview_set: |percent| format!("セキュリティ設定項目の類型：実施率 {percent}%"),
    tier_basic: "基本",
    tier_recommended: "推奨",
    tier_score: |tier, percent| match percent {
        Some(p) => format!("{tier}の実施率 {p}%"),
        None => format!("{tier}の実施率 —（まだ回答がありません）"),
    },
    parts_heading: "時期ごとの実施率",
    causes_heading: "設定不備の要因（4M）ごとの実施率（低い順）",
    causes_reading: "どの対策がどの要因（4M）にこたえるかの対応づけは、本ツールの解釈です。ガイドラインは対策ごとに要因を示しておらず、両者の関係を示す図表II.2.2-1はテキスト抽出で失われています。III.1〜III.4の対策を、番号と名前の一致する要因の4分類に対応づけています。",
    col_part: "時期",
    col_cause: "要因",
    col_coverage: "実施率",
    col_counts: "内訳",
    cause_name: |id| match id {
        "organization" => "1. 組織に関するもの",
        "rules" => "2. 作業規則・マニュアルに関するもの",
        "settings" => "3. システム動作環境における設定管理に関するもの",
        "methods" => "4. システム動作環境の設定の方法論に関するもの",
        _ => "（不明な要因）",
    },
    readings_heading: "本ツールの解釈",
    contract_summary: |c| {
        let reasons = match c.missing_reason {
            0 => String::new(),
            n => format!("・該当なし（理由が未記入）{n}"),
        };
        format!(
            "定めあり {}・定めなし {}・該当なし {}{reasons}・未回答 {}",
            c.defined,
            c.open.len(),
            c.not_applicable,
            c.unanswered
        )
    },
    contract_open_heading: "契約で定めのない項目",
};

static EN: MapText = MapText {
    model_legend: "Service model",
    model_hint: "Choose the model of the cloud service you use (or are considering).",
    pattern_legend: "How you use it",
    vnet_text: "On the virtual network (from the source)",
    table_caption: |model, pattern| format!("Who holds each layer: {model}, {pattern}"),
    col_layer: "Layer",
    col_owner: "Owned by",
    col_setter: "Setter",
    col_manager: "Setting manager",
    col_confirmed: "Boundary confirmed in the contract, etc.",
    col_gaps: "Gaps",
    owner_user: "User side",
    owner_provider: "Provider side",
    expected: |party| format!("Expected: {party}"),
    setter_field: |cell| format!("Setter of {cell}"),
    manager_field: |cell| format!("Setting manager of {cell}"),
    manager_side_field: |cell| format!("Whose side the setting manager of {cell} is on"),
    side_unset: "Choose a side",
    side_own: "Your organization",
    side_outside: "Contractor or provider",
    side_pending: "Not answered: the setting manager's side",
    confirmed_label: "Confirmed",
    confirmed_field: |cell| {
        format!("Boundary of {cell} confirmed in the contract, SLA or terms of use")
    },
    name_placeholder: "Name of a person, department or company",
    too_long: || {
        format!(
            "Names can be at most {MAX_NAME_CHARS} characters. Anything beyond that was not saved."
        )
    },
    no_gap: "None",
    gap: |kind| match kind {
        GapKind::SetterMissing => "No setter is named",
        GapKind::ManagerMissing => "No setting manager is named",
        GapKind::ManagerOutside => {
            "This cell's settings are outsourced, but the setting manager is on the contractor's or provider's side"
        }
        GapKind::SamePerson => {
            "The setter and the setting manager are the same person (no double check)"
        }
        GapKind::Unconfirmed => {
            "The boundary is not confirmed in the contract, SLA or terms of use"
        }
        GapKind::ProviderUnconfirmed => {
            "The provider's boundary is not confirmed in the contract, SLA or terms of use"
        }
    },
    gap_short: |kind| match kind {
        GapKind::SetterMissing => "No setter",
        GapKind::ManagerMissing => "No setting manager",
        GapKind::ManagerOutside => "Manager not in your organization",
        GapKind::SamePerson => "Same person as the setter",
        GapKind::Unconfirmed | GapKind::ProviderUnconfirmed => "Boundary not confirmed",
    },
    chain_heading: "Who answers to whom",
    confirm_heading: "What to check before the contract",
    network_heading: "Network and communications",
    result_heading: "Result of the responsibility map",
    choose_model_first: "Choose a service model to see who holds each layer.",
    coverage: |covered, total| {
        format!("{covered} of the {total} cells your organization owns are covered")
    },
    gap_count: |n| match n {
        1 => "1 gap".to_owned(),
        n => format!("{n} gaps"),
    },
    no_gaps: "There are no gaps.",
    gaps_heading: "Gaps, most important first",
    gaps_act: "What your organization decides",
    gaps_confirm: "What to confirm with the provider in the contract or similar",
    gap_bases_heading: "What the gaps rest on (quoted from the sources)",
    drop_heading: "This change would remove entries",
    drop_text: "The model you chose has no cell for the entries below. If you change it, they are removed.",
    drop_confirm: "Change and remove the entries",
    drop_cancel: "Keep the current choice",
    recorded: |cell, what| format!("{cell}: {what}"),
    comparison_onprem: "On-premises",
    comparison_split: "Split",
    setting_types_shown: |shown, total, model| {
        format!(
            "Showing the {shown} types (of the {total} this check asks about) that touch a layer your organization owns under {model}."
        )
    },
    setting_types_all: |total| {
        format!(
            "All {total} types this check asks about are shown until you choose a service model."
        )
    },
    risk: "Risk of a misconfiguration: ",
    layers_touched: "Layers it touches: ",
    set_coverage: |percent| match percent {
        Some(p) => format!("Coverage {p}%"),
        None => "Coverage — (nothing answered yet)".to_owned(),
    },
    set_counts: |c| {
        let reasons = match c.missing_reason {
            0 => String::new(),
            n => format!(", N/A without a reason {n}"),
        };
        format!(
            "Done {}, partly {}, not done {}, N/A {}{reasons}, unanswered {}",
            c.done, c.partly, c.not_done, c.not_applicable, c.unanswered
        )
    },
    overview_cells: |model, covered, total| format!("{model}: {covered} of {total} cells covered"),
    overview_set: |percent| format!("Types of security setting items: coverage {percent}%"),
    tier_basic: "Basic (基本)",
    tier_recommended: "Recommended (推奨)",
    tier_score: |tier, percent| match percent {
        Some(p) => format!("{tier}: coverage {p}%"),
        None => format!("{tier}: coverage — (nothing answered yet)"),
    },
    parts_heading: "Coverage by phase",
    causes_heading: "Coverage by cause of misconfiguration (4M), lowest first",
    causes_reading: "Which measure answers which cause (4M) is this tool's reading. The guideline does not name the causes measure by measure, and figure II.2.2-1, which shows how they relate, was lost in the text extraction. The measures of III.1 to III.4 are assigned to the four cause groups whose numbers and names they match.",
    col_part: "Phase",
    col_cause: "Cause",
    col_coverage: "Coverage",
    col_counts: "Breakdown",
    cause_name: |id| match id {
        "organization" => "1. Organization",
        "rules" => "2. Work rules and manuals",
        "settings" => "3. Setting management in the system operating environment",
        "methods" => "4. Methodology of setting the system operating environment",
        _ => "(unknown cause)",
    },
    readings_heading: "This tool's readings",
    contract_summary: |c| {
        let reasons = match c.missing_reason {
            0 => String::new(),
            n => format!(", N/A without a reason {n}"),
        };
        format!(
            "Defined {}, not defined {}, N/A {}{reasons}, unanswered {}",
            c.defined,
            c.open.len(),
            c.not_applicable,
            c.unanswered
        )
    },
    contract_open_heading: "What the contract leaves open",
};
