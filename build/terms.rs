//! Links each item to the glossary terms its Japanese text uses, so the item can show their
//! definitions.

use super::schema::{Checklist, Glossary};

/// Finds the glossary terms each item's Japanese text uses: the longest alias first, and no two
/// matches overlapping, so クラウドサービス事業者 is not also クラウド.
pub fn link_terms(checklists: &mut [Checklist], glossary: &Glossary) {
    let mut aliases: Vec<(&str, &str)> = glossary
        .terms
        .iter()
        .flat_map(|term| {
            term.aliases
                .iter()
                .map(|alias| (alias.as_str(), term.id.as_str()))
        })
        .collect();
    aliases.sort_by_key(|(alias, _)| std::cmp::Reverse(alias.chars().count()));
    for checklist in checklists {
        for item in &mut checklist.items {
            let mut text: String = item.question.ja.clone();
            for extra in item
                .statement
                .iter()
                .chain(&item.risk)
                .chain(&item.guidance)
            {
                text.push('\n');
                text.push_str(&extra.ja);
            }
            let mut taken = vec![false; text.len()];
            let mut found: Vec<(usize, String)> = Vec::new();
            for (alias, id) in &aliases {
                let mut start = 0;
                while let Some(at) = text[start..].find(alias) {
                    let begin = start + at;
                    let end = begin + alias.len();
                    if !taken[begin..end].iter().any(|t| *t) {
                        taken[begin..end].iter_mut().for_each(|t| *t = true);
                        if !found.iter().any(|(_, seen)| seen == id) {
                            found.push((begin, (*id).to_owned()));
                        }
                    }
                    start = end;
                }
            }
            found.sort();
            item.terms = found.into_iter().map(|(_, id)| id).collect();
        }
    }
}
