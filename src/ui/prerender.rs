//! The first screen as HTML, written into the release's index.html (scripts/finish-dist.mjs
//! runs `cargo run --example prerender`): a person on a slow connection reads the questions and
//! the routes a newcomer gets while the app itself loads, and the app then adopts those nodes
//! (`takeover`). Native only, built with the same `erase_components` switch as the wasm
//! (.cargo/config.toml), so that the markup is the one the app's views expect.

use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// Runs nothing: the first screen is drawn from signals alone, and its effects (storage, the
/// plan's saving) belong to the app in the browser.
struct NoTasks;

impl any_spawner::CustomExecutor for NoTasks {
    fn spawn(&self, _: Pin<Box<dyn Future<Output = ()> + Send>>) {}
    fn spawn_local(&self, _: Pin<Box<dyn Future<Output = ()>>>) {}
    fn poll_local(&self) {}
}

/// The page a first-time visitor sees, in French, with no answer given: the same view the app
/// draws, as HTML, to read while the app loads, in the element the app then takes over (see
/// `takeover`): it carries the mark of the plan drawn and the count of its nodes, which the app
/// checks before it adopts them. Until the app runs, what could be used is `inert` (the header,
/// and all of `main` but its heading and introduction), and the time bars have no size: a style
/// attribute would be refused by the page's Content-Security-Policy.
pub fn first_screen() -> Result<String, String> {
    let html = screen(crate::i18n::Lang::Fr);
    if html.contains(" style=\"") {
        return Err("the first screen has a style attribute, which the page's CSP refuses".into());
    }
    if !html.starts_with("<header inert") || !html.contains("<div inert class=\"apercu-reste\"") {
        return Err("the first screen is not inert while the app loads".into());
    }
    let today = super::browser::today();
    Ok(format!(
        "<div class=\"apercu\" data-plan=\"{}\" data-noeuds=\"{}\">{html}</div>",
        super::takeover::plan_mark(&super::takeover::newcomer_plan(today)),
        super::takeover::nodes_in(&html)
    ))
}

/// The same page in `lang` (the tests draw it in English: every word of it must be in the
/// English file).
pub fn screen(lang: crate::i18n::Lang) -> String {
    any_spawner::Executor::init_custom_executor(NoTasks).ok();
    crate::store::draw_as_in_a_browser();
    // The page speaks the language a person chose, as kept where the plans are.
    crate::store::with_place(|kv| {
        use crate::store::Kv;
        kv.set(super::LANG_KEY, lang.code()).ok()
    });
    let owner = Owner::new();
    owner.with(|| view! { <super::App drawn=true /> }.to_html())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_screen_is_marked_for_the_app_to_take_it_over() {
        let page = first_screen().unwrap();
        let mark = super::super::takeover::plan_mark(&super::super::takeover::newcomer_plan(
            super::super::browser::today(),
        ));
        let open = format!("<div class=\"apercu\" data-plan=\"{mark}\" data-noeuds=\"");
        assert!(page.starts_with(&open), "{}", &page[..200]);
        let rest = &page[open.len()..];
        let count = &rest[..rest.find('"').unwrap()];
        let inner = &rest[rest.find('>').unwrap() + 1..page.len() - open.len() - "</div>".len()];
        assert!(inner.starts_with("<header inert class=\"site\""));
        assert_eq!(count, super::super::takeover::nodes_in(inner));
        let elements: usize = count.split('-').next().unwrap().parse().unwrap();
        assert!(elements > 300, "{count}");
        // What the app needs to adopt the nodes: no style attribute, the route drawn, inert.
        assert!(!inner.contains(" style=\""));
        assert!(inner.contains("id=\"parcours-affiche\""));
        assert!(inner.contains("<div inert class=\"apercu-reste\""));
    }
}
