//! A step's price in its details: the figure and how it was found, and « Vous avez un devis ? »,
//! the person's own quote, which replaces the price wherever that block is taken that way.

use super::Shown;
use crate::catalog::Catalog;
use crate::i18n;
use crate::plan::{Money, PriceBasis, Profile, Quote, MAX_EUROS};
use crate::{trf, words};
use leptos::prelude::*;

/// The price of one step, and the quote that may replace it.
#[component]
pub(super) fn StepPrice(
    catalog: &'static Catalog,
    /// Where the field's id is unique: the same step in two open routes has two fields.
    route: String,
    scope: String,
    modality: String,
    money: Money,
    basis: PriceBasis,
    profile: Shown<Profile>,
) -> impl IntoView {
    let id = format!("devis-{route}-{scope}-{modality}");
    let help_id = format!("{id}-aide");
    let error_id = format!("{id}-erreur");
    let wrong = RwSignal::new(false);
    let (s, m) = (scope.clone(), modality.clone());
    let quoted = Memo::new(move |_| profile.with(|p| p.quote(&s, &m)));
    let set = move |text: String| {
        let value = super::fields::whole_in(&text, 0, i64::from(MAX_EUROS));
        // Only a valid amount is kept; a wrong one stays in the field with its error.
        wrong.set(value.is_none());
        if let Some(euros) = value {
            profile.update(|p| {
                p.quotes
                    .retain(|q| !(q.scope == scope && q.modality == modality));
                if let Some(euros) = euros {
                    p.quotes.push(Quote {
                        scope: scope.clone(),
                        modality: modality.clone(),
                        euros,
                    });
                }
            });
        }
    };
    let described = super::fields::described_by(help_id.clone(), error_id.clone(), wrong);
    view! {
        <p>
            <strong>{words!("Prix : ", "Price: ")}</strong>{move || i18n::price(&money)}
            " ("{move || i18n::price_basis(&basis, catalog)}")"
        </p>
        <div class="champ">
            <label for=id.clone()>{words!("Vous avez un devis ? Son montant, en euros", "Do you have a quote? Its amount, in euros")}</label>
            <p class="aide" id=help_id>{words!(
                "Il remplace le prix dans tous les parcours où ce bloc se prend de cette façon. Laissez vide pour revenir au prix ci-dessus.",
                "It replaces the price in every route where this block is taken this way. Leave it empty to go back to the price above."
            )}</p>
            <input
                type="number"
                id=id
                inputmode="numeric"
                min=0
                max=MAX_EUROS
                aria-describedby=described
                aria-invalid=move || wrong.get().then_some("true")
                prop:value=move || quoted.get().map(|v| v.to_string()).unwrap_or_default()
                on:change=move |ev| set(event_target_value(&ev))
            />
            <p class="erreur" id=error_id hidden=move || !wrong.get()>{move || trf!(
                "Le montant du devis : un nombre entier d'euros, de 0 à {}.",
                "The quote's amount: a whole number of euros, from 0 to {}.",
                MAX_EUROS
            )}</p>
        </div>
    }
}
