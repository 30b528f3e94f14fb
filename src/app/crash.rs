//! The crash screen. After a Rust panic the app cannot go on (the release build aborts, and
//! Yew's state may be half-updated), so the panic hook draws a plain page with web-sys alone: in
//! the reader's language, it says that what is saved is still there and offers it as a JSON
//! file. Nothing is written to storage from then on (see [`storage::halt`]), so a crash can never
//! wipe or overwrite the last saved document. The download is an ordinary link to a Blob made
//! when the screen is drawn: clicking it runs no code of the (dead) app, and the page's
//! Content-Security-Policy needs no inline script for it.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsCast;

use crate::domain::text::Lang;
use crate::platform::storage::{self, BrowserStorage, KeyValueStore};

/// The crash screen's text in one language.
pub struct CrashText {
    pub heading: &'static str,
    /// That the saved answers are kept.
    pub kept: &'static str,
    pub download: &'static str,
    /// What to do after downloading.
    pub next: &'static str,
    /// Shown instead of the download when nothing is saved (or storage cannot be read).
    pub nothing_saved: &'static str,
    /// The summary of the technical details (the panic message), for a bug report.
    pub details: &'static str,
}

const JA: CrashText = CrashText {
    heading: "エラーが発生したため、このツールを続けられません",
    kept: "このブラウザに保存された回答は削除されていません。",
    download: "保存されている内容をダウンロードする（JSON）",
    next: "ダウンロードしたら、ページを再読み込みしてください。ダウンロードしたファイルは「評価とデータ」の画面で取り込めます。",
    nothing_saved: "このブラウザには、ダウンロードできる保存内容がありません。",
    details: "技術的な情報",
};

const EN: CrashText = CrashText {
    heading: "An error stopped this tool",
    kept: "The answers saved in this browser have not been deleted.",
    download: "Download what is saved (JSON)",
    next: "After downloading, reload the page. The file can be imported again on the “Assessments and data” page.",
    nothing_saved: "Nothing is saved in this browser to download.",
    details: "Technical details",
};

pub fn crash_text(lang: Lang) -> &'static CrashText {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

/// Set when the screen has been drawn: a second panic (say, while drawing) does not draw again.
static SHOWN: AtomicBool = AtomicBool::new(false);

/// Makes every later panic show the crash screen (and log the panic to the console). Through
/// Yew's own setter: a plain `std::panic::set_hook` would be replaced by Yew's default hook
/// (which only logs) when the app is mounted.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.as_str().into());
        show(&detail);
    }));
}

/// Stops all writes to storage and replaces the app (`#app`, else the page's body) with the
/// crash screen. `detail` is shown under the technical details.
pub fn show(detail: &str) {
    if SHOWN.swap(true, Ordering::SeqCst) {
        return;
    }
    storage::halt();
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let store = BrowserStorage::open();
    let store = store.as_ref().map(|store| store as &dyn KeyValueStore);
    let lang = storage::language(store);
    let saved = store.and_then(|store| store.get(storage::STORAGE_KEY).ok().flatten());
    let root = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into));
    let (Some(root), Some(screen)) = (
        root,
        screen(&document, crash_text(lang), lang, saved.as_deref(), detail),
    ) else {
        return;
    };
    root.set_inner_html("");
    let _ = root.append_child(&screen);
    if let Some(heading) = document
        .get_element_by_id("crash-heading")
        .and_then(|heading| heading.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}

/// The screen, built element by element; every text is set as text, never as markup.
fn screen(
    document: &web_sys::Document,
    t: &CrashText,
    lang: Lang,
    saved: Option<&str>,
    detail: &str,
) -> Option<web_sys::Element> {
    let element = |tag: &str, text: Option<&str>| -> Option<web_sys::Element> {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(text);
        Some(element)
    };
    let add = |parent: &web_sys::Element, tag: &str, text: Option<&str>| {
        let child = element(tag, text)?;
        parent.append_child(&child).ok()?;
        Some(child)
    };
    let section = element("section", None)?;
    section.set_class_name("crash");
    let _ = section.set_attribute("role", "alert");
    let _ = section.set_attribute("lang", lang.tag());
    let _ = section.set_attribute("data-testid", "crash");
    let heading = add(&section, "h1", Some(t.heading))?;
    heading.set_id("crash-heading");
    let _ = heading.set_attribute("tabindex", "-1");
    add(&section, "p", Some(t.kept))?;
    match saved {
        Some(saved) => {
            let paragraph = add(&section, "p", None)?;
            let link = add(&paragraph, "a", Some(t.download))?;
            link.set_id("crash-download");
            link.set_class_name("button button--primary");
            let url = crate::platform::files::lasting_url(saved, "application/json");
            let _ = link.set_attribute("href", &url);
            let file_name = format!(
                "cloud-self-check-saved-{}.json",
                crate::platform::clock::today()
            );
            let _ = link.set_attribute("download", &file_name);
            add(&section, "p", Some(t.next))?;
        }
        None => {
            add(&section, "p", Some(t.nothing_saved))?;
        }
    }
    let details = add(&section, "details", None)?;
    add(&details, "summary", Some(t.details))?;
    add(&details, "pre", Some(detail))?;
    Some(section)
}
