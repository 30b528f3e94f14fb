//! The root component: starts from the pre-rendered state, runs the app's effects (each a named
//! hook of `crate::hooks`), provides the state and the route, and switches between the views.

pub mod crash;
pub mod embed;
pub mod navigation;
pub mod render_count;
pub mod route;
pub mod split;

use std::rc::Rc;

use yew::prelude::*;

use self::embed::HostSettings;
use crate::app::navigation::{Navigation, RoutingMode, use_navigation};
use crate::app::route::Route;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::needs::Needs;
use crate::components::notices::Notices;
use crate::domain::answers::Answer;
use crate::domain::content::catalog;
use crate::domain::text::Lang;
use crate::hooks::chunks::{ChunkLoader, use_chunk_loader, use_prefetch};
use crate::hooks::{
    AppHandle, use_app, use_autosave, use_language_preference, use_load, use_other_tabs,
    use_page_title, use_persist_after_first_answer, use_route_pending_cleared,
    use_top_of_view_on_move,
};
use crate::state::AppState;
use crate::views::home::HomeView;
use crate::views::module::{ModuleView, NotFoundView};

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
    crate::rendered!("App");
    let state = use_reducer(|| AppState::pristine(catalog()));
    let navigation = use_navigation(props.routing, props.host.start);

    use_load(&state, props.early_answers.clone(), props.host.language);
    use_autosave(&state);
    use_persist_after_first_answer(&state);
    use_language_preference(&state, props.host.language.is_some());
    use_other_tabs(&state);
    let embedded = props.routing == RoutingMode::Memory;
    use_page_title(
        state.language(),
        navigation.route(),
        embedded,
        props.host.root.clone(),
    );
    use_top_of_view_on_move(navigation.moves(), props.host.root.clone());
    use_route_pending_cleared();
    let chunks = use_chunk_loader();
    use_prefetch(&state, navigation.route(), &chunks);

    html! {
        <ContextProvider<AppHandle> context={AppHandle::new(state)}>
            <ContextProvider<Navigation> context={navigation}>
                <ContextProvider<ChunkLoader> context={chunks}>
                    <Page />
                </ContextProvider<ChunkLoader>>
            </ContextProvider<Navigation>>
        </ContextProvider<AppHandle>>
    }
}

thread_local! {
    /// How many times the reader has chosen a language: a choice applies only if none came
    /// after it while its words were loading.
    static LANGUAGE_CHOICE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

#[component]
fn Page() -> Html {
    let app = use_app();
    crate::rendered!("Page");
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
    let state = app.state();
    let lang = state.language();
    let loader = use_context::<ChunkLoader>();
    // A language switch waits for the view's words in the new language, so the view stays (and
    // keeps what the reader was doing in it, e.g. an import's preview) instead of giving way
    // to a loading message; the header says it is switching meanwhile. Should they fail to
    // load, the switch happens and the view says so, with its retry.
    let switching = use_state(|| None::<Lang>);
    let on_language = {
        let actions = app.actions();
        let switching = switching.setter();
        use_callback((route, loader), move |lang: Lang, (route, loader)| {
            // Only the reader's last choice takes effect, whichever language loads first.
            let choice = LANGUAGE_CHOICE.with(|last| {
                last.set(last.get().wrapping_add(1));
                last.get()
            });
            let actions = actions.clone();
            let done = switching.clone();
            let switch = move |_loaded: bool| {
                if LANGUAGE_CHOICE.with(std::cell::Cell::get) == choice {
                    done.set(None);
                    actions.set_language(lang);
                }
            };
            match loader {
                Some(loader) => {
                    switching.set(Some(lang));
                    loader.then_loaded(route.chunks(catalog()), lang, switch);
                }
                None => switch(true),
            }
        })
    };
    // Tests and scripts wait for this: the page is alive and storage has been read.
    let ready = state.is_loaded().to_string();
    let view = match route {
        Route::Home => html! { <HomeView /> },
        Route::Module(id) => html! { <ModuleView module={id} /> },
        Route::NotFound => html! { <NotFoundView /> },
        Route::About | Route::Glossary | Route::Results | Route::Data => route
            .part()
            .map(|part| html! { <split::SplitView {part} /> })
            .unwrap_or_default(),
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={onskip}>{ t.skip_to_main }</a>
            <Header {lang} status={state.save_status()}
                assessment={AttrValue::from(state.document.active().name.clone())}
                {on_language} switching={*switching} />
            <Notices {lang} notices={state.notices.clone()} actions={app.actions()} />
            <main id="main" tabindex="-1" data-ready={ready}>
                <Needs chunks={route.chunks(catalog())} part={route.part()} {lang}>
                    { view }
                </Needs>
            </main>
            <Footer {lang} />
        </>
    }
}
