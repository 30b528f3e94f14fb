//! Languages, bilingual text and source references.

use serde::{Deserialize, Serialize};

/// The interface language. Japanese is the primary language of the users and the sources.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The BCP 47 tag, for `<html lang>` and `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }
}

/// A text in Japanese (verbatim from the source, or the tool's own) and its English
/// translation. Content is compiled in, so both are static.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized {
    pub ja: &'static str,
    pub en: &'static str,
}

impl Localized {
    /// The text in a language. A missing English text falls back to the Japanese, so the reader
    /// sees the source's words rather than a blank (build.rs refuses content with an empty
    /// translation, so this guards only against text made elsewhere).
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            Lang::En if self.en.trim().is_empty() => self.ja,
            Lang::En => self.en,
        }
    }
}

/// Where a question, rule or piece of advice comes from: a seed file, and the section in it as
/// the reader's language names it (「VI 1.1 項目1.1」, "VI 1.1 item 1.1").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceRef {
    pub file: &'static str,
    pub section: Localized,
}

impl std::fmt::Display for SourceRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.file, self.section.ja)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_tag_and_its_text() {
        assert_eq!(Lang::Ja.tag(), "ja");
        assert_eq!(Lang::En.tag(), "en");
        let text = Localized {
            ja: "前提条件チェック",
            en: "Precondition check",
        };
        assert_eq!(text.get(Lang::Ja), "前提条件チェック");
        assert_eq!(text.get(Lang::En), "Precondition check");
    }

    #[test]
    fn a_missing_english_text_shows_the_japanese_never_a_blank() {
        for en in ["", "  ", "\n"] {
            let text = Localized {
                ja: "責任分界マップ",
                en,
            };
            assert_eq!(text.get(Lang::En), "責任分界マップ", "{en:?}");
            assert_eq!(text.get(Lang::Ja), "責任分界マップ");
        }
    }

    #[test]
    fn a_source_reads_as_its_file_and_japanese_section() {
        let source = SourceRef {
            file: "004_2afa2b1b220c6436.txt",
            section: Localized {
                ja: "VI 1.1 項目1.1",
                en: "VI 1.1 item 1.1",
            },
        };
        assert_eq!(
            source.to_string(),
            "004_2afa2b1b220c6436.txt VI 1.1 項目1.1"
        );
    }
}
