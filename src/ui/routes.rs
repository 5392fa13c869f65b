//! The routes, drawn: each route's steps on a time bar, with their details, funding and sources.
//! The view only shows what the planner decided.

use super::around::{after_routes, before_routes, title_option};
use super::step::step;
use super::Shown;
use super::{focus_later, top};
use crate::catalog::{self, Catalog};
use crate::i18n;
use crate::plan::{
    first_actions, Action, BestCase, Condition, Feasibility, Plan, Profile, ProfileError, Step,
    StepKind, Strength, ToPay,
};
use crate::store::Progress;
use crate::{tr, trf};
use leptos::prelude::*;

pub(super) fn step_title(c: &Catalog, s: &Step) -> String {
    match s.kind {
        StepKind::Experience => trf!(
            "Travailler dans le métier : {} d'expérience",
            "Work in the job: {} of experience",
            i18n::month_range(s.months)
        ),
        StepKind::Obtain => match c.title(&s.scope) {
            Some(t) => trf!("Le titre {} entier", "The whole {} title", t.short),
            None => i18n::block_name(c, &s.scope),
        },
    }
}

/// « (non confirmé) » after a value that rests on a secondary or unverified source.
pub(super) fn unconfirmed(shown: bool) -> impl IntoView {
    shown.then(|| {
        view! { " "<span class="non-confirme">{tr!("(non confirmé)", "(not confirmed)")}</span> }
    })
}

/// The class of a route's feasibility badge (its words say the same: not colour alone).
pub(super) fn feasibility_class(f: Feasibility) -> &'static str {
    match f {
        Feasibility::Firm => "faisabilite ouvert",
        Feasibility::Conditional => "faisabilite conditions",
        Feasibility::Unlikely => "faisabilite improbable",
    }
}

/// What a route's heading shows besides its name, as the plan gives it.
#[derive(Clone, PartialEq)]
struct Summary {
    strengths: Vec<Strength>,
    months: Option<catalog::Range>,
    to_pay: ToPay,
    best_case: Option<BestCase>,
    feasibility: Feasibility,
    conditions: Vec<Condition>,
    duration_confirmed: bool,
    amount_confirmed: bool,
    year: Option<u32>,
    start_year: u32,
    /// « Pour commencer », for the route on top.
    actions: Vec<Action>,
}

/// What the route view reads and writes besides the plan.
#[derive(Clone, Copy)]
pub struct RouteState {
    pub profile: Shown<Profile>,
    pub progress: Shown<Progress>,
    /// Which step details are open, so that changing an answer does not close them.
    pub open: RwSignal<Vec<String>>,
    /// Routes picked for comparison (at most three).
    pub compared: RwSignal<Vec<String>>,
}

#[component]
pub fn RouteList(marks: RouteState) -> impl IntoView {
    let plan = super::page::page().plan;
    let c = catalog::official();
    // Each part below is drawn again only when what it shows changes, not at every answer.
    let refused = Memo::new(move |_| plan.with(|r| r.as_ref().err().map(ToString::to_string)));
    let error = move || {
        refused.get().map(|e| {
            view! {
                <p class="a-verifier" role="alert">{trf!(
                    "Une réponse est impossible à utiliser : {}. Corrigez-la pour voir vos parcours.",
                    "An answer cannot be used: {}. Correct it to see your routes.",
                    e
                )}</p>
            }
        })
    };
    let acquired = Memo::new(move |_| plan.with(|r| r.as_ref().ok().map(|p| p.acquired.clone())));
    let has_choice = Memo::new(move |_| marks.profile.with(|p| !p.choices.is_empty()));
    let before = move || {
        acquired.with(|a| {
            a.as_ref()
                .map(|a| before_routes(a, has_choice.get(), marks.profile))
        })
    };
    let set_aside = Memo::new(move |_| {
        plan.with(|r| {
            r.as_ref()
                .ok()
                .map(|p| (p.excluded.clone(), p.unknowns.clone()))
        })
    });
    let after = move || set_aside.with(|x| x.as_ref().map(|(e, u)| after_routes(e, u)));
    // A whole earlier title held: the routes below are an option; say what the new one adds.
    let holds =
        Memo::new(move |_| plan.with(|r| r.as_ref().ok().and_then(|p| p.holds_title.clone())));
    let option = move || holds.get().map(|t| title_option(c, &t));
    // The blocks already held: the same line on every route's time line.
    let held = Memo::new(move |_| plan.with(|r| r.as_ref().ok().and_then(held_line)));
    // The route shown on top: the planner's first, or the one the person chose to show there.
    let top = RwSignal::new(None::<String>);
    let ids = Memo::new(move |_| {
        plan.with(|r| {
            r.as_ref()
                .map(|p| p.routes.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let shown = Memo::new(move |_| {
        ids.with(|ids| {
            top.get()
                .filter(|t| ids.contains(t))
                .or_else(|| ids.first().cloned())
        })
    });
    let chosen =
        move || top.with(|t| t.is_some()) && shown.get() != ids.with(|i| i.first().cloned());
    let card = move || {
        shown.get().map(|id| {
            let chosen = chosen();
            let title = if id == crate::plan::CHOSEN_ROUTE {
                tr!(
                    "Votre parcours, selon vos choix",
                    "Your route, as you chose it"
                )
            } else if chosen {
                tr!(
                    "Le parcours que vous avez choisi d'afficher",
                    "The route you chose to show"
                )
            } else {
                tr!("Votre parcours conseillé", "Your recommended route")
            };
            view! {
                <h3 id="parcours-affiche" tabindex="-1">{title}</h3>
                {route(c, id, plan, held, marks, Role::Top { chosen, top })}
            }
        })
    };
    // One line per other route, kept from one answer to the next and moved when the order
    // changes; its steps are drawn only once it is opened.
    let others = move || {
        let on_top = shown.get();
        ids.get()
            .into_iter()
            .filter(|id| Some(id) != on_top.as_ref())
            .collect::<Vec<_>>()
    };
    let has_others = move || ids.with(|i| i.len() > 1);
    view! {
        {error}
        {option}
        {before}
        {card}
        {move || has_others().then(|| view! {
            <h3 id="titre-autres">{tr!("Les autres parcours possibles", "The other possible routes")}</h3>
            <p class="aide">{tr!("Ouvrez-en un pour voir ses étapes, ou affichez-le en haut à la place du parcours conseillé.", "Open one to see its steps, or show it on top instead of the recommended route.")}</p>
        })}
        <ul class="parcours autres" aria-labelledby="titre-autres">
            <For each=others key=|id| id.clone() children=move |id| other(c, id, plan, held, marks, top) />
        </ul>
        {after}
    }
}

/// Where a route is drawn: on top (recommended, or chosen by the person), or folded among the
/// others, with a button that puts it on top.
#[derive(Clone, Copy)]
enum Role {
    Top {
        chosen: bool,
        top: RwSignal<Option<String>>,
    },
    Other {
        top: RwSignal<Option<String>>,
    },
}

/// One of the other routes: a line (name, feasibility, duration, sure amount) that opens in
/// place; what it holds is drawn when it is opened.
fn other(
    c: &'static Catalog,
    id: String,
    plan: Memo<Result<Plan, ProfileError>>,
    held: Memo<Option<String>>,
    marks: RouteState,
    top: RwSignal<Option<String>>,
) -> impl IntoView {
    let this = summary(id.clone(), plan);
    let open = RwSignal::new(false);
    let line = move || {
        this.with(|x| {
            let x = x.as_ref()?;
            Some(view! {
                <span class=feasibility_class(x.feasibility)>{i18n::feasibility(x.feasibility)}</span>
                " · "{i18n::month_range(x.months)}{unconfirmed(x.months.is_some() && !x.duration_confirmed)}
                " · "{i18n::dated(x.to_pay, x.year, x.start_year)}
            })
        })
    };
    let name = i18n::route_name(&id);
    let heading = format!("parcours-{id}");
    view! {
        <li>
            <details class="autre" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary><strong id=heading>{name}</strong>" · "{line}</summary>
                {move || open.get().then(|| route(c, id.clone(), plan, held, marks, Role::Other { top }))}
            </details>
        </li>
    }
}

/// What a route's line and heading show, following the plan: drawn again only when it changes.
fn summary(id: String, plan: Memo<Result<Plan, ProfileError>>) -> Memo<Option<Summary>> {
    Memo::new(move |_| {
        plan.with(|p| {
            let p = p.as_ref().ok()?;
            let i = p.routes.iter().position(|r| r.id == id)?;
            let r = &p.routes[i];
            Some(Summary {
                strengths: r.strengths.clone(),
                months: r.months,
                to_pay: r.to_pay,
                best_case: r.best_case.clone(),
                feasibility: r.feasibility,
                conditions: r.conditions.clone(),
                duration_confirmed: r.duration_confirmed,
                amount_confirmed: r.amount_confirmed,
                year: p.amounts_year,
                start_year: p.start.year(),
                actions: first_actions(r),
            })
        })
    })
}

/// The blocks already held, in a few words: the same line on every route's time line.
fn held_line(plan: &Plan) -> Option<String> {
    let c = catalog::official();
    (!plan.acquired.is_empty()).then(|| {
        let names: Vec<String> = plan
            .acquired
            .iter()
            .map(|a| i18n::acquired_short(a, c))
            .collect();
        names.join(" ; ")
    })
}

/// A step as its line shows it: without its funding, which only its details show (and read from
/// the plan when opened). Two answers that change only funding leave the line as it is.
fn as_shown(s: &Step) -> Step {
    Step {
        funding: Vec::new().into(),
        prerequisites: Vec::new(),
        sources: Vec::new(),
        to_pay: crate::plan::ToPay::Unknown,
        ..s.clone()
    }
}

/// What a step's row shows, as one text: the key of its row in the list.
fn shown_key(s: &Step) -> String {
    format!(
        "{}/{:?}/{:?}/{:?}/{:?}/{:?}/{}",
        s.scope, s.modality, s.months, s.start, s.end, s.dates, s.duration_confirmed
    )
}

fn step_keys(id: &str, steps: &[Step]) -> Vec<String> {
    steps
        .iter()
        .map(|s| Progress::key(id, &s.scope, s.modality.as_deref()))
        .collect()
}

/// One route, drawn in full: on top, or opened among the others. Its parts follow the plan on
/// their own: its feasibility, strengths, duration and cost, and its steps, drawn again only
/// when the steps as shown change.
fn route(
    c: &'static Catalog,
    id: String,
    plan: Memo<Result<Plan, ProfileError>>,
    held: Memo<Option<String>>,
    marks: RouteState,
    role: Role,
) -> impl IntoView {
    let this = summary(id.clone(), plan);
    // What its time line is drawn against: its own length (the comparison table puts routes
    // side by side). When only that changes, its steps stay and their bars move.
    let longest = {
        let id = id.clone();
        Memo::new(move |_| {
            plan.with(|p| {
                let r = p.as_ref().ok()?.routes.iter().find(|r| r.id == id)?;
                // A route whose total is unknown: as far as its known steps go.
                r.months
                    .map(|m| m.max)
                    .or_else(|| r.steps.iter().filter_map(|s| s.end.map(|e| e.max)).max())
            })
            .unwrap_or(1)
            .max(1)
        })
    };
    let steps = {
        let id = id.clone();
        Memo::new(move |_| {
            plan.with(|p| {
                p.as_ref()
                    .ok()
                    .and_then(|p| p.routes.iter().find(|r| r.id == id))
                    .map(|r| r.steps.iter().map(as_shown).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        })
    };
    let name = i18n::route_name(&id);
    let heading = format!("parcours-{id}");
    let strengths = move || {
        this.with(|x| {
            let x = x.as_ref()?;
            let list: Vec<String> = x
                .strengths
                .iter()
                .map(|s| match s {
                    // Worked out from durations that are not all confirmed: said so.
                    Strength::Fastest if !x.duration_confirmed => trf!(
                        "{} (durées non confirmées)",
                        "{} (durations not confirmed)",
                        i18n::strength(*s)
                    ),
                    _ => i18n::strength(*s).to_string(),
                })
                .collect();
            (!list.is_empty()).then(|| {
                view! { <ul class="etiquettes">{list.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }
            })
        })
    };
    let realistic = move || {
        this.with(|x| {
            let x = x.as_ref()?;
            let conditions: Vec<String> = x
                .conditions
                .iter()
                .map(|k| i18n::condition(k, c))
                .collect();
            let sigles = super::terms::explain(&conditions);
            Some(view! {
                <p class=feasibility_class(x.feasibility)>{i18n::feasibility(x.feasibility)}</p>
                {(!conditions.is_empty()).then(|| view! {
                    <p class="conditions-titre">{tr!("Ce parcours dépend de ceci, à vérifier ou à faire :", "This route depends on the following, to check or to do:")}</p>
                    <ul class="conditions">{conditions.into_iter().map(|k| view! { <li>{k}</li> }).collect_view()}</ul>
                    {sigles}
                })}
            })
        })
    };
    let months = move || {
        this.with(|x| {
            let x = x.as_ref()?;
            Some(view! { {i18n::month_range(x.months)}{unconfirmed(x.months.is_some() && !x.duration_confirmed)} })
        })
    };
    let to_pay = move || {
        this.with(|x| {
            let x = x.as_ref()?;
            let shown = !x.amount_confirmed && x.to_pay != ToPay::Unknown;
            Some(view! { {i18n::dated(x.to_pay, x.year, x.start_year)}{unconfirmed(shown)} })
        })
    };
    let best =
        move || {
            this.with(|x| {
                let x = x.as_ref()?;
                x.best_case.as_ref().map(|b| view! {
                <p><strong>{tr!("Au mieux : ", "At best: ")}</strong>{i18n::best_case(b, c)}</p>
            })
            })
        };
    let keys = {
        let id = id.clone();
        Memo::new(move |_| steps.with(|s| step_keys(&id, s)))
    };
    let total = move || keys.with(Vec::len);
    let behind = move || keys.with(|k| marks.progress.with(|p| p.behind(k)));
    let compare_id = format!("comparer-{id}");
    let picked = {
        let id = id.clone();
        move || marks.compared.with(|c| c.contains(&id))
    };
    let full = {
        let id = id.clone();
        move || marks.compared.with(|c| c.len() >= 3 && !c.contains(&id))
    };
    let pick = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            marks.compared.update(|c| {
                c.retain(|x| x != &id);
                if on && c.len() < 3 {
                    c.push(id.clone());
                }
            });
        }
    };
    // What the person holds, drawn before the steps: a full bar marked « acquis » in words.
    let held_view = move || {
        held.get().map(|names| {
            view! {
                <ul class="etapes acquis-frise">
                    <li class="etape acquise">
                        <div class="frise" aria-hidden="true"><span class="barre"></span></div>
                        <p><strong>{tr!("Déjà acquis : ", "Already held: ")}</strong>{names}</p>
                    </li>
                </ul>
            }
        })
    };
    // One row per step, keyed by the step as its line shows it: an answer that changes one
    // step's months redraws that step alone, and one that changes only funding redraws none.
    let shown_steps = move || {
        steps.with(|list| {
            list.iter()
                .cloned()
                .enumerate()
                .map(|(i, s)| (shown_key(&s), i, s))
                .collect::<Vec<_>>()
        })
    };
    let steps_view = {
        let id = id.clone();
        view! {
            <For
                each=shown_steps
                key=|(key, i, _)| (key.clone(), *i)
                children=move |(_, i, s)| step(c, &id, i, &s, longest, plan, marks)
            />
        }
    };
    let progress_id = format!("avancement-{id}");
    // On top: why it comes first and what to do now; among the others: a way to put it on top.
    let on_top = matches!(role, Role::Top { .. });
    let advice = move || {
        this.with(|x| {
            let x = x.as_ref().filter(|_| on_top)?;
            Some(view! {
                {top::why(x.feasibility, &x.strengths)}
                {top::first_steps(c, &x.actions)}
            })
        })
    };
    let switch = {
        let id = id.clone();
        move || {
            match role {
            Role::Top { chosen: true, top } => Some(view! {
                <p><button type="button" class="secondaire" on:click=move |_| top.set(None)>{tr!("Revenir au parcours conseillé", "Back to the recommended route")}</button></p>
            }.into_any()),
            Role::Other { top } => {
                let id = id.clone();
                Some(view! {
                    <p><button type="button" class="secondaire" on:click=move |_| {
                        top.set(Some(id.clone()));
                        focus_later("#parcours-affiche", true);
                    }>{tr!("Afficher ce parcours en haut", "Show this route on top")}</button></p>
                }.into_any())
            }
            Role::Top { .. } => None,
        }
        }
    };
    let start = marks.profile.with_untracked(|p| p.start);
    let axis = move || top::axis(longest.get(), start);
    let labelled_by = heading.clone();
    view! {
        <article class="route" class:conseille=on_top aria-labelledby=labelled_by>
            {on_top.then(|| view! { <h4 class="nom-parcours" id=heading>{name}</h4> })}
            {realistic}
            {advice}
            {strengths}
            <p>
                <strong>{tr!("Durée : ", "Duration: ")}</strong>{months}
                " · "<strong>{tr!("Reste à payer, sûr : ", "Left to pay, for sure: ")}</strong>{to_pay}
            </p>
            {best}
            {switch}
            <p class="avancement">
                <label for=progress_id.clone()>
                    {move || i18n::progress_words(behind(), total())}
                </label>
                <progress id=progress_id max=total value=behind></progress>
            </p>
            <div class="choix">
                <input type="checkbox" id=compare_id.clone() prop:checked=picked prop:disabled=full on:change=pick />
                <label for=compare_id>{tr!("Comparer ce parcours (trois au plus)", "Compare this route (three at most)")}</label>
            </div>
            <h4 class="lecteur">{tr!("Les étapes, dans le temps", "The steps, over time")}</h4>
            {axis}
            {held_view}
            <ol class="etapes">{steps_view}</ol>
        </article>
    }
}
