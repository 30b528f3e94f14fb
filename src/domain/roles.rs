//! Who is answering: which modules table I.5-1 of the MIC guideline (001 I.5) proposes to each
//! reader. Pure; the table is data (`content/roles.json`).

use super::content::{Role, RoleGuide};

/// What the table says of a module for a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Proposal {
    /// ◎: for every reader of this role.
    Proposed,
    /// ○: for readers who provide their service on IaaS/PaaS.
    Conditional,
    /// -: to read as needed.
    AsNeeded,
}

impl Proposal {
    fn of_mark(mark: &str) -> Option<Proposal> {
        match mark {
            "◎" => Some(Proposal::Proposed),
            "○" => Some(Proposal::Conditional),
            "-" => Some(Proposal::AsNeeded),
            _ => None,
        }
    }

    pub fn token(self) -> &'static str {
        match self {
            Proposal::Proposed => "proposed",
            Proposal::Conditional => "conditional",
            Proposal::AsNeeded => "as-needed",
        }
    }
}

/// What the table proposes for a module to a role: the mark of the guideline part the module
/// is built from; for a module outside the table, proposed to the using-side roles and as
/// needed to the others (this tool's reading); `None` for a module the guide does not place.
pub fn proposal(guide: &RoleGuide, role: &Role, module: &str) -> Option<Proposal> {
    if let Some(part) = guide
        .parts
        .iter()
        .find(|part| part.modules.contains(&module))
    {
        let mark = role
            .marks
            .iter()
            .find_map(|(id, mark)| (*id == part.id).then_some(*mark))?;
        return Proposal::of_mark(mark);
    }
    if guide.other_modules.contains(&module) {
        return Some(if guide.other_roles.contains(&role.id) {
            Proposal::Proposed
        } else {
            Proposal::AsNeeded
        });
    }
    None
}

/// Whether what [`proposal`] gives for a module is this tool's own proposal rather than a mark
/// of table I.5-1: true for the modules outside the table's parts (roles.json `other_modules`).
pub fn is_tools_proposal(guide: &RoleGuide, module: &str) -> bool {
    !guide
        .parts
        .iter()
        .any(|part| part.modules.contains(&module))
        && guide.other_modules.contains(&module)
}
