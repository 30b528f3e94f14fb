//! The printed report's shape (PRODUCT.md section 4, issue 25): a report for an approval
//! meeting prints each quoted passage once, and says in one line which checks nobody answered
//! instead of charting them.
//!
//! - [`group_by_quote`] gathers the plan's entries that quote the same passage (e.g. every
//!   unconfirmed boundary of the map quotes the same sentence of 001 II.1.2), so the report
//!   prints the passage once above them;
//! - [`unanswered_checks`] names the checks with no answer at all, which get no chart.

use super::content::{Catalog, Localized, Scoring, SourceRef};
use super::plan::{PlanEntry, Priority, begun};
use super::responsibility::score_map;
use super::summary::Frozen;

/// What a plan entry quotes from its source, as the plan prints it under the entry: an item's
/// statement and guidance, or the basis of a gap of the map with this tool's reading of it.
/// Two quotes are the same when their text, source and reading are (content compares by
/// identity; the text here compares by value, so two gap kinds with the same basis share it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Paragraphs: an item's statement, or the text of a gap's basis.
    pub paragraphs: &'static [Localized],
    /// Bullets: an item's guidance (補足説明).
    pub bullets: &'static [Localized],
    pub source: &'static SourceRef,
    /// Where the gap is this tool's reading of the passage, that reading.
    pub reading: Option<&'static Localized>,
}

impl Quote {
    /// Whether the source gives any text besides the reference (the lifecycle requirements
    /// have their title only).
    pub fn has_text(&self) -> bool {
        !self.paragraphs.is_empty() || !self.bullets.is_empty()
    }
}

/// What an entry quotes: its item's text, or the basis of its gap's kind; `None` for a gap
/// whose kind has no basis in the content.
pub fn entry_quote(catalog: &'static Catalog, entry: &PlanEntry) -> Option<Quote> {
    match entry {
        PlanEntry::Item(gap) => Some(Quote {
            paragraphs: gap.item.statement.as_slice(),
            bullets: gap.item.guidance,
            source: &gap.item.source,
            reading: None,
        }),
        PlanEntry::Map(gap) => {
            let basis = catalog.responsibility.gap_basis(gap.kind.key())?;
            Some(Quote {
                paragraphs: basis.basis.text,
                bullets: &[],
                source: &basis.basis.source,
                reading: basis.reading.as_ref(),
            })
        }
    }
}

/// Entries of the plan that the report prints under one quote.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteGroup<'a> {
    pub priority: Priority,
    /// The quote the entries share, where there are two entries or more; `None` for an entry
    /// that prints its own quote (or has none).
    pub shared: Option<Quote>,
    /// In plan order; never empty.
    pub entries: Vec<&'a PlanEntry>,
}

/// The plan in groups of entries that share a quote with text, each group where its first
/// entry stands: an entry joins the earlier group of its priority that has its quote, so the
/// groups keep the plan's priority order, and entries keep their order within a group. An
/// entry whose quote no other entry of its priority shares, or that has no text to share, is a
/// group of its own with no shared quote.
pub fn group_by_quote<'a>(catalog: &'static Catalog, plan: &'a [PlanEntry]) -> Vec<QuoteGroup<'a>> {
    let mut groups: Vec<(Option<Quote>, QuoteGroup<'a>)> = Vec::new();
    for entry in plan {
        let priority = entry.priority();
        let quote = entry_quote(catalog, entry).filter(Quote::has_text);
        let joined = quote.and_then(|quote| {
            groups
                .iter_mut()
                .find(|(held, group)| group.priority == priority && held.as_ref() == Some(&quote))
        });
        match joined {
            Some((_, group)) => group.entries.push(entry),
            None => groups.push((
                quote,
                QuoteGroup {
                    priority,
                    shared: None,
                    entries: vec![entry],
                },
            )),
        }
    }
    groups
        .into_iter()
        .map(|(quote, mut group)| {
            if group.entries.len() > 1 {
                group.shared = quote;
            }
            group
        })
        .collect()
}

/// The checks nobody has answered, in catalog order: a checklist the reader has not begun
/// ([`begun`]: an N/A this tool set for another model is not the reader's answer), the map
/// while no model is chosen. The stage is never among them: it follows
/// from the precondition check or the user's placement, and the report always states it.
pub fn unanswered_checks(catalog: &'static Catalog, state: Frozen) -> Vec<&'static str> {
    catalog
        .checks
        .iter()
        .filter(|check| match check.scoring {
            Scoring::Map => score_map(&catalog.responsibility, state.responsibility).is_none(),
            // A checklist; the stage has none, so it is never listed.
            _ => catalog
                .checklist(check.id)
                .is_some_and(|checklist| !begun(catalog, checklist, state)),
        })
        .map(|check| check.id)
        .collect()
}
