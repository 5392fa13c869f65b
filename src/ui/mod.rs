//! Leptos components. The view shows what the planner decided; it never decides eligibility.

mod about;
mod compare;
mod held;
mod profile;
mod routes;

use crate::catalog::{self, Date};
use crate::plan;
use crate::{i18n, store};
use leptos::prelude::*;

/// Mounts the app in place of the text shown while it loads.
pub fn mount() {
    if let Some(loading) = document().get_element_by_id("avant-chargement") {
        loading.remove();
    }
    leptos::mount::mount_to_body(App);
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

#[component]
pub fn App() -> impl IntoView {
    let (initial, problem) = store::load_profile(catalog::official(), today());
    let profile = RwSignal::new(initial);
    let problem = RwSignal::new(problem);
    let (progress, progress_problem) = store::load_progress();
    let progress = RwSignal::new(progress);
    if let Some(m) = progress_problem {
        problem.set(Some(m));
    }
    Effect::new(move |_| {
        if let Err(e) = progress.with(store::save_progress) {
            problem.set(Some(e));
        }
    });
    let marks = routes::Marks {
        profile,
        progress,
        open: RwSignal::new(Vec::new()),
        compared: RwSignal::new(Vec::new()),
    };
    // The one place that writes the person's answers.
    Effect::new(move |_| {
        if let Err(e) = profile.with(store::save_profile) {
            problem.set(Some(e));
        }
    });
    let today = today();
    let plan = Memo::new(move |_| profile.with(|p| plan::plan(p, catalog::official(), today)));

    view! {
        <header class="site">
            <p class="marque">"Parcours"</p>
        </header>
        <main id="contenu">
            <h1>"Devenir médiateur numérique, bloc par bloc"</h1>
            <p>
                "Parcours vous montre comment obtenir le titre professionnel « Médiateur numérique » : "
                "par la formation, l'alternance ou la VAE, avec les financements qui correspondent à votre situation. "
                "Tout reste dans votre navigateur : rien n'est envoyé."
            </p>
            {move || problem.get().map(|m| view! { <p class="statut" role="alert">{m}</p> })}
            <section aria-labelledby="titre-situation">
                <h2 id="titre-situation">"Où vous en êtes"</h2>
                <held::HeldBlocks profile=profile />
                <profile::ProfileQuestions profile=profile />
            </section>
            <section aria-labelledby="titre-parcours">
                <h2 id="titre-parcours">"Vos parcours"</h2>
                <div aria-live="polite">{move || summary(&plan.get())}</div>
                <p class="aide">
                    {catalog::official().meta.disclaimer.clone()} " Données vérifiées le "
                    {i18n::date(catalog::official().meta.checked)} "."
                </p>
                <h3>"Comparer"</h3>
                <compare::Comparison plan=plan compared=marks.compared />
                <routes::RouteList plan=plan marks=marks />
            </section>
            <about::Glossary />
            <about::Accessibility />
        </main>
    }
}

fn summary(plan: &Result<plan::Plan, plan::ProfileError>) -> AnyView {
    let c = catalog::official();
    match plan {
        Err(e) => {
            view! { <p class="a-verifier">{format!("Réponse impossible à utiliser : {e}")}</p> }
                .into_any()
        }
        Ok(p) => {
            let title = c.title(&p.target_title).map_or("", |t| t.short.as_str());
            let remaining = match p.remaining.len() {
                0 => format!("Vous avez tous les blocs du titre {title}."),
                1 => format!(
                    "Il vous reste 1 bloc pour le titre {title}, et {} parcours possibles.",
                    p.routes.len()
                ),
                n => format!(
                    "Il vous reste {n} blocs pour le titre {title}, et {} parcours possibles.",
                    p.routes.len()
                ),
            };
            let first = match p.routes.first() {
                Some(r) => format!(" En tête : « {} ».", i18n::route_name(&r.id)),
                None => String::new(),
            };
            let warnings: Vec<String> = p.warnings.iter().map(|w| i18n::warning(w, c)).collect();
            view! {
                <p>{remaining}{first}</p>
                <ul>{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            }
            .into_any()
        }
    }
}
