//! Tests in a real browser (headless Chromium through wasm-bindgen-test-runner): the storage
//! round trip through the real localStorage, and the app mounted, clicked and re-rendered.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use cloud_self_check::app::App;
use cloud_self_check::domain::answers::Answer;
use cloud_self_check::domain::document::{Document, SCHEMA_VERSION};
use cloud_self_check::domain::responsibility::{CellEdit, MapRecord};
use cloud_self_check::platform::storage::{
    self, BACKUP_KEY_PREFIX, BrowserStorage, LoadOutcome, STORAGE_KEY,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-24T10:00:00.000Z";

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
fn answers_round_trip_through_real_local_storage() {
    local_storage().clear().unwrap();
    let store = BrowserStorage::open().expect("localStorage is available in the test browser");
    let base = Document::new(NOW);
    let mut saved = base.clone();
    saved.set_answer("pre-1.1", Answer::Yes);
    saved.set_answer("mig-4.9", Answer::No);
    let mut map = MapRecord {
        model: Some("iaas".into()),
        ..MapRecord::default()
    };
    map.edit("user:os", CellEdit::Setter("佐藤 <b>".into()));
    saved.set_responsibility(map);
    let written = storage::save(&store, &base, &saved, NOW).unwrap();
    assert_eq!(written.document, saved);

    let raw = local_storage()
        .get_item(STORAGE_KEY)
        .unwrap()
        .expect("document written");
    let json: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(json["schema_version"], SCHEMA_VERSION);
    assert_eq!(
        json["assessments"][0]["responsibility"]["cells"]["user:os"]["setter"],
        "佐藤 <b>"
    );

    let (loaded, outcome) = storage::load(Some(&store), NOW);
    assert_eq!(outcome, LoadOutcome::Restored);
    assert_eq!(loaded, saved);
}

#[wasm_bindgen_test]
fn unreadable_local_storage_is_set_aside_not_overwritten() {
    local_storage().clear().unwrap();
    local_storage()
        .set_item(STORAGE_KEY, "{\"truncated\": ")
        .unwrap();
    let store = BrowserStorage::open().unwrap();
    let (loaded, outcome) = storage::load(Some(&store), NOW);
    let LoadOutcome::Recovered { backup_key, .. } = outcome else {
        panic!("expected recovery, got {outcome:?}");
    };
    assert!(backup_key.starts_with(BACKUP_KEY_PREFIX));
    assert_eq!(
        local_storage().get_item(&backup_key).unwrap().as_deref(),
        Some("{\"truncated\": ")
    );
    assert!(loaded.answers().is_empty());
}

/// Waits until `selector` matches inside `root`, for at most about two seconds.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..100 {
        if let Some(found) = root.query_selector(selector).unwrap() {
            return found;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("{selector} never appeared");
}

/// Waits until the text of `selector` equals `expected`.
async fn wait_for_text(root: &Element, selector: &str, expected: &str) {
    let mut last = String::new();
    for _ in 0..100 {
        if let Some(found) = root.query_selector(selector).unwrap() {
            last = found.text_content().unwrap_or_default();
            if last == expected {
                return;
            }
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("{selector}: expected {expected:?}, last saw {last:?}");
}

/// The tag of the focused element, e.g. "MAIN".
fn focused_tag() -> Option<String> {
    document()
        .active_element()
        .map(|element| element.tag_name())
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
        .unchecked_into::<HtmlElement>()
        .click();
}

/// Mounts the app afresh at `hash` ("" for home) for a reader who has chosen Japanese (the
/// runner's Chromium is set to English, and a first visit follows the browser's language), with
/// empty storage, and waits until it has read storage. Each test sets its own address, so one
/// that fails midway leaves the next ones where they expect to start.
async fn mount_japanese_app(hash: &str) -> Element {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    local_storage().clear().unwrap();
    local_storage()
        .set_item(storage::LANGUAGE_KEY, "ja")
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    wait_for(&root, "main[data-ready='true']").await;
    root
}

#[wasm_bindgen_test]
async fn app_scores_a_click_saves_it_and_switches_language() {
    let root = mount_japanese_app("").await;
    // The home view: the overview and the first step, the precondition check.
    wait_for(&root, "fieldset[data-item='pre-1.8']").await;
    assert_eq!(
        root.query_selector_all("fieldset.question")
            .unwrap()
            .length(),
        8
    );
    wait_for_text(&root, "[data-testid='pre-score']", "「はい」の合計 0/8").await;

    click(&root, "#pre-1\\.1-yes");
    click(&root, "#pre-1\\.2-no");
    wait_for_text(&root, "[data-testid='pre-score']", "「はい」の合計 1/8").await;
    wait_for_text(&root, "[data-testid='pre-unanswered']", "未回答 6項目").await;
    let checked = root
        .query_selector("#pre-1\\.1-yes")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlInputElement>()
        .checked();
    assert!(checked, "the radio shows the recorded answer");

    wait_for_text(
        &root,
        "[data-testid='save-status']",
        "このブラウザに保存済み",
    )
    .await;
    let raw = local_storage()
        .get_item(STORAGE_KEY)
        .unwrap()
        .expect("autosaved");
    assert!(raw.contains(r#""pre-1.1":{"answer":"yes"}"#), "{raw}");
    assert!(raw.contains(r#""pre-1.2":{"answer":"no"}"#), "{raw}");

    click(&root, ".lang-switch button[lang='en']");
    wait_for_text(&root, "[data-testid='pre-score']", "Yes total 1/8").await;
    // <html lang> is set by an effect after the render; on a loaded machine it can come a
    // moment after the text, so wait for it as for the text (it must still become "en").
    let lang = || document().document_element().unwrap().get_attribute("lang");
    for _ in 0..100 {
        if lang().as_deref() == Some("en") {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(lang().as_deref(), Some("en"));
    // The language is a preference of its own, outside the document.
    assert_eq!(
        local_storage()
            .get_item(storage::LANGUAGE_KEY)
            .unwrap()
            .as_deref(),
        Some("en")
    );
    let raw = local_storage().get_item(STORAGE_KEY).unwrap().unwrap();
    assert!(!raw.contains("language"), "{raw}");
}

#[wasm_bindgen_test]
async fn embedded_app_keeps_its_route_in_memory_and_leaves_the_url_alone() {
    local_storage().clear().unwrap();
    let hash_before = web_sys::window().unwrap().location().hash().unwrap();
    let title_before = document().title();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = cloud_self_check::app::AppProps {
        routing: cloud_self_check::app::navigation::RoutingMode::Memory,
        ..Default::default()
    };
    // Whatever an earlier test left focused, the page starts with nothing focused.
    if let Some(focused) = document().active_element() {
        focused.unchecked_into::<HtmlElement>().blur().unwrap();
    }
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();

    wait_for(&root, "main[data-ready='true']").await;
    // The view the page opens with is no move: the focus stays at the start of the page.
    assert_ne!(
        focused_tag().as_deref(),
        Some("MAIN"),
        "focus taken on load"
    );
    // The link to the view shown says so; links elsewhere do not.
    wait_for(&root, "header h1 a[aria-current='page']").await;
    assert!(
        root.query_selector("header a[href='#/results'][aria-current]")
            .unwrap()
            .is_none()
    );
    click(&root, "li.overview__card[data-module='mig'] a");
    wait_for(&root, "fieldset[data-item='mig-4.9']").await;
    // A move puts the reader at the start of the new view.
    for _ in 0..100 {
        if focused_tag().as_deref() == Some("MAIN") {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(focused_tag().as_deref(), Some("MAIN"), "focus after a move");
    assert!(
        root.query_selector("header h1 a[aria-current]")
            .unwrap()
            .is_none(),
        "home is no longer the current view"
    );
    assert!(
        root.query_selector("fieldset[data-item='pre-1.1']")
            .unwrap()
            .is_none(),
        "the migration view replaced the home view"
    );
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        hash_before,
        "the host's URL is untouched"
    );
    assert_eq!(
        document().title(),
        title_before,
        "the host's title is untouched"
    );
    click(&root, ".breadcrumb a");
    wait_for(&root, "fieldset[data-item='pre-1.1']").await;
}

/// What one answer re-renders, counted by the `render-count` feature (scripts/test.sh runs this
/// test with it): the question answered and the figures that changed, never the header, the
/// footer, the notices or the other questions; and saving it re-renders nothing.
#[cfg(feature = "render-count")]
#[wasm_bindgen_test]
async fn one_answer_renders_its_question_and_what_changed_once() {
    use cloud_self_check::app::render_count;

    let root = mount_japanese_app("").await;
    wait_for(&root, "fieldset[data-item='pre-1.8']").await;
    // The first answer turns the save status from "nothing yet" to "saved": the header's one
    // change. Let it settle.
    click(&root, "#pre-1\\.1-yes");
    wait_for_text(
        &root,
        "[data-testid='save-status']",
        "このブラウザに保存済み",
    )
    .await;
    yew::platform::time::sleep(Duration::from_millis(200)).await;
    render_count::take();

    click(&root, "#pre-1\\.2-no");
    wait_for_text(&root, "[data-testid='pre-unanswered']", "未回答 6項目").await;
    // The save, and anything it dispatches, has run by now.
    yew::platform::time::sleep(Duration::from_millis(200)).await;
    let renders = render_count::take();
    assert!(
        local_storage()
            .get_item(STORAGE_KEY)
            .unwrap()
            .is_some_and(|raw| raw.contains(r#""pre-1.2":{"answer":"no"}"#)),
        "the answer is saved"
    );
    // The root holds the state, so it renders for the answer and again for the save's result;
    // below it, the save re-renders nothing. The view, its checklist section and the group of
    // questions render once to pass the answer down; of the questions, only the one answered.
    let expected: std::collections::BTreeMap<&str, u32> = [
        ("App", 2),
        ("Page", 1),
        ("HomeView", 1),
        ("ChecklistSection", 1),
        ("ItemGroup", 1),
        ("Question", 1),
    ]
    .into_iter()
    .collect();
    // Not the header, the footer, the notices, the links, the role chooser or other questions.
    assert_eq!(renders, expected);
    web_sys::console::log_1(&format!("renders of one answer: {renders:?}").into());
}

/// Types `text` into the field `selector` as a reader does: the value, then a bubbling `input`.
fn type_into(root: &Element, selector: &str, text: &str) {
    let input = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
        .unchecked_into::<HtmlInputElement>();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

fn stored() -> String {
    local_storage()
        .get_item(STORAGE_KEY)
        .unwrap()
        .unwrap_or_default()
}

/// Typing is written once the reader pauses, not on every keystroke, and what is still
/// waiting is written when the page is hidden or closed.
#[wasm_bindgen_test]
async fn typing_is_saved_after_a_pause_and_when_the_page_is_left() {
    let window = web_sys::window().unwrap();
    let root = mount_japanese_app("#/data").await;
    wait_for(&root, "#organization").await;

    type_into(&root, "#organization", "総務");
    type_into(&root, "#organization", "総務課");
    // Not written yet: the status says so.
    wait_for_text(&root, "[data-testid='save-status']", "保存中…").await;
    assert!(
        !stored().contains("総務"),
        "written before the pause: {}",
        stored()
    );
    // Written after the pause, once, with what was typed last.
    wait_for_text(
        &root,
        "[data-testid='save-status']",
        "このブラウザに保存済み",
    )
    .await;
    assert!(
        stored().contains(r#""organization":"総務課""#),
        "{}",
        stored()
    );

    // Typed, then the page is left at once: written without waiting for the pause.
    type_into(&root, "#organization", "総務課（本庁）");
    // The render that follows an input runs before the browser's next task, and so before any
    // pagehide can come: let it run.
    yew::platform::time::sleep(Duration::from_millis(0)).await;
    assert!(!stored().contains("本庁"));
    window
        .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
        .unwrap();
    assert!(stored().contains("総務課（本庁）"), "{}", stored());
}
