//! Access to the app state from any component.

use yew::prelude::*;

use crate::domain::text::Lang;
use crate::i18n::{Ui, ui};
use crate::state::{Action, AppState, Notice};

/// What a component may read and do, with intention-revealing names. The root provides it as
/// the context of every component.
#[derive(Clone, PartialEq)]
pub struct AppHandle(UseReducerHandle<AppState>);

impl AppHandle {
    pub fn new(handle: UseReducerHandle<AppState>) -> Self {
        AppHandle(handle)
    }

    pub fn state(&self) -> &AppState {
        &self.0
    }

    /// The interface text in the current language.
    pub fn text(&self) -> &'static Ui {
        ui(self.0.language())
    }

    /// The dispatcher alone: it stays the same across renders, so callbacks built on it can be
    /// passed to memoized components without making them re-render.
    pub fn dispatcher(&self) -> UseReducerDispatcher<AppState> {
        self.0.dispatcher()
    }

    pub fn set_language(&self, lang: Lang) {
        self.0.dispatch(Action::SetLanguage(lang));
    }

    pub fn dismiss_notice(&self, notice: Notice) {
        self.0.dispatch(Action::DismissNotice(notice));
    }
}

/// The app state and its actions.
///
/// ```text
/// let app = use_app();
/// let yes = app.state().preconditions().tally.yes;
/// app.set_language(Lang::En);
/// ```
#[hook]
pub fn use_app() -> AppHandle {
    match use_context::<AppHandle>() {
        Some(handle) => handle,
        None => panic!("use_app called outside the App context provider"),
    }
}
