//! One route, drawn in full: on top, or opened among the others. Its feasibility, why it comes
//! first, what to do now, its time line and its steps, each part following the plan on its own.

use super::facts::unconfirmed;
use super::routes::{feasibility_class, summary, Role, RouteState, Summary};
use super::step::StepRow;
use super::{focus_later, top};
use crate::catalog::Catalog;
use crate::i18n;
use crate::plan::{Income, Money, Plan, ProfileError, Step, StepKind, Strength};
use crate::store::Progress;
use crate::{tr, trf, words};
use leptos::prelude::*;

/// What identifies a step in its route: its block (or title), its way and its kind. A step's
/// row reads everything else (its months, its place, its funding) from the plan itself, so an
/// answer that changes only those leaves the list of steps as it is, and nothing is copied.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct StepId {
    pub scope: String,
    pub modality: Option<String>,
    pub kind: StepKind,
}

impl StepId {
    fn of(s: &Step) -> StepId {
        StepId {
            scope: s.scope.clone(),
            modality: s.modality.clone(),
            kind: s.kind,
        }
    }
}

/// Where the progress marks of a route's steps are stored (`Progress::key`): what « où en
/// êtes-vous » counts. Not a list's keys: the rows are keyed by `StepId`.
fn stored_marks(id: &str, steps: &[StepId]) -> Vec<String> {
    steps
        .iter()
        .map(|s| Progress::key(id, &s.scope, s.modality.as_deref()))
        .collect()
}

/// One route, drawn in full: on top, or opened among the others. Its parts follow the plan on
/// their own: its feasibility, strengths, duration and cost, and its steps, drawn again only
/// when the steps as shown change. Which route it is may change too (the route on top, after an
/// answer): the card stays, and each part changes its words in place.
pub(super) fn route(
    c: &'static Catalog,
    id: Memo<String>,
    plan: Memo<Result<Plan, ProfileError>>,
    held: Memo<Option<String>>,
    marks: RouteState,
    role: Role,
) -> impl IntoView {
    let this = summary(id, plan);
    // What its time line is drawn against: its own length (the comparison table puts routes
    // side by side). When only that changes, its steps stay and their bars move.
    let longest = Memo::new(move |_| {
        id.with(|id| {
            plan.with(|p| {
                let r = p.as_ref().ok()?.route(id)?;
                // A route whose total is unknown: as far as its known steps go.
                r.months
                    .map(|m| m.max)
                    .or_else(|| r.steps.iter().filter_map(|s| s.end.map(|e| e.max)).max())
            })
        })
        .unwrap_or(1)
        .max(1)
    });
    let steps = Memo::new(move |_| {
        id.with(|id| {
            plan.with(|p| {
                p.as_ref()
                    .ok()
                    .and_then(|p| p.route(id))
                    .map(|r| r.steps.iter().map(StepId::of).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        })
    });
    // Progress marks belong to the route the person follows; any other offers to follow it.
    let follows = Memo::new(move |_| {
        id.with(|id| {
            marks
                .progress
                .with(|p| p.followed.as_deref() == Some(id.as_str()))
        })
    });
    let on_top = matches!(role, Role::Top { .. });
    let name = move || id.with(|id| i18n::route_name(id));
    let heading = move || id.with(|id| format!("parcours-{id}"));
    view! {
        <article class="route" class:conseille=on_top aria-labelledby=heading>
            {on_top.then(|| view! { <h4 class="nom-parcours" id=heading>{name}</h4> })}
            {about_route(c, this, on_top)}
            {route_choices(id, role, marks, steps, follows)}
            <h4 class="lecteur">{words!("Les étapes, dans le temps", "The steps, over time")}</h4>
            {time_line(c, id, plan, held, marks, Parts { this, longest, steps, follows })}
        </article>
    }
}

/// What a route is: how realistic, why first and what to do now (on top), its strengths, its
/// duration and its money. Each part is drawn again by its closure when the plan changes, and
/// reads its fixed words there (`tr!`); what stays between the parts writes `words!`.
fn about_route(c: &'static Catalog, this: Memo<Option<Summary>>, on_top: bool) -> impl IntoView {
    let realistic = move || {
        this.with(|x| {
            let x = x.as_ref()?;
            let conditions: Vec<String> = x
                .conditions
                .iter()
                .map(|k| i18n::condition(k, c))
                .collect();
            let sigles = super::terms::explain(&conditions);
            let unlikely: Vec<&str> = x.unlikely.iter().map(|u| i18n::unlikely_because(*u)).collect();
            Some(view! {
                <p class=feasibility_class(x.feasibility)>{i18n::feasibility(x.feasibility)}</p>
                {(!unlikely.is_empty()).then(|| view! {
                    <p class="peu-probable">{tr!("Peu probable parce que ", "Unlikely because ")}{unlikely.join(tr!(" ; ", "; "))}"."</p>
                })}
                {(!conditions.is_empty()).then(|| view! {
                    <p class="conditions-titre">{tr!("Ce parcours dépend de ceci, à vérifier ou à faire :", "This route depends on the following, to check or to do:")}</p>
                    <ul class="conditions">{conditions.into_iter().map(|k| view! { <li>{k}</li> }).collect_view()}</ul>
                    {sigles}
                })}
            })
        })
    };
    // On top: why it comes first and what to do now.
    let advice = move || {
        this.with(|x| {
            let x = x.as_ref().filter(|_| on_top)?;
            Some(view! {
                {top::why(x)}
                {top::first_steps(c, &x.actions)}
            })
        })
    };
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
    let months = move || {
        this.with(|x| {
            let x = x.as_ref()?;
            Some(view! { {i18n::month_range(x.months)}{unconfirmed(x.months.is_some() && !x.duration_confirmed)} })
        })
    };
    let money = move || {
        this.with(|x| {
            x.as_ref()
                .map(|x| money_table(c, &x.money, &x.income, x.amount_confirmed))
        })
    };
    view! {
        {realistic}
        {advice}
        {strengths}
        <p>
            <strong>{words!("Durée : ", "Duration: ")}</strong>{months}
        </p>
        {money}
    }
}

/// What the person may do with a route: put it on top (or go back), follow it and see how far
/// they are, compare it.
fn route_choices(
    id: Memo<String>,
    role: Role,
    marks: RouteState,
    steps: Memo<Vec<StepId>>,
    follows: Memo<bool>,
) -> impl IntoView {
    let stored = Memo::new(move |_| id.with(|id| steps.with(|s| stored_marks(id, s))));
    let total = move || stored.with(Vec::len);
    let behind = move || stored.with(|k| marks.progress.with(|p| p.behind(k)));
    let progress_id = move || id.with(|id| format!("avancement-{id}"));
    let switch = move || match role {
        Role::Top { chosen, top } => chosen.get().then(|| {
            view! {
                <p><button type="button" class="secondaire" on:click=move |_| top.set(None)>{
                    if marks.progress.with_untracked(|p| p.followed.is_some()) {
                        tr!("Revenir au parcours que vous suivez", "Back to the route you follow")
                    } else {
                        tr!("Revenir au parcours conseillé", "Back to the recommended route")
                    }
                }</button></p>
            }
            .into_any()
        }),
        Role::Other { top } => Some(
            view! {
                <p><button type="button" class="secondaire" on:click=move |_| {
                    top.set(Some(id.get_untracked()));
                    focus_later(super::dom::landmarks().top_route, true);
                }>{words!("Afficher ce parcours en haut", "Show this route on top")}</button></p>
            }
            .into_any(),
        ),
    };
    let following = {
        let top = match role {
            Role::Top { top, .. } | Role::Other { top } => top,
        };
        move || {
            if follows.get() {
                view! {
                    <p class="avancement">
                        <label for=progress_id>
                            {move || i18n::progress_words(behind(), total())}
                        </label>
                        <progress id=progress_id max=total value=behind></progress>
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <p class="suivre">
                        <button type="button" class="secondaire" on:click=move |_| {
                            marks.progress.update(|p| p.followed = Some(id.get_untracked()));
                            // Followed, it comes on top, where its marks are.
                            top.set(None);
                            focus_later(super::dom::landmarks().top_route, true);
                        }>{words!("Je suis ce parcours", "I follow this route")}</button>
                        " "<span class="aide">{words!("pour noter où j'en suis, étape par étape", "to note where I am, step by step")}</span>
                    </p>
                }
                .into_any()
            }
        }
    };
    view! {
        {switch}
        {following}
        {compare_box(id, marks)}
    }
}

/// « Comparer ce parcours »: three routes at most side by side.
fn compare_box(id: Memo<String>, marks: RouteState) -> impl IntoView {
    let compare_id = move || id.with(|id| format!("comparer-{id}"));
    let picked = move || id.with(|id| marks.compared.with(|c| c.contains(id)));
    let full = move || id.with(|id| marks.compared.with(|c| c.len() >= 3 && !c.contains(id)));
    let pick = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        let id = id.get_untracked();
        marks.compared.update(|c| {
            c.retain(|x| x != &id);
            if on && c.len() < 3 {
                c.push(id);
            }
        });
    };
    view! {
        <div class="choix">
            <input type="checkbox" id=compare_id prop:checked=picked prop:disabled=full on:change=pick />
            <label for=compare_id>{words!("Comparer ce parcours (trois au plus)", "Compare this route (three at most)")}</label>
        </div>
    }
}

/// What a route's time line reads, each part following the plan on its own.
#[derive(Clone, Copy)]
struct Parts {
    this: Memo<Option<Summary>>,
    /// The route's length in months, which the bars are drawn against.
    longest: Memo<u32>,
    steps: Memo<Vec<StepId>>,
    follows: Memo<bool>,
}

/// A route's time line: its axis, what is already held, and a row for each step.
fn time_line(
    c: &'static Catalog,
    id: Memo<String>,
    plan: Memo<Result<Plan, ProfileError>>,
    held: Memo<Option<String>>,
    marks: RouteState,
    parts: Parts,
) -> impl IntoView {
    let Parts {
        this,
        longest,
        steps,
        follows,
    } = parts;
    // The time line counts from the route's first day as the plan gives it (the start asked
    // for, moved by an employer's notice), and follows it when an answer changes it.
    let begins = Memo::new(move |_| this.with(|x| x.as_ref().and_then(|x| x.begins)));
    let axis = move || top::axis(longest.get(), begins.get());
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
    // One row per step, keyed by what identifies it: its route, its block and its way. A row
    // follows its own step in the plan (its months, its bar, its details): an answer that changes
    // one step's months changes that row's words in place, and a row's marks and details belong
    // to its route: another route, other rows.
    let shown_steps = move || {
        let route = id.get();
        steps.with(|list| {
            list.iter()
                .map(|s| (route.clone(), s.clone()))
                .collect::<Vec<_>>()
        })
    };
    let steps_view = view! {
        <For
            each=shown_steps
            key=|(route, s)| (route.clone(), s.scope.clone(), s.modality.clone())
            children=move |(route, s)| view! { <StepRow c route s longest plan marks follows /> }
        />
    };
    view! {
        {axis}
        {held_view}
        <ol class="etapes">{steps_view}</ol>
    }
}

/// The money of a route, as a short table: the price, what the CPF pays, who else could pay,
/// what is left for sure and at best; then what the person lives on during the course. A price
/// that rests on a secondary source or an estimate (`confirmed` false) is marked so. Drawn by a
/// closure that follows the plan, so its fixed words are read there (`tr!`, see `i18n`).
pub(super) fn money_table(
    c: &'static Catalog,
    m: &Money,
    income: &Income,
    confirmed: bool,
) -> impl IntoView {
    let unsure = !confirmed && m.price.is_some_and(|p| p.max > 0);
    let (sure, best) = i18n::left(m);
    let paid = m.paid_by.is_some() || m.price.is_some_and(|p| p.max == 0);
    view! {
        <table class="argent">
            <caption>{tr!("L'argent", "The money")}</caption>
            <tbody>
                <tr><th scope="row">{tr!("Prix", "Price")}</th><td>{i18n::price(m)}{unconfirmed(unsure)}</td></tr>
                {(!paid).then(|| view! {
                    <tr><th scope="row">{tr!("Votre CPF", "Your CPF")}</th><td>{i18n::cpf(m)}</td></tr>
                    <tr><th scope="row">{tr!("Qui peut payer le reste", "Who may pay the rest")}</th><td>{i18n::could_close(m, c)}</td></tr>
                    <tr><th scope="row">{tr!("Reste à payer, sûr", "Left to pay, for sure")}</th><td>{sure}</td></tr>
                    {best.map(|b| view! { <tr><th scope="row">{tr!("Au mieux", "At best")}</th><td>{b}</td></tr> })}
                })}
            </tbody>
        </table>
        <p class="revenu"><strong>{tr!("Pendant la formation : ", "During the course: ")}</strong>{i18n::income(income)}</p>
    }
}
