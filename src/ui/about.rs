//! The glossary and the accessibility statement.

use crate::catalog;
use crate::i18n::{cat, Lang};
use crate::{trf, words};
use leptos::prelude::*;

#[component]
pub fn Glossary(printing: RwSignal<bool>) -> impl IntoView {
    let c = catalog::official();
    // Read rarely (each acronym is explained where the page first uses it): folded, and drawn
    // when opened, or when the page is printed (it follows the plan on paper).
    let open = RwSignal::new(false);
    let list = move |entries: Vec<&'static catalog::GlossaryEntry>| {
        view! {
            <dl class="glossaire">
                {entries.into_iter().map(|g| view! { <dt>{cat(&g.term)}</dt><dd>{cat(&g.meaning)}</dd> }).collect_view()}
            </dl>
        }
    };
    // On paper, only the words the printed plan uses: read from the printout once it is drawn.
    let printed = RwSignal::new(Vec::new());
    Effect::new(move |_| {
        if printing.get() {
            super::dom::after_drawn(move || {
                let text = super::dom::text_of(".impression");
                printed.try_set(super::terms::mentioned(&text));
            });
        } else {
            printed.set(Vec::new());
        }
    });
    view! {
        <section aria-labelledby="titre-glossaire" id="glossaire">
            <h2 id="titre-glossaire">{words!("Les mots et les sigles", "Words and acronyms")}</h2>
            <details class="ecran" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{move || trf!("Les {} mots et sigles de cette page, expliqués", "The {} words and acronyms of this page, explained", c.glossary.len())}</summary>
                {move || open.get().then(|| list(c.glossary.iter().collect()))}
            </details>
            {move || printing.get().then(|| view! { <div class="imprime-seulement">{list(printed.get())}</div> })}
        </section>
    }
}

#[component]
pub fn Accessibility() -> impl IntoView {
    let checks = [
        crate::pair!(
            "aucune erreur détectée par l'outil axe-core, à chaque étape du parcours ;",
            "no error found by the axe-core tool, at every step of the route;"
        ),
        crate::pair!(
            "tout se fait au clavier, avec un repère visible sur l'élément actif ;",
            "everything works with the keyboard, with a visible marker on the active element;"
        ),
        crate::pair!(
            "pas de défilement horizontal sur un écran de 320 pixels de large ;",
            "no horizontal scrolling on a screen 320 pixels wide;"
        ),
        crate::pair!(
            "les changements de parcours sont annoncés aux lecteurs d'écran ;",
            "changes to the routes are announced to screen readers;"
        ),
        crate::pair!(
            "la couleur n'est jamais le seul signe : chaque avis de financement est aussi écrit en toutes lettres.",
            "colour is never the only sign: every funding verdict is also written out in words."
        ),
    ];
    view! {
        <section aria-labelledby="titre-accessibilite" id="accessibilite" class="ecran">
            <h2 id="titre-accessibilite">{words!("Accessibilité", "Accessibility")}</h2>
            <p>
                {words!(
                    "Parcours vise le niveau AA des règles d'accessibilité (RGAA, WCAG 2.1). Aucun audit n'a encore été réalisé : le site est donc déclaré « non conforme » au sens du RGAA, en attendant cet audit.",
                    "Parcours aims at level AA of the accessibility rules (RGAA, WCAG 2.1). No audit has been carried out yet: the site is therefore declared “not compliant” in the RGAA's terms until that audit."
                )}
            </p>
            <details>
            <summary>{words!("Ce qui est vérifié, et à qui le signaler", "What is checked, and whom to tell")}</summary>
            <p>{words!("Ce qui est vérifié à chaque version :", "What is checked at every release:")}</p>
            <ul>{checks.into_iter().map(|(fr, en)| view! { <li>{move || crate::i18n::t(fr, en)}</li> }).collect_view()}</ul>
            {move || (crate::i18n::lang() == Lang::En).then(|| view! {
                <p>"The English version is a translation: the official names of titles, schemes and services stay in French, with their meaning alongside."</p>
            })}
            <p>
                {words!(
                    "Un problème pour utiliser Parcours ? Parlez-en à la personne ou à la structure qui vous l'a conseillé : rien n'est envoyé depuis cette page, elle ne peut donc pas recevoir vos messages.",
                    "A problem using Parcours? Tell the person or the organisation who recommended it to you: nothing is sent from this page, so it cannot receive your messages."
                )}
            </p>
            </details>
        </section>
    }
}
