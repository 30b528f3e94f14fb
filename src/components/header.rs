//! Title, language switch and the saved state.

use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::domain::text::Lang;
use crate::i18n::data::data_text;
use crate::i18n::results::results_text;
use crate::i18n::ui;
use crate::state::SaveStatus;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub status: SaveStatus,
    /// The name of the active assessment.
    pub assessment: AttrValue,
    /// A language chosen: the page switches once the view's words are loaded in it.
    pub on_language: Callback<Lang>,
    /// The language being switched to while its words load.
    #[prop_or_default]
    pub switching: Option<Lang>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    crate::rendered!("Header");
    let current = props.lang;
    let t = ui(current);
    let (status, status_class) = match props.status {
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
                            let onclick = props.on_language.reform(move |_: MouseEvent| lang);
                            html! {
                                <button type="button" lang={lang.tag()}
                                    aria-pressed={(lang == current).to_string()}
                                    aria-busy={(props.switching == Some(lang)).then_some("true")}
                                    {onclick}>
                                    { ui(lang).lang_name }
                                </button>
                            }
                        }) }
                        <span class="lang-switch__status" role="status">
                            if props.switching.is_some_and(|lang| lang != current) {
                                { t.language_switching }
                            }
                        </span>
                    </div>
                    <nav class="site-nav" aria-label={data_text(current).nav_label}>
                        <RouteLink to={Route::Results}>{ results_text(current).heading }</RouteLink>
                        <RouteLink to={Route::Data}>{ data_text(current).heading }</RouteLink>
                    </nav>
                    <p class="site-header__assessment" data-testid="active-assessment">
                        { (data_text(current).active_label)(&props.assessment) }
                    </p>
                    // Not a live region: it changes on every answer, and failures reach screen
                    // readers through the role="alert" notices instead.
                    <p class={status_class} data-testid="save-status">{ status }</p>
                </div>
            </div>
        </header>
    }
}
