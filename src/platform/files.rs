//! The browser's side of export and import: a download made from a Blob in memory, and the
//! bytes of a file the user chose. Nothing goes over the network: the download's address is an
//! object URL of this page.

use std::cell::RefCell;

use gloo_file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;

thread_local! {
    /// The object URL of the last download, revoked when the next one replaces it (revoking it
    /// at once could cancel the download before the browser has read it).
    static LAST_DOWNLOAD: RefCell<Option<ObjectUrl>> = const { RefCell::new(None) };
}

/// Offers `content` as a file download named `file_name`.
pub fn download(file_name: &str, content: &str, mime_type: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let url = ObjectUrl::from(Blob::new_with_options(content, Some(mime_type)));
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    LAST_DOWNLOAD.with(|last| *last.borrow_mut() = Some(url));
}
