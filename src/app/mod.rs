//! The root component: starts from the pre-rendered state, loads the document, provides the
//! state and the route, and saves on every change.

pub mod crash;
pub mod embed;
pub mod navigation;
pub mod route;

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use self::embed::HostSettings;
use crate::app::navigation::{Navigation, RoutingMode, use_navigation};
use crate::app::route::Route;
use crate::components::footer::footer;
use crate::components::header::header;
use crate::components::notices::notices;
use crate::domain::answers::Answer;
use crate::domain::content::catalog;
use crate::domain::document;
use crate::hooks::AppHandle;
use crate::i18n::data::data_text;
use crate::i18n::results::results_text;
use crate::i18n::ui;
use crate::platform::storage::{self, BrowserStorage, KeyValueStore, StoreError};
use crate::state::{Action, AppState};
use crate::views::about::about_view;
use crate::views::data::DataView;
use crate::views::glossary::glossary_view;
use crate::views::home::home_view;
use crate::views::module::{module_view, not_found_view};
use crate::views::results::ResultsView;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Answers clicked on the pre-rendered page before the app came alive, one per item in page
    /// order: they are applied on top of what storage holds, so no early click is lost.
    #[prop_or_default]
    pub early_answers: Rc<Vec<(String, Answer)>>,
    #[prop_or_default]
    pub routing: RoutingMode,
    /// What a host page set when it embeds the tool (nothing on the app's own page).
    #[prop_or_default]
    pub host: HostSettings,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| AppState::pristine(catalog()));
    let navigation = use_navigation(props.routing, props.host.start);

    // Right after the first render (the hydration of the pre-rendered page): read storage, then
    // replay the clicks made before the app was alive.
    {
        let dispatcher = state.dispatcher();
        let early_answers = props.early_answers.clone();
        let host_language = props.host.language;
        use_effect_with((), move |_| {
            let store = BrowserStorage::open();
            let store = store.as_ref().map(|store| store as &dyn KeyValueStore);
            let (document, outcome) = storage::load(store, &storage::now_iso());
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

    // Autosave: whatever storage does not have yet is written, merged with anything another
    // tab wrote meanwhile, and the result shown.
    {
        let dispatcher = state.dispatcher();
        let may_write = state.may_write();
        use_effect_with(
            (state.document.clone(), state.synced.clone()),
            move |(document, synced)| {
                if may_write && document != synced {
                    let result = BrowserStorage::open()
                        .ok_or_else(|| StoreError("localStorage is unavailable".into()))
                        .and_then(|store| {
                            storage::save(&store, synced, document, &storage::now_iso())
                        });
                    dispatcher.dispatch(Action::Persisted {
                        written_from: document.clone(),
                        result,
                    });
                }
            },
        );
    }

    // Once something worth keeping is given, ask the browser to keep the storage.
    let answered = state
        .document
        .assessments()
        .iter()
        .map(|assessment| {
            assessment
                .answers
                .iter()
                .filter(|(_, r)| r.answer.is_some())
                .count()
        })
        .sum();
    crate::platform::persist::use_persist_after_first_answer(answered, state.is_loaded());

    // The reader's language is a preference of this browser, stored apart from the document
    // whenever it changes (not before storage has been read, and not when storage is off).
    {
        // A language the host page set is the host's choice, not the reader's preference.
        let may_write = state.may_write() && props.host.language.is_none();
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

    // Two tabs: when another tab saves, take its document, so neither tab's next autosave
    // writes over answers given in the other.
    {
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

    // The page's language and title follow the language and the view.
    {
        let embedded = props.routing == RoutingMode::Memory;
        let root = props.host.root.clone();
        use_effect_with(
            (state.language(), navigation.route()),
            move |(lang, route)| {
                let Some(document) = web_sys::window().and_then(|window| window.document()) else {
                    return;
                };
                if embedded {
                    // The host's <html lang> and title are the host's; the tool's language is
                    // marked on its own element.
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
            },
        );
    }

    // Moving to another view puts the reader at its top, and screen readers at its start. The
    // route read when the page opens is not a move: focus stays at the start of the page.
    {
        let root = props.host.root.clone();
        use_effect_with(navigation.moves(), move |moves| {
            if *moves > 0 {
                match &root {
                    Some(root) => show_top_of_embedded_view(root),
                    None => show_top_of_view(),
                }
            }
        });
    }

    // Opened at a module's address, the page keeps the pre-rendered home view hidden (see
    // src/bin/prerender.rs) until the app has read the route, which it has by now.
    use_effect_with((), |_| {
        if let Some(root) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element())
        {
            let _ = root.remove_attribute("data-route-pending");
        }
    });

    html! {
        <ContextProvider<AppHandle> context={AppHandle::new(state)}>
            <ContextProvider<Navigation> context={navigation}>
                <Page />
            </ContextProvider<Navigation>>
        </ContextProvider<AppHandle>>
    }
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

/// The language the app opens in: the reader's stored choice; on the first visit (none stored)
/// the browser's languages decide (English for a browser set to English), Japanese otherwise.
fn opening_language(store: Option<&dyn KeyValueStore>) -> crate::domain::text::Lang {
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

#[component]
fn Page() -> Html {
    let app = crate::hooks::use_app();
    let t = app.text();
    let route = use_context::<Navigation>()
        .map(|navigation| navigation.route())
        .unwrap_or(Route::Home);
    // The skip link moves focus without touching the URL's hash, which holds the route.
    let onskip = Callback::from(|event: MouseEvent| {
        // Embedded, the page's document cannot see the tool's elements (a shadow root).
        if let Some(main) = embed::element_by_id("main") {
            event.prevent_default();
            let _ = main.focus();
        }
    });
    // Tests and scripts wait for this: the page is alive and storage has been read.
    let ready = app.state().is_loaded().to_string();
    let state = app.state();
    let view = match route {
        Route::Home => home_view(state),
        Route::Module(id) => module_view(id, state),
        Route::About => about_view(state),
        Route::Glossary => glossary_view(state),
        Route::Results => html! { <ResultsView /> },
        Route::Data => html! { <DataView /> },
        Route::NotFound => not_found_view(state),
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={onskip}>{ t.skip_to_main }</a>
            { header(&app) }
            { notices(&app) }
            <main id="main" tabindex="-1" data-ready={ready}>
                { view }
            </main>
            { footer(state) }
        </>
    }
}
