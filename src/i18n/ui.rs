//! The app's general text: the header, the footer, the overview, the questions and the
//! storage notices.

use crate::domain::answers::Answer;
use crate::domain::document::DecodeError;
use crate::domain::text::Lang;

pub struct Ui {
    pub lang_name: &'static str,
    pub skip_to_main: &'static str,
    /// Said while the words of a check are loading (announced to screen readers).
    pub chunk_loading: &'static str,
    /// Said when they could not be loaded: one sentence, with the retry below it.
    pub chunk_failed: &'static str,
    pub chunk_retry: &'static str,
    /// Said when the files on the server are another version's: a reload brings this one's.
    pub chunk_stale: &'static str,
    pub chunk_reload: &'static str,
    /// Said instead of the two above by the views that are not a check (the results, the data
    /// view, about, the glossary), whose code loads when first opened.
    pub view_loading: &'static str,
    pub view_failed: &'static str,
    /// Said in the header while a chosen language's words load.
    pub language_switching: &'static str,
    pub app_title: &'static str,
    pub app_tagline: &'static str,
    pub privacy: &'static str,
    pub who_it_is_for: &'static str,
    pub how_it_works: &'static str,
    pub language_label: &'static str,
    pub loading: &'static str,
    pub saved: &'static str,
    pub saving: &'static str,
    /// Before anything is recorded: there is nothing to save yet.
    pub nothing_saved: &'static str,
    pub not_saved: &'static str,
    pub overview_heading: &'static str,
    pub first_step_heading: &'static str,
    pub back_to_overview: &'static str,
    pub next_module: fn(&str) -> String,
    pub step: fn(usize) -> String,
    pub yes: &'static str,
    pub no: &'static str,
    pub done: &'static str,
    pub partly: &'static str,
    pub not_done: &'static str,
    pub not_applicable: &'static str,
    pub defined: &'static str,
    pub not_defined: &'static str,
    pub guidance: &'static str,
    pub best_practices: &'static str,
    pub na_reason_label: &'static str,
    /// Above the one-tap reasons: they are this tool's examples.
    pub na_reason_presets: &'static str,
    pub no_definition: &'static str,
    pub terms_heading: &'static str,
    pub value_label: &'static str,
    pub value_example: &'static str,
    pub na_reason_missing: &'static str,
    pub source: &'static str,
    pub from_the_source: &'static str,
    /// The label of a group's 【目的】 paragraph (001 III and IV).
    pub objective: &'static str,
    pub footnotes: &'static str,
    pub tools_reading: &'static str,
    /// How coverage is counted: no source gives a scale, so it is this tool's reading.
    pub coverage_rule: &'static str,
    pub yes_count: fn(usize, usize) -> String,
    pub progress: fn(usize, usize) -> String,
    pub unanswered: fn(usize) -> String,
    pub not_started: &'static str,
    pub result_heading: &'static str,
    pub diagnosis_pending: fn(usize) -> String,
    pub stage0_title: &'static str,
    pub stage0_summary: &'static str,
    pub stage1_title: &'static str,
    pub stage1_summary: fn(usize, usize) -> String,
    pub outside_title: &'static str,
    pub outside_summary: fn(usize, usize) -> String,
    pub outside_items_heading: &'static str,
    pub outside_items_intro: &'static str,
    pub outside_advice_heading: &'static str,
    pub rests_on: &'static str,
    pub stage_practice: fn(&str) -> String,
    pub stage_gate: &'static str,
    pub go_to_migration: &'static str,
    pub go_to_stages: &'static str,
    pub migration_ready_title: &'static str,
    pub migration_ready_summary: &'static str,
    pub migration_not_ready_title: &'static str,
    pub migration_not_ready_summary: fn(usize) -> String,
    pub migration_rest_unanswered: fn(usize) -> String,
    pub migration_pending: fn(usize) -> String,
    pub migration_scope_title: &'static str,
    pub migration_scope_summary: fn(&str) -> String,
    pub blocker_guidance: &'static str,
    pub dismiss: &'static str,
    pub notice_storage_unavailable: &'static str,
    pub notice_write_failed: &'static str,
    pub notice_recovered: fn(&DecodeError, &str) -> String,
    pub notice_recovery_failed: fn(&DecodeError) -> String,
    pub about_link: &'static str,
    pub about_heading: &'static str,
    pub about_does: &'static [&'static str],
    pub about_does_not: &'static [&'static str],
    pub about_does_heading: &'static str,
    pub about_does_not_heading: &'static str,
    pub sources_heading: &'static str,
    pub source_title: &'static str,
    pub source_publisher: &'static str,
    pub source_year: &'static str,
    pub year_unknown: &'static str,
    pub source_kind: &'static str,
    pub source_file: &'static str,
    pub edition: fn(&str, &str) -> String,
    pub not_found_heading: &'static str,
    pub not_found_text: &'static str,
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
            Answer::Defined => self.defined,
            Answer::NotDefined => self.not_defined,
        }
    }
}

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

pub(super) static JA: Ui = Ui {
    lang_name: "日本語",
    skip_to_main: "本文へ移動",
    chunk_loading: "チェックの内容を読み込んでいます…",
    chunk_failed: "チェックの内容を読み込めませんでした。接続を確かめて、もう一度読み込んでください（回答はそのまま残っています）。",
    chunk_retry: "もう一度読み込む",
    chunk_stale: "このツールが更新されたため、チェックの内容を読み込めませんでした。ページを再読み込みしてください（回答は保存されています）。",
    chunk_reload: "ページを再読み込み",
    view_loading: "画面を読み込んでいます…",
    view_failed: "この画面を読み込めませんでした。接続を確かめて、もう一度読み込んでください（回答はそのまま残っています）。",
    language_switching: "表示言語を切り替えています…",
    app_title: "クラウド利用セルフチェック",
    app_tagline: "公開された指針と研究のチェックリストで、クラウド利用の準備と設定の責任を自己診断",
    privacy: "回答はこのブラウザの中（localStorage）だけに保存され、どこにも送信されません。",
    who_it_is_for: "各チェックは公開された資料に基づき、項目ごとに出典を示しています（資料の一覧は「このツールについて」にあります）。前提条件チェックとクラウド移行チェックリストは、システム監査学会の研究報告（2020年）が中小企業の経営者を想定して作成したものです。",
    how_it_works: "各項目に「はい」「いいえ」や「実施済み」「一部実施」などで答えると、その場で集計と結果が表示されます。回答は変更するたびに自動で保存されます。項目と結果には出典の資料名と節を示し、出典にない判断には「本ツールの解釈」と明記しています。",
    language_label: "表示言語",
    loading: "読み込み中…",
    saved: "このブラウザに保存済み",
    saving: "保存中…",
    nothing_saved: "まだ何も保存されていません",
    not_saved: "保存されていません（このタブを閉じると回答は失われます）",
    overview_heading: "チェックの一覧",
    first_step_heading: "まずはここから",
    back_to_overview: "一覧に戻る",
    next_module: |title| format!("次へ：{title}"),
    step: |n| format!("ステップ{n}"),
    yes: "はい",
    no: "いいえ",
    done: "実施済み",
    partly: "一部実施",
    not_done: "未実施",
    not_applicable: "該当なし",
    defined: "定めあり",
    not_defined: "定めなし",
    guidance: "補足説明",
    best_practices: "ベストプラクティスと出典",
    na_reason_label: "該当なしの理由（必須）",
    na_reason_presets: "よくある理由（本ツールの例。押すと理由の欄に入ります）",
    no_definition: "出典に定義がありません。",
    terms_heading: "この項目の用語（用語集より）",
    value_label: "契約で定めている値",
    value_example: "記載例（大阪市の要件）：",
    na_reason_missing: "「該当なし」を選んだときは、理由を短く書いてください。理由が書かれるまで、この項目は回答済みにも集計にも入りません。",
    source: "出典：",
    from_the_source: "出典の記述",
    objective: "【目的】",
    footnotes: "注",
    tools_reading: "本ツールの解釈：",
    coverage_rule: "実施率は、実施済みを1、一部実施を0.5、未実施を0として数え、該当なし（理由あり）を分母から除いた割合です。出典に配点の定めはなく、この数え方は本ツールのものです。",
    yes_count: |yes, total| format!("「はい」の合計 {yes}/{total}"),
    progress: |answered, total| format!("{total}項目中{answered}項目に回答済み"),
    unanswered: |n| format!("未回答 {n}項目"),
    not_started: "未着手",
    result_heading: "結果",
    diagnosis_pending: |n| format!("あと{n}項目に答えると、結果が表示されます。"),
    stage0_title: "第0段階",
    stage0_summary: "項目1.1が「いいえ」（クラウドを何らかの形で経験したことがない）です。この結果は、ほかの項目の回答によっては変わりません。",
    stage1_title: "第1段階",
    stage1_summary: |yes, total| {
        format!(
            "項目1.1が「はい」で、{total}項目中{yes}項目が「はい」でした。報告書は、大半が「はい」となる組織を第1段階に該当すると考えています。次のクラウド移行チェックリストに進んでください。"
        )
    },
    outside_title: "チェックリストが想定する組織像の範囲外",
    outside_summary: |yes, total| {
        format!(
            "項目1.1は「はい」ですが、「はい」は{total}項目中{yes}項目でした。報告書のチェックリストは、情報通信白書が示す中小企業のマジョリティに当てはまる組織を前提にしています。これは段階の診断ではありません。"
        )
    },
    outside_items_heading: "「いいえ」と答えた項目",
    outside_items_intro: "各項目の補足説明は、その項目がどのような組織を想定から外しているか、なぜチェックリストが役立ちにくいかを述べています。",
    outside_advice_heading: "報告書の助言",
    rests_on: "この結果の根拠（出典からの引用）",
    stage_practice: |stage| format!("{stage}の特徴及び実践内容"),
    stage_gate: "次の段階に進むための評価・決断",
    go_to_migration: "クラウド移行チェックリストへ進む",
    go_to_stages: "「各段階における詳細な手順・評価」を開いて、自分で段階を選ぶ",
    migration_ready_title: "第2段階へ進む準備ができています",
    migration_ready_summary: "9項目すべてが「はい」です。",
    migration_not_ready_title: "第2段階へ進む前に取り組む項目があります",
    migration_not_ready_summary: |n| {
        format!(
            "「いいえ」の項目が{n}項目あります。報告書は、すべて「はい」になる状態にすることで適切に第2段階へ進めるとしています。"
        )
    },
    migration_rest_unanswered: |n| format!("ほかに未回答の項目が{n}項目あります。"),
    migration_pending: |n| {
        format!("あと{n}項目に答えると、第2段階へ進めるかどうかが表示されます。")
    },
    migration_scope_title: "このチェックリストは第1段階の組織に向けて書かれています",
    migration_scope_summary: |result| {
        format!(
            "前提条件チェックの結果は「{result}」でした。報告書は、このチェックリストを第1段階の組織に向けて書いています。"
        )
    },
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
    about_link: "このツールについて",
    about_heading: "このツールについて",
    about_does_heading: "このツールがすること",
    about_does: &[
        "出典資料のチェックリストを、資料の文言のまま示し、回答を集計します。",
        "前提条件チェックと移行チェックリストは出典の数え方（「はい」の数）で集計し、結果の根拠となる箇所を引用して示します。実施率の数え方など出典に定めのない集計は、本ツールの解釈として示します。",
        "出典が明示していない判断（たとえば「大半」を8項目中5項目以上とみなすこと）は、「本ツールの解釈」と明記して示します。",
        "回答はこのブラウザの中だけに保存します。サーバーはなく、何も送信しません。",
    ],
    about_does_not_heading: "このツールがしないこと",
    about_does_not: &[
        "組織のセキュリティを認証・保証するものではありません。",
        "出典資料を要約したり、出典にない助言を加えたりはしません。",
        "出典資料の著者・発行者が、このツールを作成または確認したものではありません。",
    ],
    sources_heading: "出典資料",
    source_title: "資料名",
    source_publisher: "発行者",
    source_year: "年",
    year_unknown: "記載なし",
    source_kind: "種類",
    source_file: "ファイル",
    edition: |version, date| format!("収録内容の版：{version}（{date}）"),
    not_found_heading: "ページが見つかりません",
    not_found_text: "このアドレスに対応するページはありません。一覧から選んでください。",
};

pub(super) static EN: Ui = Ui {
    lang_name: "English",
    skip_to_main: "Skip to main content",
    chunk_loading: "Loading the check…",
    chunk_failed: "The check could not be loaded. Check your connection and load it again (your answers are kept).",
    chunk_retry: "Load again",
    chunk_stale: "The tool has been updated, so the check could not be loaded. Reload the page (your answers are kept).",
    chunk_reload: "Reload the page",
    view_loading: "Loading this page…",
    view_failed: "This page could not be loaded. Check your connection and load it again (your answers are kept).",
    language_switching: "Switching the language…",
    app_title: "Cloud self-check",
    app_tagline: "Check how ready you are for the cloud, and who is responsible for its settings, with published guidance and research",
    privacy: "Your answers are kept only in this browser (localStorage) and are never sent anywhere.",
    who_it_is_for: "Each check is based on published documents and names its source item by item (the documents are listed under “About this tool”). The precondition check and the cloud migration checklist come from a research report of the Japan Society for Systems Audits (2020), written with the management of small and mid-size companies in mind.",
    how_it_works: "Answer each item (Yes or No, or Done, Partly and so on), and the tally and the result appear as you go. Every change is saved automatically. Items and results name their source document and section, and anything the source does not say is marked as this tool's reading.",
    language_label: "Language",
    loading: "Loading…",
    saved: "Saved in this browser",
    saving: "Saving…",
    nothing_saved: "Nothing saved yet",
    not_saved: "Not saved: answers will be lost when this tab is closed",
    overview_heading: "The checks",
    first_step_heading: "Start here",
    back_to_overview: "Back to the overview",
    next_module: |title| format!("Next: {title}"),
    step: |n| format!("Step {n}"),
    yes: "Yes",
    no: "No",
    done: "Done",
    partly: "Partly",
    not_done: "Not done",
    not_applicable: "N/A",
    defined: "Defined",
    not_defined: "Not defined",
    guidance: "Supplementary notes",
    best_practices: "Best practices and source",
    na_reason_label: "Why it does not apply (required)",
    na_reason_presets: "Common reasons (this tool's examples; a tap fills in the reason)",
    no_definition: "The sources give no definition.",
    terms_heading: "Terms used here (from the glossary)",
    value_label: "The value the contract sets",
    value_example: "Example (Osaka City's requirement): ",
    na_reason_missing: "When you choose N/A, write a short reason. Until there is a reason, this item counts neither as answered nor in the score.",
    source: "Source: ",
    from_the_source: "What the source says",
    objective: "Purpose (目的)",
    footnotes: "Notes",
    tools_reading: "This tool's reading: ",
    coverage_rule: "Coverage counts Done as 1, Partly as 0.5 and Not done as 0, and leaves N/A (with a reason) out of the denominator. No source gives a scale: this way of counting is this tool's.",
    yes_count: |yes, total| format!("Yes total {yes}/{total}"),
    progress: |answered, total| format!("{answered} of {total} items answered"),
    unanswered: |n| {
        let noun = if n == 1 { "item" } else { "items" };
        format!("{n} {noun} unanswered")
    },
    not_started: "Not started",
    result_heading: "Result",
    diagnosis_pending: |n| {
        let noun = if n == 1 { "item" } else { "items" };
        format!("Answer {n} more {noun} to see the result.")
    },
    stage0_title: "Stage 0",
    stage0_summary: "Item 1.1 is No (no experience of the cloud in any form). The answers to the other items do not change this result.",
    stage1_title: "Stage 1",
    stage1_summary: |yes, total| {
        format!(
            "Item 1.1 is Yes, and {yes} of the {total} items are Yes. The report considers an organization that answers most items Yes to be at stage 1. Go on to the cloud migration checklist."
        )
    },
    outside_title: "Outside the profile the checklists were written for",
    outside_summary: |yes, total| {
        format!(
            "Item 1.1 is Yes, but only {yes} of the {total} items are Yes. The report's checklists assume an organization that fits the majority of small and mid-size companies described in the MIC White Paper on Information and Communications. This is not a stage diagnosis."
        )
    },
    outside_items_heading: "The items you answered No",
    outside_items_intro: "The supplementary notes of each item say what kind of organization the item screens out, and why the checklist may not help it.",
    outside_advice_heading: "The report's advice",
    rests_on: "What this result rests on (quoted from the source)",
    stage_practice: |stage| format!("{stage}: characteristics and practice"),
    stage_gate: "Evaluation and decision for moving on to the next stage",
    go_to_migration: "Go to the cloud migration checklist",
    go_to_stages: "Open “Detailed procedures and evaluation for each stage” and choose your stage yourself",
    migration_ready_title: "Ready to move to stage 2",
    migration_ready_summary: "All 9 items are answered Yes.",
    migration_not_ready_title: "Some items need work before stage 2",
    migration_not_ready_summary: |n| {
        let noun = if n == 1 { "item is" } else { "items are" };
        format!(
            "{n} {noun} answered No. The report says that bringing every item to Yes lets an organization move on to stage 2 properly."
        )
    },
    migration_rest_unanswered: |n| {
        let noun = if n == 1 { "item is" } else { "items are" };
        format!("{n} more {noun} still unanswered.")
    },
    migration_pending: |n| {
        let noun = if n == 1 { "item" } else { "items" };
        format!("Answer {n} more {noun} to see whether you can move on to stage 2.")
    },
    migration_scope_title: "This checklist is written for stage 1 organizations",
    migration_scope_summary: |result| {
        format!(
            "Your precondition check result was “{result}”. The report writes this checklist for organizations at stage 1."
        )
    },
    blocker_guidance: "Notes to work from (supplementary notes)",
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
            "The saved data could not be read ({}) or set aside, so saving has been stopped to avoid overwriting it. Your answers are kept only in this tab.",
            decode_reason_en(reason)
        )
    },
    about_link: "About this tool",
    about_heading: "About this tool",
    about_does_heading: "What this tool does",
    about_does: &[
        "It shows the checklists of its source documents in the documents' own wording, and tallies your answers.",
        "It tallies the precondition check and the migration checklist as the source does (the number of Yes answers), and quotes the passage each result rests on. Tallies the sources do not define, such as how coverage is counted, are shown as this tool's reading.",
        "Where the sources do not say something explicitly (for example, counting 5 or more of 8 as “most”), it shows it marked as this tool's reading.",
        "It keeps your answers in this browser only. There is no server, and nothing is sent.",
    ],
    about_does_not_heading: "What this tool does not do",
    about_does_not: &[
        "It does not certify or guarantee an organization's security.",
        "It does not summarize its sources or add advice they do not give.",
        "The authors and publishers of the sources did not make or review this tool.",
    ],
    sources_heading: "Sources",
    source_title: "Title",
    source_publisher: "Publisher",
    source_year: "Year",
    year_unknown: "Not stated",
    source_kind: "Kind",
    source_file: "File",
    edition: |version, date| format!("Content version {version} ({date})"),
    not_found_heading: "Page not found",
    not_found_text: "There is no page at this address. Choose one from the overview.",
};

fn decode_reason_ja(reason: &DecodeError) -> String {
    match reason {
        DecodeError::TooLarge { bytes } => format!("データが大きすぎます：{bytes}バイト"),
        DecodeError::NotJson => "JSON形式ではありません".to_owned(),
        DecodeError::WrongShape(_) => "このツールのデータ形式ではありません".to_owned(),
        DecodeError::UnsupportedVersion(version) => {
            format!("対応していない版のデータです：スキーマ{version}")
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
