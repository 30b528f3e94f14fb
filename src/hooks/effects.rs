//! The root's effects, one named hook each. `App` calls them in order; none renders anything.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::embed;
use crate::app::route::Route;
use crate::domain::answers::Answer;
use crate::domain::content::catalog;
use crate::domain::document;
use crate::domain::text::Lang;
use crate::i18n::data::data_text;
use crate::i18n::results::results_text;
use crate::i18n::ui;
use crate::platform::clock;
use crate::platform::persist;
use crate::platform::storage::{self, BrowserStorage, KeyValueStore};
use crate::state::{Action, AppState};

/// Right after the first render (the hydration of the pre-rendered page): reads storage, then
/// replays the clicks made before the app was alive, so none is lost. A language the host page
/// set wins over the reader's stored preference.
#[hook]
pub fn use_load(
    state: &UseReducerHandle<AppState>,
    early_answers: Rc<Vec<(String, Answer)>>,
    host_language: Option<Lang>,
) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let store = BrowserStorage::open();
        let store = store.as_ref().map(|store| store as &dyn KeyValueStore);
        let (document, outcome) = storage::load(store, &clock::now_iso());
        let language = host_language.unwrap_or_else(|| opening_language(store));
        dispatcher.dispatch(Action::Loaded {
            document,
            language,
            outcome,
        });
        for (item_id, answer) in early_answers.iter() {
            dispatcher.dispatch(Action::Answer {
                item_id: item_id.clone(),
                answer: *answer,
            });
        }
    });
}

/// The language the app opens in: the reader's stored choice; on the first visit (none stored)
/// the browser's languages decide (English for a browser set to English), Japanese otherwise.
fn opening_language(store: Option<&dyn KeyValueStore>) -> Lang {
    let stored = store.is_some_and(|store| matches!(store.get(storage::LANGUAGE_KEY), Ok(Some(_))));
    if stored {
        return storage::language(store);
    }
    let tags: Vec<String> = web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default();
    embed::reader_language(&tags)
}

/// The reader's language is a preference of this browser, stored apart from the document
/// whenever it changes (not before storage has been read, not when storage is off, and not when
/// the host page chose it).
#[hook]
pub fn use_language_preference(state: &AppState, host_chose: bool) {
    let may_write = state.may_write() && !host_chose;
    use_effect_with(
        (state.language(), may_write),
        move |(language, may_write)| {
            if *may_write && let Some(store) = BrowserStorage::open() {
                // A refused write costs only the preference; the answers are saved apart.
                let _ = storage::set_language(&store, *language);
            }
        },
    );
}

/// Asks for persistent storage the first time the reader answers an item in this page's life
/// (the count storage held when the page loaded does not ask), unless the browser already
/// keeps the storage. Firefox shows a prompt for it, so it is asked once, right after something
/// worth keeping was given.
#[hook]
pub fn use_persist_after_first_answer(state: &AppState) {
    let answered: usize = state
        .document
        .assessments()
        .iter()
        .map(|assessment| {
            assessment
                .answers
                .iter()
                .filter(|(_, response)| response.answer.is_some())
                .count()
        })
        .sum();
    let loaded = state.is_loaded();
    let loaded_with = use_mut_ref(|| None::<usize>);
    let asked: Rc<RefCell<bool>> = use_mut_ref(|| false);
    use_effect_with((answered, loaded), move |&(answered, loaded)| {
        if !loaded {
            return;
        }
        let start = *loaded_with.borrow_mut().get_or_insert(answered);
        if answered > start && !asked.replace(true) {
            persist::request();
        }
    });
}

/// Two tabs: when another tab saves, take its document, so neither tab's next autosave writes
/// over answers given in the other; and follow a language chosen there.
#[hook]
pub fn use_other_tabs(state: &UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                if event.key().as_deref() == Some(storage::LANGUAGE_KEY) {
                    let store = BrowserStorage::open();
                    let store = store.as_ref().map(|store| store as &dyn KeyValueStore);
                    dispatcher.dispatch(Action::SetLanguage(storage::language(store)));
                    return;
                }
                if event.key().as_deref() != Some(storage::STORAGE_KEY) {
                    return;
                }
                let adopted = event
                    .new_value()
                    .and_then(|raw| document::decode(&raw).ok());
                if let Some(document) = adopted {
                    dispatcher.dispatch(Action::Adopt(document));
                }
            })
        });
        move || drop(listener)
    });
}

/// The page's language and title follow the language and the view. Embedded, the host's
/// `<html lang>` and title are the host's: the tool's language is marked on its own element.
#[hook]
pub fn use_page_title(lang: Lang, route: Route, embedded: bool, root: Option<web_sys::Element>) {
    use_effect_with((lang, route), move |(lang, route)| {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        if embedded {
            if let Some(root) = &root {
                let _ = root.set_attribute("lang", lang.tag());
            }
            return;
        }
        if let Some(root) = document.document_element() {
            // Setting an attribute on <html> cannot fail for a valid name.
            let _ = root.set_attribute("lang", lang.tag());
        }
        let t = ui(*lang);
        let view = match route {
            Route::Home => None,
            Route::Module(id) => catalog().module_title(id).map(|title| title.get(*lang)),
            Route::About => Some(t.about_heading),
            Route::Glossary => Some(catalog().glossary.title.get(*lang)),
            Route::Results => Some(results_text(*lang).heading),
            Route::Data => Some(data_text(*lang).heading),
            Route::NotFound => Some(t.not_found_heading),
        };
        match view {
            Some(view) => document.set_title(&format!("{view} | {}", t.app_title)),
            None => document.set_title(t.app_title),
        }
    });
}

/// Moving to another view puts the reader at its top, and screen readers at its start. The
/// route read when the page opens is not a move: focus stays at the start of the page.
#[hook]
pub fn use_top_of_view_on_move(moves: u32, embedded_root: Option<web_sys::Element>) {
    use_effect_with(moves, move |moves| {
        if *moves > 0 {
            match &embedded_root {
                Some(root) => show_top_of_embedded_view(root),
                None => show_top_of_view(),
            }
        }
    });
}

/// Opened at a module's address, the page keeps the pre-rendered home view hidden (see
/// src/bin/prerender.rs) until the app has read the route, which it has once this runs.
#[hook]
pub fn use_route_pending_cleared() {
    use_effect_with((), |_| {
        if let Some(root) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element())
        {
            let _ = root.remove_attribute("data-route-pending");
        }
    });
}

/// Scrolls to the top at once (not smoothly: moving focus would cancel a smooth scroll) and
/// moves focus to the main content without scrolling again.
fn show_top_of_view() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let options = web_sys::ScrollToOptions::new();
    options.set_top(0.0);
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    window.scroll_to_with_scroll_to_options(&options);
    let main = window
        .document()
        .and_then(|document| document.get_element_by_id("main"))
        .and_then(|main| main.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = main.focus_with_options(&options);
    }
}

/// Embedded, moving to another view leaves the host's scroll alone unless the tool's top has
/// gone above the window, and focuses the tool's main content without scrolling.
fn show_top_of_embedded_view(root: &web_sys::Element) {
    if root.get_bounding_client_rect().top() < 0.0 {
        root.scroll_into_view();
    }
    if let Some(main) = embed::element_by_id("main") {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = main.focus_with_options(&options);
    }
}
