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
/// translation: written in the code, or a text of the content, which stands in a content chunk
/// loaded per language when a view needs it (`domain::chunks`).
///
/// Two texts are equal when their words are: for content, when they are the same text of the
/// same chunk.
#[derive(Clone, Copy, Debug)]
pub struct Localized(Words);

impl PartialEq for Localized {
    fn eq(&self, other: &Localized) -> bool {
        match (self.0, other.0) {
            // A chunk holds each text once (the content compiler), so in one chunk the same
            // words are the same place; texts of two chunks are two texts. Comparing content
            // reads no text, so it needs no chunk loaded (nor the other language's).
            (Words::Chunk { .. }, Words::Chunk { .. }) => self.0 == other.0,
            _ => self.ja() == other.ja() && self.en() == other.en(),
        }
    }
}

impl Eq for Localized {}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Words {
    /// Both languages, in the program.
    Both { ja: &'static str, en: &'static str },
    /// Text `index` of content chunk `chunk` (the chunk's number in `content::CHUNKS`).
    Chunk { chunk: u16, index: u32 },
}

impl Localized {
    /// A text written in the code.
    pub const fn new(ja: &'static str, en: &'static str) -> Localized {
        Localized(Words::Both { ja, en })
    }

    /// Text `index` of content chunk `chunk`, as the content compiler writes them.
    pub const fn in_chunk(chunk: u16, index: u32) -> Localized {
        Localized(Words::Chunk { chunk, index })
    }

    /// The text in a language. A missing English text of the code falls back to the Japanese,
    /// so the reader sees the source's words rather than a blank (content has every English
    /// text, which tests/content/chunks.rs checks). A text of a chunk not yet
    /// loaded in that language is empty, and reported (`chunks::text`): a view must wait for
    /// the chunks it shows.
    pub fn get(&self, lang: Lang) -> &'static str {
        match self.0 {
            Words::Both { en, .. } if lang == Lang::En && !en.trim().is_empty() => en,
            Words::Both { ja, .. } => ja,
            // Every content text has its English (tests/content/chunks.rs), so an English
            // view reads the English chunk alone.
            Words::Chunk { chunk, index } => super::chunks::text(chunk, lang, index),
        }
    }

    /// The Japanese text.
    pub fn ja(&self) -> &'static str {
        self.words(Lang::Ja)
    }

    /// The English text as written, with no fallback.
    pub fn en(&self) -> &'static str {
        self.words(Lang::En)
    }

    fn words(&self, lang: Lang) -> &'static str {
        match self.0 {
            Words::Both { ja, .. } if lang == Lang::Ja => ja,
            Words::Both { en, .. } => en,
            Words::Chunk { chunk, index } => super::chunks::text(chunk, lang, index),
        }
    }

    /// The content chunk the text stands in and its index there, if it is content.
    pub fn place(&self) -> Option<(u16, u32)> {
        match self.0 {
            Words::Both { .. } => None,
            Words::Chunk { chunk, index } => Some((chunk, index)),
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
        write!(f, "{} {}", self.file, self.section.ja())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_tag_and_its_text() {
        assert_eq!(Lang::Ja.tag(), "ja");
        assert_eq!(Lang::En.tag(), "en");
        let text = Localized::new("前提条件チェック", "Precondition check");
        assert_eq!(text.get(Lang::Ja), "前提条件チェック");
        assert_eq!(text.get(Lang::En), "Precondition check");
    }

    #[test]
    fn a_missing_english_text_shows_the_japanese_never_a_blank() {
        for en in ["", "  ", "\n"] {
            let text = Localized::new("責任分界マップ", en);
            assert_eq!(text.get(Lang::En), "責任分界マップ", "{en:?}");
            assert_eq!(text.get(Lang::Ja), "責任分界マップ");
        }
    }

    #[test]
    fn content_texts_are_equal_when_their_words_are() {
        let chunk = crate::domain::chunks::by_id("mig").expect("mig");
        let first = Localized::in_chunk(chunk, 0);
        let second = Localized::in_chunk(chunk, 1);
        assert_eq!(first, Localized::in_chunk(chunk, 0));
        // A chunk holds each text once, so two places of one chunk are two texts.
        assert_ne!(first.get(Lang::Ja), second.get(Lang::Ja));
        assert_ne!(first, second);
        // Texts of two chunks are two texts, even with the same words: comparing content never
        // reads a chunk (a term of the SLA check is also in the glossary).
        let core = Localized::in_chunk(crate::domain::chunks::by_id("core").expect("core"), 0);
        assert_ne!(first, core);
        let place = |id: &str| {
            let chunk = crate::domain::chunks::by_id(id).expect(id);
            let texts = crate::domain::chunks::texts(chunk, Lang::Ja).expect(id);
            let index = texts
                .iter()
                .position(|text| *text == "稼働率")
                .expect("稼働率");
            Localized::in_chunk(chunk, u32::try_from(index).expect("index"))
        };
        let (sla, glossary) = (place("sla"), place("glossary"));
        assert_eq!((sla.ja(), sla.en()), (glossary.ja(), glossary.en()));
        assert_ne!(sla, glossary);
        // A text of the code and one of the content: the words decide.
        assert_eq!(first, Localized::new(first.ja(), first.en()));
        assert_ne!(first, Localized::new(first.ja(), "other"));
        assert_ne!(Localized::new("other", first.en()), first);
        assert_eq!(Localized::new("a", "b"), Localized::new("a", "b"));
        assert_ne!(Localized::new("a", "b"), Localized::new("a", "c"));
        assert_eq!(first.place(), Some((chunk, 0)));
        assert_eq!(Localized::new("a", "b").place(), None);
    }

    #[test]
    fn a_source_reads_as_its_file_and_japanese_section() {
        let source = SourceRef {
            file: "004_2afa2b1b220c6436.txt",
            section: Localized::new("VI 1.1 項目1.1", "VI 1.1 item 1.1"),
        };
        assert_eq!(
            source.to_string(),
            "004_2afa2b1b220c6436.txt VI 1.1 項目1.1"
        );
    }
}
