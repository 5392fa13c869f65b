//! The profile questions: one topic a fieldset, plain French, « je ne sais pas » where it fits.
//! Every answer is editable at any time and the routes follow at once.

use crate::plan::{Contract, Employer, Profile, Situation, Target};
use leptos::prelude::*;

type Get<T> = fn(&Profile) -> Option<T>;
type Set<T> = fn(&mut Profile, Option<T>);

/// A group of radio buttons bound to one optional field (`None`: « je ne sais pas »).
fn radios<T: Copy + PartialEq + Send + Sync + 'static>(
    profile: RwSignal<Profile>,
    name: &'static str,
    legend: &'static str,
    help: &'static str,
    options: &'static [(Option<T>, &'static str)],
    get: Get<T>,
    set: Set<T>,
) -> impl IntoView {
    let mut texts: Vec<&str> = vec![legend, help];
    texts.extend(options.iter().map(|(_, l)| *l));
    view! {
        <fieldset>
            <legend>{legend}</legend>
            <p class="aide">{help}</p>
            {options
                .iter()
                .enumerate()
                .map(|(i, (value, label))| {
                    let id = format!("{name}-{i}");
                    let value = *value;
                    view! {
                        <div class="choix">
                            <input
                                type="radio"
                                name=name
                                id=id.clone()
                                prop:checked=move || profile.with(|p| get(p) == value)
                                on:change=move |_| profile.update(|p| set(p, value))
                            />
                            <label for=id>{*label}</label>
                        </div>
                    }
                })
                .collect_view()}
            {super::terms::explain(&texts)}
        </fieldset>
    }
}

/// A whole number, empty when unknown. Out-of-range values reach the planner, which names them.
#[allow(clippy::too_many_arguments)]
fn number(
    profile: RwSignal<Profile>,
    id: &'static str,
    label: &'static str,
    help: &'static str,
    min: i64,
    max: i64,
    get: Get<i64>,
    set: Set<i64>,
) -> impl IntoView {
    let help_id = format!("{id}-aide");
    view! {
        <div class="champ">
            <label for=id>{label}</label>
            <p class="aide" id=help_id.clone()>{help}</p>
            <input
                type="number"
                id=id
                inputmode="numeric"
                min=min
                max=max
                aria-describedby=help_id
                prop:value=move || profile.with(|p| get(p).map(|v| v.to_string()).unwrap_or_default())
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    profile.update(|p| set(p, text.trim().parse().ok()));
                }
            />
        </div>
    }
}

const SITUATIONS: &[(Option<Situation>, &str)] = &[
    (Some(Situation::JobSeeker), "Je cherche un emploi"),
    (
        Some(Situation::Employee),
        "Je suis salarié(e) (entreprise, association)",
    ),
    (
        Some(Situation::PublicAgent),
        "Je suis agent public (collectivité, État, hôpital)",
    ),
    (
        Some(Situation::ConseillerNumerique),
        "Je suis recruté(e) comme conseiller numérique",
    ),
    (Some(Situation::SelfEmployed), "Je suis indépendant(e)"),
    (Some(Situation::Student), "Je suis étudiant(e)"),
    (
        Some(Situation::NoActivity),
        "Je n'ai pas d'activité en ce moment",
    ),
    (None, "Je ne sais pas, ou je préfère ne pas le dire"),
];

const EMPLOYERS: &[(Option<Employer>, &str)] = &[
    (Some(Employer::PrivateCompany), "Une entreprise privée"),
    (Some(Employer::Association), "Une association"),
    (
        Some(Employer::LocalAuthority),
        "Une collectivité (commune, département, région…)",
    ),
    (Some(Employer::State), "L'État"),
    (Some(Employer::Hospital), "Un hôpital public"),
    (None, "Je ne sais pas"),
];

const CONTRACTS: &[(Option<Contract>, &str)] = &[
    (Some(Contract::Cdi), "CDI"),
    (Some(Contract::Cdd), "CDD"),
    (Some(Contract::Other), "Autre contrat"),
    (None, "Je ne sais pas"),
];

const YES_NO: &[(Option<bool>, &str)] = &[
    (Some(true), "Oui"),
    (Some(false), "Non"),
    (None, "Je ne sais pas"),
];

const TARGETS: &[(Option<bool>, &str)] = &[
    (Some(true), "Le titre complet « Médiateur numérique »"),
    (Some(false), "D'abord le CCP1, le cœur du métier"),
];

/// A number question: id, label, help, the range allowed, and the field it fills.
type NumberQuestion = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    i64,
    Get<i64>,
    Set<i64>,
);
/// The « Vous » questions.
const ABOUT_YOU: &[NumberQuestion] = &[
    ("age", "Votre âge",
        "L'apprentissage est ouvert de 16 à 29 ans, et sans limite d'âge avec une RQTH.",
        14, 100, |p| p.age, |p, v| p.age = v),
    ("experience", "Vos mois d'expérience en médiation numérique (ou proche)",
        "Accueil du public, ateliers, animation d'un lieu… Bénévolat compris. Une VAE demande en pratique environ un an.",
        0, 600, |p| p.experience_months, |p, v| p.experience_months = v),
    ("heures", "Combien d'heures par semaine pouvez-vous consacrer à une formation ?",
        "Sert à estimer la durée des formations (35 h = temps plein).",
        1, 60, |p| p.hours_per_week, |p, v| p.hours_per_week = v),
    ("diplome", "Votre diplôme le plus élevé, en niveau (0 : aucun, 3 : CAP, 4 : bac, 5 : bac+2, 6 : licence)",
        "Il change le plafond du CPF et l'accès à Pro-A.",
        0, 8, |p| p.diploma_level, |p, v| p.diploma_level = v),
];

#[component]
pub fn ProfileQuestions(profile: RwSignal<Profile>, topic: RwSignal<usize>) -> impl IntoView {
    // On a phone one topic shows at a time (topic 0 is the held blocks); on a wide screen, all.
    let shown = move |i: usize| move || topic.with(|t| *t == i);
    let situation = move || profile.with(|p| p.situation);
    let has_employer = move || {
        matches!(
            situation(),
            Some(Situation::Employee | Situation::PublicAgent | Situation::ConseillerNumerique)
        )
    };
    view! {
        <div class="sujet" tabindex="-1" class:actif=shown(1)>
            {radios(
                profile,
                "objectif",
                "Que visez-vous ?",
                "La plupart des médiateurs commencent par le CCP1, puis passent les autres blocs avec l'expérience.",
                TARGETS,
                |p| Some(matches!(p.target, Target::FullTitle)),
                |p, v| {
                    p.target = match v {
                        Some(false) => Target::Block { block: "mn-ccp1".into() },
                        _ => Target::FullTitle,
                    }
                },
            )}
        </div>
        <div class="sujet" tabindex="-1" class:actif=shown(2)>
            {radios(
                profile,
                "situation",
                "Quelle est votre situation ?",
                "Elle décide de la plupart des financements.",
                SITUATIONS,
                |p| p.situation,
                |p, v| p.situation = v,
            )}
            {move || (situation() == Some(Situation::JobSeeker)).then(|| radios(
                profile,
                "inscription",
                "Êtes-vous inscrit(e) à France Travail ?",
                "L'inscription ouvre l'aide individuelle à la formation (AIF).",
                YES_NO,
                |p| p.registered_job_seeker,
                |p, v| p.registered_job_seeker = v,
            ))}
            {move || has_employer().then(|| view! {
                {radios(profile, "employeur", "Qui est votre employeur ?",
                    "Les employeurs publics ont leurs propres règles (CPF en heures, pas de contrat de professionnalisation).",
                    EMPLOYERS, |p| p.employer, |p, v| p.employer = v)}
                {radios(profile, "contrat", "Quel est votre contrat ?",
                    "Pro-A demande un CDI ; Transitions Pro a des règles différentes en CDD.",
                    CONTRACTS, |p| p.contract, |p, v| p.contract = v)}
                {number(profile, "anciennete", "Depuis combien de mois travaillez-vous chez cet employeur ?",
                    "Transitions Pro demande en général 24 mois de salariat, dont 12 dans l'entreprise.",
                    0, 600, |p| p.seniority_months, |p, v| p.seniority_months = v)}
            })}
        </div>
        <div class="sujet" tabindex="-1" class:actif=shown(3)>
            <fieldset>
                <legend>"Vous"</legend>
                {ABOUT_YOU.iter().map(|&(id, label, help, min, max, get, set)| number(profile, id, label, help, min, max, get, set)).collect_view()}
                {super::terms::explain(&ABOUT_YOU.iter().flat_map(|q| [q.1, q.2]).collect::<Vec<_>>())}
            </fieldset>
        </div>
        <div class="sujet" tabindex="-1" class:actif=shown(4)>
            {radios(
                profile,
                "rqth",
                "Avez-vous une reconnaissance de handicap (RQTH) ?",
                "Elle supprime la limite d'âge de l'apprentissage et ouvre les aides de l'Agefiph ou du FIPHFP.",
                YES_NO,
                |p| p.rqth,
                |p, v| p.rqth = v,
            )}
        </div>
    }
}
