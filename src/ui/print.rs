//! The printed plan: hidden on screen, laid out for paper. The route ranked first (the
//! person's own when they chose), every step with its funding and where to apply, what is
//! already held, the date of the data, the link and its QR code, and the « indicatif » notice.

use super::page::{page, Page};
use super::routes::{feasibility_class, step_title, unconfirmed};
use super::share;
use crate::catalog;
use crate::i18n::{self, cat};
use crate::plan::{Plan, StepKind, ToPay, Verdict};
use crate::store::Progress;
use crate::{tr, trf};
use leptos::prelude::*;

fn body(plan: &Plan, progress: &Progress) -> AnyView {
    let c = catalog::official();
    let Some(r) = plan.routes.first() else {
        return view! { <p>{tr!("Aucun parcours n'est proposé avec ces réponses.", "No route is suggested with these answers.")}</p> }.into_any();
    };
    let (year, start_year) = (plan.amounts_year, plan.start.year());
    let steps = r
        .steps
        .iter()
        .map(|s| {
            let status = progress.status(&Progress::key(&r.id, &s.scope, s.modality.as_deref()));
            let modality = s.modality.as_deref().and_then(|m| c.modality(m));
            let funding = s
                .funding
                .iter()
                .filter(|o| o.verdict != Verdict::NotEligible)
                .map(|o| {
                    let scheme = c.scheme(&o.scheme);
                    let name = scheme.map_or(o.scheme.clone(), |x| cat(&x.name).to_string());
                    let apply = scheme.map(|x| trf!(" Où demander : {} ({}).", " Where to apply: {} ({}).", cat(&x.apply_label), x.apply_url));
                    view! {
                        <li>
                            <strong>{name}</strong>{tr!(" : ", ": ")}{i18n::verdict_for(&o.scheme, o.verdict)}". "{i18n::reason(&o.reason)}
                            {tr!(" Reste à payer : ", " Left to pay: ")}{i18n::dated(o.to_pay, year, start_year)}{unconfirmed(!o.confirmed && o.to_pay != ToPay::Unknown)}"."{apply}
                        </li>
                    }
                })
                .collect_view();
            let closed: Vec<String> = s
                .funding
                .iter()
                .filter(|o| o.verdict == Verdict::NotEligible)
                .map(|o| c.scheme(&o.scheme).map_or(o.scheme.clone(), |x| cat(&x.short).to_string()))
                .collect();
            let about = c.block(&s.scope).map(|(_, b)| {
                let covers: Vec<&str> = b.competences.value.iter().flat_map(|c| c.iter()).map(|x| cat(x)).collect();
                let covers = covers.join(tr!(" ; ", "; "));
                view! {
                    {(!covers.is_empty()).then(|| view! { <p>{tr!("Ce que couvre le bloc : ", "What the block covers: ")}{covers}</p> })}
                    {b.assessment.value.as_deref().map(|a| view! { <p>{tr!("Évaluation : ", "Assessment: ")}{cat(a).to_string()}{unconfirmed(b.assessment.confidence != catalog::Confidence::Official)}</p> })}
                }
            });
            view! {
                <li>
                    <p>
                        <strong>{step_title(c, s)}</strong>
                        {modality.map(|m| format!(" — {}", cat(&m.name)))}
                        {format!(" — {} ({})", i18n::step_when(s), i18n::month_range(s.months))}
                        {unconfirmed(s.months.is_some() && !s.duration_confirmed)}
                        {format!(" — {}", i18n::step_status(status, true))}
                    </p>
                    {about}
                    {modality.map(|m| view! { <p>{tr!("Où commencer : ", "Where to start: ")}{m.apply_url.clone()}</p> })}
                    {(s.kind == StepKind::Obtain).then(|| view! {
                        <ul>{funding}</ul>
                        {(!closed.is_empty()).then(|| view! {
                            <p>{trf!("Non ouverts pour vous : {}.", "Not open to you: {}.", closed.join(", "))}</p>
                        })}
                    })}
                </li>
            }
        })
        .collect_view();
    let others: Vec<String> = plan
        .routes
        .iter()
        .skip(1)
        .map(|x| {
            format!(
                "{} ({}, {})",
                i18n::route_name(&x.id),
                i18n::feasibility(x.feasibility),
                i18n::month_range(x.months)
            )
        })
        .collect();
    view! {
        {(!plan.acquired.is_empty()).then(|| view! {
            <h3>{tr!("Déjà acquis", "Already held")}</h3>
            <ul>{plan.acquired.iter().map(|a| view! { <li>{i18n::acquired(a, c)}</li> }).collect_view()}</ul>
        })}
        {plan.holds_title.as_ref().map(|t| view! {
            <p>{i18n::warning(&crate::plan::Warning::TitleHeld { title: t.clone() }, c)}</p>
        })}
        <h3>{trf!("Parcours : {}", "Route: {}", i18n::route_name(&r.id))}</h3>
        <p class=feasibility_class(r.feasibility)>{i18n::feasibility(r.feasibility)}</p>
        {(!r.conditions.is_empty()).then(|| view! {
            <p>{tr!("Ce parcours dépend de ceci, à vérifier ou à faire :", "This route depends on the following, to check or to do:")}</p>
            <ul>{r.conditions.iter().map(|k| view! { <li>{i18n::condition(k, c)}</li> }).collect_view()}</ul>
        })}
        <p>
            {tr!("Durée : ", "Duration: ")}{i18n::month_range(r.months)}{unconfirmed(r.months.is_some() && !r.duration_confirmed)}
            {tr!(" · Reste à payer, sûr : ", " · Left to pay, for sure: ")}{i18n::dated(r.to_pay, year, start_year)}{unconfirmed(!r.amount_confirmed && r.to_pay != ToPay::Unknown)}
        </p>
        {r.best_case.as_ref().map(|b| view! { <p>{tr!("Au mieux : ", "At best: ")}{i18n::best_case(b, c)}</p> })}
        <ol>{steps}</ol>
        {(!others.is_empty()).then(|| view! {
            <p>{trf!("Autres parcours possibles : {}.", "Other possible routes: {}.", others.join(tr!(" ; ", "; ")))}</p>
        })}
    }
    .into_any()
}

#[component]
pub fn Printout(printing: RwSignal<bool>) -> impl IntoView {
    let c = catalog::official();
    let Page {
        plan,
        progress,
        name,
        link,
        today,
        ..
    } = page();
    move || {
        printing.get().then(|| {
    let link = link.get_untracked();
    view! {
        <section class="impression" aria-label=tr!("Version imprimable", "Printable version")>
            <h2>{move || trf!("Parcours vers le titre Médiateur numérique — {}", "Route to the Médiateur numérique title — {}", name.get())}</h2>
            <p>{trf!("Imprimé le {}.", "Printed on {}.", i18n::date(today))}" "{i18n::data_date(c)}</p>
            {move || plan.with(|p| match p {
                Ok(p) => body(p, &progress.get()),
                Err(e) => view! { <p>{trf!("Une réponse est impossible à utiliser : {}.", "An answer cannot be used: {}.", e)}</p> }.into_any(),
            })}
            <div class="lien-imprime">
                {share::qr_view(&link)}
                <p>{tr!("Retrouver ce plan : ", "Find this plan again: ")}<span class="url">{link.clone()}</span></p>
            </div>
            <p><strong>{cat(&c.meta.disclaimer)}</strong></p>
        </section>
    }
    })
    }
}
