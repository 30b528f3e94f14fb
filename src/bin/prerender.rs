//! Build step, run by Trunk's post-build hook: renders the first view (home, in Japanese, with
//! no answer) into the built `index.html`, so the page shows its questions before the wasm has
//! loaded, and makes the page run under a Content-Security-Policy without 'unsafe-inline':
//! Trunk's inline loader script becomes a script file of its own, and the policy is added.
//!
//! Usage: `prerender <dir>` (default: `$TRUNK_STAGING_DIR`), rewriting `<dir>/index.html`.

use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use cloud_self_check::app::App;
use cloud_self_check::domain::chunks;
use cloud_self_check::domain::text::Lang;

/// Where the app mounts; the source index.html holds it empty but for this marker.
const MOUNT: &str = r#"<div id="app"><!--prerender--></div>"#;

/// The policy: the page's own files only, wasm compilation allowed, no inline script or style.
const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; \
    form-action 'none'";

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .unwrap_or_else(|| fail("usage: prerender <dist dir> (or set TRUNK_STAGING_DIR)"));
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index)
        .unwrap_or_else(|error| fail(&format!("cannot read {}: {error}", index.display())));

    let body = render_first_view();
    let html = mount(&html, &body).unwrap_or_else(|reason| fail(&reason));
    let (html, loader) = externalize_loader(&html).unwrap_or_else(|reason| fail(&reason));
    let (html, guard) = add_route_guard(&html).unwrap_or_else(|reason| fail(&reason));
    let html = add_policy(&html).unwrap_or_else(|reason| fail(&reason));

    for (name, contents) in [&loader, &guard] {
        let path = dir.join(name);
        std::fs::write(&path, contents)
            .unwrap_or_else(|error| fail(&format!("cannot write {}: {error}", path.display())));
    }
    std::fs::write(&index, html)
        .unwrap_or_else(|error| fail(&format!("cannot write {}: {error}", index.display())));
    let written = write_chunks(&dir);
    println!(
        "prerender: first view rendered into {}, loader in {}, {written} content chunk files",
        index.display(),
        loader.0
    );
}

/// Writes every content chunk, in each language, to its file (`domain::chunks`): the wasm
/// loads them when a view needs them. Returns how many it wrote.
fn write_chunks(dir: &std::path::Path) -> usize {
    let mut written = 0;
    for chunk in chunks::all() {
        for lang in Lang::ALL {
            let (Some(name), Some(contents)) = (
                chunks::file(chunk, lang),
                chunks::file_contents(chunk, lang),
            ) else {
                fail(&format!("chunk {} has no file", chunks::id(chunk)));
            };
            let path = dir.join(name);
            std::fs::write(&path, contents)
                .unwrap_or_else(|error| fail(&format!("cannot write {}: {error}", path.display())));
            written += 1;
        }
    }
    written
}

fn fail(reason: &str) -> ! {
    eprintln!("prerender: {reason}");
    std::process::exit(1);
}

/// The app's first render, as the browser will hydrate it.
fn render_first_view() -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap_or_else(|error| fail(&format!("cannot start a runtime: {error}")));
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, yew::LocalServerRenderer::<App>::new().render())
}

fn mount(html: &str, body: &str) -> Result<String, String> {
    if !html.contains(MOUNT) {
        return Err(format!("index.html has no {MOUNT} to render into"));
    }
    Ok(html.replacen(
        MOUNT,
        &format!(r#"<div id="app" data-prerendered="">{body}</div>"#),
        1,
    ))
}

/// Moves Trunk's inline `<script type="module">` loader into a file named by its content, and
/// returns the page with a `src` reference instead, and (file name, contents).
fn externalize_loader(html: &str) -> Result<(String, (String, String)), String> {
    const OPEN: &str = r#"<script type="module">"#;
    const CLOSE: &str = "</script>";
    let start = html
        .find(OPEN)
        .ok_or("index.html has no inline module script: did Trunk change its loader?")?;
    let body_start = start + OPEN.len();
    let end = html[body_start..]
        .find(CLOSE)
        .map(|offset| body_start + offset)
        .ok_or("the inline module script is not closed")?;
    let script = html[body_start..end].trim().to_owned();
    if html[end + CLOSE.len()..].contains(OPEN) {
        return Err("index.html has more than one inline module script".into());
    }
    let name = named_by_content("boot", &script);
    let page = format!(
        r#"{}<script type="module" src="./{name}"></script>{}"#,
        &html[..start],
        &html[end + CLOSE.len()..]
    );
    Ok((page, (name, script + "\n")))
}

/// A file name that changes with the contents, so a browser never runs a stale copy.
fn named_by_content(stem: &str, contents: &str) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    contents.hash(&mut hasher);
    format!("{stem}-{:016x}.js", hasher.finish())
}

/// The pre-rendered markup is the home view. Opened at a module's address (`#/mig`), the page
/// would show home until the wasm has loaded and read the route; this small script, run before
/// the body is drawn, marks the page so the stylesheet hides that view until the app reveals
/// the right one. A file, not inline, for the policy.
fn add_route_guard(html: &str) -> Result<(String, (String, String)), String> {
    const GUARD: &str = "if (/^#\\/./.test(location.hash)) \
        document.documentElement.setAttribute('data-route-pending', '');\n";
    // First in <head>, before the stylesheet: a parser-blocking script placed after a
    // stylesheet waits for that stylesheet too, and so would hold up the whole page.
    const CHARSET: &str = r#"<meta charset="utf-8">"#;
    if !html.contains(CHARSET) {
        return Err(format!(
            "index.html has no {CHARSET} to put the route guard after"
        ));
    }
    let name = named_by_content("route-guard", GUARD);
    let page = html.replacen(
        CHARSET,
        &format!(r#"{CHARSET}<script src="./{name}"></script>"#),
        1,
    );
    Ok((page, (name, GUARD.to_owned())))
}

fn add_policy(html: &str) -> Result<String, String> {
    const CHARSET: &str = r#"<meta charset="utf-8">"#;
    if !html.contains(CHARSET) {
        return Err(format!(
            "index.html has no {CHARSET} to put the policy after"
        ));
    }
    Ok(html.replacen(
        CHARSET,
        &format!(r#"{CHARSET}<meta http-equiv="Content-Security-Policy" content="{CSP}">"#),
        1,
    ))
}
