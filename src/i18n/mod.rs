//! Interface text in Japanese and English. Content text (questions, guidance) lives in
//! `content/`; this is only the app's own wording. One struct per language and area means a
//! missing translation is a compile error, not a blank on screen. Every area is reached
//! through one handle: `text(lang).ui`, `text(lang).data`, `text(lang).results`, …

pub mod data;
pub mod map;
pub mod path;
pub mod results;
pub mod roles;
pub mod stage;
pub mod ui;

use crate::domain::text::Lang;

use self::data::DataText;
use self::map::MapText;
use self::path::PathText;
use self::results::{CompareText, ResultsText};
use self::roles::RolesText;
use self::stage::StageText;
pub use self::ui::{Ui, ui};

/// The interface text of one language, by area.
#[derive(Clone, Copy)]
pub struct Text {
    /// The header, the footer, the overview, the questions and the notices.
    pub ui: &'static Ui,
    /// Assessments and data (`#/data`).
    pub data: &'static DataText,
    /// The results and the report (`#/results`).
    pub results: &'static ResultsText,
    /// The comparison of snapshots.
    pub compare: &'static CompareText,
    /// The responsibility map.
    pub map: &'static MapText,
    /// Who is answering.
    pub roles: &'static RolesText,
    /// The first screen's path.
    pub path: &'static PathText,
    /// The stages and the roadmap.
    pub stage: &'static StageText,
}

/// Every area's text in `lang`.
pub fn text(lang: Lang) -> Text {
    Text {
        ui: ui(lang),
        data: data::data_text(lang),
        results: results::results_text(lang),
        compare: results::compare_text(lang),
        map: map::map_text(lang),
        roles: roles::roles_text(lang),
        path: path::path_text(lang),
        stage: stage::stage_text(lang),
    }
}

#[cfg(test)]
mod tests;
