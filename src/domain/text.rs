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
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
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
