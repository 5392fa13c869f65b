//! Leptos components. The view shows what the planner decided; it never decides eligibility.

mod about;
mod compare;
mod held;
mod plans;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod print;
mod profile;
mod routes;
pub mod share;
mod terms;

use crate::catalog::{self, Date};
use crate::plan;
use crate::store::{Book, Kv};
use crate::{i18n, store, tr, trf};
use leptos::prelude::*;

/// Mounts the app in place of the text shown while it loads. A person who chose English, or who
/// opens a link made on the English page, gets its file first (the first screen stays
/// meanwhile), so that the page opens in English.
pub fn mount() {
    #[cfg(target_arch = "wasm32")]
    if wanted_lang() == i18n::Lang::En && !i18n::english_ready() {
        wasm_bindgen_futures::spawn_local(async {
            // On failure the page opens in French and says why (see `App`).
            i18n::load_english().await.ok();
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

/// Registers the service worker that release builds carry (`sw.js`, next to the page), so
/// that after one visit the app works with no network. Where there is none (`trunk serve`),
/// or the browser refuses, the app simply stays online-only.
fn keep_offline() {
    #[cfg(target_arch = "wasm32")]
    {
        let promise = window().navigator().service_worker().register("./sw.js");
        leptos::task::spawn_local(async move {
            wasm_bindgen_futures::JsFuture::from(promise).await.ok();
        });
    }
}

/// Today's date in the browser (the catalog's date natively, where there is no clock to ask).
pub fn today() -> Date {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        if let Some(d) = Date::new(now.get_full_year(), now.get_month() + 1, now.get_date()) {
            return d;
        }
    }
    catalog::official().meta.checked
}

/// Topics of questions, shown one at a time on a phone: held blocks, aim, situation, you, RQTH.
const TOPICS: usize = 5;

/// What the page holds: every plan, the one shown, and what to tell the person.
#[derive(Clone, Copy)]
pub struct Session {
    pub book: RwSignal<Book>,
    /// The id of the plan shown (each tab keeps its own).
    pub active: RwSignal<String>,
    /// The answers and progress shown: the active plan's, or a shared link's.
    pub profile: RwSignal<plan::Profile>,
    pub progress: RwSignal<store::Progress>,
    /// `Some` while a shared link is shown, with the parameters it set aside; then nothing
    /// the person does touches their own plans until they save it as a new plan.
    pub shared: RwSignal<Option<Vec<String>>>,
    pub notices: RwSignal<Vec<String>>,
    /// Unreadable values kept aside, as (key, raw value).
    pub backups: RwSignal<Vec<(String, String)>>,
}

impl Session {
    pub fn tell(&self, message: impl Into<String>) {
        let message = message.into();
        self.notices.update(|n| {
            if !n.contains(&message) {
                n.push(message)
            }
        });
    }
    /// Shows one of the person's plans.
    pub fn show(&self, id: &str) {
        let Some(found) = self.book.with_untracked(|b| b.get(id).cloned()) else {
            return;
        };
        self.shared.set(None);
        // The next visit opens on this plan (nothing to remember while there is only one).
        let several = self.book.with_untracked(|b| b.plans.len() > 1);
        store::with_place(|kv| {
            if several {
                kv.set(store::plans::LAST_KEY, &found.id).ok();
            } else {
                kv.remove(store::plans::LAST_KEY);
            }
        });
        self.active.set(found.id);
        self.profile.set(found.profile);
        self.progress.set(found.progress);
    }
    /// Adds a plan and shows it.
    pub fn add(&self, name: &str, profile: plan::Profile, progress: store::Progress) {
        let mut id = String::new();
        self.book.update(|b| id = b.add(name, profile, progress));
        self.show(&id);
    }
    /// Leaves a shared link: the address loses its query, so a reload shows the person's plans.
    pub fn leave_shared(&self) {
        forget_query();
        let id = self.active.get_untracked();
        self.show(&id);
    }
    /// Reads the plans again after another tab changed them, and says what changed here.
    pub fn reload(&self, catalog: &catalog::Catalog, today: Date) {
        // « Effacer toutes mes données » in another tab leaves no key of Parcours at all.
        let wiped = store::with_place(|kv| !kv.keys().iter().any(|k| k.starts_with("parcours.")));
        let opened = store::with_place(|kv| store::plans::open(kv, catalog, today));
        for n in opened.notices {
            self.tell(n);
        }
        let id = self.active.get_untracked();
        let shown = opened.book.get(&id).cloned();
        let first = opened.book.plans[0].id.clone();
        self.book.set(opened.book);
        if self.shared.with_untracked(Option::is_some) {
            return;
        }
        if wiped {
            self.show(&first);
            self.notices.set(vec![tr!(
                "Toutes les données de Parcours ont été effacées dans un autre onglet : ce plan repart de zéro.",
                "All of Parcours' data was erased in another tab: this plan starts again from scratch."
            )
            .into()]);
            self.backups.set(Vec::new());
            return;
        }
        match shown {
            Some(p) => {
                let changed = self.profile.with_untracked(|x| *x != p.profile)
                    || self.progress.with_untracked(|x| *x != p.progress);
                if changed {
                    self.profile.set(p.profile);
                    self.progress.set(p.progress);
                    self.tell(trf!(
                        "Le plan « {} » a été modifié dans un autre onglet : il est à jour ici aussi.",
                        "The plan “{}” was changed in another tab: it is up to date here too.",
                        p.name
                    ));
                }
            }
            None => {
                self.show(&first);
                self.tell(tr!(
                    "Le plan affiché a été supprimé dans un autre onglet.",
                    "The plan shown was deleted in another tab."
                ));
            }
        }
        self.backups
            .set(store::with_place(|kv| store::plans::backups(kv)));
    }
}

/// Shows another topic of questions and takes the person to it (focus and scroll), so that a
/// screen reader reads it and a phone shows its top.
fn show_topic(topic: RwSignal<usize>, to: usize) {
    topic.set(to.min(TOPICS - 1));
    focus_later(".sujet.actif", true);
}

/// The share link this page was opened with, if any (`?v=1&…`).
fn query() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        window().location().search().unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

fn forget_query() {
    #[cfg(target_arch = "wasm32")]
    {
        let w = window();
        if let (Ok(path), Ok(history)) = (w.location().pathname(), w.history()) {
            history
                .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
                .ok();
        }
    }
}

/// Opens the person's plans (and a shared link, if the address carries one).
pub fn open_session(today: Date) -> Session {
    let c = catalog::official();
    let opened = store::with_place(|kv| store::plans::open(kv, c, today));
    let mut notices = opened.notices;
    if !store::is_persistent() {
        notices.insert(0, store::plans::unavailable().into());
    }
    let first = opened.book.plans[0].clone();
    let shown = opened
        .last
        .as_deref()
        .and_then(|id| opened.book.get(id))
        .cloned()
        .unwrap_or(first);
    let mut profile = shown.profile;
    let mut progress = shown.progress;
    let mut shared = None;
    // A link in the address shows the shared plan; without one, the person's own plans.
    let q = query();
    if !q.trim_start_matches('?').is_empty() {
        match store::link::decode(&q, c, today) {
            Ok(d) => {
                profile = d.profile;
                progress = store::Progress::default();
                shared = Some(d.ignored);
            }
            Err(e) => notices.push(trf!(
                "{} Vos propres plans s'affichent.",
                "{} Your own plans are shown.",
                e
            )),
        }
    }
    Session {
        book: RwSignal::new(opened.book),
        active: RwSignal::new(shown.id),
        profile: RwSignal::new(profile),
        progress: RwSignal::new(progress),
        shared: RwSignal::new(shared),
        notices: RwSignal::new(notices),
        backups: RwSignal::new(store::with_place(|kv| store::plans::backups(kv))),
    }
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
    show_lang(lang.get_untracked());
    let session = open_session(today);
    if english_missing {
        session.tell(i18n::english_unavailable());
    }
    let Session {
        book,
        active,
        profile,
        progress,
        shared,
        ..
    } = session;
    // What is shown goes into its plan (never while a shared link is shown)…
    Effect::new(move |_| {
        let (p, g) = (profile.get(), progress.get());
        if shared.with_untracked(Option::is_some) {
            return;
        }
        let id = active.get_untracked();
        let same = book.with_untracked(|b| {
            b.get(&id)
                .is_some_and(|x| x.profile == p && x.progress == g)
        });
        if !same {
            book.update(|b| {
                if let Some(x) = b.get_mut(&id) {
                    x.profile = p;
                    x.progress = g;
                }
            });
        }
    });
    // …and the plans into storage: the one place that writes them.
    Effect::new(move |_| {
        if let Err(e) = book.with(|b| store::with_place(|kv| store::plans::save(kv, b))) {
            session.tell(e);
        }
    });
    // Another tab changed the plans: show them as they are now.
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            let ours = ev.key().is_none_or(|k| k.starts_with("parcours."));
            let plans = !matches!(ev.key().as_deref(), Some(store::plans::LAST_KEY | LANG_KEY));
            if ours && plans {
                session.reload(catalog::official(), today);
            }
        });
        on_cleanup(move || handle.remove());
    }
    let marks = routes::RouteState {
        profile,
        progress,
        open: RwSignal::new(Vec::new()),
        compared: RwSignal::new(Vec::new()),
    };
    // The planner speaks no language: a refused answer is a code, put in words where it is
    // shown (the page is drawn again in a new language), so a switch does not re-plan.
    let plan = Memo::new(move |_| profile.with(|p| plan::plan(p, catalog::official(), today)));
    let notices = session.notices;
    // Phones show one topic of questions at a time.
    let topic = RwSignal::new(0usize);
    // The printed version is built only for printing (the browser's menu or the button).
    let printing = RwSignal::new(false);
    #[cfg(target_arch = "wasm32")]
    {
        let before = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
        let after = window_event_listener_untyped("afterprint", move |_| printing.set(false));
        on_cleanup(move || {
            before.remove();
            after.remove();
        });
    }

    let speak = move |next: i18n::Lang| {
        // Kept for the next visit; where storage refuses, the switch still works for this one.
        store::with_place(|kv| kv.set(LANG_KEY, next.code()).ok());
        show_lang(next);
        lang.set(next);
        focus_later("#langue", false);
    };
    let switch = move |_| {
        let next = match lang.get_untracked() {
            i18n::Lang::Fr => i18n::Lang::En,
            i18n::Lang::En => i18n::Lang::Fr,
        };
        // English is fetched the first time it is asked for (the service worker keeps it).
        #[cfg(target_arch = "wasm32")]
        if next == i18n::Lang::En && !i18n::english_ready() {
            // Meanwhile the switch says so (on a slow connection that takes a moment): marked
            // busy, which the style sheet shows as « (loading…) », and deaf to a second click.
            let button = document().get_element_by_id("langue");
            if button
                .as_ref()
                .is_some_and(|b| b.has_attribute("aria-busy"))
            {
                return;
            }
            button
                .as_ref()
                .map(|b| b.set_attribute("aria-busy", "true"));
            leptos::task::spawn_local(async move {
                let loaded = i18n::load_english().await;
                button.map(|b| b.remove_attribute("aria-busy"));
                match loaded {
                    Ok(()) => speak(next),
                    Err(_) => session.tell(i18n::english_unavailable()),
                }
            });
            return;
        }
        speak(next);
    };
    // The whole page speaks one language: switching rebuilds it (the answers, the plans and
    // the progress live outside, in signals, and stay as they are).
    let page = move || {
        // The summary's words, in the page's language: drawn again only when they change.
        let summary = Memo::new(move |_| plan.with(summary_texts));
        view! {
        <header class="site">
            <p class="marque">"Parcours"</p>
            <nav aria-label=tr!("Accès rapide", "Quick access") class="evitement">
                <a href="#situation">{tr!("Aller aux questions", "Go to the questions")}</a>
                <a href="#parcours">{tr!("Aller aux parcours", "Go to the routes")}</a>
            </nav>
            {
                // Named in the language it offers, and marked so.
                let (code, label) = if i18n::en() {
                    ("fr", "Version française")
                } else {
                    ("en", "English version")
                };
                view! {
                    <button type="button" id="langue" class="langue secondaire" lang=code on:click=switch>
                        {label}
                    </button>
                }
            }
        </header>
        <main id="contenu">
            <h1>{tr!("Devenir médiateur numérique, bloc par bloc", "Becoming a digital mediator, block by block")}</h1>
            <p class="ecran">
                {tr!(
                    "Parcours vous montre comment obtenir le titre professionnel « Médiateur numérique » : par la formation, l'alternance ou la VAE, avec les financements qui correspondent à votre situation. Tout reste dans votre navigateur : rien n'est envoyé.",
                    "Parcours shows you how to obtain the French professional title “Médiateur numérique” (digital mediator): through training, work-study or VAE, with the funding that fits your situation. Everything stays in your browser: nothing is sent."
                )}
            </p>
            <div role="status" aria-label=tr!("Messages", "Messages") class="ecran">
                {move || (!notices.with(Vec::is_empty)).then(|| view! {
                    <div class="statut">
                        <ul>{notices.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                        <button type="button" on:click=move |_| notices.set(Vec::new())>{tr!("J'ai compris", "Understood")}</button>
                    </div>
                })}
            </div>
            <plans::Plans session=session today=today />
            <section aria-labelledby="titre-situation" class="ecran" id="situation" tabindex="-1">
                <h2 id="titre-situation">{tr!("Où vous en êtes", "Where you stand")}</h2>
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
                        on:click=move |_| show_topic(topic, topic.get_untracked().saturating_sub(1))>{tr!("Question précédente", "Previous question")}</button>
                    {move || if topic.get() + 1 < TOPICS {
                        view! { <button type="button" on:click=move |_| show_topic(topic, topic.get_untracked() + 1)>{tr!("Question suivante", "Next question")}</button> }.into_any()
                    } else {
                        view! { <a class="bouton" href="#parcours">{tr!("Voir vos parcours", "See your routes")}</a> }.into_any()
                    }}
                </p>
            </section>
            <section aria-labelledby="titre-parcours" class="ecran" id="parcours" tabindex="-1">
                <h2 id="titre-parcours">{tr!("Vos parcours", "Your routes")}</h2>
                <div aria-live="polite">{move || summary.with(summary_view)}</div>
                <p class="aide">
                    {i18n::cat(&catalog::official().meta.disclaimer)}
                    {" "}{i18n::data_date(catalog::official())}
                </p>
                <h3>{tr!("Comparer", "Compare")}</h3>
                <compare::Comparison plan=plan compared=marks.compared />
                <routes::RouteList plan=plan marks=marks />
            </section>
            <share::Share session=session printing=printing />
            <print::Printout session=session plan=plan today=today printing=printing />
            <about::Glossary />
            <about::Accessibility />
        </main>
        }
    };
    move || {
        i18n::set_lang(lang.get());
        untrack(page)
    }
}

/// Where the chosen language is kept (written only when the person switches).
pub const LANG_KEY: &str = "parcours.langue";

/// The language the page opens in: the one a shared link asks for (not kept: the person's own
/// choice stays theirs), else the person's stored choice.
fn wanted_lang() -> i18n::Lang {
    store::link::lang(&query()).unwrap_or_else(stored_lang)
}

fn stored_lang() -> i18n::Lang {
    store::with_place(|kv| kv.get(LANG_KEY)).map_or(i18n::Lang::Fr, |v| i18n::Lang::from_code(&v))
}

/// Speaks `l` from now on: the words, the page's `lang` and its title.
fn show_lang(l: i18n::Lang) {
    i18n::set_lang(l);
    #[cfg(target_arch = "wasm32")]
    {
        let d = document();
        if let Some(html) = d.document_element() {
            html.set_attribute("lang", l.code()).ok();
        }
        d.set_title(tr!(
            "Parcours : devenir médiateur numérique, bloc par bloc",
            "Parcours: becoming a digital mediator, block by block"
        ));
    }
}

/// Puts the focus on `selector` once the page has been drawn again (and, with `scroll`, brings
/// its top into view, as a phone needs for a topic of questions).
pub(super) fn focus_later(selector: impl AsRef<str> + 'static, scroll: bool) {
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

/// What the summary says: the blocks and routes left, the first route and the warnings; or why
/// an answer cannot be used.
fn summary_texts(
    plan: &Result<plan::Plan, plan::ProfileError>,
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
    let routes = p.routes.len();
    let remaining = match p.remaining.len() {
        0 => trf!(
            "Vous avez tous les blocs du titre {}.",
            "You hold every block of the {} title.",
            title
        ),
        1 => trf!(
            "Il vous reste 1 bloc pour le titre {}, et {} parcours possibles.",
            "You have 1 block left for the {} title, and {} possible routes.",
            title,
            routes
        ),
        n => trf!(
            "Il vous reste {} blocs pour le titre {}, et {} parcours possibles.",
            "You have {} blocks left for the {} title, and {} possible routes.",
            n,
            title,
            routes
        ),
    };
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
