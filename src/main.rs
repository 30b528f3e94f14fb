use std::rc::Rc;

use cloud_self_check::app::embed;
use cloud_self_check::app::navigation::RoutingMode;
use cloud_self_check::app::{App, AppProps};
use cloud_self_check::domain::answers::Answer;
use wasm_bindgen::JsCast;

/// The attribute the build puts on `#app` when it holds the pre-rendered first view.
const PRERENDERED: &str = "data-prerendered";

/// The attribute a host page puts on `#app` when it embeds the tool: the app then keeps its
/// route in memory and leaves the host's URL, history, title and language alone.
const EMBEDDED: &str = "data-embedded";

fn main() {
    // First: any later panic then shows the crash screen instead of a page that stops answering.
    cloud_self_check::app::crash::install();
    crash_test_trigger();
    cloud_self_check::platform::chunks::report_missing_to_console();
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| embed::mount_point(&document));
    let Some(root) = root else {
        yew::Renderer::<App>::new().render();
        return;
    };
    let routing = if root.has_attribute(EMBEDDED) {
        RoutingMode::Memory
    } else {
        RoutingMode::Hash
    };
    let host = embed::host_settings(&root, routing == RoutingMode::Memory);
    if root.has_attribute(PRERENDERED) {
        // The page was usable before this ran: keep what was clicked on it, since hydration
        // sets every radio to the (empty) state the page was rendered in.
        let props = AppProps {
            early_answers: Rc::new(checked_radios(&root)),
            routing,
            host,
        };
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        // Without pre-rendered markup (e.g. a build without the hook), render from scratch.
        root.set_inner_html("");
        let props = AppProps {
            routing,
            host,
            ..AppProps::default()
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}

/// (item id, answer) of every radio checked in the pre-rendered markup, one per item.
fn checked_radios(root: &web_sys::Element) -> Vec<(String, Answer)> {
    let Ok(checked) = root.query_selector_all("input[type=radio]:checked") else {
        return Vec::new();
    };
    (0..checked.length())
        .filter_map(|index| checked.item(index))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
        .filter_map(|input| Some((input.name(), Answer::from_token(&input.value())?)))
        .collect()
}

/// Only in a build made with `CLOUD_SELF_CHECK_CRASH_TEST` set (scripts/test.sh makes one for
/// e2e/crash.spec.mjs; the build that ships has no trigger): the window event
/// `cloud-self-check-crash-test` panics, as a bug would.
fn crash_test_trigger() {
    if option_env!("CLOUD_SELF_CHECK_CRASH_TEST").is_none() {
        return;
    }
    if let Some(window) = web_sys::window() {
        gloo_events::EventListener::new(&window, "cloud-self-check-crash-test", |_| {
            panic!("a deliberate panic of the crash test build")
        })
        .forget();
    }
}
