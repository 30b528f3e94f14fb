//! Title, language switch and the saved state.

use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::domain::text::Lang;
use crate::hooks::AppHandle;
use crate::i18n::data::data_text;
use crate::i18n::results::results_text;
use crate::i18n::ui;
use crate::state::SaveStatus;

pub fn header(app: &AppHandle) -> Html {
    let t = app.text();
    let current = app.state().language();
    let (status, status_class) = match app.state().save_status() {
        SaveStatus::Loading => (t.loading, "save-status"),
        SaveStatus::Saved => (t.saved, "save-status save-status--saved"),
        SaveStatus::Pending => (t.saving, "save-status"),
        SaveStatus::NothingYet => (t.nothing_saved, "save-status"),
        SaveStatus::Failed | SaveStatus::MemoryOnly => {
            (t.not_saved, "save-status save-status--warning")
        }
    };
    html! {
        <header class="site-header">
            <div class="site-header__inner">
                <div class="site-header__title">
                    <h1><RouteLink to={Route::Home}>{ t.app_title }</RouteLink></h1>
                    <p class="tagline">{ t.app_tagline }</p>
                </div>
                <div class="site-header__tools">
                    <div class="lang-switch" role="group" aria-label={t.language_label}>
                        { for Lang::ALL.iter().map(|&lang| {
                            let onclick = {
                                let app = app.clone();
                                Callback::from(move |_| app.set_language(lang))
                            };
                            html! {
                                <button type="button" lang={lang.tag()}
                                    aria-pressed={(lang == current).to_string()}
                                    {onclick}>
                                    { ui(lang).lang_name }
                                </button>
                            }
                        }) }
                    </div>
                    <nav class="site-nav" aria-label={data_text(current).nav_label}>
                        <RouteLink to={Route::Results}>{ results_text(current).heading }</RouteLink>
                        <RouteLink to={Route::Data}>{ data_text(current).heading }</RouteLink>
                    </nav>
                    <p class="site-header__assessment" data-testid="active-assessment">
                        { (data_text(current).active_label)(&app.state().document.active().name) }
                    </p>
                    // Not a live region: it changes on every answer, and failures reach screen
                    // readers through the role="alert" notices instead.
                    <p class={status_class} data-testid="save-status">{ status }</p>
                </div>
            </div>
        </header>
    }
}
