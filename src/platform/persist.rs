//! Persistent storage: asking the browser to keep this site's storage rather than evict it
//! under pressure (`navigator.storage.persist()`), and reading whether it agreed. Where the
//! browser has no `navigator.storage` (an insecure context, an older browser), the data counts
//! as not kept, which is what the data view then says.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

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

/// Asks for persistent storage the first time the reader answers an item in this page's life
/// (`answered` counts the answered items of every assessment; the count storage held when the
/// page loaded does not ask), unless the browser already keeps the storage. Firefox shows a
/// prompt for it, so it is asked once, right after something worth keeping was given.
#[hook]
pub fn use_persist_after_first_answer(answered: usize, loaded: bool) {
    let loaded_with = use_mut_ref(|| None::<usize>);
    let asked: Rc<RefCell<bool>> = use_mut_ref(|| false);
    use_effect_with((answered, loaded), move |&(answered, loaded)| {
        if !loaded {
            return;
        }
        let start = *loaded_with.borrow_mut().get_or_insert(answered);
        if answered > start && !asked.replace(true) {
            wasm_bindgen_futures::spawn_local(async {
                if status().await == Persistence::NotGranted {
                    let _ = storage_call("persist").await;
                }
            });
        }
    });
}
