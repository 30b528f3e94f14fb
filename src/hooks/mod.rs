//! How components reach the app (`use_app`, which speaks in intentions), and the app's effects,
//! each a named hook: loading storage, saving, the language preference, other tabs, the page
//! title and the move to the top of a new view.

mod app_handle;
mod autosave;
pub mod chunks;
mod effects;

pub use app_handle::{Actions, AppHandle, use_app};
pub use autosave::use_autosave;
pub use effects::{
    use_language_preference, use_load, use_other_tabs, use_page_title,
    use_persist_after_first_answer, use_route_pending_cleared, use_top_of_view_on_move,
};
