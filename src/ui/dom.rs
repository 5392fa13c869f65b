//! The page's own elements, reached from outside the view: focus, folded parts, text, once the
//! page has been drawn again.

#[cfg(target_arch = "wasm32")]
use leptos::prelude::*;

/// Puts the focus on `selector` once the page has been drawn again (and, with `scroll`, brings
/// its top into view, as a phone needs for a topic of questions).
pub fn focus_later(selector: impl AsRef<str> + 'static, scroll: bool) {
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        use wasm_bindgen::JsCast;
        if let Some(e) = document()
            .query_selector(selector.as_ref())
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            e.focus().ok();
            if scroll {
                e.scroll_into_view();
            }
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (selector, scroll);
}

/// Runs `then` once the page has been drawn again (after the current changes reach the DOM).
pub fn after_drawn(then: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        then();
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = then;
}

/// The text of the first element `selector` finds, or nothing.
pub fn text_of(selector: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = selector;
        String::new()
    }
}

/// Opens the `<details>` of this id, as a click on its summary would (its `toggle` event then
/// draws what it folds).
pub fn open_details(id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(d) = document().get_element_by_id(id) {
        d.set_attribute("open", "").ok();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}
