//! The root component: loads the document, provides the state, saves on every change.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::checklist::ChecklistSection;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::migration_result::MigrationResultView;
use crate::components::nav::ProgressNav;
use crate::components::notices::Notices;
use crate::components::precondition_result::PreconditionResultView;
use crate::domain::content::{self, catalog};
use crate::domain::document;
use crate::hooks::AppHandle;
use crate::i18n::ui;
use crate::state::{Action, AppState};
use crate::storage::{self, BrowserStorage, KeyValueStore, StoreError};

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let store = BrowserStorage::open();
        let store = store.as_ref().map(|store| store as &dyn KeyValueStore);
        let (document, outcome) = storage::load(store, &storage::now_iso());
        AppState::loaded(catalog(), document, outcome)
    });

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

    // The page's language and title follow the chosen language.
    use_effect_with(state.language(), |lang| {
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            if let Some(root) = document.document_element() {
                // Setting an attribute on <html> cannot fail for a valid name.
                let _ = root.set_attribute("lang", lang.tag());
            }
            document.set_title(ui(*lang).app_title);
        }
    });

    html! {
        <ContextProvider<AppHandle> context={AppHandle::new(state)}>
            <Page />
        </ContextProvider<AppHandle>>
    }
}

/// The result view of each module. A module without one shows its items only.
fn result_view(module: &str) -> Html {
    match module {
        content::PRECONDITIONS => html! { <PreconditionResultView /> },
        content::MIGRATION => html! { <MigrationResultView /> },
        _ => html! {},
    }
}

#[component]
fn Page() -> Html {
    let app = crate::hooks::use_app();
    let t = ui(app.state().language());
    html! {
        <>
            <a class="skip-link" href="#main">{ t.skip_to_main }</a>
            <Header />
            <Notices />
            <main id="main" tabindex="-1">
                <section class="intro" aria-label={t.app_title}>
                    <p>{ t.how_it_works }</p>
                    <p class="privacy">{ t.privacy }</p>
                </section>
                <ProgressNav />
                { for app.state().catalog.checklists.iter().enumerate().map(|(index, checklist)| html! {
                    <ChecklistSection key={checklist.id.clone()}
                        checklist_id={AttrValue::from(checklist.id.clone())} step={index + 1}>
                        { result_view(&checklist.id) }
                    </ChecklistSection>
                }) }
            </main>
            <Footer />
        </>
    }
}
