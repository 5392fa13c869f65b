//! The page's own elements, reached from outside the view: focus, folded parts, text, once the
//! page has been drawn again.

use leptos::html;
use leptos::prelude::*;

/// The elements the page moves the focus to from another part of it, reached by reference:
/// the plan shown (its choice), « Vos parcours », the route on top, each topic of questions,
/// and each block's way in « Votre parcours ».
#[derive(Clone, Copy)]
pub struct Landmarks {
    pub plan_choice: NodeRef<html::Select>,
    pub routes: NodeRef<html::Section>,
    pub top_route: NodeRef<html::H3>,
    pub topics: [NodeRef<html::Div>; super::TOPICS],
    /// The way of each block in « Votre parcours », by block.
    pub my_ways: StoredValue<Vec<(String, NodeRef<html::Select>)>>,
}

impl Landmarks {
    /// New references, for the parts below to attach and reach. Made here, with the page, so
    /// that they outlive the parts that attach to them (a route drawn again, a step's details
    /// closed): one for each block of the title aimed at, the blocks whose way can change.
    pub fn provide() {
        let blocks = crate::catalog::official()
            .target_title()
            .map(|t| {
                t.blocks
                    .iter()
                    .map(|b| (b.id.to_string(), NodeRef::new()))
                    .collect()
            })
            .unwrap_or_default();
        provide_context(Landmarks {
            plan_choice: NodeRef::new(),
            routes: NodeRef::new(),
            top_route: NodeRef::new(),
            topics: std::array::from_fn(|_| NodeRef::new()),
            my_ways: StoredValue::new(blocks),
        });
    }
    /// The reference a block's way in « Votre parcours » attaches to (a block whose way cannot
    /// change has none: it gets one of its own, which nothing reaches).
    pub fn my_way(&self, block: &str) -> NodeRef<html::Select> {
        self.my_ways
            .with_value(|w| w.iter().find(|(b, _)| b == block).map(|(_, r)| *r))
            .unwrap_or_default()
    }
}

/// The page's landmarks (see [`Landmarks::provide`]).
pub fn landmarks() -> Landmarks {
    expect_context()
}

/// Puts the focus on `target` once the page has been drawn again (and, with `scroll`, brings
/// its top into view, as a phone needs for a topic of questions).
pub fn focus_later<E>(target: NodeRef<E>, scroll: bool)
where
    E: html::ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        use wasm_bindgen::JsCast;
        if let Some(e) = target.try_get_untracked().flatten() {
            let e: &web_sys::HtmlElement = e.unchecked_ref();
            e.focus().ok();
            if scroll {
                e.scroll_into_view();
            }
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (target, scroll);
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
