//! The profile questions: one topic a fieldset, plain French, « je ne sais pas » where it fits.
//! Every answer is editable at any time and the routes follow at once.

use super::fields::{say, Number, Unit, Words};
use super::Shown;
use crate::plan::{Contract, Employer, Profile, Situation};
use crate::{pair, trf, words};
use leptos::prelude::*;

pub(super) const SITUATIONS: &[(Option<Situation>, Words)] = &[
    (
        Some(Situation::JobSeeker),
        pair!("Je cherche un emploi", "I am looking for a job"),
    ),
    (
        Some(Situation::Employee),
        pair!(
            "Je suis salarié(e) (entreprise, association)",
            "I am an employee (company, association)"
        ),
    ),
    (
        Some(Situation::PublicAgent),
        pair!(
            "Je suis agent public (collectivité, État, hôpital)",
            "I am a public agent (local authority, State, hospital)"
        ),
    ),
    (
        Some(Situation::ConseillerNumerique),
        pair!(
            "Je suis recruté(e) comme conseiller numérique",
            "I am hired as a conseiller numérique"
        ),
    ),
    (
        Some(Situation::SelfEmployed),
        pair!("Je suis indépendant(e)", "I am self-employed"),
    ),
    (
        Some(Situation::Student),
        pair!("Je suis étudiant(e)", "I am a student"),
    ),
    (
        Some(Situation::NoActivity),
        pair!(
            "Je n'ai pas d'activité en ce moment",
            "I have no activity at the moment"
        ),
    ),
    (
        None,
        pair!(
            "Je ne sais pas, ou je préfère ne pas le dire",
            "I don't know, or I'd rather not say"
        ),
    ),
];

pub(super) const DONT_KNOW: Words = pair!("Je ne sais pas", "I don't know");

pub(super) const EMPLOYERS: &[(Option<Employer>, Words)] = &[
    (
        Some(Employer::PrivateCompany),
        pair!("Une entreprise privée", "A private company"),
    ),
    (
        Some(Employer::Association),
        pair!("Une association", "An association"),
    ),
    (
        Some(Employer::LocalAuthority),
        pair!(
            "Une collectivité (commune, département, région…)",
            "A local authority (town, département, region…)"
        ),
    ),
    (Some(Employer::State), pair!("L'État", "The State")),
    (
        Some(Employer::Hospital),
        pair!("Un hôpital public", "A public hospital"),
    ),
    (None, DONT_KNOW),
];

pub(super) const CONTRACTS: &[(Option<Contract>, Words)] = &[
    (
        Some(Contract::Cdi),
        pair!("CDI", "Permanent contract (CDI)"),
    ),
    (
        Some(Contract::Cdd),
        pair!("CDD", "Fixed-term contract (CDD)"),
    ),
    (
        Some(Contract::Other),
        pair!("Autre contrat", "Another contract"),
    ),
    (None, DONT_KNOW),
];

pub(super) const YES_NO: &[(Option<bool>, Words)] = &[
    (Some(true), pair!("Oui", "Yes")),
    (Some(false), pair!("Non", "No")),
    (None, DONT_KNOW),
];

pub(super) const TARGETS: &[(Option<bool>, Words)] = &[
    (
        Some(true),
        pair!(
            "Le titre complet « Médiateur numérique »",
            "The full title “Médiateur numérique”"
        ),
    ),
    (
        Some(false),
        pair!(
            "D'abord le CCP1, le cœur du métier",
            "CCP1 first, the core of the job"
        ),
    ),
];

/// The « Vous » questions.
pub(super) const ABOUT_YOU: &[Number] = &[
    Number { id: "age", label: pair!("Votre âge", "Your age"),
        help: pair!("L'apprentissage est ouvert de 16 à 29 ans, et sans limite d'âge avec une RQTH.", "Apprenticeship is open from 16 to 29, and with no age limit with an RQTH."),
        name: pair!("Votre âge", "Your age"), unit: Unit::Years,
        min: 14, max: 100, get: |p| p.age, set: |p, v| p.age = v },
    Number { id: "experience", label: pair!("Vos mois d'expérience en médiation numérique (ou proche)", "Your months of experience in digital mediation (or close to it)"),
        help: pair!("Accueil du public, ateliers, animation d'un lieu… Bénévolat compris. Une VAE demande en pratique environ un an.", "Welcoming the public, workshops, running a place… Volunteering included. In practice a VAE asks for about a year."),
        name: pair!("Votre expérience", "Your experience"), unit: Unit::Months,
        min: 0, max: 600, get: |p| p.experience_months, set: |p, v| p.experience_months = v },
    Number { id: "heures", label: pair!("Combien d'heures par semaine pouvez-vous consacrer à une formation ?", "How many hours a week can you give to training?"),
        help: pair!("Sert à estimer la durée des formations (35 h = temps plein).", "Used to estimate how long courses take (35 hours = full time)."),
        name: pair!("Vos heures par semaine", "Your hours a week"), unit: Unit::Hours,
        min: 1, max: 60, get: |p| p.hours_per_week, set: |p, v| p.hours_per_week = v },
];

/// How long the person has worked for their employer.
pub(super) const SENIORITY: Number = Number {
    id: "anciennete",
    label: pair!(
        "Depuis combien de mois travaillez-vous chez cet employeur ?",
        "For how many months have you worked for this employer?"
    ),
    help: pair!(
        "Transitions Pro demande en général 24 mois de salariat, dont 12 dans l'entreprise.",
        "Transitions Pro usually asks for 24 months as an employee, 12 of them with the company."
    ),
    name: pair!("Votre ancienneté", "Your time with this employer"),
    unit: Unit::Months,
    min: 0,
    max: 600,
    get: |p| p.seniority_months,
    set: |p, v| p.seniority_months = v,
};

pub(super) const DIPLOMA_HELP: Words = pair!(
    "Il change le plafond du CPF et l'accès à Pro-A.",
    "It changes the CPF ceiling and access to Pro-A."
);

/// The diplomas a person can name, by the French level each stands for (the CPF ceiling and
/// Pro-A read the level).
pub(super) const DIPLOMAS: &[(i64, Words)] = &[
    (0, pair!("Aucun diplôme", "No diploma")),
    (3, pair!("CAP, BEP", "CAP, BEP (vocational, level 3)")),
    (
        4,
        pair!(
            "Bac (général, technologique ou professionnel), BP",
            "Baccalauréat (general, technological or vocational), BP"
        ),
    ),
    (
        5,
        pair!(
            "Bac+2 (BTS, DEUST…)",
            "Two years after the baccalauréat (BTS, DEUST…)"
        ),
    ),
    (
        6,
        pair!(
            "Bac+3 (licence, BUT)",
            "Three years after the baccalauréat (bachelor's degree, BUT)"
        ),
    ),
    (
        7,
        pair!(
            "Bac+5 (master, diplôme d'ingénieur)",
            "Five years after the baccalauréat (master's degree, engineering degree)"
        ),
    ),
    (8, pair!("Doctorat", "Doctorate")),
];

/// The highest diploma, chosen by its name; unknown until chosen. A level stored without a
/// name here (1 or 2, from a file or a link) is shown as its level.
pub(super) fn diploma(profile: Shown<Profile>) -> impl IntoView {
    let answer = Memo::new(move |_| profile.with(|p| p.diploma_level));
    let initial = profile.with_untracked(|p| p.diploma_level);
    let named = move |l: i64| DIPLOMAS.iter().any(|(v, _)| *v == l);
    let other = move || {
        answer.get().filter(|l| !named(*l)).map(|l| {
            view! { <option value=l.to_string() selected=true>{move || trf!("Niveau {}", "Level {}", l)}</option> }
        })
    };
    view! {
        <div class="champ">
            <label for="diplome">{words!("Votre diplôme le plus élevé", "Your highest diploma")}</label>
            <p class="aide" id="diplome-aide">{move || say(DIPLOMA_HELP)}</p>
            <select id="diplome" aria-describedby="diplome-aide"
                prop:value=move || answer.get().map(|v| v.to_string()).unwrap_or_default()
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    profile.update(|p| p.diploma_level = text.parse().ok());
                }>
                // The option marked `selected` when drawn gives the first value; then `prop:value`.
                <option value="" selected=initial.is_none()>{words!("Je ne sais pas, ou je préfère ne pas le dire", "I don't know, or I'd rather not say")}</option>
                {DIPLOMAS.iter().map(|&(v, words)| view! { <option value=v.to_string() selected=initial == Some(v)>{move || say(words)}</option> }).collect_view()}
                {other}
            </select>
        </div>
    }
}
