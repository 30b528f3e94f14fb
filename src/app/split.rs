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
use crate::domain::content;
use crate::views::about::AboutView;
use crate::views::data::DataView;
use crate::views::glossary::GlossaryView;
use crate::views::module::step;
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

    /// Whether it is a check (the map, the stage guide), not a view after the checks.
    pub fn is_check(self) -> bool {
        matches!(self, Part::Map | Part::Stage)
    }
}

thread_local! {
    /// Each loaded part's view: a component whose code is in the part's module, so rendering
    /// it again needs no load.
    static VIEWS: RefCell<[Option<Html>; Part::ALL.len()]> =
        const { RefCell::new([const { None }; Part::ALL.len()]) };
}

/// The failure of a part's load (its module could not be fetched or instantiated).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unreachable;

/// Whether the part's code is here, so [`SplitView`] shows it.
pub fn is_loaded(part: Part) -> bool {
    cfg!(not(wasm_split)) || VIEWS.with_borrow(|views| views[part.index()].is_some())
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

#[derive(Properties, PartialEq)]
pub struct SplitViewProps {
    pub part: Part,
}

/// A part's view, once its code is loaded (nothing before): it reads the code when it renders,
/// which `Needs` lets it do only once the part is loaded.
#[component]
pub fn SplitView(props: &SplitViewProps) -> Html {
    #[cfg(not(wasm_split))]
    return build(props.part);
    #[cfg(wasm_split)]
    VIEWS.with_borrow(|views| views[props.part.index()].clone().unwrap_or_default())
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

#[cfg(not(wasm_split))]
async fn split_point(part: Part) -> Result<Html, Unreachable> {
    Ok(build(part))
}

/// The split points: each function, with what only it uses, becomes the module of its part
/// (`split-<name>-<hash>.wasm`). Each names its view itself, as `build` does for the other
/// builds: a function they all called would put every view in one shared module.
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
    fn each_part_has_its_own_place() {
        let indexes: Vec<usize> = Part::ALL.iter().map(|part| part.index()).collect();
        assert_eq!(indexes, (0..Part::ALL.len()).collect::<Vec<_>>());
    }

    #[test]
    fn only_the_map_and_the_stage_guide_are_checks() {
        let checks: Vec<Part> = Part::ALL
            .into_iter()
            .filter(|part| part.is_check())
            .collect();
        assert_eq!(checks, [Part::Map, Part::Stage]);
    }

    #[test]
    fn outside_a_split_build_every_part_is_loaded_and_loads_at_once() {
        for part in Part::ALL {
            assert!(is_loaded(part));
            let loaded = futures_lite_block_on(load(part));
            assert_eq!(loaded, Ok(()));
        }
    }

    /// Polls a future that never waits (no split points natively) to its end.
    fn futures_lite_block_on<F: std::future::Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        match future.as_mut().poll(&mut context) {
            std::task::Poll::Ready(output) => output,
            std::task::Poll::Pending => panic!("the load waited"),
        }
    }
}
