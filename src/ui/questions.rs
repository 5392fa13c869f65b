//! The questions after the held blocks, a topic each (shown one at a time on a phone): the
//! aim, the situation and what follows from it, the person, the disability recognition.

use super::fields::asked_when;
use super::fields::{radios, NumberField};
use super::profile::*;
use super::Shown;
use crate::catalog::Date;
use crate::plan::{Activity, Profile, Situation, Target};
use crate::{pair, words};
use leptos::prelude::*;

/// Whether the person has managed or developed a space: the one activity the plan reads (it
/// brings the « Piloter un tiers-lieu » certification into it).
fn managed_space(profile: Shown<Profile>) -> impl IntoView {
    let checked =
        Memo::new(move |_| profile.with(|p| p.activities.contains(&Activity::ManagingSpace)));
    view! {
        <div class="choix">
            <input type="checkbox" id="gestion-espace" prop:checked=checked
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    profile.update(|p| {
                        p.activities.retain(|a| *a != Activity::ManagingSpace);
                        if on {
                            p.activities.push(Activity::ManagingSpace);
                        }
                    });
                } />
            <label for="gestion-espace">{words!(
                "J'ai déjà géré ou développé un espace numérique ou un tiers-lieu (bénévolat compris)",
                "I have already managed or developed a digital space or a third place (volunteering included)"
            )}</label>
        </div>
    }
}

#[component]
pub fn ProfileQuestions(
    profile: Shown<Profile>,
    topic: RwSignal<usize>,
    today: Date,
) -> impl IntoView {
    // On a phone one topic shows at a time (topic 0 is the held blocks); on a wide screen, all.
    let shown = move |i: usize| move || topic.with(|t| *t == i);
    let topics = super::dom::landmarks().topics;
    let situation = Memo::new(move |_| profile.with(|p| p.situation));
    let age = Memo::new(move |_| profile.with(|p| p.age));
    let rqth = Memo::new(move |_| profile.with(|p| p.rqth));
    view! {
        <div class="sujet" tabindex="-1" node_ref=topics[1] class:actif=shown(1)><Aim profile /></div>
        <div class="sujet" tabindex="-1" node_ref=topics[2] class:actif=shown(2)><YourSituation profile situation age /></div>
        <div class="sujet" tabindex="-1" node_ref=topics[3] class:actif=shown(3)><AboutYou profile age rqth today /></div>
        <div class="sujet" tabindex="-1" node_ref=topics[4] class:actif=shown(4)>
            {radios(
                profile,
                "rqth",
                pair!("Avez-vous une reconnaissance de handicap (RQTH) ?", "Do you have an official disability recognition (RQTH)?"),
                pair!("Elle supprime la limite d'âge de l'apprentissage et ouvre les aides de l'Agefiph ou du FIPHFP.", "It removes the age limit for apprenticeship and opens Agefiph or FIPHFP grants."),
                YES_NO,
                |p| p.rqth,
                |p, v| p.rqth = v,
            )}
        </div>
    }
}

/// What the person aims at: the whole title, or CCP1 first.
#[component]
fn Aim(profile: Shown<Profile>) -> impl IntoView {
    view! {
        {radios(
            profile,
            "objectif",
            pair!("Que visez-vous ?", "What are you aiming at?"),
            pair!("Le parcours le plus connu sur le terrain commence par le CCP1, puis passe les autres blocs avec l'expérience.", "The route best known in the field starts with CCP1, then takes the other blocks with experience."),
            TARGETS,
            |p| Some(matches!(p.target, Target::FullTitle)),
            |p, v| {
                p.target = match v {
                    Some(false) => Target::Block { block: "mn-ccp1".into() },
                    _ => Target::FullTitle,
                }
            },
        )}
    }
}

/// The situation, and the questions it asks next (registered, the employer, the money, the
/// minimum incomes).
#[component]
fn YourSituation(
    profile: Shown<Profile>,
    situation: Memo<Option<Situation>>,
    age: Memo<Option<i64>>,
) -> impl IntoView {
    let has_employer = move || {
        matches!(
            situation.get(),
            Some(Situation::Employee | Situation::PublicAgent | Situation::ConseillerNumerique)
        )
    };
    view! {
        {radios(
            profile,
            "situation",
            pair!("Quelle est votre situation ?", "What is your situation?"),
            pair!("Elle décide de la plupart des financements.", "It decides most of the funding."),
            SITUATIONS,
            |p| p.situation,
            // An employer answered for an earlier situation no longer counts.
            |p, v| {
                p.situation = v;
                p.forget_unasked();
            },
        )}
        // Follow-up questions are drawn once and shown when they apply: changing the
        // situation then only shows or hides them.
        {asked_when(move || situation.get() == Some(Situation::JobSeeker), move || view! {{radios(
            profile,
            "inscription",
            pair!("Êtes-vous inscrit(e) à France Travail ?", "Are you registered with France Travail?"),
            pair!("L'inscription ouvre l'aide individuelle à la formation (AIF).", "Registering opens the individual training grant (AIF)."),
            YES_NO,
            |p| p.registered_job_seeker,
            |p, v| p.registered_job_seeker = v,
        )}})}
        {asked_when(has_employer, move || view! {
            {radios(profile, "employeur", pair!("Qui est votre employeur ?", "Who is your employer?"),
                pair!("Les employeurs publics ont leurs propres règles (CPF en heures, pas de contrat de professionnalisation).", "Public employers have their own rules (CPF in hours, no professionalisation contract)."),
                EMPLOYERS, |p| p.employer, |p, v| p.employer = v)}
            {radios(profile, "contrat", pair!("Quel est votre contrat ?", "What is your contract?"),
                pair!("Pro-A demande un CDI ; Transitions Pro a des règles différentes en CDD.", "Pro-A requires a permanent contract (CDI); Transitions Pro has different rules for a fixed-term one (CDD)."),
                CONTRACTS, |p| p.contract, |p, v| p.contract = v)}
            <NumberField profile q=&SENIORITY />})}
        <super::money_answers::MoneyAnswers profile situation />
        // Past 25 the contrat de professionnalisation turns on these minimum incomes.
        {asked_when(move || age.get().is_none_or(|a| a > 25), move || view! {{radios(
            profile,
            "minima",
            pair!("Touchez-vous le RSA, l'ASS ou l'AAH ?", "Do you receive the RSA, ASS or AAH benefits?"),
            pair!("Revenu de solidarité active, allocation de solidarité spécifique, allocation aux adultes handicapés. Après 25 ans, ils ouvrent le contrat de professionnalisation.", "Minimum income (RSA), specific solidarity allowance (ASS), disabled adults' allowance (AAH). Past 25, they open the professionalisation contract."),
            YES_NO,
            |p| p.rsa_ass_aah,
            |p, v| p.rsa_ass_aah = v,
        )}})}
    }
}

/// The person: age, experience, hours, diploma, start; and the recent apprenticeship that
/// matters from 30 to 34.
#[component]
fn AboutYou(
    profile: Shown<Profile>,
    age: Memo<Option<i64>>,
    rqth: Memo<Option<bool>>,
    today: Date,
) -> impl IntoView {
    let numbers = move |questions: &'static [super::fields::Number]| {
        questions
            .iter()
            .map(|q| view! { <NumberField profile q /> })
            .collect_view()
    };
    view! {
        <fieldset>
            <legend>{words!("Vous", "You")}</legend>
            // Age and experience, then what the experience was, then the hours.
            {numbers(&ABOUT_YOU[..2])}
            {managed_space(profile)}
            {numbers(&ABOUT_YOU[2..])}
            {diploma(profile)}
            {super::start::start_month(profile, today)}
            {super::terms::explain_first(&ABOUT_YOU.iter().flat_map(|q| [q.label.0, q.help.0]).chain([DIPLOMA_HELP.0]).collect::<Vec<_>>())}
        </fieldset>
        // From 30 to 34, apprenticeship depends on a previous contract ended within a year:
        // asked only then, as the planner's age rule reads it.
        {asked_when(move || age.get().is_some_and(|a| (30..=34).contains(&a)) && rqth.get() != Some(true), move || view! {{radios(
            profile,
            "apprenti-recent",
            pair!("Un contrat d'apprentissage s'est-il terminé pour vous il y a moins d'un an ?", "Did an apprenticeship contract of yours end less than a year ago?"),
            pair!("Entre 30 et 34 ans, l'apprentissage reste possible après un contrat d'apprentissage terminé depuis moins d'un an, dans certains cas.", "From 30 to 34, apprenticeship remains possible after an apprenticeship contract that ended less than a year ago, in some cases."),
            YES_NO,
            |p| p.recent_apprenticeship,
            |p, v| p.recent_apprenticeship = v,
        )}})}
    }
}
