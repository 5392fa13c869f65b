//! Two or three routes side by side: what each asks and what it changes in the person's life.
//! Only the rows that apply to the person are drawn; on a phone each row is a list, one line
//! a route.

use crate::catalog;
use crate::i18n;
use crate::plan::{Route, Situation, Strength};
use crate::tr;
use leptos::prelude::*;

fn yes(b: bool) -> &'static str {
    if b {
        tr!("Oui", "Yes")
    } else {
        tr!("Non", "No")
    }
}

/// What is left for sure: the amount against the price when it is known, else what the funding
/// verdicts say (a price to ask for).
fn sure(r: &Route, year: Option<u32>, start_year: u32) -> String {
    match r.money.left_sure {
        Some(_) => i18n::left(&r.money).0,
        None => i18n::dated(r.to_pay, year, start_year),
    }
}

/// The duration, and « (non confirmé) » where it rests on an unconfirmed figure, as the card
/// says it.
fn duration(r: &Route) -> String {
    let range = i18n::month_range(r.months);
    if r.duration_confirmed || r.months.is_none() {
        range
    } else {
        format!("{range} {}", tr!("(non confirmé)", "(not confirmed)"))
    }
}

/// Whether the person has a job to keep: a job seeker, a student or someone without activity
/// has none, and « Vous gardez votre emploi : Non » would mislead them.
fn has_a_job(s: Option<Situation>) -> bool {
    matches!(
        s,
        Some(Situation::Employee | Situation::PublicAgent | Situation::ConseillerNumerique)
    )
}

#[component]
pub fn Comparison(compared: RwSignal<Vec<String>>) -> impl IntoView {
    let plan = super::page::page().plan;
    let profile = super::page::session().profile;
    let situation = Memo::new(move |_| profile.with(|p| p.situation));
    // The chosen routes as planned: the table is drawn again only when one of them changes.
    let chosen = Memo::new(move |_| {
        compared.with(|ids| {
            plan.with(|p| {
                p.as_ref().ok().map(|p| {
                    ids.iter()
                        .filter_map(|id| p.route(id).cloned())
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    move || {
        let job = has_a_job(situation.get());
        chosen.with(|routes| {
            let Some(routes) = routes else { return ().into_any() };
            let (year, start_year) = plan.with_untracked(|p| {
                p.as_ref().map_or((None, 0), |p| (p.amounts_year, p.start.year()))
            });
            if routes.len() < 2 {
                return view! {
                    <p class="aide">{tr!(
                        "Cochez « Comparer ce parcours » sur deux ou trois parcours pour les voir côte à côte.",
                        "Tick “Compare this route” on two or three routes to see them side by side."
                    )}</p>
                }
                .into_any();
            }
            table(routes, job, (year, start_year))
        })
    }
}

/// The chosen routes side by side, a row for each thing to compare (a row no route has is left
/// out), each cell naming its route for a phone, where the rows are lists (see the style).
fn table(routes: &[Route], job: bool, (year, start_year): (Option<u32>, u32)) -> AnyView {
    let c = catalog::official();
    let names: Vec<String> = routes
        .iter()
        .map(|r| format!("{}{}", i18n::route_name(&r.id), tr!(" : ", ": ")))
        .collect();
    let row = |label: &'static str, cell: &dyn Fn(&Route) -> String| {
        view! {
            <tr role="row">
                <th scope="row" role="rowheader">{label}</th>
                {routes.iter().zip(&names).map(|(r, n)| view! { <td role="cell" data-parcours=n.clone()>{cell(r)}</td> }).collect_view()}
            </tr>
        }
    };
    let any = |f: &dyn Fn(&Route) -> bool| routes.iter().any(f);
    let better = |r: &Route| i18n::left(&r.money).1;
    view! {
        <div class="tableau comparaison">
            <table role="table">
                <caption>{tr!("Comparaison des parcours choisis", "The chosen routes compared")}</caption>
                <thead>
                    <tr role="row">
                        <td></td>
                        {routes.iter().map(|r| view! { <th scope="col" role="columnheader">{i18n::route_name(&r.id)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {row(tr!("Durée", "Duration"), &duration)}
                    {row(tr!("Réaliste pour vous ?", "Realistic for you?"), &|r| i18n::feasibility(r.feasibility).to_string())}
                    {row(tr!("À vérifier ou à faire", "To check or to do"), &|r| {
                        let list: Vec<String> = r.conditions.iter().map(|k| i18n::condition(k, c)).collect();
                        if list.is_empty() { tr!("Rien", "Nothing").to_string() } else { list.join(tr!(" ; ", "; ")) }
                    })}
                    {row(tr!("Prix", "Price"), &|r| i18n::price(&r.money))}
                    {row(tr!("Votre CPF", "Your CPF"), &|r| i18n::cpf(&r.money))}
                    {any(&|r| !r.money.could_close.is_empty()).then(|| row(tr!("Qui peut payer le reste", "Who may pay the rest"), &|r| i18n::could_close(&r.money, c)))}
                    {row(tr!("Reste à payer, sûr", "Left to pay, for sure"), &|r| sure(r, year, start_year))}
                    {any(&|r| better(r).is_some()).then(|| row(tr!("Au mieux", "At best"), &|r| better(r).unwrap_or_else(|| tr!("le même montant : aucun financement de plus trouvé", "the same amount: no further funding found").into())))}
                    {row(tr!("Pendant la formation", "During the course"), &|r| i18n::income(&r.income))}
                    {row(tr!("Étapes", "Steps"), &|r| r.steps.len().to_string())}
                    {job.then(|| row(tr!("Vous gardez votre emploi", "You keep your job"), &|r| yes(r.keeps_job).into()))}
                    {row(tr!("Il faut un employeur qui signe un contrat", "You need an employer to sign a contract"), &|r| yes(r.needs_new_contract).into())}
                    {any(&|r| !r.strengths.is_empty()).then(|| row(tr!("Points forts", "Strengths"), &|r| r.strengths.iter().map(|s| match s {
                        Strength::Fastest if !r.duration_confirmed => format!("{} {}", i18n::strength(*s), tr!("(durées non confirmées)", "(durations not confirmed)")),
                        _ => i18n::strength(*s).to_string(),
                    }).collect::<Vec<_>>().join(", ")))}
                </tbody>
            </table>
        </div>
    }
.into_any()
}
