//! Wording rules that hold across every content file and the interface text (issue 21):
//! the English says what the Japanese says, each term has one English, and the app's own
//! Japanese uses one word for one thing. Each rule scans all of `content/` (every bilingual
//! text) or the interface text of `src/`, so a new place that breaks it fails here too.
//!
//! Japanese quoted from the seeds stays as it is: where a rule bans a word from the app's own
//! Japanese, an occurrence inside words quoted from a seed is allowed. The seeds are read from
//! `$CLOUD_SELF_CHECK_SEEDS`, or else from `../shared/seeds`.

use std::path::{Path, PathBuf};

use crate::common::{read_seed, seeds_dir, without_whitespace};
use cloud_self_check::domain::text::Lang;
use cloud_self_check::i18n::data::data_text;
use cloud_self_check::i18n::map::map_text;
use cloud_self_check::i18n::results::results_text;
use cloud_self_check::i18n::stage::stage_text;
use cloud_self_check::i18n::ui;
use serde_json::Value;

const CONTENT_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content");
const SRC_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

const SEEDS: [&str; 5] = [
    "000_6e048807d38cae8c.txt",
    "001_3a537b5899cd3262.txt",
    "002_ea3d2ceb2cab952b.txt",
    "003_cf6ac11a1ce9d6d5.txt",
    "004_2afa2b1b220c6436.txt",
];

// ---------------------------------------------------------------------------------------------
// Reading the content and the source.

/// One bilingual text of a content file: where it is, its Japanese and its English.
#[derive(Debug)]
struct Text {
    place: String,
    ja: String,
    en: String,
}

fn content_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(CONTENT_DIR)
        .expect("content directory")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

fn collect_texts(value: &Value, place: &str, out: &mut Vec<Text>) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(ja)), Some(Value::String(en))) =
                (map.get("ja"), map.get("en"))
            {
                out.push(Text {
                    place: place.to_owned(),
                    ja: ja.clone(),
                    en: en.clone(),
                });
            }
            for (key, child) in map {
                collect_texts(child, &format!("{place}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                collect_texts(child, &format!("{place}/{index}"), out);
            }
        }
        _ => {}
    }
}

/// Every bilingual text of every content file.
fn texts() -> Vec<Text> {
    let mut out = Vec::new();
    for file in content_files() {
        let json = std::fs::read_to_string(&file).expect("content file");
        let value: Value = serde_json::from_str(&json).expect("content JSON");
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        collect_texts(&value, &name, &mut out);
    }
    assert!(out.len() > 1000, "too few texts: {}", out.len());
    out
}

/// The texts of one content file.
fn texts_of(file: &str) -> Vec<Text> {
    texts()
        .into_iter()
        .filter(|text| text.place.starts_with(&format!("{file}/")))
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source directory") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of a Rust source file, each with its line, comments left out.
fn string_literals(source: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                if chars[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a): skip either.
            if chars.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == 'r' && matches!(chars.get(i + 1), Some('#') | Some('"')) {
            let mut hashes = 0;
            let mut j = i + 1;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                i += 1;
                continue;
            }
            let start_line = line;
            let mut literal = String::new();
            j += 1;
            while j < chars.len() {
                if chars[j] == '"' && (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) {
                    break;
                }
                if chars[j] == '\n' {
                    line += 1;
                }
                literal.push(chars[j]);
                j += 1;
            }
            out.push((start_line, literal));
            i = j + 1 + hashes;
        } else if c == '"' {
            let start_line = line;
            let mut literal = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    literal.push(chars[i]);
                    i += 1;
                }
                if chars[i] == '\n' {
                    line += 1;
                }
                literal.push(chars[i]);
                i += 1;
            }
            out.push((start_line, literal));
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Every string literal of `src/` (the interface text and all else), with its file and line.
fn source_strings() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(Path::new(SRC_DIR), &mut files);
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("source file");
        let name = file
            .strip_prefix(SRC_DIR)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        for (line, literal) in string_literals(&source) {
            out.push((format!("src{name}:{line}"), literal));
        }
    }
    assert!(out.len() > 500, "too few string literals: {}", out.len());
    out
}

/// The app's own Japanese and the Japanese it quotes, everywhere: every content text's Japanese
/// and every string literal of `src/`.
fn all_japanese() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = texts()
        .into_iter()
        .map(|text| (text.place, text.ja))
        .collect();
    out.extend(source_strings());
    out
}

/// The seeds without markup and whitespace, for finding quoted words in them.
fn normalized_seeds() -> Option<Vec<String>> {
    let dir = seeds_dir()?;
    Some(
        SEEDS
            .iter()
            .map(|file| {
                let seed = read_seed(&dir, file);
                let mut plain = String::new();
                let mut in_tag = false;
                for c in seed.chars() {
                    match c {
                        '<' => in_tag = true,
                        '>' if in_tag => in_tag = false,
                        _ if in_tag || c.is_whitespace() => {}
                        _ => plain.push(c),
                    }
                }
                plain
            })
            .collect(),
    )
}

/// The places where `word` stands in the app's own words: every occurrence whose surroundings
/// (a few characters either side, within the same text) are not found in any seed.
fn own_uses(word: &str, strings: &[(String, String)], seeds: &[String]) -> Vec<String> {
    const AROUND: usize = 6;
    let mut out = Vec::new();
    for (place, text) in strings {
        let chars: Vec<char> = without_whitespace(text).chars().collect();
        let word_chars: Vec<char> = word.chars().collect();
        for start in 0..chars.len() {
            if !chars[start..].starts_with(&word_chars) {
                continue;
            }
            let from = start.saturating_sub(AROUND);
            let to = (start + word_chars.len() + AROUND).min(chars.len());
            let window: String = chars[from..to].iter().collect();
            if !seeds.iter().any(|seed| seed.contains(&window)) {
                out.push(format!("{place}: …{window}…"));
            }
        }
    }
    out
}

/// Asserts that every content text whose Japanese contains `ja` has English containing `en`
/// (ignoring case), and that there is at least one such text.
fn assert_english_of(ja: &str, en: &str) {
    let texts: Vec<Text> = texts().into_iter().filter(|t| t.ja.contains(ja)).collect();
    assert!(!texts.is_empty(), "no content text has {ja}");
    let wrong: Vec<String> = texts
        .iter()
        .filter(|t| !t.en.to_lowercase().contains(&en.to_lowercase()))
        .map(|t| format!("{}: {}", t.place, t.en))
        .collect();
    assert!(
        wrong.is_empty(),
        "{ja} is not translated “{en}” in:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn string_literals_are_read_without_comments() {
    let source = "// 「コメント」\nlet a = \"一\"; /* \"二\" */ let b = r#\"三\"#;\nlet c = '\"'; // \"四\"\nfn f<'a>(x: &'a str) -> &'a str { \"五\\\"六\" }";
    let literals: Vec<String> = string_literals(source)
        .into_iter()
        .map(|(_, literal)| literal)
        .collect();
    assert_eq!(literals, ["一", "三", "五\\\"六"]);
}

#[test]
fn own_uses_leave_out_words_quoted_from_a_seed() {
    let seeds = ["前略。貴組織では、自組織ではハードルが高Yes後略".to_owned()];
    let strings = [
        (
            "quote".to_owned(),
            "貴組織では、自組織ではハードルが高いと考えている。".to_owned(),
        ),
        ("own".to_owned(), "自組織が受け持つ欄".to_owned()),
    ];
    let uses = own_uses("自組織", &strings, &seeds);
    assert_eq!(uses.len(), 1, "{uses:?}");
    assert!(uses[0].starts_with("own:"), "{uses:?}");
}

// ---------------------------------------------------------------------------------------------
// English: meaning.

/// 004 II.5.2 table 4, stage 0: 「自社をクラウド化する必要性について…説明責任を果たす」 is
/// accountability for whether the company needs the cloud, not for why it does.
#[test]
fn stage0_accountability_is_for_whether_the_cloud_is_needed() {
    let texts: Vec<Text> = texts_of("stages.json")
        .into_iter()
        .filter(|t| {
            t.ja.contains("必要性について、経営者として説明責任を果たす")
        })
        .collect();
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(texts[0].en.contains("whether"), "{}", texts[0].en);
    assert!(!texts[0].en.contains("why"), "{}", texts[0].en);
}

/// 「基本的に実施することが求められる」 (the definition of 基本, 001 I.5) is "in principle", in
/// the glossary's `basic` as in the measures' intros.
#[test]
fn basic_measures_are_required_in_principle() {
    assert_english_of("基本的に", "in principle");
    let glossary = texts_of("glossary.json");
    assert!(
        glossary
            .iter()
            .any(|t| t.ja.contains("基本的に") && t.en.contains("in principle")),
        "the glossary's definition of 基本"
    );
}

/// 検討会 (001 IV.6.1.1) are review meetings.
#[test]
fn kentoukai_are_review_meetings() {
    assert_english_of("検討会", "review meetings");
}

/// 「マネージドサービス事業者を紹介すること」 (001 IV.7.1.1) is referring users to them.
#[test]
fn shoukai_is_referring_users_to_managed_service_providers() {
    assert_english_of("事業者を紹介すること", "refer users to");
}

/// 「データとアプリケーションの管理の一部」 (001 II.1.2): part of the management of both, not
/// the data and part of the application.
#[test]
fn the_saas_users_part_is_part_of_the_management_of_data_and_application() {
    assert_english_of(
        "データとアプリケーションの管理の一部",
        "part of the management of the data and the application",
    );
}

/// The map's column 「境界を契約等で確認」 and the report's 「契約等で確認」 keep their 等.
#[test]
fn confirmed_in_the_contract_keeps_its_etc() {
    let pairs = [
        (
            map_text(Lang::Ja).col_confirmed,
            map_text(Lang::En).col_confirmed,
        ),
        (
            results_text(Lang::Ja).col_confirmed,
            results_text(Lang::En).col_confirmed,
        ),
        (
            results_text(Lang::Ja).map_caption,
            results_text(Lang::En).map_caption,
        ),
    ];
    for (ja, en) in pairs {
        assert!(ja.contains("契約等"), "{ja}");
        assert!(en.contains("contract, etc."), "{ja} → {en}");
    }
}

// ---------------------------------------------------------------------------------------------
// English: one term, one English.

/// トラブル is trouble; an incident is インシデント (or 事故). 「④トラブル対応」 of 004 II.6 is
/// not "Incident response".
#[test]
fn trouble_is_never_translated_as_an_incident() {
    let wrong: Vec<String> = texts()
        .into_iter()
        .filter(|t| {
            t.ja.contains("トラブル")
                && !t.ja.contains("インシデント")
                && !t.ja.contains("事故")
                && t.en.to_lowercase().contains("incident")
        })
        .map(|t| format!("{}: {} → {}", t.place, t.ja, t.en))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_english_of("④トラブル対応", "④ Handling trouble");
}

/// セキュリティ特性 (001 I.6) is "security properties" everywhere.
#[test]
fn security_properties_have_one_english() {
    assert_english_of("セキュリティ特性", "security properties");
}

/// クラウドサービス利用管理者 (001 table I.5-1) is not the クラウドサービス管理者 of I.4.
#[test]
fn cloud_service_usage_managers_have_their_own_english() {
    assert_english_of("クラウドサービス利用管理者", "cloud service usage managers");
}

/// 「IV. 2. 4 利用者別の対応」.
#[test]
fn responding_to_each_user() {
    assert_english_of("利用者別の対応", "Responding to each user");
}

/// The same Japanese sentence has one English wherever it is quoted (e.g. the III.3.1.2
/// statement, which the glossary quotes for 予防的措置 and 発見的措置).
#[test]
fn the_same_japanese_sentence_has_one_english() {
    let texts = texts();
    let mut wrong = Vec::new();
    for (index, text) in texts.iter().enumerate() {
        if !text.ja.contains('。') {
            continue;
        }
        for other in &texts[index + 1..] {
            if other.ja == text.ja && other.en != text.en {
                wrong.push(format!(
                    "{}\n  {}: {}\n  {}: {}",
                    text.ja, text.place, text.en, other.place, other.en
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The four 4M cause groups of 001 II.2.1 and the four user-side measure groups of II.2.2
/// (III.1–III.4): the English the interface gives each, which the content uses too.
const CAUSE_GROUPS: [(&str, &str, &str); 4] = [
    (
        "organization",
        "Organization",
        "Organizational structure and human resource development",
    ),
    ("rules", "Work rules and manuals", "Work rules and manuals"),
    (
        "settings",
        "Setting management in the system operating environment",
        "Setting management in the system operating environment",
    ),
    (
        "methods",
        "Methodology of setting the system operating environment",
        "Methodology of setting the system operating environment",
    ),
];

/// Wordings of the 4M groups used before they had one English.
const OTHER_CAUSE_WORDINGS: [&str; 4] = [
    "settings management of",
    "methods of setting the system operating environment",
    "managing the settings of the system operating environment",
    "methodology of making settings",
];

#[test]
fn the_4m_groups_have_one_english() {
    let en = map_text(Lang::En);
    let ja = map_text(Lang::Ja);
    let msr_u = texts_of("msr-u.json");
    let reading = msr_u
        .iter()
        .find(|t| t.place == "msr-u.json/readings/causes")
        .expect("msr-u's reading of the causes");
    let purpose = msr_u
        .iter()
        .find(|t| t.place == "msr-u.json/purpose/0")
        .expect("msr-u's purpose");
    for (number, (id, cause, group)) in CAUSE_GROUPS.iter().enumerate() {
        let number = number + 1;
        assert_eq!((en.cause_name)(id), format!("{number}. {cause}"), "{id}");
        assert!((ja.cause_name)(id).starts_with(&format!("{number}. ")));
        // The reading names both the causes (II.2.1) and the measure groups (II.2.2).
        let cause_lower = format!("{number}. {}", cause.to_lowercase());
        assert!(reading.en.contains(&cause_lower), "{cause_lower}");
        assert!(
            reading.en.contains(&format!("“{number}. {group}”")),
            "{group}"
        );
        assert!(purpose.en.contains(&group.to_lowercase()), "{group}");
    }
    let mut strings: Vec<(String, String)> = texts()
        .into_iter()
        .map(|text| (text.place, text.en))
        .collect();
    strings.extend(english_interface_strings());
    for (place, text) in strings {
        for other in OTHER_CAUSE_WORDINGS {
            assert!(!text.to_lowercase().contains(other), "{place}: {other}");
        }
    }
}

/// The string literals of the interface text files (`src/i18n*.rs`).
fn english_interface_strings() -> Vec<(String, String)> {
    source_strings()
        .into_iter()
        .filter(|(place, _)| place.starts_with("src/i18n"))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// English: qualifiers kept.

/// 「その設定値を選択した場合の影響等」 (001 IV.2.2.1): the 等 stays.
#[test]
fn effects_keep_their_and_the_like() {
    assert_english_of("影響等", "effects, among other things,");
}

/// 「パスワードや暗号鍵のこと」 (001 I.6, 認証情報): や lists examples.
#[test]
fn credentials_are_passwords_keys_and_the_like() {
    assert_english_of("パスワードや暗号鍵", "and the like");
}

// ---------------------------------------------------------------------------------------------
// Japanese the app writes itself.

/// The title of a content file (its top-level `title`), in both languages.
fn title_of(file: &str) -> (String, String) {
    let title = texts_of(file)
        .into_iter()
        .find(|t| t.place == format!("{file}/title"))
        .unwrap_or_else(|| panic!("{file} has no title"));
    (title.ja, title.en)
}

/// 段階 are the stages 0–4 and X of 004. The lifecycle's three parts (003 1.1–1.3) are 時期.
#[test]
fn lifecycle_parts_are_periods_not_stages() {
    let Some(seeds) = normalized_seeds() else {
        return;
    };
    let mut strings: Vec<(String, String)> = texts_of("life.json")
        .into_iter()
        .map(|t| (t.place, t.ja))
        .collect();
    let source_kind = texts_of("sources.json")
        .into_iter()
        .find(|t| t.en.contains("lifecycle phase"))
        .expect("the lifecycle document's kind in sources.json");
    strings.push((source_kind.place, source_kind.ja));
    let map = map_text(Lang::Ja);
    strings.push(("parts_heading".to_owned(), map.parts_heading.to_owned()));
    strings.push(("col_part".to_owned(), map.col_part.to_owned()));
    let uses = own_uses("段階", &strings, &seeds);
    assert!(uses.is_empty(), "{}", uses.join("\n"));
    assert_eq!(map.parts_heading, "時期ごとの実施率");
    assert_eq!(map.col_part, "時期");
    let purpose = texts_of("life.json")
        .into_iter()
        .find(|t| t.place == "life.json/purpose/0")
        .expect("life's purpose");
    assert!(purpose.ja.contains("3つの時期ごとに"), "{}", purpose.ja);
}

/// The results page says what the precondition check found about the reader's organization.
#[test]
fn outside_the_profile_says_the_organization_came_out_outside() {
    assert!(
        results_text(Lang::Ja).stage_outside.contains(
            "前提条件チェックの結果、貴組織はチェックリストが想定する組織の範囲外となりました。"
        ),
        "{}",
        results_text(Lang::Ja).stage_outside
    );
    assert!(!results_text(Lang::Ja).stage_outside.contains("範囲外です"));
    assert!(
        results_text(Lang::En)
            .stage_outside
            .contains("finds your organization outside")
    );
}

/// The stage page is called by its title wherever the interface points to it.
#[test]
fn the_stage_page_has_one_name() {
    let (title_ja, title_en) = title_of("stages.json");
    for text in [
        ui(Lang::Ja).go_to_stages,
        results_text(Lang::Ja).stage_unknown,
        results_text(Lang::Ja).stage_outside,
    ] {
        assert!(text.contains(&format!("「{title_ja}」")), "{text}");
    }
    for text in [
        ui(Lang::En).go_to_stages,
        results_text(Lang::En).stage_unknown,
        results_text(Lang::En).stage_outside,
    ] {
        assert!(text.contains(&format!("“{title_en}”")), "{text}");
    }
    for (place, text) in all_japanese() {
        for other in ["段階の道筋", "段階のロードマップ", "ロードマップ"] {
            assert!(!text.contains(other), "{place}: {text}");
        }
    }
    let mut english: Vec<(String, String)> = texts().into_iter().map(|t| (t.place, t.en)).collect();
    english.extend(english_interface_strings());
    for (place, text) in english {
        assert!(!text.to_lowercase().contains("roadmap"), "{place}: {text}");
    }
}

/// 「モジュール」 is developer language: the interface says チェック, as the overview does, and
/// the English says "check".
#[test]
fn the_interface_never_says_module() {
    for (place, text) in all_japanese() {
        assert!(!text.contains("モジュール"), "{place}: {text}");
    }
    for (place, text) in english_interface_strings() {
        assert!(!text.to_lowercase().contains("module"), "{place}: {text}");
    }
    assert_eq!(results_text(Lang::Ja).col_module, "チェック");
    assert_eq!(results_text(Lang::En).col_module, "Check");
    assert_eq!(
        cloud_self_check::domain::export::header(Lang::Ja)[0],
        "チェック"
    );
}

/// One word for the reader's organization: 貴組織, as the report's checklists address it (004
/// VI). 自組織 stays only inside words quoted from a seed; the English says "your
/// organization", never "our organization".
#[test]
fn the_readers_organization_is_kisoshiki() {
    let Some(seeds) = normalized_seeds() else {
        return;
    };
    let uses = own_uses("自組織", &all_japanese(), &seeds);
    assert!(uses.is_empty(), "{}", uses.join("\n"));
    assert_eq!(map_text(Lang::Ja).side_own, "貴組織");
    assert_eq!(map_text(Lang::En).side_own, "Your organization");
    let mut english: Vec<(String, String)> = texts().into_iter().map(|t| (t.place, t.en)).collect();
    english.extend(english_interface_strings());
    for (place, text) in english {
        let lower = text.to_lowercase();
        for (index, _) in lower.match_indices("our organization") {
            assert!(
                lower[..index].ends_with('y'),
                "{place}: “our organization” in {text}"
            );
        }
    }
}

/// Stage X is 第x段階, as table 4 of 004 II.5.2 writes it.
#[test]
fn stage_x_is_written_as_table_4_writes_it() {
    let Some(seeds) = normalized_seeds() else {
        return;
    };
    assert!(
        seeds[4].contains("第x段階センシティブ型"),
        "table 4's row of stage X"
    );
    let uses = own_uses("第X段階", &all_japanese(), &seeds);
    assert!(uses.is_empty(), "{}", uses.join("\n"));
    assert!(stage_text(Lang::Ja).purpose.contains("第x段階"));
}

/// A button that dismisses a confirmation says キャンセル.
#[test]
fn cancel_is_kyanseru() {
    assert_eq!(data_text(Lang::Ja).cancel, "キャンセル");
    for (place, text) in source_strings() {
        assert!(!text.contains("やめる"), "{place}: {text}");
    }
}

/// The setting types are called by their check's own name, 「セキュリティ設定項目の類型」.
#[test]
fn the_setting_types_are_called_by_their_checks_name() {
    let (title_ja, title_en) = title_of("set.json");
    assert_eq!(title_ja, "セキュリティ設定項目の類型");
    for (place, text) in all_japanese() {
        assert!(!text.contains("設定項目の種類"), "{place}: {text}");
    }
    assert!(
        results_text(Lang::Ja)
            .plan_order_reading
            .contains(&title_ja)
    );
    assert!(
        results_text(Lang::En)
            .plan_order_reading
            .contains(&title_en.to_lowercase())
    );
    assert!((map_text(Lang::Ja).overview_set)(50).starts_with(&title_ja));
    assert!((map_text(Lang::En).overview_set)(50).starts_with(&title_en));
}

// ---------------------------------------------------------------------------------------------
// Import errors.

/// Every message of a file that cannot be imported, in one language.
fn import_errors(lang: Lang) -> Vec<String> {
    let t = data_text(lang);
    vec![
        t.error_too_large.to_owned(),
        t.error_empty.to_owned(),
        t.error_not_text.to_owned(),
        t.error_csv.to_owned(),
        t.error_not_json.to_owned(),
        t.error_truncated.to_owned(),
        t.error_not_ours.to_owned(),
        t.error_damaged.to_owned(),
        (t.error_newer)(99),
        t.error_unreadable.to_owned(),
    ]
}

/// An import error is two sentences: what is wrong with the file, then what to do. Not one
/// sentence whose cause leads into the instruction (「…ので、…選んでください」, ", so choose").
#[test]
fn import_errors_say_what_is_wrong_then_what_to_do() {
    for message in import_errors(Lang::Ja) {
        let sentences: Vec<&str> = message.split_terminator('。').collect();
        assert!(message.ends_with('。'), "{message}");
        assert_eq!(sentences.len(), 2, "{message}");
        assert!(!sentences[0].contains("ください"), "{message}");
        assert!(sentences[1].ends_with("ください"), "{message}");
    }
    for message in import_errors(Lang::En) {
        let sentences: Vec<&str> = message
            .strip_suffix('.')
            .unwrap_or_else(|| panic!("{message}"))
            .split(". ")
            .collect();
        assert_eq!(sentences.len(), 2, "{message}");
        assert!(!sentences[0].contains(" so "), "{message}");
        assert!(
            ["Choose ", "Import "]
                .iter()
                .any(|verb| sentences[1].starts_with(verb)),
            "{message}"
        );
    }
}
