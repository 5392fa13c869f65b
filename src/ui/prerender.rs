//! The first screen as HTML, written into the release's index.html (scripts/finish-dist.mjs
//! runs `cargo run --example prerender`): a person on a slow connection reads the questions and
//! the routes a newcomer gets while the app itself loads. Native only.

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
/// draws, as HTML, to read while the app loads (see `while_loading`). Inline `style`
/// attributes (the time bars) are left out: the page's Content-Security-Policy allows none, and
/// the app draws the bars once it runs.
pub fn first_screen() -> Result<String, String> {
    while_loading(&screen(crate::i18n::Lang::Fr))
}

/// Until the app runs, the first screen can be read but not used. What could be clicked (the
/// header's links and button, everything in `main` after the heading and the introduction) is
/// made `inert`; the main landmark, the heading and the introduction stay, as on the live
/// page, for screen readers too. The wrapper lays nothing out (`display: contents`).
pub fn while_loading(html: &str) -> Result<String, String> {
    let missing = |what: &str| format!("the first screen has no {what}");
    let header = "<header class=\"site\"";
    let at = html.find(header).ok_or_else(|| missing("site header"))? + header.len();
    let main = html[at..].find("<main").ok_or_else(|| missing("main"))? + at;
    // The end of the introduction: the first paragraph after the heading.
    let h1 = html[main..]
        .find("</h1>")
        .ok_or_else(|| missing("heading"))?
        + main;
    let intro = html[h1..]
        .find("</p>")
        .ok_or_else(|| missing("introduction"))?
        + h1
        + "</p>".len();
    let end = html
        .rfind("</main>")
        .filter(|&e| e > intro)
        .ok_or_else(|| missing("end of main"))?;
    Ok(format!(
        "{} inert{}<div class=\"apercu-reste\" inert>{}</div>{}",
        &html[..at],
        &html[at..intro],
        &html[intro..end],
        &html[end..]
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
    let html = owner.with(|| view! { <super::App /> }.to_html());
    without_styles(&html)
}

/// Removes every `style="…"` attribute.
fn without_styles(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" style=\"") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 8..];
        rest = after.find('"').map_or("", |end| &after[end + 1..]);
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn while_loading_only_the_heading_and_introduction_are_left_usable() {
        let page = r##"<header class="site"><a href="#q">Aller</a></header><main id="contenu"><h1>Titre</h1><p class="ecran">Intro</p><section><p>Question</p><input></section></main>"##;
        assert_eq!(
            while_loading(page).unwrap(),
            r##"<header class="site" inert><a href="#q">Aller</a></header><main id="contenu"><h1>Titre</h1><p class="ecran">Intro</p><div class="apercu-reste" inert><section><p>Question</p><input></section></div></main>"##
        );
        for broken in [
            "<main><h1>T</h1><p>I</p></main>",
            r#"<header class="site"></header><h1>T</h1><p>I</p>"#,
            r#"<header class="site"></header><main><h1>T</h1></main>"#,
        ] {
            assert!(while_loading(broken).is_err(), "{broken}");
        }
    }

    #[test]
    fn styles_are_removed_and_nothing_else() {
        assert_eq!(
            without_styles(r#"<span class="barre" style="margin-left:0%;width:50%"></span>"#),
            r#"<span class="barre"></span>"#
        );
        assert_eq!(without_styles("<p>style</p>"), "<p>style</p>");
    }
}
