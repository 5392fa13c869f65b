//! What the catalog says of a funding scheme (who it is for, what it pays, its conditions) and
//! of a way to take a block (what it asks to get in), where a step's details need them. The
//! corrected facts (POEI hours, hiring aids, « aucun prérequis officiel trouvé ») reach the page
//! here. A scheme's part is folded and drawn once opened.

use super::facts::unconfirmed;
use crate::catalog::{Confidence, FundingScheme, Modality};
use crate::i18n::cat;
use crate::{tr, words};
use leptos::prelude::*;

/// « En savoir plus » under a scheme's line: who, what, conditions (its sources are listed
/// beside it, with the date they were checked).
pub(super) fn scheme_facts(scheme: &'static FundingScheme) -> impl IntoView {
    let open = RwSignal::new(false);
    let unsure = scheme.basis.confidence != Confidence::Official;
    let facts = move || {
        view! {
            <dl class="faits">
                <dt>{words!("Pour qui", "Who it is for")}</dt>
                <dd>{move || cat(&scheme.who)}</dd>
                <dt>{words!("Ce qu'il paie", "What it pays")}</dt>
                <dd>{move || cat(&scheme.pays)}{move || unconfirmed(unsure)}</dd>
                {(!scheme.conditions.is_empty()).then(|| view! {
                    <dt>{words!("Conditions", "Conditions")}</dt>
                    <dd><ul>{scheme.conditions.iter().map(|c| view! { <li>{move || cat(c)}</li> }).collect_view()}</ul></dd>
                })}
            </dl>
        }
    };
    view! {
        <details class="en-savoir-plus" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>
                {words!("En savoir plus", "Learn more")}
                <span class="lecteur">{move || format!("{}{}", tr!(" : ", ": "), cat(&scheme.short))}</span>
            </summary>
            // Built once opened; its words follow the language on their own.
            {move || open.get().then(|| untrack(facts))}
        </details>
    }
}

/// What a way of taking a block asks to get in: an employer, an age, experience, a file.
pub(super) fn requires(m: &'static Modality) -> impl IntoView {
    (!m.requires.is_empty()).then(|| {
        view! {
            <p>{words!("Pour y entrer :", "To get in:")}</p>
            <ul class="prerequis">{m.requires.iter().map(|r| view! { <li>{move || cat(r)}</li> }).collect_view()}</ul>
        }
    })
}
