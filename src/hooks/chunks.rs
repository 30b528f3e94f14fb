//! Loading content chunks when a view asks for them ([`ChunkLoader`], provided by the app), and
//! prefetching the next check of the reader's path when the browser is idle
//! ([`use_prefetch`]). The loading itself is `platform::chunks`.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::app::route::Route;
use crate::app::split::{self, Part};
use crate::domain::chunks::{self, ChunkError};
use crate::domain::text::Lang;
use crate::platform;
use crate::state::AppState;

/// A chunk that is not loaded: on its way, or refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Load {
    Loading,
    Failed(ChunkError),
}

/// What a view waits for: a content chunk in a language, or the code of a view that is a wasm
/// module of its own (`app::split`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Text(u16, Lang),
    Code(Part),
}

fn key(chunk: u16, lang: Lang) -> Key {
    Key::Text(chunk, lang)
}

impl Key {
    fn is_loaded(self) -> bool {
        match self {
            Key::Text(chunk, lang) => chunks::is_loaded(chunk, lang),
            Key::Code(part) => split::is_loaded(part),
        }
    }

    async fn load(self) -> Result<(), ChunkError> {
        match self {
            Key::Text(chunk, lang) => platform::chunks::load(chunk, lang).await,
            Key::Code(part) => split::load(part)
                .await
                .map_err(|split::Unreachable| ChunkError::Unreachable),
        }
    }
}

/// The chunks asked for that are not loaded yet (a few at most: a list, which costs the wasm
/// less code than a map).
#[derive(Default, PartialEq)]
pub struct Loads {
    pending: Vec<(Key, Load)>,
    /// How many loads have ended. The views see the loader through a context, which tells
    /// them only of a value that differs from the last: a load that starts and ends between
    /// two renders (a data block of the single file) leaves `pending` as it was, and without
    /// this count the view waiting for it would not render again.
    settled: u32,
}

pub enum LoadAction {
    Started(Key),
    /// Loaded, or (ahead of need) not loaded and not to be shown.
    Done(Key),
    Failed(Key, ChunkError),
}

impl Reducible for Loads {
    type Action = LoadAction;

    fn reduce(self: Rc<Self>, action: LoadAction) -> Rc<Self> {
        let settled = match action {
            LoadAction::Started(_) => self.settled,
            LoadAction::Done(_) | LoadAction::Failed(..) => self.settled.wrapping_add(1),
        };
        let (key, load) = match action {
            LoadAction::Started(key) => (key, Some(Load::Loading)),
            LoadAction::Done(key) => (key, None),
            LoadAction::Failed(key, error) => (key, Some(Load::Failed(error))),
        };
        let mut pending: Vec<(Key, Load)> = self
            .pending
            .iter()
            .filter(|(held, _)| *held != key)
            .copied()
            .collect();
        pending.extend(load.map(|load| (key, load)));
        Rc::new(Loads { pending, settled })
    }
}

/// A load under way.
struct Flight {
    key: Key,
    /// Whether a view waits for it (a prefetch that a view then asks for becomes one a view
    /// waits for): a failure is then shown.
    shown: bool,
    /// Settles when the load has ended, for whoever else waits for it (a language switch).
    ended: js_sys::Promise,
}

thread_local! {
    /// The loads under way, so that two asks (a view, a prefetch, a language switch) fetch once.
    static IN_FLIGHT: RefCell<Vec<Flight>> = const { RefCell::new(Vec::new()) };
}

/// Loads chunks, and says how their loading goes; a new value whenever it changes, so the
/// views waiting for a chunk render again.
#[derive(Clone, PartialEq)]
pub struct ChunkLoader {
    loads: UseReducerHandle<Loads>,
}

impl ChunkLoader {
    /// How a chunk not loaded is doing (`None`: not asked for, or loaded).
    pub fn status(&self, chunk: u16, lang: Lang) -> Option<Load> {
        self.status_of(key(chunk, lang))
    }

    /// How the code of a view not loaded is doing (`None`: not asked for, or loaded).
    pub fn code_status(&self, part: Part) -> Option<Load> {
        self.status_of(Key::Code(part))
    }

    fn status_of(&self, key: Key) -> Option<Load> {
        self.loads
            .pending
            .iter()
            .find_map(|(held, load)| (*held == key).then_some(*load))
    }

    /// Starts loading a chunk, unless it is loaded or on its way. A chunk that failed is
    /// tried again.
    pub fn request(&self, chunk: u16, lang: Lang) {
        let _ = self.start(key(chunk, lang), true);
    }

    /// Loads a chunk ahead of need: a failure is not shown (the view that needs the chunk
    /// asks again when it opens).
    pub fn prefetch(&self, chunk: u16, lang: Lang) {
        let _ = self.start(key(chunk, lang), false);
    }

    /// Starts loading a view's code, as [`ChunkLoader::request`] does a chunk.
    pub fn request_code(&self, part: Part) {
        let _ = self.start(Key::Code(part), true);
    }

    /// Loads a view's code ahead of need, as [`ChunkLoader::prefetch`] does a chunk.
    pub fn prefetch_code(&self, part: Part) {
        let _ = self.start(Key::Code(part), false);
    }

    /// Starts loading, unless loaded (`None`) or on its way; either way, the promise of the one
    /// load under way, which settles (never rejects) once it has ended.
    fn start(&self, key: Key, shown: bool) -> Option<js_sys::Promise> {
        if key.is_loaded() {
            return None;
        }
        let under_way = IN_FLIGHT.with_borrow_mut(|flights| {
            flights
                .iter_mut()
                .find(|flight| flight.key == key)
                .map(|flight| {
                    flight.shown |= shown;
                    flight.ended.clone()
                })
        });
        if under_way.is_some() {
            return under_way;
        }
        let dispatcher = self.loads.dispatcher();
        dispatcher.dispatch(LoadAction::Started(key));
        // Listed before the load runs, so that whoever asks next, however soon, joins it.
        let mut end = None;
        let ended = js_sys::Promise::new(&mut |resolve, _reject| end = Some(resolve));
        IN_FLIGHT.with_borrow_mut(|flights| {
            flights.push(Flight {
                key,
                shown,
                ended: ended.clone(),
            });
        });
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = key.load().await;
            let shown = IN_FLIGHT.with_borrow_mut(|flights| {
                let index = flights.iter().position(|flight| flight.key == key);
                index.is_none_or(|index| flights.swap_remove(index).shown)
            });
            dispatcher.dispatch(match outcome {
                Err(error) if shown => LoadAction::Failed(key, error),
                _ => LoadAction::Done(key),
            });
            if let Some(end) = end {
                let _ = end.call0(&JsValue::UNDEFINED);
            }
        });
        Some(ended)
    }
}

impl ChunkLoader {
    /// Loads the chunks a view needs in a language, all at once, then calls `then` with
    /// whether they all loaded: a language switch keeps the view on screen (with what the
    /// reader was doing in it) until its words are there.
    pub fn then_loaded(&self, needed: Vec<u16>, lang: Lang, then: impl FnOnce(bool) + 'static) {
        let missing: Vec<u16> = needed
            .into_iter()
            .filter(|chunk| !chunks::is_loaded(*chunk, lang))
            .collect();
        // The loads under way join in (a view's, a prefetch's): each chunk is fetched once. A
        // failure is not shown here; the view, in the new language, asks again and shows it.
        let loads: js_sys::Array = missing
            .iter()
            .filter_map(|chunk| self.start(key(*chunk, lang), false))
            .collect();
        if loads.length() == 0 {
            then(missing.iter().all(|chunk| chunks::is_loaded(*chunk, lang)));
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::all(&loads)).await;
            then(missing.iter().all(|chunk| chunks::is_loaded(*chunk, lang)));
        });
    }
}

#[hook]
pub fn use_chunk_loader() -> ChunkLoader {
    ChunkLoader {
        loads: use_reducer(Loads::default),
    }
}

/// When the browser is idle after the app has read storage, loads what the reader is likely to
/// open next: the step of their path after the one on screen (the results after its last
/// step), its words and, for the results, its code.
#[hook]
pub fn use_prefetch(state: &AppState, route: Route, loader: &ChunkLoader) {
    let next = state.is_loaded().then(|| next_step(state, route)).flatten();
    let lang = state.language();
    let loader = loader.clone();
    let catalog = state.catalog;
    use_effect_with((next, lang), move |(next, lang)| {
        let handle = next.map(|next| {
            let lang = *lang;
            when_idle(move || {
                if let Some(part) = next.part() {
                    loader.prefetch_code(part);
                }
                for chunk in next.chunks(catalog) {
                    loader.prefetch(chunk, lang);
                }
            })
        });
        move || drop(handle)
    });
}

/// The view after the one on screen on the reader's path: its next step, or the results
/// after its last (home shows the precondition check).
fn next_step(state: &AppState, route: Route) -> Option<Route> {
    let path = state.path();
    let current = match route {
        Route::Home => crate::domain::content::PRECONDITIONS,
        Route::Module(module) => module,
        _ => return None,
    };
    if path.holds(current) {
        Some(path.next(current).map_or(Route::Results, Route::Module))
    } else {
        path.steps.first().copied().map(Route::Module)
    }
}

/// Runs `work` once when the browser is idle (`requestIdleCallback`; a short timeout where the
/// browser has none). Dropping the handle before then cancels it.
fn when_idle(work: impl FnOnce() + 'static) -> Idle {
    let cancelled = Rc::new(std::cell::Cell::new(false));
    let flag = cancelled.clone();
    let callback = Closure::once_into_js(move || {
        if !flag.get() {
            work();
        }
    });
    let window = web_sys::window();
    let idle = window.as_ref().and_then(|window| {
        js_sys::Reflect::get(window, &"requestIdleCallback".into())
            .ok()
            .and_then(|function| function.dyn_into::<js_sys::Function>().ok())
    });
    match (window, idle) {
        (Some(window), Some(idle)) => {
            let _ = idle.call1(&window, &callback);
        }
        (Some(window), None) => {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.unchecked_ref(),
                500,
            );
        }
        _ => {}
    }
    Idle { cancelled }
}

/// A piece of idle work; dropped, it no longer runs.
struct Idle {
    cancelled: Rc<std::cell::Cell<bool>>,
}

impl Drop for Idle {
    fn drop(&mut self) {
        self.cancelled.set(true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::catalog;
    use crate::domain::document::Document;
    use crate::platform::storage::LoadOutcome;
    use crate::state::Action;

    fn reduced(actions: Vec<LoadAction>) -> Rc<Loads> {
        actions
            .into_iter()
            .fold(Rc::new(Loads::default()), |loads, action| {
                loads.reduce(action)
            })
    }

    #[test]
    fn a_load_is_pending_until_done_and_a_failure_stays_until_asked_again() {
        let mig = Key::Text(1, Lang::Ja);
        let other = Key::Text(2, Lang::En);
        let loads = reduced(vec![LoadAction::Started(mig), LoadAction::Started(other)]);
        assert_eq!(
            loads.pending,
            [(mig, Load::Loading), (other, Load::Loading)]
        );
        let loads = loads.reduce(LoadAction::Failed(mig, ChunkError::Unreachable));
        assert_eq!(
            loads.pending,
            [
                (other, Load::Loading),
                (mig, Load::Failed(ChunkError::Unreachable))
            ]
        );
        let loads = loads.reduce(LoadAction::Started(mig));
        assert_eq!(
            loads.pending,
            [(other, Load::Loading), (mig, Load::Loading)]
        );
        let loads = loads.reduce(LoadAction::Done(mig));
        assert_eq!(loads.pending, [(other, Load::Loading)]);
        let loads = loads.reduce(LoadAction::Done(other));
        assert!(loads.pending.is_empty());
    }

    #[test]
    fn a_key_is_loaded_when_its_chunk_or_its_code_is() {
        // Natively every chunk is compiled in and every view's code is in the one binary.
        for chunk in chunks::all() {
            for lang in [Lang::Ja, Lang::En] {
                assert!(Key::Text(chunk, lang).is_loaded());
            }
        }
        for part in Part::ALL {
            assert!(Key::Code(part).is_loaded());
        }
        // A chunk the build does not have is never loaded.
        let beyond = u16::try_from(chunks::all().count()).expect("few chunks");
        assert!(!chunks::is_loaded(beyond, Lang::Ja));
        assert!(!Key::Text(beyond, Lang::Ja).is_loaded());
    }

    #[test]
    fn a_load_that_starts_and_ends_between_two_renders_still_changes_the_loads() {
        let mig = Key::Text(1, Lang::Ja);
        let code = Key::Code(Part::Results);
        let before = reduced(vec![]);
        let after = reduced(vec![LoadAction::Started(mig), LoadAction::Done(mig)]);
        assert!(after.pending.is_empty());
        assert!(*after != *before);
        let failed = reduced(vec![
            LoadAction::Started(code),
            LoadAction::Failed(code, ChunkError::Unreachable),
        ]);
        let retried = failed.clone().reduce(LoadAction::Started(code));
        let failed_again = retried.reduce(LoadAction::Failed(code, ChunkError::Unreachable));
        assert_eq!(failed_again.pending, failed.pending);
        assert!(*failed_again != *failed);
        // Starting alone is a change of `pending`, not an end.
        assert_eq!(
            reduced(vec![LoadAction::Started(mig)]).settled,
            before.settled
        );
    }

    fn state(role: Option<&str>) -> Rc<AppState> {
        let state = Rc::new(AppState::loaded(
            catalog(),
            Document::new("2026-12-04T00:00:00.000Z"),
            Lang::Ja,
            LoadOutcome::Fresh,
        ));
        state.reduce(Action::SetRole(role.map(str::to_owned)))
    }

    #[test]
    fn the_next_step_is_the_one_after_the_view_on_the_readers_path() {
        let user = state(None);
        let path = user.path();
        assert_eq!(path.steps.first(), Some(&"pre"));
        assert_eq!(
            next_step(&user, Route::Home),
            path.next("pre").map(Route::Module)
        );
        assert_eq!(next_step(&user, Route::Home), Some(Route::Module("mig")));
        assert_eq!(
            next_step(&user, Route::Module("mig")),
            path.next("mig").map(Route::Module)
        );
        let last = path.steps.last().copied().expect("a step");
        assert_eq!(next_step(&user, Route::Module(last)), Some(Route::Results));
        for route in [Route::Results, Route::Data, Route::About, Route::Glossary] {
            assert_eq!(next_step(&user, route), None);
        }
        // Off the path (home shows the precondition check, which a provider's path lacks),
        // the path's first step is next.
        let off_path = catalog()
            .roles
            .roles
            .iter()
            .map(|role| state(Some(role.id)))
            .find(|state| !state.path().steps.contains(&"pre"))
            .expect("a role whose path lacks the precondition check");
        let steps = off_path.path().steps;
        assert_ne!(steps.first(), None);
        assert_eq!(
            next_step(&off_path, Route::Home),
            steps.first().copied().map(Route::Module)
        );
    }
}
