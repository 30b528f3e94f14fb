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

/// A file being read; dropping it cancels the read.
pub struct Reading {
    _reader: gloo_file::callbacks::FileReader,
}

/// Reads the bytes of a file the user chose, then calls `done` with them (`None` when the
/// browser could not read it). Keep the returned [`Reading`] until then.
pub fn read_bytes(file: web_sys::File, done: impl FnOnce(Option<Vec<u8>>) + 'static) -> Reading {
    let blob = Blob::from(file);
    Reading {
        _reader: gloo_file::callbacks::read_as_bytes(&blob, move |result| done(result.ok())),
    }
}

/// An address of this page that serves `content`, valid for as long as the page stays open
/// (the crash screen's download, which must work without the app).
pub fn lasting_url(content: &str, mime_type: &str) -> String {
    let url = ObjectUrl::from(Blob::new_with_options(content, Some(mime_type)));
    let href = url.to_string();
    std::mem::forget(url);
    href
}
