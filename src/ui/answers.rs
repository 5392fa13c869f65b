//! The answers a plan rests on, as a list a counsellor can read on paper: each answered
//! question and its answer, in the words the questions use. Unanswered questions are left out.

use super::fields::{say, Words};
use super::money_answers::WORKING_TIMES;
use super::profile::{CONTRACTS, DIPLOMAS, EMPLOYERS, SITUATIONS, TARGETS, YES_NO};
use crate::i18n;
use crate::plan::{Profile, Target};
use crate::{tr, trf, words};
use leptos::prelude::*;

/// The words of the option whose value is `v`, if the question offers it.
fn option<T: PartialEq>(options: &[(Option<T>, Words)], v: T) -> Option<String> {
    options
        .iter()
        .find(|(o, _)| o.as_ref() == Some(&v))
        .map(|(_, w)| say(*w).to_string())
}

/// The answers given so far, as (what was asked, the answer).
struct Given(Vec<(&'static str, String)>);

impl Given {
    fn put(&mut self, label: &'static str, value: Option<String>) {
        if let Some(v) = value {
            self.0.push((label, v));
        }
    }
}

/// Each answer given, as (what was asked, the answer): the aim and the situation, then the
/// person.
pub(super) fn given(p: &Profile) -> Vec<(&'static str, String)> {
    let mut out = Given(Vec::new());
    situation(p, &mut out);
    person(p, &mut out);
    out.0
}

/// The aim, the situation and the job.
fn situation(p: &Profile, out: &mut Given) {
    let mut put = |label, value| out.put(label, value);
    let target_is_title = matches!(p.target, Target::FullTitle);
    put(tr!("Objectif", "Aim"), option(TARGETS, target_is_title));
    put(
        tr!("Situation", "Situation"),
        p.situation.and_then(|s| option(SITUATIONS, s)),
    );
    put(
        tr!(
            "Inscrit(e) à France Travail",
            "Registered with France Travail"
        ),
        p.registered_job_seeker.and_then(|b| option(YES_NO, b)),
    );
    put(
        tr!("Employeur", "Employer"),
        p.employer.and_then(|e| option(EMPLOYERS, e)),
    );
    put(
        tr!("Contrat", "Contract"),
        p.contract.and_then(|c| option(CONTRACTS, c)),
    );
    put(
        tr!("Chez cet employeur depuis", "With this employer for"),
        p.seniority_months.map(|m| trf!("{} mois", "{} months", m)),
    );
    put(
        tr!(
            "Formation sur le temps de travail",
            "Training on working time"
        ),
        p.working_time.and_then(|w| option(WORKING_TIMES, w)),
    );
    put(
        tr!(
            "Reçoit l'allocation chômage (ARE)",
            "Receives unemployment benefit (ARE)"
        ),
        p.receives_are.and_then(|b| option(YES_NO, b)),
    );
}

/// The person: their rights, age, experience, time, diploma and what they receive.
fn person(p: &Profile, out: &mut Given) {
    let mut put = |label, value| out.put(label, value);
    put(
        tr!("Solde du CPF", "CPF balance"),
        p.cpf_euros
            .map(|e| i18n::euros(u32::try_from(e.max(0) * 100).unwrap_or(u32::MAX))),
    );
    put(
        tr!("Heures sur le CPF", "Hours on the CPF"),
        p.cpf_hours.map(|h| trf!("{} h", "{} h", h)),
    );
    put(
        tr!("Âge", "Age"),
        p.age.map(|a| trf!("{} ans", "{} years old", a)),
    );
    put(
        tr!(
            "Expérience en médiation numérique",
            "Experience in digital mediation"
        ),
        p.experience_months.map(|m| trf!("{} mois", "{} months", m)),
    );
    put(
        tr!(
            "Heures par semaine pour se former",
            "Hours a week for training"
        ),
        p.hours_per_week.map(|h| trf!("{} h", "{} h", h)),
    );
    put(
        tr!("Diplôme le plus élevé", "Highest diploma"),
        p.diploma_level.map(|l| {
            DIPLOMAS.iter().find(|(v, _)| *v == l).map_or_else(
                || trf!("Niveau {}", "Level {}", l),
                |(_, w)| say(*w).to_string(),
            )
        }),
    );
    put(tr!("RQTH", "RQTH"), p.rqth.and_then(|b| option(YES_NO, b)));
    put(
        tr!("RSA, ASS ou AAH", "RSA, ASS or AAH"),
        p.rsa_ass_aah.and_then(|b| option(YES_NO, b)),
    );
    put(
        tr!("Début souhaité", "Wished start"),
        p.start.map(i18n::month_year),
    );
}

/// « Vos réponses »: the list, on the printout's first page.
pub(super) fn list(p: &Profile) -> impl IntoView {
    let given = given(p);
    view! {
        <h3>{words!("Les réponses de ce plan", "This plan's answers")}</h3>
        {if given.is_empty() {
            view! { <p>{words!("Aucune réponse encore : le plan vaut pour tout le monde.", "No answer yet: the plan holds for anyone.")}</p> }.into_any()
        } else {
            view! {
                <dl class="reponses">
                    {given.into_iter().map(|(q, a)| view! { <dt>{q}</dt><dd>{a}</dd> }).collect_view()}
                </dl>
            }.into_any()
        }}
    }
}
