//! Where the app mounts, and what a host page asks of it.
//!
//! On its own page the app mounts in `#app`. Embedded in a portal page with the build's
//! `embed.js`, it mounts in the shadow root of a `<cloud-self-check>` element, so neither
//! page's styles reach the other; the element's attributes (`lang="en"`, `start="pre"`) are
//! copied by `embed.js` onto the mount point as `data-lang` and `data-start`. A host may also
//! give its own element the id `app` and the attribute `data-embedded`.

use wasm_bindgen::JsCast;

use crate::app::route::Route;
use crate::domain::content::catalog;
use crate::domain::text::Lang;

/// The element a host page writes to embed the tool (see `embed.js`).
pub const HOST_TAG: &str = "cloud-self-check";

/// The id of the element the app mounts in, on its page or in the host element's shadow root.
pub const MOUNT_ID: &str = "app";

/// What a host page set on the embedded tool.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HostSettings {
    /// The mount point when embedded: the app marks its language on it (not on the host's
    /// `<html>`) and finds its own elements under it.
    pub root: Option<web_sys::Element>,
    /// The language the host asked for; it wins over the reader's stored preference.
    pub language: Option<Lang>,
    /// The view to open first (in memory routing), e.g. the precondition check.
    pub start: Option<Route>,
}

/// The mount point: an embedded tool's (in the shadow root of the first `<cloud-self-check>`)
/// before the page's `#app`, since a portal page may well have an `#app` of its own.
pub fn mount_point(document: &web_sys::Document) -> Option<web_sys::Element> {
    embedded_mount(document).or_else(|| document.get_element_by_id(MOUNT_ID))
}

fn embedded_mount(document: &web_sys::Document) -> Option<web_sys::Element> {
    document
        .query_selector(HOST_TAG)
        .ok()
        .flatten()?
        .shadow_root()?
        .get_element_by_id(MOUNT_ID)
}

/// What the host set on an embedded mount point (`data-embedded`); nothing for the app's page.
pub fn host_settings(root: &web_sys::Element, embedded: bool) -> HostSettings {
    if !embedded {
        return HostSettings::default();
    }
    let language = root
        .get_attribute("data-lang")
        .and_then(|tag| parse_language(&tag));
    let start = root
        .get_attribute("data-start")
        .and_then(|start| Route::parse(&format!("#/{}", start.trim()), catalog()));
    HostSettings {
        root: Some(root.clone()),
        language,
        start,
    }
}

/// A language tag as a host or a browser writes it ("en", "en-GB", "ja-JP"), if the app has it.
pub fn parse_language(tag: &str) -> Option<Lang> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    Lang::ALL.into_iter().find(|lang| lang.tag() == primary)
}

/// The language to open in on a first visit, from the browser's preferred languages in order
/// (`navigator.languages`): the first the app has; Japanese when none is.
pub fn reader_language(tags: &[String]) -> Lang {
    tags.iter()
        .find_map(|tag| parse_language(tag))
        .unwrap_or_default()
}

/// The app's element with this id, wherever the app is mounted: in the page, or in the shadow
/// root of an embedded tool (where `document.getElementById` cannot see it).
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    let document = web_sys::window()?.document()?;
    let element = match embedded_mount(&document) {
        Some(mount) => mount
            .query_selector(&format!("[id=\"{id}\"]"))
            .ok()
            .flatten(),
        None => document.get_element_by_id(id),
    };
    element?.dyn_into::<web_sys::HtmlElement>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_tag_is_read_by_its_primary_subtag() {
        assert_eq!(parse_language("en"), Some(Lang::En));
        assert_eq!(parse_language("en-GB"), Some(Lang::En));
        assert_eq!(parse_language(" EN_us "), Some(Lang::En));
        assert_eq!(parse_language("ja-JP"), Some(Lang::Ja));
        assert_eq!(parse_language("fr"), None);
        assert_eq!(parse_language(""), None);
    }

    #[test]
    fn the_first_language_the_app_has_decides_the_first_visit() {
        let tags = |list: &[&str]| list.iter().map(|tag| tag.to_string()).collect::<Vec<_>>();
        assert_eq!(reader_language(&tags(&["en-US", "en"])), Lang::En);
        assert_eq!(reader_language(&tags(&["fr-FR", "en", "ja"])), Lang::En);
        assert_eq!(reader_language(&tags(&["ja", "en"])), Lang::Ja);
        assert_eq!(reader_language(&tags(&["fr", "de"])), Lang::Ja);
        assert_eq!(reader_language(&[]), Lang::Ja);
    }
}
