//! The first screen the release build draws into its page (see `prerender`), taken over by the
//! app where it can be: a newcomer's page is hydrated (the app adopts the nodes the browser
//! already shows, so nothing is drawn twice and the largest paint stays the first one); any
//! other page is replaced, as before.
//!
//! A hydration that meets nodes it did not draw stops the page (Leptos cannot recover from a
//! mismatch), so the app hydrates only when it is sure to find what it drew:
//! - the person is a newcomer: no link, no stored plan or choice, French, storage usable;
//! - the newcomer's plan today is the one drawn (`data-plan`, a mark of the plan: the routes
//!   can change with the date);
//! - the drawn screen still holds the elements and comments it was built with (`data-noeuds`):
//!   a translation or an extension that rewrote it is seen here.
//!
//! The page and its wasm come together (Trunk names the wasm after its contents and the page
//! checks its integrity), so the drawing and the app are always the same build.
//!
//! Should a hydration still fail, the page's own script reloads it once, noting it in the tab's
//! session storage; the app then replaces the screen and says so in the console (`index.html`).

use crate::catalog::Date;
use crate::plan::{Plan, ProfileError};

/// Where the page keeps, for this tab only, that a hydration failed (index.html writes it).
pub const FAILED_KEY: &str = "parcours.hydratation-echouee";

/// A short mark of a plan (hex), the same natively and in the browser: the prerendered page
/// carries the newcomer's, and the app compares it with the plan it makes today.
///
/// The page shows the plan's start only as its year (the months are counted from it, and a start
/// month is the person's answer, which a newcomer has not given): the mark holds the year alone,
/// so that the page drawn on the catalog's date is adopted all that year, and drawn again after.
pub fn plan_mark(plan: &Result<Plan, ProfileError>) -> String {
    use std::hash::{DefaultHasher, Hasher};
    let text = match plan {
        Ok(p) => {
            let mut p = p.clone();
            p.start = Date::new(p.start.year(), 1, 1).unwrap_or(p.start);
            serde_json::to_string(&p).unwrap_or_default()
        }
        Err(e) => e.to_string(),
    };
    // SipHash with fixed keys: the same for the same bytes on every target.
    let mut h = DefaultHasher::new();
    h.write(text.as_bytes());
    format!("{:016x}", h.finish())
}

/// The newcomer's plan on `today`, as the page drawn for them shows it.
pub fn newcomer_plan(today: Date) -> Result<Plan, ProfileError> {
    let book = crate::store::Book::default();
    crate::plan::plan(&book.plans[0].profile, crate::catalog::official(), today)
}

/// How many elements and comments the markup `html` makes, as « elements-comments »: the drawn
/// screen is checked against it before the app adopts its nodes (a translation that wraps words
/// in elements, an extension that adds or removes some, are seen). The markup is the app's own
/// (tachys escapes `<` in text and attributes), so a `<` opens an element, a closing tag or a
/// comment.
pub fn nodes_in(html: &str) -> String {
    let (mut elements, mut comments) = (0, 0);
    for w in html.as_bytes().windows(2).filter(|w| w[0] == b'<') {
        if w[1].is_ascii_alphabetic() {
            elements += 1;
        } else if w[1] == b'!' {
            comments += 1;
        }
    }
    format!("{elements}-{comments}")
}

/// Adopts the drawn screen if it can, else says why not: `None` when replacing is the expected
/// way (not a newcomer, no screen drawn), a reason for the console when the screen is not what
/// was drawn.
#[cfg(target_arch = "wasm32")]
pub fn drawn_screen(today: Date) -> Result<web_sys::HtmlElement, Option<String>> {
    use crate::store::Kv;
    use leptos::prelude::document;
    use wasm_bindgen::JsCast;
    let root = document()
        .query_selector("#avant-chargement > .apercu[data-plan]")
        .ok()
        .flatten()
        .ok_or(None)?;
    let window = leptos::prelude::window();
    let failed_before = window
        .session_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(FAILED_KEY).ok().flatten())
        .is_some();
    if failed_before {
        return Err(Some(
            "Parcours: the first screen could not be taken over earlier in this tab; it is drawn again.".into(),
        ));
    }
    if !super::browser::query().trim_start_matches('?').is_empty() {
        return Err(None);
    }
    let stored = crate::store::with_place(|kv| kv.keys());
    if !crate::store::is_persistent() || stored.iter().any(|k| k.starts_with("parcours.")) {
        return Err(None);
    }
    if root.get_attribute("data-plan") != Some(plan_mark(&newcomer_plan(today))) {
        return Err(Some(
            "Parcours: the routes of today differ from those drawn when the page was built; the first screen is drawn again.".into(),
        ));
    }
    if root.get_attribute("data-noeuds") != Some(count_nodes(&root)) {
        return Err(Some(
            "Parcours: the first screen was changed after it loaded (a translation or an extension?); it is drawn again.".into(),
        ));
    }
    root.dyn_into().map_err(|_| None)
}

/// The elements and comments under `root`, as `nodes_in` counts them in the markup.
#[cfg(target_arch = "wasm32")]
fn count_nodes(root: &web_sys::Element) -> String {
    use web_sys::Node;
    let (mut elements, mut comments) = (0, 0);
    let mut stack: Vec<Node> = root.first_child().into_iter().collect();
    while let Some(node) = stack.pop() {
        match node.node_type() {
            Node::ELEMENT_NODE => elements += 1,
            Node::COMMENT_NODE => comments += 1,
            _ => {}
        }
        if let Some(next) = node.next_sibling() {
            stack.push(next);
        }
        if let Some(child) = node.first_child() {
            stack.push(child);
        }
    }
    format!("{elements}-{comments}")
}

/// What the page wore while it was only drawn, gone once the app runs on it: the loading line,
/// the note for browsers without JavaScript, and the marks its style and script look for.
#[cfg(target_arch = "wasm32")]
pub fn taken_over(root: &web_sys::HtmlElement) {
    use leptos::prelude::document;
    if let Some(waiting) = document().get_element_by_id("avant-chargement") {
        for gone in [
            "#avant-chargement > .chargement",
            "#avant-chargement > noscript",
        ] {
            if let Ok(Some(e)) = document().query_selector(gone) {
                e.remove();
            }
        }
        waiting.remove_attribute("id").ok();
        waiting.remove_attribute("class").ok();
    }
    root.remove_attribute("class").ok();
    if let Some(html) = document().document_element() {
        html.remove_attribute("data-hydratation").ok();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_are_counted_as_a_browser_makes_them() {
        assert_eq!(nodes_in("<div><p>a &lt; b</p><!><br></div>"), "3-1");
        assert_eq!(nodes_in("<p title=\"x\">1 < 2</p>"), "1-0");
        assert_eq!(nodes_in("text only"), "0-0");
    }

    #[test]
    fn a_plan_mark_follows_the_plan() {
        let c = crate::catalog::official();
        let today = c.meta.checked;
        let newcomer = newcomer_plan(today);
        assert_eq!(plan_mark(&newcomer), plan_mark(&newcomer_plan(today)));
        assert_eq!(plan_mark(&newcomer).len(), 16);
        // The same plan later in the year; not the next year.
        let later = Date::new(today.year(), 12, 31).unwrap();
        assert_eq!(plan_mark(&newcomer_plan(later)), plan_mark(&newcomer));
        let next_year = Date::new(today.year() + 1, 1, 1).unwrap();
        assert_ne!(plan_mark(&newcomer_plan(next_year)), plan_mark(&newcomer));
        let mut other = crate::store::Book::default().plans[0].profile.clone();
        other.situation = Some(crate::plan::Situation::JobSeeker);
        assert_ne!(
            plan_mark(&crate::plan::plan(&other, c, today)),
            plan_mark(&newcomer)
        );
    }
}
