//! Leptos components. The view shows what the planner decided; it never decides eligibility.

mod about;
mod answers;
mod around;
pub mod browser;
mod compare;
mod dom;
mod facts;
mod fields;
mod held;
mod money_answers;
mod notice;
mod page;
mod place;
mod plans;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod print;
mod profile;
mod quote;
mod route;
mod routes;
mod scheme;
mod session;
pub mod share;
mod start;
mod step;
mod step_details;
mod terms;
mod titles;
mod top;
mod whose;

use crate::catalog;
use crate::plan;
use crate::store::Kv;
use crate::{i18n, store, tr, trf, words};
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
const TOPICS: usize = 5;

/// Shows another topic of questions and takes the person to it (focus and scroll), so that a
/// screen reader reads it and a phone shows its top.
fn show_topic(topic: RwSignal<usize>, to: usize) {
    topic.set(to.min(TOPICS - 1));
    focus_later(".sujet.actif", true);
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
    let Session {
        book,
        profile,
        progress,
        ..
    } = session;
    // The plans into storage: the one place that writes them (a shared link is not in the
    // book), once the answers are quiet for a moment, and at once when the page is left.
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
    // Another tab changed the plans: show them as they are now.
    browser::on_other_tab_change(move |key| {
        let ours = key.is_none_or(|k| k.starts_with("parcours."));
        let plans = !matches!(key, Some(store::plans::LAST_KEY | LANG_KEY));
        if ours && plans {
            session.reload(catalog::official(), today);
        }
    });
    let marks = routes::RouteState {
        profile,
        progress,
        open: RwSignal::new(Vec::new()),
        compared: RwSignal::new(Vec::new()),
    };
    // What the parts below read, and the session for the part that changes the plans. The
    // planner speaks no language: a refused answer is a code, put in words where it is shown
    // (the page is drawn again in a new language), so a switch does not re-plan.
    let plan = page::Page::provide(session, today).plan;
    let notices = session.notices;
    // Phones show one topic of questions at a time. A reload comes back where the person was:
    // the topic they were on, or the routes.
    let was = place::kept();
    let topic = RwSignal::new(match was {
        Some(place::Place::Question(n)) => n.min(TOPICS - 1),
        _ => 0,
    });
    if was == Some(place::Place::Routes) {
        focus_later("#parcours", true);
    }
    browser::on_leave(move || {
        if let Some(t) = topic.try_get_untracked() {
            place::keep(t);
        }
    });
    // The printed version is built only for printing (the browser's menu or the button).
    let printing = RwSignal::new(false);
    browser::while_printing(printing);

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
    // Each acronym explained once, where the page first needs it.
    terms::provide();
    // The summary's words, in the page's language: drawn again only when they change.
    let target = Memo::new(move |_| profile.with(|p| p.target.clone()));
    let summary = Memo::new(move |_| target.with(|t| plan.with(|p| summary_texts(p, t))));
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
        <main id="contenu">
            <h1>{words!("Devenir médiateur numérique, bloc par bloc", "Becoming a digital mediator, block by block")}</h1>
            <p class="ecran">
                {words!(
                    "Parcours vous montre comment obtenir le titre professionnel « Médiateur numérique » : par la formation, l'alternance ou la VAE, avec les financements qui correspondent à votre situation. Tout reste dans votre navigateur : rien n'est envoyé.",
                    "Parcours shows you how to obtain the French professional title “Médiateur numérique” (digital mediator): through training, work-study or VAE, with the funding that fits your situation. Everything stays in your browser: nothing is sent."
                )}
            </p>
            <div role="status" aria-label=words!("Messages", "Messages") class="ecran">
                {move || (!notices.with(Vec::is_empty)).then(|| view! {
                    <div class="statut">
                        <ul>{notices.get().into_iter().map(|m| view! { <li>{m.words()}</li> }).collect_view()}</ul>
                        <button type="button" on:click=move |_| notices.set(Vec::new())>{words!("J'ai compris", "Understood")}</button>
                    </div>
                })}
            </div>
            <plans::SharedLink />
            <section aria-labelledby="titre-situation" class="ecran" id="situation" tabindex="-1">
                <h2 id="titre-situation">{words!("Où vous en êtes", "Where you stand")}</h2>
                <whose::ShownPlan />
                <p class="pas-a-pas aide">{move || trf!(
                    "Question {} sur {} · toutes restent modifiables",
                    "Question {} of {} · you can change any answer",
                    topic.get() + 1, TOPICS
                )}</p>
                <div class="sujets">
                    <div class="sujet" tabindex="-1" class:actif=move || topic.get() == 0>
                        <held::HeldBlocks profile=profile />
                    </div>
                    <profile::ProfileQuestions profile=profile topic=topic today=today />
                </div>
                <p class="pas-a-pas boutons">
                    <button type="button" class="secondaire" prop:disabled=move || topic.get() == 0
                        on:click=move |_| show_topic(topic, topic.get_untracked().saturating_sub(1))>{words!("Question précédente", "Previous question")}</button>
                    {move || if topic.get() + 1 < TOPICS {
                        view! { <button type="button" on:click=move |_| show_topic(topic, topic.get_untracked() + 1)>{words!("Question suivante", "Next question")}</button> }.into_any()
                    } else {
                        view! { <a class="bouton" href="#parcours">{words!("Voir vos parcours", "See your routes")}</a> }.into_any()
                    }}
                </p>
            </section>
            <section aria-labelledby="titre-parcours" class="ecran" id="parcours" tabindex="-1">
                <h2 id="titre-parcours">{words!("Vos parcours", "Your routes")}</h2>
                <whose::ShownPlan />
                <div aria-live="polite">{move || summary.with(summary_view)}</div>
                <p class="aide">
                    {|| i18n::cat(&catalog::official().meta.disclaimer)}
                    {" "}{|| i18n::data_date(catalog::official())}{" "}
                    {titles::link(|| tr!("D'où viennent ces titres et ces blocs ?", "Where do these titles and blocks come from?"))}
                </p>
                <routes::RouteList marks=marks />
                <h3>{words!("Comparer", "Compare")}</h3>
                <compare::Comparison compared=marks.compared />
            </section>
            <share::Share printing=printing />
            <plans::Plans />
            <print::Printout printing=printing />
            <titles::Titles />
            <about::Glossary printing=printing />
            <about::Accessibility />
        </main>
    }
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

/// What the summary says: the blocks and routes left, the first route and the warnings; or why
/// an answer cannot be used.
fn summary_texts(
    plan: &Result<plan::Plan, plan::ProfileError>,
    target: &plan::Target,
) -> Result<(String, Vec<String>), String> {
    let c = catalog::official();
    let p = plan.as_ref().map_err(|e| {
        trf!(
            "Réponse impossible à utiliser : {}",
            "An answer cannot be used: {}",
            e
        )
    })?;
    let title = c.title(&p.target_title).map_or("", |t| t.short.as_ref());
    let remaining = i18n::remaining(c, &p.remaining, target, title, p.routes.len());
    let first = match p.routes.first() {
        Some(r) => trf!(
            " En tête : « {} » ({}).",
            " First: “{}” ({}).",
            i18n::route_name(&r.id),
            i18n::feasibility(r.feasibility)
        ),
        None => String::new(),
    };
    let warnings = p.warnings.iter().map(|w| i18n::warning(w, c)).collect();
    Ok((remaining + &first, warnings))
}

fn summary_view(texts: &Result<(String, Vec<String>), String>) -> AnyView {
    match texts {
        Err(e) => view! { <p class="a-verifier">{e.clone()}</p> }.into_any(),
        Ok((line, warnings)) => view! {
            <p>{line.clone()}</p>
            <ul>{warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}</ul>
        }
        .into_any(),
    }
}
