//! Where the current view's route is kept, behind one seam. On its own page the app keeps the
//! route in the URL's hash (`#/pre`), so reload, back, bookmarks and links from a portal page
//! work, from file:// and under any sub-path. Embedded in a host page, it must not touch the
//! host's URL or history, so it keeps the route in memory instead.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::domain::content::catalog;
use crate::route::Route;

/// Where the route is kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RoutingMode {
    /// In the URL's hash: the app owns the page.
    #[default]
    Hash,
    /// In memory only: the app is a guest in a host page.
    Memory,
}

/// The current route and the way to change it, as every component sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Navigation {
    route: Route,
    mode: RoutingMode,
    set: UseStateSetter<Route>,
}

impl Navigation {
    pub fn route(&self) -> Route {
        self.route
    }

    pub fn mode(&self) -> RoutingMode {
        self.mode
    }

    /// Opens a route. In hash mode the URL changes and the `hashchange` listener follows it, so
    /// the browser's history has the step; in memory mode the route is simply set.
    pub fn go(&self, route: Route) {
        match self.mode {
            RoutingMode::Hash => {
                if let Some(window) = web_sys::window() {
                    // Setting the hash of the page's own location cannot fail.
                    let _ = window.location().set_hash(&route.href());
                }
            }
            RoutingMode::Memory => self.set.set(route),
        }
    }
}

/// The route state. It starts at [`Route::Home`], the view the page is pre-rendered with, so
/// hydration finds the markup it expects; right after, the route of the URL is read.
#[hook]
pub fn use_navigation(mode: RoutingMode) -> Navigation {
    let route = use_state_eq(|| Route::Home);
    {
        let set = route.setter();
        use_effect_with(mode, move |mode| {
            let listener = match mode {
                RoutingMode::Memory => None,
                RoutingMode::Hash => web_sys::window().map(|window| {
                    // An in-page anchor (not a route) leaves the view as it is.
                    let follow = move |window: &web_sys::Window| {
                        let hash = window.location().hash().unwrap_or_default();
                        if let Some(route) = Route::parse(&hash, catalog()) {
                            set.set(route);
                        }
                    };
                    follow(&window);
                    let watched = window.clone();
                    EventListener::new(&window, "hashchange", move |_| follow(&watched))
                }),
            };
            move || drop(listener)
        });
    }
    Navigation {
        route: *route,
        mode,
        set: route.setter(),
    }
}

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// A link to a view: a real `<a href="#/…">` that works without the app (open in a new tab,
/// copy the address); in memory mode the click is handled here instead of by the browser.
#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let navigation = use_context::<Navigation>();
    let onclick = {
        let navigation = navigation.clone();
        let to = props.to;
        Callback::from(move |event: MouseEvent| {
            if let Some(navigation) = &navigation
                && navigation.mode() == RoutingMode::Memory
            {
                event.prevent_default();
                navigation.go(to);
            }
        })
    };
    let current = navigation.is_some_and(|navigation| navigation.route() == props.to);
    html! {
        <a href={props.to.href()} class={props.class.clone()}
            aria-current={current.then_some("page")} {onclick}>
            { props.children.clone() }
        </a>
    }
}
