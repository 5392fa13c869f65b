//! Two or three routes side by side: what each asks and what it changes in the person's life.

use crate::i18n;
use crate::plan::{Plan, ProfileError, Route};
use leptos::prelude::*;

fn yes(b: bool) -> &'static str {
    if b {
        "Oui"
    } else {
        "Non"
    }
}

#[component]
pub fn Comparison(
    plan: Memo<Result<Plan, ProfileError>>,
    compared: RwSignal<Vec<String>>,
) -> impl IntoView {
    move || {
        let ids = compared.get();
        plan.with(|p| {
            let Ok(p) = p else { return ().into_any() };
            let routes: Vec<&Route> = ids.iter().filter_map(|id| p.routes.iter().find(|r| &r.id == id)).collect();
            if routes.len() < 2 {
                return view! {
                    <p class="aide">"Cochez « Comparer ce parcours » sur deux ou trois parcours pour les voir côte à côte."</p>
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
                        <caption>"Comparaison des parcours choisis"</caption>
                        <thead>
                            <tr>
                                <td></td>
                                {routes.iter().map(|r| view! { <th scope="col">{i18n::route_name(&r.id)}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {row("Durée", &|r| i18n::month_range(r.months))}
                            {row("Reste à payer (au mieux)", &|r| i18n::to_pay(r.to_pay))}
                            {row("Étapes", &|r| r.steps.len().to_string())}
                            {row("Vous gardez votre emploi", &|r| yes(r.keeps_job).into())}
                            {row("Payé(e) pendant la formation", &|r| yes(r.paid).into())}
                            {row("Il faut un employeur qui signe un contrat", &|r| yes(r.needs_new_contract).into())}
                            {row("Points forts", &|r| r.strengths.iter().map(|s| i18n::strength(*s)).collect::<Vec<_>>().join(", "))}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    }
}
