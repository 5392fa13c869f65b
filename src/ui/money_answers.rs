//! The money answers: a job seeker's ARE, an employee's working time, and what the CPF holds
//! (euros, or hours for a public agent), with where to read it. Each is optional.

use super::fields::asked_when;
use super::fields::{radios, Number, NumberField, Unit, Words};
use super::profile::{DONT_KNOW, YES_NO};
use super::Shown;
use crate::plan::{Profile, Situation, WorkingTime};
use crate::{pair, words};
use leptos::prelude::*;

pub(super) const WORKING_TIMES: &[(Option<WorkingTime>, Words)] = &[
    (
        Some(WorkingTime::OnWorkingTime),
        pair!("Sur mon temps de travail", "On my working time"),
    ),
    (
        Some(WorkingTime::OutsideWorkingTime),
        pair!(
            "En dehors de mon temps de travail",
            "Outside my working time"
        ),
    ),
    (None, DONT_KNOW),
];

/// The money questions of the situation's topic, each shown when the situation asks it.
#[component]
pub(super) fn MoneyAnswers(
    profile: Shown<Profile>,
    situation: Memo<Option<Situation>>,
) -> impl IntoView {
    view! {
            {asked_when(move || situation.get() == Some(Situation::JobSeeker), move || view! {{radios(
                profile,
                "are",
                pair!("Touchez-vous l'allocation chômage (ARE) ?", "Do you receive unemployment benefit (ARE)?"),
                pair!("Pendant une formation validée par France Travail, l'ARE continue sous le nom d'AREF ; sinon, France Travail peut vous rémunérer.", "During a course France Travail validates, the ARE goes on as the AREF; otherwise France Travail may pay you."),
                YES_NO,
                |p| p.receives_are,
                |p, v| p.receives_are = v,
            )}})}
            {asked_when(move || situation.get() == Some(Situation::Employee), move || view! {{radios(
                profile,
                "temps",
                pair!("La formation, sur votre temps de travail ou en dehors ?", "The course: on your working time or outside it?"),
                pair!("Sur votre temps de travail, votre employeur doit d'abord être d'accord, et votre salaire est maintenu. En dehors, pas d'accord à demander, mais ces heures ne sont pas payées.", "On working time, your employer must agree first, and your pay is kept. Outside it, no agreement is needed, but those hours are unpaid."),
                WORKING_TIMES,
                |p| p.working_time,
                |p, v| p.working_time = v,
            )}})}
                    {cpf_balance(profile, situation)}
    }
}

const CPF_HOURS: Number = Number { id: "cpf-heures", label: pair!("Combien d'heures avez-vous sur votre CPF ? (facultatif)", "How many hours are on your CPF? (optional)"),
    help: pair!("Le CPF des agents publics se compte en heures : 150 h au plus, 400 h pour certains agents de catégorie C.", "Public agents' CPF is counted in hours: 150 h at most, 400 h for some category C agents."),
    name: pair!("Les heures de votre CPF", "Your CPF hours"), unit: Unit::Hours,
    min: 0, max: 1_000, get: |p| p.cpf_hours, set: |p, v| p.cpf_hours = v };

const CPF_EUROS: Number = Number { id: "cpf", label: pair!("Combien avez-vous sur votre CPF, en euros ? (facultatif)", "How much is on your CPF, in euros? (optional)"),
    help: pair!("Laissez vide si vous ne savez pas : rien n'est alors compté comme sûr. Le CPF est plafonné à 5 000 € (8 000 € pour certaines personnes).", "Leave it empty if you don't know: nothing is then counted as sure. The CPF is capped at €5,000 (€8,000 for some people)."),
    name: pair!("Le solde de votre CPF", "Your CPF balance"), unit: Unit::Euros,
    min: 0, max: 100_000, get: |p| p.cpf_euros, set: |p, v| p.cpf_euros = v };

/// What the CPF holds: euros for most people, hours for a public agent; empty when not known.
/// Where to read it is linked.
fn cpf_balance(profile: Shown<Profile>, situation: Memo<Option<Situation>>) -> impl IntoView {
    let public = Memo::new(move |_| situation.get() == Some(Situation::PublicAgent));
    // One field drawn at a time: a public agent's CPF counts hours, everyone else's euros.
    let field = move || {
        if public.get() {
            view! { <NumberField profile q=&CPF_HOURS /> }.into_any()
        } else {
            view! { <NumberField profile q=&CPF_EUROS /> }.into_any()
        }
    };
    view! {
        {field}
        <p class="aide">
            {words!("Votre solde se lit sur ", "Your balance is shown on ")}
            <a href="https://www.moncompteformation.gouv.fr/" rel="noopener" hreflang="fr" lang="fr">"Mon Compte Formation"</a>
            {words!(" (connexion avec FranceConnect).", " (sign in with FranceConnect).")}
        </p>
    }
}
