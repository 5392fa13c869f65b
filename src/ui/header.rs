//! The page's header: the quick links and the language switch, which fetches the English the
//! first time it is asked for.

use super::notice::Notice;
use super::{browser, keep_lang};
use crate::{i18n, words};
use leptos::prelude::*;

#[component]
pub(super) fn Header(lang: RwSignal<i18n::Lang>) -> impl IntoView {
    let session = super::page::session();
    let speak = move |next: i18n::Lang| {
        lang.set(next);
        // Kept for the next visit; where storage refuses, the switch still works for this one.
        keep_lang(next);
    };
    let switch = move |_| {
        let next = match lang.get_untracked() {
            i18n::Lang::Fr => i18n::Lang::En,
            i18n::Lang::En => i18n::Lang::Fr,
        };
        // English is fetched the first time it is asked for (the service worker keeps it).
        // Meanwhile the switch says so (on a slow connection that takes a moment), and is deaf
        // to a second click.
        if next == i18n::Lang::En && !i18n::english_ready() {
            browser::while_busy("langue", async move {
                match browser::load_english().await {
                    Ok(()) => speak(next),
                    Err(_) => session.tell(Notice::EnglishUnavailable),
                }
            });
            return;
        }
        speak(next);
    };
    view! {
        <header class="site">
            <p class="marque">"Parcours"</p>
            <nav aria-label=words!("Accès rapide", "Quick access") class="evitement">
                <a href="#situation">{words!("Aller aux questions", "Go to the questions")}</a>
                <a href="#parcours">{words!("Aller aux parcours", "Go to the routes")}</a>
                <a href="#titre-plans">{words!("Mes plans", "My plans")}</a>
            </nav>
            // Named in the language it offers, and marked so.
            <button type="button" id="langue" class="langue secondaire" on:click=switch
                lang=move || match lang.get() { i18n::Lang::En => "fr", i18n::Lang::Fr => "en" }>
                {move || match lang.get() { i18n::Lang::En => "Version française", i18n::Lang::Fr => "English version" }}
            </button>
        </header>
    }
}
