//! The glossary and the accessibility statement.

use crate::catalog;
use leptos::prelude::*;

#[component]
pub fn Glossary() -> impl IntoView {
    let c = catalog::official();
    view! {
        <section aria-labelledby="titre-glossaire">
            <h2 id="titre-glossaire">"Les mots et les sigles"</h2>
            <dl class="glossaire">
                {c.glossary.iter().map(|g| view! { <dt>{g.term.clone()}</dt><dd>{g.meaning.clone()}</dd> }).collect_view()}
            </dl>
        </section>
    }
}

#[component]
pub fn Accessibility() -> impl IntoView {
    view! {
        <section aria-labelledby="titre-accessibilite" id="accessibilite" class="ecran">
            <h2 id="titre-accessibilite">"Accessibilité"</h2>
            <p>
                "Parcours vise le niveau AA des règles d'accessibilité (RGAA, WCAG 2.1). Aucun audit n'a encore été réalisé : "
                "le site est donc déclaré « non conforme » au sens du RGAA, en attendant cet audit."
            </p>
            <p>"Ce qui est vérifié à chaque version :"</p>
            <ul>
                <li>"aucune erreur détectée par l'outil axe-core, à chaque étape du parcours ;"</li>
                <li>"tout se fait au clavier, avec un repère visible sur l'élément actif ;"</li>
                <li>"pas de défilement horizontal sur un écran de 320 pixels de large ;"</li>
                <li>"les changements de parcours sont annoncés aux lecteurs d'écran ;"</li>
                <li>"la couleur n'est jamais le seul signe : chaque avis de financement est aussi écrit en toutes lettres."</li>
            </ul>
            <p>
                "Un problème pour utiliser Parcours ? Parlez-en à la personne ou à la structure qui vous l'a conseillé : "
                "rien n'est envoyé depuis cette page, elle ne peut donc pas recevoir vos messages."
            </p>
        </section>
    }
}
