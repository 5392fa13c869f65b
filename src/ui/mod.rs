//! Leptos components. The view shows what the planner decided; it never decides eligibility.

mod about;
mod answers;
mod around;
pub mod browser;
mod compare;
mod dom;
mod facts;
mod fields;
mod header;
mod held;
mod money_answers;
mod notice;
mod page;
mod place;
mod plans;
mod plans_manage;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod print;
mod profile;
mod questions;
mod quote;
mod route;
mod routes;
mod scheme;
mod sections;
mod session;
pub mod share;
mod shared_link;
mod start;
mod step;
mod step_details;
mod terms;
mod titles;
mod top;
mod whose;

use crate::catalog;
use crate::store::Kv;
use crate::{i18n, store, tr, words};
pub use browser::today;
use browser::{keep_offline, query};
pub use dom::focus_later;
use leptos::prelude::*;
use notice::Notice;
pub use session::{open_session, Session, Shown};

/// Mounts the app in place of the text shown while it loads. A person who chose English, or who
/// opens a link made on the English page, gets its file first (the first screen stays
/// meanwhile), so that the page opens in English.
pub fn mount() {
    if wanted_lang() == i18n::Lang::En && !i18n::english_ready() {
        browser::spawn(async {
            // On failure the page opens in French and says why (see `App`).
            browser::load_english().await.ok();
            mount_now();
        });
        return;
    }
    mount_now();
}

fn mount_now() {
    if let Some(loading) = document().get_element_by_id("avant-chargement") {
        loading.remove();
    }
    leptos::mount::mount_to_body(App);
    keep_offline();
}

/// Topics of questions, shown one at a time on a phone: held blocks, aim, situation, you, RQTH.
pub(super) const TOPICS: usize = 5;

/// Shows another topic of questions and takes the person to it (focus and scroll), so that a
/// screen reader reads it and a phone shows its top.
fn show_topic(topic: RwSignal<usize>, to: usize) {
    let to = to.min(TOPICS - 1);
    topic.set(to);
    focus_later(dom::landmarks().topics[to], true);
}

#[component]
pub fn App() -> impl IntoView {
    let today = today();
    // The language first, so that what opening the plans has to say is said in it. English
    // whose file could not be loaded (offline on a first visit) leaves the page in French.
    let chosen = wanted_lang();
    let english_missing = chosen == i18n::Lang::En && !i18n::english_ready();
    let lang = RwSignal::new(if english_missing {
        i18n::Lang::Fr
    } else {
        chosen
    });
    // Every word below reads it where it is shown: a switch re-words the page in place.
    i18n::provide_lang(lang);
    // The page's `lang` and its title follow it.
    Effect::new(move |_| show_lang(lang.get()));
    let session = open_session(today);
    if english_missing {
        session.tell(Notice::EnglishUnavailable);
    }
    keep_plans(session, today);
    let marks = routes::RouteState {
        profile: session.profile,
        progress: session.progress,
        open: RwSignal::new(Vec::new()),
        compared: RwSignal::new(Vec::new()),
    };
    // What the parts below read, and the session for the part that changes the plans. The
    // planner speaks no language: a refused answer is a code, put in words where it is shown,
    // so a switch does not re-plan.
    page::Page::provide(session, today);
    // What the focus is moved to, from wherever the person acts.
    dom::Landmarks::provide();
    let topic = kept_topic();
    // The printed version is built only for printing (the browser's menu or the button).
    let printing = RwSignal::new(false);
    browser::while_printing(printing);
    // Each acronym explained once, where the page first needs it.
    terms::provide();
    view! {
        <header::Header lang=lang />
        <main id="contenu">
            <h1>{words!("Devenir médiateur numérique, bloc par bloc", "Becoming a digital mediator, block by block")}</h1>
            <p class="ecran">
                {words!(
                    "Parcours vous montre comment obtenir le titre professionnel « Médiateur numérique » : par la formation, l'alternance ou la VAE, avec les financements qui correspondent à votre situation. Tout reste dans votre navigateur : rien n'est envoyé.",
                    "Parcours shows you how to obtain the French professional title “Médiateur numérique” (digital mediator): through training, work-study or VAE, with the funding that fits your situation. Everything stays in your browser: nothing is sent."
                )}
            </p>
            <notice::Notices />
            <shared_link::SharedLink />
            <sections::Questions topic=topic today=today />
            <sections::Results marks=marks />
            <share::Share printing=printing />
            <plans::Plans />
            <print::Printout printing=printing />
            <titles::Titles />
            <about::Glossary printing=printing />
            <about::Accessibility />
        </main>
    }
}

/// The plans into storage: the one place that writes them (a shared link is not in the book),
/// once the answers are quiet for a moment, and at once when the page is left; and another
/// tab's changes, shown as they are.
fn keep_plans(session: Session, today: catalog::Date) {
    let book = session.book;
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // Never a panic if the app has gone meanwhile (a test unmounts it): nothing to save then.
    let save = move || {
        let saved = book.try_with_untracked(|b| store::with_place(|kv| store::plans::save(kv, b)));
        if let Some(Err(e)) = saved {
            session.tell(e);
        }
    };
    let flush = move || {
        if let Some(Some(h)) = pending.try_get_value() {
            h.clear();
            pending.try_set_value(None);
            save();
        }
    };
    // Not on the first run: the plans as opened are already what is stored (and another tab,
    // or a test, may write the storage before a save of them would run).
    Effect::new(move |first: Option<()>| {
        book.track();
        if first.is_some() {
            browser::after_quiet(pending, save);
        }
    });
    browser::on_leave(flush);
    on_cleanup(flush);
    browser::on_other_tab_change(move |key| {
        let ours = key.is_none_or(|k| k.starts_with("parcours."));
        let plans = !matches!(key, Some(store::plans::LAST_KEY | LANG_KEY));
        if ours && plans {
            session.reload(catalog::official(), today);
        }
    });
}

/// The topic of questions a phone shows. A reload comes back where the person was: the topic
/// they were on, or the routes.
fn kept_topic() -> RwSignal<usize> {
    let was = place::kept();
    let topic = RwSignal::new(match was {
        Some(place::Place::Question(n)) => n.min(TOPICS - 1),
        _ => 0,
    });
    if was == Some(place::Place::Routes) {
        focus_later(dom::landmarks().routes, true);
    }
    browser::on_leave(move || {
        if let Some(t) = topic.try_get_untracked() {
            place::keep(t);
        }
    });
    topic
}

/// Where the chosen language is kept (written only when the person switches).
pub const LANG_KEY: &str = "parcours.langue";

/// The language the page opens in: the one a shared link asks for (not kept: the person's own
/// choice stays theirs), else the person's stored choice.
fn wanted_lang() -> i18n::Lang {
    store::link::lang(&query()).unwrap_or_else(stored_lang)
}

/// Keeps the page's language as the person's choice: a page they keep (a shared link saved or
/// left) reloads in the language they were reading it in.
fn keep_lang(l: i18n::Lang) {
    store::with_place(|kv| kv.set(LANG_KEY, l.code()).ok());
}

fn stored_lang() -> i18n::Lang {
    store::with_place(|kv| kv.get(LANG_KEY)).map_or(i18n::Lang::Fr, |v| i18n::Lang::from_code(&v))
}

/// The page's `lang` and its title, in `l` (read where the language is handed down).
fn show_lang(l: i18n::Lang) {
    browser::name_page(
        l.code(),
        tr!(
            "Parcours : devenir médiateur numérique, bloc par bloc",
            "Parcours: becoming a digital mediator, block by block"
        ),
    );
}
