//! Two or three routes side by side: what each asks and what it changes in the person's life.

use crate::catalog;
use crate::i18n;
use crate::plan::Route;
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

#[component]
pub fn Comparison(compared: RwSignal<Vec<String>>) -> impl IntoView {
    let plan = super::page::page().plan;
    // The chosen routes as planned: the table is drawn again only when one of them changes.
    let chosen = Memo::new(move |_| {
        compared.with(|ids| {
            plan.with(|p| {
                p.as_ref().ok().map(|p| {
                    ids.iter()
                        .filter_map(|id| p.routes.iter().find(|r| &r.id == id).cloned())
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    move || {
        chosen.with(|routes| {
            let Some(routes) = routes else { return ().into_any() };
            let c = catalog::official();
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
            let row = |label: &'static str, cell: &dyn Fn(&Route) -> String| {
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        {routes.iter().map(|r| view! { <td>{cell(r)}</td> }).collect_view()}
                    </tr>
                }
            };
            view! {
                <div class="tableau">
                    <table>
                        <caption>{tr!("Comparaison des parcours choisis", "The chosen routes compared")}</caption>
                        <thead>
                            <tr>
                                <td></td>
                                {routes.iter().map(|r| view! { <th scope="col">{i18n::route_name(&r.id)}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {row(tr!("Durée", "Duration"), &|r| i18n::month_range(r.months))}
                            {row(tr!("Réaliste pour vous ?", "Realistic for you?"), &|r| i18n::feasibility(r.feasibility).to_string())}
                            {row(tr!("À vérifier ou à faire", "To check or to do"), &|r| {
                                let list: Vec<String> = r.conditions.iter().map(|k| i18n::condition(k, c)).collect();
                                if list.is_empty() { tr!("Rien", "Nothing").to_string() } else { list.join(tr!(" ; ", "; ")) }
                            })}
                            {row(tr!("Prix", "Price"), &|r| i18n::price(&r.money))}
                            {row(tr!("Votre CPF", "Your CPF"), &|r| i18n::cpf(&r.money))}
                            {row(tr!("Qui peut payer le reste", "Who may pay the rest"), &|r| i18n::could_close(&r.money, c))}
                            {row(tr!("Reste à payer, sûr", "Left to pay, for sure"), &|r| sure(r, year, start_year))}
                            {row(tr!("Au mieux", "At best"), &|r| i18n::left(&r.money).1.unwrap_or_else(|| tr!("pas moins que le montant sûr", "no less than the sure amount").into()))}
                            {row(tr!("Pendant la formation", "During the course"), &|r| i18n::income(&r.income))}
                            {row(tr!("Étapes", "Steps"), &|r| r.steps.len().to_string())}
                            {row(tr!("Vous gardez votre emploi", "You keep your job"), &|r| yes(r.keeps_job).into())}
                            {row(tr!("Payé(e) pendant la formation", "Paid during training"), &|r| yes(r.paid).into())}
                            {row(tr!("Il faut un employeur qui signe un contrat", "You need an employer to sign a contract"), &|r| yes(r.needs_new_contract).into())}
                            {row(tr!("Points forts", "Strengths"), &|r| r.strengths.iter().map(|s| i18n::strength(*s)).collect::<Vec<_>>().join(", "))}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    }
}
