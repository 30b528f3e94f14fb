//! Common reasons for answering 該当なし, offered as one-tap fills of the reason field. No source
//! lists them: they are this tool's wording, kept neutral, and the reason stays free text that
//! the user can change or write from scratch.

use super::text::Lang;

/// A common reason an item does not apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NaReason {
    /// The item is about a kind of cloud service the organization does not use.
    ServiceNotUsed,
    /// The item falls within what the provider takes care of.
    ProviderScope,
    /// The organization has no work the item is about.
    NoSuchWork,
}

impl NaReason {
    /// In the order they are offered.
    pub const ALL: [NaReason; 3] = [
        NaReason::ServiceNotUsed,
        NaReason::ProviderScope,
        NaReason::NoSuchWork,
    ];

    /// A stable name, for element ids.
    pub fn token(self) -> &'static str {
        match self {
            NaReason::ServiceNotUsed => "service-not-used",
            NaReason::ProviderScope => "provider-scope",
            NaReason::NoSuchWork => "no-such-work",
        }
    }

    /// The reason as it is written into the note.
    pub fn text(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::Ja, NaReason::ServiceNotUsed) => "この形態のサービスを使っていない",
            (Lang::Ja, NaReason::ProviderScope) => "事業者が対応する範囲",
            (Lang::Ja, NaReason::NoSuchWork) => "該当する業務がない",
            (Lang::En, NaReason::ServiceNotUsed) => "We do not use this kind of service",
            (Lang::En, NaReason::ProviderScope) => "The provider takes care of this",
            (Lang::En, NaReason::NoSuchWork) => "We have no such work",
        }
    }

    /// The common reason a note holds, in either language, ignoring spaces around it; `None`
    /// for any other note, so a reason the user edited is no longer shown as chosen.
    pub fn of_note(note: &str) -> Option<NaReason> {
        let note = note.trim();
        NaReason::ALL
            .into_iter()
            .find(|reason| Lang::ALL.iter().any(|&lang| reason.text(lang) == note))
    }
}
