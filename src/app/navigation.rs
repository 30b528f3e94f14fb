//! Where the current view's route is kept, behind one seam. On its own page the app keeps the
//! route in the URL's hash (`#/pre`), so reload, back, bookmarks and links from a portal page
//! work, from file:// and under any sub-path. Embedded in a host page, it must not touch the
//! host's URL or history, so it keeps the route in memory instead.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::app::route::Route;
use crate::domain::content::catalog;

/// Where the route is kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RoutingMode {
    /// In the URL's hash: the app owns the page.
    #[default]
    Hash,
    /// In memory only: the app is a guest in a host page.
    Memory,
}

/// Where the reader is, and how many times they have moved since the page opened.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Place {
    route: Route,
    /// Moves made by the reader. Reading the URL's route right after the page opens is not
    /// one: it must not take the focus away from the start of the page.
    moves: u32,
}

enum PlaceAction {
    /// The route the page opened at.
    Opened(Route),
    /// The reader moved (a link, the back button, a typed address).
    Moved(Route),
}

impl Reducible for Place {
    type Action = PlaceAction;

    fn reduce(self: Rc<Self>, action: PlaceAction) -> Rc<Self> {
        let next = match action {
            PlaceAction::Opened(route) => Place { route, ..*self },
            PlaceAction::Moved(route) if route != self.route => Place {
                route,
                moves: self.moves + 1,
            },
            PlaceAction::Moved(_) => return self,
        };
        Rc::new(next)
    }
}

/// The current route and the way to change it, as every component sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Navigation {
    place: Place,
    mode: RoutingMode,
    dispatcher: UseReducerDispatcher<Place>,
}

impl Navigation {
    pub fn route(&self) -> Route {
        self.place.route
    }

    /// How many times the reader has moved to another view since the page opened.
    pub fn moves(&self) -> u32 {
        self.place.moves
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
            RoutingMode::Memory => self.dispatcher.dispatch(PlaceAction::Moved(route)),
        }
    }
}

/// The route state. It starts at [`Route::Home`], the view the page is pre-rendered with, so
/// hydration finds the markup it expects; right after, the route of the URL is read.
#[hook]
pub fn use_navigation(mode: RoutingMode, start: Option<Route>) -> Navigation {
    let place = use_reducer_eq(|| Place {
        route: Route::Home,
        moves: 0,
    });
    {
        let dispatcher = place.dispatcher();
        use_effect_with(mode, move |mode| {
            let listener = match mode {
                RoutingMode::Memory => {
                    // The view a host page asked to open first, e.g. `start="pre"`.
                    if let Some(route) = start {
                        dispatcher.dispatch(PlaceAction::Opened(route));
                    }
                    None
                }
                RoutingMode::Hash => web_sys::window().map(|window| {
                    // An in-page anchor (not a route) leaves the view as it is.
                    let read = |window: &web_sys::Window| {
                        let hash = window.location().hash().unwrap_or_default();
                        Route::parse(&hash, catalog())
                    };
                    if let Some(route) = read(&window) {
                        dispatcher.dispatch(PlaceAction::Opened(route));
                    }
                    let watched = window.clone();
                    EventListener::new(&window, "hashchange", move |_| {
                        if let Some(route) = read(&watched) {
                            dispatcher.dispatch(PlaceAction::Moved(route));
                        }
                    })
                }),
            };
            move || drop(listener)
        });
    }
    Navigation {
        place: *place,
        mode,
        dispatcher: place.dispatcher(),
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
    crate::rendered!("RouteLink");
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

#[cfg(test)]
mod tests {
    use super::*;

    fn at(route: Route, moves: u32) -> Rc<Place> {
        Rc::new(Place { route, moves })
    }

    #[test]
    fn moving_to_another_view_counts_one_move() {
        let next = at(Route::Home, 0).reduce(PlaceAction::Moved(Route::Module("pre")));
        assert_eq!(
            *next,
            Place {
                route: Route::Module("pre"),
                moves: 1
            }
        );
        let next = next.reduce(PlaceAction::Moved(Route::Results));
        assert_eq!(
            *next,
            Place {
                route: Route::Results,
                moves: 2
            }
        );
    }

    /// A link to the view already open (or a `hashchange` that lands where the reader is) is
    /// no move: the state stays the very same, so nothing re-renders and the focus is not taken
    /// back to the top of the view.
    #[test]
    fn moving_to_the_view_already_open_changes_nothing() {
        for route in [
            Route::Home,
            Route::Module("mig"),
            Route::Data,
            Route::NotFound,
        ] {
            let here = at(route, 3);
            let next = Rc::clone(&here).reduce(PlaceAction::Moved(route));
            assert!(Rc::ptr_eq(&here, &next), "{route:?}: a new state");
            assert_eq!(next.moves, 3, "{route:?}");
        }
    }

    /// Reading the URL's route when the page opens sets the view without counting a move, so
    /// the focus stays at the start of the page.
    #[test]
    fn the_route_the_page_opened_at_is_not_a_move() {
        let opened = at(Route::Home, 0).reduce(PlaceAction::Opened(Route::Module("rsp")));
        assert_eq!(
            *opened,
            Place {
                route: Route::Module("rsp"),
                moves: 0
            }
        );
        // Read again (the effect runs anew), it keeps the moves made so far.
        let reread = at(Route::Results, 2).reduce(PlaceAction::Opened(Route::Data));
        assert_eq!(
            *reread,
            Place {
                route: Route::Data,
                moves: 2
            }
        );
    }
}
