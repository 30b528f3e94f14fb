fn main() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) => {
            // Replace the loading message with the app.
            root.set_inner_html("");
            yew::Renderer::<cloud_self_check::app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<cloud_self_check::app::App>::new().render();
        }
    }
}
