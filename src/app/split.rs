//! The views whose code is not in the first download: each is a wasm module of its own, fetched
//! the first time the view opens (and ahead of need when the browser is idle), like a check's
//! words. These are the views after the checks, and the two checks that are not a checklist
//! (the responsibility map and the stage guide). Home and the checklists stay in the main
//! module: the page hydrates them.
//!
//! In a release build for the browser (cfg `wasm_split`, set by `build.rs`) each view's function
//! below is a split point of `wasm_split_helpers`: `scripts/split.mjs` cuts the linked wasm
//! there, after Trunk's build. Elsewhere (native tests, the pre-render step, debug builds and
//! their browser tests) the views are compiled in and always loaded.

use std::cell::RefCell;

use yew::prelude::*;

use crate::components::responsibility::ResponsibilityMap;
use crate::components::stage_guide::StageView;
use crate::domain::content::{self, catalog};
use crate::views::about::AboutView;
use crate::views::data::DataView;
use crate::views::glossary::GlossaryView;
use crate::views::results::ResultsView;

/// A view whose code loads when it is first opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    About,
    Glossary,
    Results,
    Data,
    /// The responsibility map (`#/rsp`).
    Map,
    /// The stage guide (`#/stage`).
    Stage,
}

impl Part {
    pub const ALL: [Part; 6] = [
        Part::About,
        Part::Glossary,
        Part::Results,
        Part::Data,
        Part::Map,
        Part::Stage,
    ];

    fn index(self) -> usize {
        self as usize
    }

    /// The name of its wasm module (`split-<name>-<hash>.wasm`) and of its split point.
    pub fn name(self) -> &'static str {
        match self {
            Part::About => "about",
            Part::Glossary => "glossary",
            Part::Results => "results",
            Part::Data => "data",
            Part::Map => "map",
            Part::Stage => "stage",
        }
    }
}

/// A check's step number: its place in the catalog's order, as the checks' views number it.
fn step(module: &str) -> usize {
    catalog()
        .modules
        .iter()
        .position(|id| *id == module)
        .map_or(1, |index| index + 1)
}

thread_local! {
    /// Each loaded part's view: a component whose code is in the part's module, so rendering
    /// it again needs no load.
    static VIEWS: RefCell<[Option<Html>; 6]> = const { RefCell::new([None, None, None, None, None, None]) };
}

/// The failure of a part's load (its module could not be fetched or instantiated).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unreachable;

/// Whether the part's code is here, so [`view`] shows it.
pub fn is_loaded(part: Part) -> bool {
    cfg!(not(wasm_split)) || VIEWS.with_borrow(|views| views[part.index()].is_some())
}

/// The part's view, once loaded (nothing before).
pub fn view(part: Part) -> Html {
    if cfg!(not(wasm_split)) {
        return build(part);
    }
    VIEWS.with_borrow(|views| views[part.index()].clone().unwrap_or_default())
}

/// Fetches the part's module, unless it is here. A failure is not kept: the next call tries
/// again.
pub async fn load(part: Part) -> Result<(), Unreachable> {
    if is_loaded(part) {
        return Ok(());
    }
    let view = split_point(part).await.map_err(|_| Unreachable)?;
    VIEWS.with_borrow_mut(|views| views[part.index()] = Some(view));
    Ok(())
}

#[cfg(not(wasm_split))]
fn build(part: Part) -> Html {
    match part {
        Part::About => html! { <AboutView /> },
        Part::Glossary => html! { <GlossaryView /> },
        Part::Results => html! { <ResultsView /> },
        Part::Data => html! { <DataView /> },
        Part::Map => html! { <ResponsibilityMap step={step(content::RESPONSIBILITY)} /> },
        Part::Stage => html! { <StageView step={step(content::STAGES)} /> },
    }
}

#[cfg(wasm_split)]
fn build(_part: Part) -> Html {
    Html::default()
}

#[cfg(not(wasm_split))]
async fn split_point(part: Part) -> Result<Html, Unreachable> {
    Ok(build(part))
}

/// The split points: each function, with what only it uses, becomes the module of its part.
#[cfg(wasm_split)]
async fn split_point(part: Part) -> Result<Html, wasm_split_helpers::SplitLoaderError> {
    use wasm_split_helpers::{SplitLoaderError, wasm_split};

    #[wasm_split(about, fallible)]
    fn about() -> Result<Html, SplitLoaderError> {
        Ok(html! { <AboutView /> })
    }
    #[wasm_split(glossary, fallible)]
    fn glossary() -> Result<Html, SplitLoaderError> {
        Ok(html! { <GlossaryView /> })
    }
    #[wasm_split(results, fallible)]
    fn results() -> Result<Html, SplitLoaderError> {
        Ok(html! { <ResultsView /> })
    }
    #[wasm_split(data, fallible)]
    fn data() -> Result<Html, SplitLoaderError> {
        Ok(html! { <DataView /> })
    }
    #[wasm_split(map, fallible)]
    fn map() -> Result<Html, SplitLoaderError> {
        Ok(html! { <ResponsibilityMap step={step(content::RESPONSIBILITY)} /> })
    }
    #[wasm_split(stage, fallible)]
    fn stage() -> Result<Html, SplitLoaderError> {
        Ok(html! { <StageView step={step(content::STAGES)} /> })
    }

    match part {
        Part::About => about().await,
        Part::Glossary => glossary().await,
        Part::Results => results().await,
        Part::Data => data().await,
        Part::Map => map().await,
        Part::Stage => stage().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_part_has_its_own_index_and_name() {
        let indexes: Vec<usize> = Part::ALL.iter().map(|part| part.index()).collect();
        assert_eq!(indexes, [0, 1, 2, 3, 4, 5]);
        let names: Vec<&str> = Part::ALL.iter().map(|part| part.name()).collect();
        assert_eq!(
            names,
            ["about", "glossary", "results", "data", "map", "stage"]
        );
    }

    #[test]
    fn a_checks_step_is_its_place_in_the_catalog() {
        let modules = catalog().modules;
        for (index, module) in modules.iter().enumerate() {
            assert_eq!(step(module), index + 1);
        }
        assert_ne!(step(content::RESPONSIBILITY), step(content::STAGES));
    }
}
