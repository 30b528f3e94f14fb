//! The one place a view waits for what it shows: [`Needs`] renders its children once the
//! content chunks it names are loaded in the reader's language, and the view's code where it is
//! a wasm module of its own (`app::split`), and until then says that they are loading, or that
//! they could not be loaded, with a retry. Answers are never touched.
//!
//! Its children must read no content text and no split code when they are built: components
//! (`<View />`, `<SplitView />`), which read them when they render, or markup without content.
//! `html!` builds plain markup at once, before `Needs` has decided anything.

use yew::prelude::*;

use crate::app::split::{self, Part};
use crate::domain::chunks::{self, ChunkError};
use crate::domain::text::Lang;
use crate::hooks::chunks::{ChunkLoader, Load};
use crate::i18n::ui::ui;

#[derive(Properties, PartialEq)]
pub struct NeedsProps {
    /// The chunks the children read their text from.
    pub chunks: Vec<u16>,
    /// The code the children are built from, where it is a wasm module of its own.
    #[prop_or_default]
    pub part: Option<Part>,
    pub lang: Lang,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Needs(props: &NeedsProps) -> Html {
    let loader = use_context::<ChunkLoader>();
    let lang = props.lang;
    let missing: Vec<u16> = props
        .chunks
        .iter()
        .copied()
        .filter(|chunk| !chunks::is_loaded(*chunk, lang))
        .collect();
    let code = props.part.filter(|part| !split::is_loaded(*part));
    let request = {
        let loader = loader.clone();
        let missing = missing.clone();
        move || {
            if let Some(loader) = &loader {
                // The code and the words load side by side.
                if let Some(part) = code {
                    loader.request_code(part);
                }
                for chunk in &missing {
                    loader.request(*chunk, lang);
                }
            }
        }
    };
    {
        let request = request.clone();
        use_effect_with((missing.clone(), code, lang), move |_| request());
    }
    if missing.is_empty() && code.is_none() {
        return props.children.clone();
    }
    let t = ui(lang);
    // A view that is not a check says "this page", not "the check".
    let (loading, failed_sentence) = if props.part.is_some_and(|part| !part.is_check()) {
        (t.view_loading, t.view_failed)
    } else {
        (t.chunk_loading, t.chunk_failed)
    };
    let failures: Vec<ChunkError> = loader
        .as_ref()
        .map(|loader| {
            let code = code.and_then(|part| loader.code_status(part));
            missing
                .iter()
                .map(|chunk| loader.status(*chunk, lang))
                .chain([code])
                .filter_map(|status| match status {
                    Some(Load::Failed(error)) => Some(error),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let failed = !failures.is_empty();
    if failures.contains(&ChunkError::Mismatch) {
        // The files on the server are another build's: loading again cannot help, a reload
        // (which saves what is being typed as the page goes) brings this build's.
        let reload = Callback::from(|_: MouseEvent| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        return failure(t.chunk_stale, t.chunk_reload, Remedy::Reload, reload);
    }
    if !failed {
        return html! {
            <div class="chunk-status" data-chunk-status="loading" role="status">
                <p>{ loading }</p>
            </div>
        };
    }
    let retry = Callback::from(move |_: MouseEvent| {
        // The button goes with the message: keep the keyboard's place on the view it loads.
        if let Some(main) = crate::app::embed::element_by_id("main") {
            let _ = main.focus();
        }
        request();
    });
    failure(failed_sentence, t.chunk_retry, Remedy::Retry, retry)
}

/// What the button of a failure does.
#[derive(Clone, Copy, PartialEq)]
enum Remedy {
    /// Loads the chunks again (`data-chunk-retry`).
    Retry,
    /// Reloads the page (`data-chunk-reload`).
    Reload,
}

/// A failed load: one sentence, and the button that mends it.
fn failure(
    sentence: &'static str,
    button: &'static str,
    remedy: Remedy,
    onclick: Callback<MouseEvent>,
) -> Html {
    let retry = (remedy == Remedy::Retry).then_some("");
    let reload = (remedy == Remedy::Reload).then_some("");
    html! {
        <div class="chunk-status chunk-status--failed" data-chunk-status="failed" role="alert">
            <p>{ sentence }</p>
            <button type="button" class="button" data-chunk-retry={retry}
                data-chunk-reload={reload} {onclick}>
                { button }
            </button>
        </div>
    }
}
