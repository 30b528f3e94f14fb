//! Persistent storage: asking the browser to keep this site's storage rather than evict it
//! under pressure (`navigator.storage.persist()`), and reading whether it agreed. Where the
//! browser has no `navigator.storage` (an insecure context, an older browser), the data counts
//! as not kept, which is what the data view then says.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Whether the browser keeps this site's storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Persistent: the browser does not evict it on its own.
    Granted,
    /// Best effort: the browser may evict it (or cannot say).
    NotGranted,
}

/// Calls `navigator.storage.<method>()` and reads the boolean it resolves to; `None` where the
/// method is missing or fails.
async fn storage_call(method: &str) -> Option<bool> {
    let window: JsValue = web_sys::window()?.into();
    let navigator = Reflect::get(&window, &JsValue::from_str("navigator")).ok()?;
    let storage = Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if !storage.is_object() {
        return None;
    }
    let function = Reflect::get(&storage, &JsValue::from_str(method))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let promise = function.call0(&storage).ok()?.dyn_into::<Promise>().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Whether the browser has made this site's storage persistent.
pub async fn status() -> Persistence {
    match storage_call("persisted").await {
        Some(true) => Persistence::Granted,
        _ => Persistence::NotGranted,
    }
}

/// Asks the browser to keep this site's storage, unless it already does. Firefox may show a
/// prompt for it, so `crate::hooks::use_persist_after_first_answer` asks once, after the first
/// answer.
pub fn request() {
    wasm_bindgen_futures::spawn_local(async {
        if status().await == Persistence::NotGranted {
            let _ = storage_call("persist").await;
        }
    });
}
