//! Loading a content chunk (`domain::chunks`): from a data block of the page when it carries
//! the chunk (the single-file build), else from its file next to the app's other files (the
//! served page, or the directory of `embed.js` when embedded). This is the one place the app
//! fetches anything after start.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::embed;
use crate::domain::chunks::{self, ChunkError};
use crate::domain::text::Lang;

/// How long a chunk may take to arrive: the largest is about 10 KB gzip, which a slow 3G
/// line brings in a few seconds.
const TIMEOUT_MS: u32 = 20_000;

/// The attribute `embed.js` puts on the mount point: the URL of the directory it came from.
const ASSETS: &str = "data-assets";

/// Loads a chunk's texts in a language and keeps them (`chunks::install`).
pub async fn load(chunk: u16, lang: Lang) -> Result<(), ChunkError> {
    let file = chunks::file(chunk, lang).ok_or(ChunkError::Mismatch)?;
    let json = match carried(file) {
        Some(json) => json,
        None => fetch(file).await?,
    };
    let texts = chunks::parse(&json, chunk, lang)?;
    // A chunk loaded meanwhile (two views asking at once) keeps its first texts.
    let _kept = chunks::install(chunk, lang, texts);
    Ok(())
}

/// The chunk as the page carries it: `<script type="application/json" data-content-chunk=…>`.
fn carried(file: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let selector = format!(r#"script[type="application/json"][data-content-chunk="{file}"]"#);
    document.query_selector(&selector).ok()??.text_content()
}

async fn fetch(file: &str) -> Result<String, ChunkError> {
    let window = web_sys::window().ok_or(ChunkError::Unreachable)?;
    let base = window
        .document()
        .and_then(|document| embed::mount_point(&document))
        .and_then(|root| root.get_attribute(ASSETS))
        .unwrap_or_default();
    let url = format!("{base}{file}");
    // A connection that stalls fails after a while, so the view offers its retry instead of
    // loading for ever.
    let controller = web_sys::AbortController::new().map_err(|_| ChunkError::Unreachable)?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let timeout = gloo_timers::callback::Timeout::new(TIMEOUT_MS, move || controller.abort());
    let response = JsFuture::from(window.fetch_with_str_and_init(&url, &init))
        .await
        .map_err(|_| ChunkError::Unreachable)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ChunkError::Unreachable)?;
    if !response.ok() {
        return Err(ChunkError::Unreachable);
    }
    let text = response.text().map_err(|_| ChunkError::Unreachable)?;
    let text = JsFuture::from(text)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(ChunkError::Unreachable);
    drop(timeout);
    text
}

/// Reports a text read before its chunk was loaded, in the console (`chunks::on_missing`).
pub fn report_missing_to_console() {
    chunks::on_missing(|message| web_sys::console::error_1(&message.into()));
}
