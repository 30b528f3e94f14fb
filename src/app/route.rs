//! The views of the app and their addresses. Pure: parsing and writing a route knows nothing of
//! the browser, so it is tested natively. Where the route lives (the URL's hash, or memory when
//! the app is embedded in a host page) is the business of `crate::app::navigation`.

use crate::app::split::Part;
use crate::domain::chunks;
use crate::domain::content::{self, Catalog, Scoring};

/// One view of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The overview of every module, with the first step.
    Home,
    /// One module, by its id in the catalog's module list (`pre`, `mig`, `rsp`, …).
    Module(&'static str),
    /// What the tool is, its sources, and what it does and does not claim.
    About,
    /// The glossary (用語集).
    Glossary,
    /// The results: scores, charts, the action plan and the printable report.
    Results,
    /// The assessments, snapshots, export, import and clearing all data.
    Data,
    /// An address the app does not know, e.g. a module of a newer version.
    NotFound,
}

impl Route {
    /// The route of a URL fragment, with or without its `#`: "" and "#/" are home, "#/pre" the
    /// module `pre`, and an unknown path is [`Route::NotFound`], never a panic. A fragment that
    /// does not start with "/" is an in-page anchor (the skip link's `#main`), not a route:
    /// `None`, and the view stays as it is.
    pub fn parse(fragment: &str, catalog: &'static Catalog) -> Option<Route> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if fragment.is_empty() {
            return Some(Route::Home);
        }
        let path = fragment.strip_prefix('/')?.trim_end_matches('/');
        Some(match path {
            "" => Route::Home,
            "about" => Route::About,
            "glossary" => Route::Glossary,
            "results" => Route::Results,
            "data" => Route::Data,
            id => match catalog.module(id) {
                Some(module) => Route::Module(module),
                None => Route::NotFound,
            },
        })
    }

    /// The fragment that opens this route, e.g. "#/pre". [`Route::NotFound`] has no address of
    /// its own and links home.
    pub fn href(self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_owned(),
            Route::About => "#/about".to_owned(),
            Route::Glossary => "#/glossary".to_owned(),
            Route::Results => "#/results".to_owned(),
            Route::Data => "#/data".to_owned(),
            Route::Module(id) => format!("#/{id}"),
        }
    }
}

impl Route {
    /// The content chunks the view shows: the core (titles, roles, sources); a module's own
    /// chunk, the glossary its questions quote, and the chunks of the checks shown inside it;
    /// every chunk for the results and the data, which show every check.
    pub fn chunks(self, catalog: &'static Catalog) -> Vec<u16> {
        let ids: Vec<&str> = match self {
            Route::Home => vec![CORE, GLOSSARY, crate::domain::content::PRECONDITIONS],
            Route::Module(module) => {
                let mut ids = vec![CORE, GLOSSARY, module];
                if module == catalog.responsibility.id {
                    // The setting types are answered on the map's view (modules.json `shown_in`).
                    ids.extend(
                        catalog
                            .checks
                            .iter()
                            .filter(|check| check.scoring == Scoring::SettingTypes)
                            .map(|check| check.id),
                    );
                }
                ids
            }
            Route::Glossary => vec![CORE, GLOSSARY],
            // The data view's backup and import need no text of a check; its CSV export and
            // comparison wait for every chunk on their own (views/data).
            Route::About | Route::NotFound | Route::Data => vec![CORE],
            Route::Results => return chunks::all().collect(),
        };
        ids.into_iter().filter_map(chunks::by_id).collect()
    }
}

impl Route {
    /// The view's code, where it is a wasm module of its own (`app::split`): the views after
    /// the checks, the map and the stage guide. Home and the checklists are in the first
    /// download, which the page hydrates.
    pub fn part(self) -> Option<Part> {
        match self {
            Route::About => Some(Part::About),
            Route::Glossary => Some(Part::Glossary),
            Route::Results => Some(Part::Results),
            Route::Data => Some(Part::Data),
            Route::Module(content::RESPONSIBILITY) => Some(Part::Map),
            Route::Module(content::STAGES) => Some(Part::Stage),
            Route::Home | Route::Module(_) | Route::NotFound => None,
        }
    }
}

/// The chunk of the texts outside every check's view (`build/emit.rs`).
pub const CORE: &str = "core";
/// The glossary's chunk (`build/mod.rs`).
pub const GLOSSARY: &str = "glossary";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::catalog;

    #[test]
    fn only_the_views_after_the_checks_the_map_and_the_stage_guide_load_code() {
        assert_eq!(Route::About.part(), Some(Part::About));
        assert_eq!(Route::Glossary.part(), Some(Part::Glossary));
        assert_eq!(Route::Results.part(), Some(Part::Results));
        assert_eq!(Route::Data.part(), Some(Part::Data));
        assert_eq!(
            Route::Module(content::RESPONSIBILITY).part(),
            Some(Part::Map)
        );
        assert_eq!(Route::Module(content::STAGES).part(), Some(Part::Stage));
        // The page hydrates home and the checklists: their code is in the first download.
        assert_eq!(Route::Home.part(), None);
        assert_eq!(Route::NotFound.part(), None);
        for module in catalog().modules {
            if ![content::RESPONSIBILITY, content::STAGES].contains(module) {
                assert_eq!(Route::Module(module).part(), None, "{module}");
            }
        }
    }

    #[test]
    fn empty_and_root_fragments_are_home() {
        for fragment in ["", "#", "#/", "/", "#//"] {
            assert_eq!(
                Route::parse(fragment, catalog()),
                Some(Route::Home),
                "{fragment:?}"
            );
        }
    }

    #[test]
    fn each_module_has_its_own_address_that_parses_back() {
        for module in catalog().modules {
            let route = Route::Module(module);
            assert_eq!(route.href(), format!("#/{module}"));
            assert_eq!(Route::parse(&route.href(), catalog()), Some(route));
            assert_eq!(
                Route::parse(&format!("#/{module}/"), catalog()),
                Some(route)
            );
        }
        assert_eq!(Route::parse("#/rsp", catalog()), Some(Route::Module("rsp")));
        for route in [
            Route::About,
            Route::Glossary,
            Route::Results,
            Route::Data,
            Route::Home,
        ] {
            assert_eq!(Route::parse(&route.href(), catalog()), Some(route));
        }
    }

    #[test]
    fn unknown_addresses_are_not_found_and_link_home() {
        // `set` is shown inside the responsibility map, not on a view of its own.
        for fragment in [
            "#/nope",
            "#/pre/extra",
            "#/PRE",
            "#/about/x",
            "#/%70re",
            "#/set",
        ] {
            assert_eq!(
                Route::parse(fragment, catalog()),
                Some(Route::NotFound),
                "{fragment:?}"
            );
        }
        assert_eq!(Route::NotFound.href(), "#/");
    }

    #[test]
    fn each_view_asks_for_the_chunks_it_shows() {
        let ids = |route: Route| -> Vec<&str> {
            route
                .chunks(catalog())
                .into_iter()
                .map(chunks::id)
                .collect()
        };
        assert_eq!(ids(Route::Home), ["core", "glossary", "pre"]);
        assert_eq!(ids(Route::Module("mig")), ["core", "glossary", "mig"]);
        assert_eq!(
            ids(Route::Module("rsp")),
            ["core", "glossary", "rsp", "set"]
        );
        assert_eq!(ids(Route::Module("stage")), ["core", "glossary", "stage"]);
        assert_eq!(ids(Route::Glossary), ["core", "glossary"]);
        for route in [Route::About, Route::NotFound, Route::Data] {
            assert_eq!(ids(route), ["core"]);
        }
        assert_eq!(
            Route::Results.chunks(catalog()),
            chunks::all().collect::<Vec<_>>()
        );
        assert_eq!(ids(Route::Results).len(), catalog().checks.len() + 2);
    }

    #[test]
    fn in_page_anchors_are_not_routes() {
        for fragment in ["#main", "main", "#pre", "#about"] {
            assert_eq!(Route::parse(fragment, catalog()), None, "{fragment:?}");
        }
    }
}
