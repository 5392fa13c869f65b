//! The printed plan: hidden on screen, laid out for paper. The route ranked first (the
//! person's own when they chose), every step with its funding and where to apply, what is
//! already held, the date of the data, the link and its QR code, and the « indicatif » notice.

use super::facts::unconfirmed;
use super::page::{page, Page};
use super::routes::{feasibility_class, step_title};
use super::share;
use crate::catalog::{self, Catalog};
use crate::i18n::{self, cat};
use crate::plan::{first_actions, Plan, Profile, Route, Step, StepKind, ToPay, Verdict};
use crate::store::Progress;
use crate::{tr, trf};
use leptos::prelude::*;

/// The route on paper: the one the person follows, else the one ranked first. Its first page
/// holds what to do (the route, its steps in a line each, « Pour commencer », the amounts and
/// conditions); the details of each step and the other routes come after, on pages of their
/// own (see `Printout`).
fn body(plan: &Plan, progress: &Progress, answers: &Profile) -> (AnyView, AnyView) {
    let c = catalog::official();
    let followed = progress.followed.as_ref().and_then(|f| plan.route(f));
    let Some(r) = followed.or(plan.routes.first()) else {
        return (view! { <p>{tr!("Aucun parcours n'est proposé avec ces réponses.", "No route is suggested with these answers.")}</p> }.into_any(), ().into_any());
    };
    // Marks are shown on the route followed only.
    let marked = followed.is_some();
    let (year, start_year) = (plan.amounts_year, plan.start.year());
    let steps = r
        .steps
        .iter()
        .map(|s| detailed_step(c, s, (year, start_year)))
        .collect_view();
    // One line per step, on the first page.
    let lines = r
        .steps
        .iter()
        .map(|s| step_line(c, &r.id, s, progress, marked))
        .collect_view();
    let actions = start_with(c, r);
    let others = other_routes(plan, &r.id);
    let first = view! {
        {super::answers::list(answers)}
        {(!plan.acquired.is_empty()).then(|| view! {
            <h3>{tr!("Déjà acquis", "Already held")}</h3>
            <ul>{plan.acquired.iter().map(|a| view! { <li>{i18n::acquired(a, c)}</li> }).collect_view()}</ul>
        })}
        {plan.holds_title.as_ref().map(|t| view! {
            <p>{i18n::warning(&crate::plan::Warning::TitleHeld { title: t.clone() }, c)}</p>
        })}
        <h3>{trf!("Parcours : {}", "Route: {}", i18n::route_name(&r.id))}</h3>
        <p class=feasibility_class(r.feasibility)>{i18n::feasibility(r.feasibility)}</p>
        {(!r.unlikely.is_empty()).then(|| view! {
            <p>{tr!("Peu probable parce que ", "Unlikely because ")}{r.unlikely.iter().map(|u| i18n::unlikely_because(*u)).collect::<Vec<_>>().join(tr!(" ; ", "; "))}"."</p>
        })}
        {(!r.conditions.is_empty()).then(|| view! {
            <p>{tr!("Ce parcours dépend de ceci, à vérifier ou à faire :", "This route depends on the following, to check or to do:")}</p>
            <ul>{r.conditions.iter().map(|k| view! { <li>{i18n::condition(k, c)}</li> }).collect_view()}</ul>
        })}
        // What is left to pay is in the table below, sure and at best apart.
        <p>{tr!("Durée : ", "Duration: ")}{i18n::month_range(r.months)}{unconfirmed(r.months.is_some() && !r.duration_confirmed)}</p>
        {super::route::money_table(c, &r.money, &r.income, r.amount_confirmed)}
        <ol class="etapes-imprimees">{lines}</ol>
        {actions}
    }
    .into_any();
    let rest = view! {
        <h3>{tr!("Les étapes en détail : financements et où demander", "The steps in detail: funding and where to apply")}</h3>
        <ol>{steps}</ol>
        {(!others.is_empty()).then(|| view! {
            <h3>{tr!("Les autres parcours possibles", "The other possible routes")}</h3>
            <p>{others.join(tr!(" ; ", "; "))}</p>
        })}
    }
    .into_any();
    (first, rest)
}

/// A step on the details' pages: what the block covers and how it is assessed, where to
/// start, each funding open to the person with what is left to pay, and those that are not.
fn detailed_step(
    c: &'static Catalog,
    s: &Step,
    (year, start_year): (Option<u32>, u32),
) -> impl IntoView {
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
        .map(|o| {
            c.scheme(&o.scheme)
                .map_or(o.scheme.clone(), |x| cat(&x.short).to_string())
        })
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
}

/// A step in one line on the first page: its name, way, months, and its mark on the route
/// followed.
fn step_line(
    c: &'static Catalog,
    route: &str,
    s: &Step,
    progress: &Progress,
    marked: bool,
) -> impl IntoView {
    let status = progress.status(&Progress::key(route, &s.scope, s.modality.as_deref()));
    let modality = s.modality.as_deref().and_then(|m| c.modality(m));
    view! {
        <li>
            <strong>{step_title(c, s)}</strong>
            {modality.map(|m| format!(" — {}", cat(&m.name)))}
            {format!(" — {} ({})", i18n::step_when(s), i18n::month_range(s.months))}
            {unconfirmed(s.months.is_some() && !s.duration_confirmed)}
            {marked.then(|| format!(" — {}", i18n::step_status(status, true)))}
        </li>
    }
}

/// « Pour commencer »: what to do first, each with where to do it.
fn start_with(c: &'static Catalog, r: &Route) -> Option<impl IntoView> {
    let actions = first_actions(r);
    (!actions.is_empty()).then(|| {
        let items = actions
            .iter()
            .map(|a| {
                let (text, url) = i18n::action(a, c);
                view! { <li>{text}{url.map(|u| format!(" ({u})"))}</li> }
            })
            .collect_view();
        view! { <h3>{tr!("Pour commencer", "To get started")}</h3><ol>{items}</ol> }
    })
}

/// The other routes, each in a few words.
fn other_routes(plan: &Plan, shown: &str) -> Vec<String> {
    plan.routes
        .iter()
        .filter(|x| x.id != shown)
        .map(|x| {
            format!(
                "{} ({}, {})",
                i18n::route_name(&x.id),
                i18n::feasibility(x.feasibility),
                i18n::month_range(x.months)
            )
        })
        .collect()
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
    let profile = super::page::session().profile;
    move || {
        printing.get().then(|| {
    let link = link.get_untracked();
    let (first, rest) = plan.with(|p| match p {
        Ok(p) => body(p, &progress.get(), &profile.get()),
        Err(e) => (view! { <p>{trf!("Une réponse est impossible à utiliser : {}.", "An answer cannot be used: {}.", e)}</p> }.into_any(), ().into_any()),
    });
    view! {
        <section class="impression" aria-label=tr!("Version imprimable", "Printable version")>
            <h2>{move || trf!("Parcours vers le titre Médiateur numérique — {}", "Route to the Médiateur numérique title — {}", name.get())}</h2>
            <p>{trf!("Imprimé le {}.", "Printed on {}.", i18n::date(today))}" "{i18n::data_date(c)}</p>
            {first}
            <div class="lien-imprime">
                {share::qr_view(&link)}
                <p>{tr!("Retrouver ce plan : ", "Find this plan again: ")}<span class="url">{link.clone()}</span></p>
            </div>
            <p><strong>{cat(&c.meta.disclaimer)}</strong></p>
            <div class="page-suivante">{rest}</div>
        </section>
    }
    })
    }
}
