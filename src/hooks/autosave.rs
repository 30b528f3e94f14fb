//! Saving, off the render path. A click (an answer, a choice) is written right after the
//! render that shows it; typing (a note, a name, a value) is written once the reader pauses,
//! and at the latest when the page is hidden or closed, so no keystroke costs a storage write
//! and no answer is lost.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::platform::clock;
use crate::platform::storage::{self, BrowserStorage};
use crate::state::{Action, AppState, Edit};

/// How long typing must pause before it is written.
pub const TYPING_PAUSE_MS: u32 = 400;

/// Writes whatever storage does not have yet, merged with anything another tab wrote
/// meanwhile, and reports the outcome to the state. The result is dispatched, but a save that
/// changes nothing a view shows re-renders no view (see `AppHandle`'s equality).
#[hook]
pub fn use_autosave(state: &UseReducerHandle<AppState>) {
    // The state of the latest render, for the timer and the page-hide listener.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    // Whether typing waits to be written, and the timer that will write it. The timer is only
    // replaced or cleared from outside its own callback, never dropped while it runs.
    let waiting: Rc<RefCell<bool>> = use_mut_ref(|| false);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);

    {
        let latest = latest.clone();
        let waiting = waiting.clone();
        let timer = timer.clone();
        use_effect_with(
            (state.revision(), state.may_write()),
            move |&(_, may_write)| {
                let state = latest.borrow().clone();
                if !may_write || !state.has_unsaved_changes() {
                    return;
                }
                match state.last_edit() {
                    Edit::Click => {
                        waiting.replace(false);
                        timer.borrow_mut().take();
                        save(&state);
                    }
                    Edit::Typing => {
                        waiting.replace(true);
                        let latest = latest.clone();
                        let waiting = waiting.clone();
                        *timer.borrow_mut() = Some(Timeout::new(TYPING_PAUSE_MS, move || {
                            if waiting.replace(false) {
                                let state = latest.borrow().clone();
                                save(&state);
                            }
                        }));
                    }
                }
            },
        );
    }

    // Leaving the page (closing the tab, reloading, moving to another tab on a phone) writes
    // what typing left waiting.
    use_effect_with((), move |_| {
        let flush = Rc::new(move || {
            if waiting.replace(false) {
                timer.borrow_mut().take();
                let state = latest.borrow().clone();
                save(&state);
            }
        });
        let listeners = web_sys::window().map(|window| {
            let on_hide = {
                let flush = flush.clone();
                EventListener::new(&window, "pagehide", move |_| flush())
            };
            let on_hidden = window.document().map(|document| {
                let flush = flush.clone();
                let target = document.clone();
                EventListener::new(&document, "visibilitychange", move |_| {
                    if target.hidden() {
                        flush();
                    }
                })
            });
            (on_hide, on_hidden)
        });
        move || {
            // Unmounting writes what is waiting too.
            flush();
            drop(listeners);
        }
    });
}

/// One save of what the state holds and storage does not.
fn save(state: &UseReducerHandle<AppState>) {
    if !state.may_write() || !state.has_unsaved_changes() {
        return;
    }
    let result = BrowserStorage::require()
        .and_then(|store| storage::save(&store, &state.synced, &state.document, &clock::now_iso()));
    state.dispatch(Action::Persisted {
        written_from: state.document.clone(),
        result,
    });
}
