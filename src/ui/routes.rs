//! The routes, listed: the one shown on top in full (see `route`), the others one line each,
//! opened in place; what the plan set aside and the certifications that concern the person.

use super::around::{before_routes, more_precise, not_suggested, title_option};
use super::facts::unconfirmed;
use super::route::route;
use super::Shown;
use crate::catalog::{self, Catalog};
use crate::i18n;
use crate::plan::likelihood::UnlikelyBecause;
use crate::plan::{
    first_actions, Action, BestCase, Condition, Decider, Feasibility, Income, Money, Plan, Profile,
    ProfileError, Step, StepKind, Strength, ToPay,
};
use crate::store::Progress;
use crate::{tr, trf, words};
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
pub(super) struct Summary {
    pub(super) strengths: Vec<Strength>,
    pub(super) months: Option<catalog::Range>,
    pub(super) to_pay: ToPay,
    pub(super) best_case: Option<BestCase>,
    pub(super) feasibility: Feasibility,
    pub(super) conditions: Vec<Condition>,
    /// Why it is « Peu probable » for the person.
    pub(super) unlikely: Vec<UnlikelyBecause>,
    /// For the first route: what put it before the second.
    pub(super) first_because: Option<Decider>,
    pub(super) duration_confirmed: bool,
    pub(super) amount_confirmed: bool,
    pub(super) year: Option<u32>,
    pub(super) start_year: u32,
    /// « Pour commencer », for the route on top.
    pub(super) actions: Vec<Action>,
    /// The price against the CPF, who pays the rest, what is left.
    pub(super) money: Money,
    /// What the person lives on during the courses.
    pub(super) income: Income,
    /// The route's first day, when known: its time line counts from it.
    pub(super) begins: Option<catalog::Date>,
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
                <p class="a-verifier" role="alert">{move || trf!(
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
    // What the plan set aside, and what would make it more precise: each drawn again only
    // when it changes (most answers change the second alone).
    let excluded = Memo::new(move |_| plan.with(|r| r.as_ref().ok().map(|p| p.excluded.clone())));
    let unknowns = Memo::new(move |_| plan.with(|r| r.as_ref().ok().map(|p| p.unknowns.clone())));
    let precise_open = RwSignal::new(false);
    let after = view! {
        {move || excluded.with(|e| e.as_deref().map(not_suggested))}
        {move || unknowns.with(|u| u.as_deref().map(|u| more_precise(u, precise_open)))}
    };
    // Pix for a conseiller numérique, « Piloter un tiers-lieu » after managing a space…
    let related = Memo::new(move |_| {
        plan.with(|r| r.as_ref().map(|p| p.related.clone()).unwrap_or_default())
    });
    let related = move || related.with(|r| super::titles::related(c, r));
    // A whole earlier title held: the routes below are an option; say what the new one adds.
    let holds =
        Memo::new(move |_| plan.with(|r| r.as_ref().ok().and_then(|p| p.holds_title.clone())));
    let option = move || holds.get().map(|t| title_option(c, &t));
    // The blocks already held: the same line on every route's time line.
    let held = Memo::new(move |_| plan.with(|r| r.as_ref().ok().and_then(held_line)));
    let ids = Memo::new(move |_| {
        plan.with(|r| {
            r.as_ref()
                .map(|p| p.routes.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let t = on_top(ids, marks);
    let (top, shown) = (t.top, t.shown);
    let card = top_card(c, t, plan, held, marks);
    // One line per other route, kept from one answer to the next and moved when the order
    // changes; its steps are drawn only once it is opened.
    let others = move || {
        let on_top = shown.get();
        ids.get()
            .into_iter()
            .filter(|id| Some(id) != on_top.as_ref())
            .collect::<Vec<_>>()
    };
    let has_others = Memo::new(move |_| ids.with(|i| i.len() > 1));
    view! {
        {error}
        {option}
        {before}
        {card}
        {related}
        {move || has_others.get().then(|| view! {
            <h3 id="titre-autres">{words!("Les autres parcours possibles", "The other possible routes")}</h3>
            <p class="aide">{words!("Ouvrez-en un pour voir ses étapes, ou affichez-le en haut à la place du parcours conseillé.", "Open one to see its steps, or show it on top instead of the recommended route.")}</p>
        })}
        <ul class="parcours autres" aria-labelledby="titre-autres">
            <For each=others key=|id| id.clone() children=move |id| other(c, id, plan, held, marks, top) />
        </ul>
        {after}
    }
}

/// Which route is on top: the one the person chose to show there, else the one they follow,
/// else the planner's first.
#[derive(Clone, Copy)]
struct OnTop {
    /// The person's choice, if any.
    top: RwSignal<Option<String>>,
    /// The route shown on top.
    shown: Memo<Option<String>>,
    /// Shown there by the person's choice, not the planner's.
    chosen: Memo<bool>,
    followed: Memo<Option<String>>,
}

fn on_top(ids: Memo<Vec<String>>, marks: RouteState) -> OnTop {
    let top = RwSignal::new(None::<String>);
    // Without a choice of the person's, the route they follow comes on top, else the first.
    let followed = Memo::new(move |_| marks.progress.with(|p| p.followed.clone()));
    let default_top = Memo::new(move |_| {
        ids.with(|ids| {
            followed
                .get()
                .filter(|f| ids.contains(f))
                .or_else(|| ids.first().cloned())
        })
    });
    let shown = Memo::new(move |_| {
        top.get()
            .filter(|t| ids.with(|ids| ids.contains(t)))
            .or_else(|| default_top.get())
    });
    let chosen = Memo::new(move |_| top.with(|t| t.is_some()) && shown.get() != default_top.get());
    OnTop {
        top,
        shown,
        chosen,
        followed,
    }
}

/// The route on top, under a heading that says why it is there. The card stays when another
/// route comes on top (an answer often changes which): its parts follow the route's id and
/// change their words in place, instead of a new card.
fn top_card(
    c: &'static Catalog,
    t: OnTop,
    plan: Memo<Result<Plan, ProfileError>>,
    held: Memo<Option<String>>,
    marks: RouteState,
) -> impl IntoView {
    let OnTop {
        top,
        shown,
        chosen,
        followed,
    } = t;
    let has_card = Memo::new(move |_| shown.with(Option::is_some));
    let on_top = Memo::new(move |_| shown.get().unwrap_or_default());
    let title = move || {
        on_top.with(|id| {
            let chosen = chosen.get();
            if followed.with(|f| f.as_ref() == Some(id)) {
                tr!("Le parcours que vous suivez", "The route you follow")
            } else if id.as_str() == crate::plan::CHOSEN_ROUTE && !chosen {
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
            }
        })
    };
    move || {
        has_card.get().then(|| {
            view! {
                <h3 id="parcours-affiche" tabindex="-1" node_ref=super::dom::landmarks().top_route>{title}</h3>
                {route(c, on_top, plan, held, marks, Role::Top { chosen, top })}
            }
        })
    }
}

/// Where a route is drawn: on top (recommended, or chosen by the person), or folded among the
/// others, with a button that puts it on top.
#[derive(Clone, Copy)]
pub(super) enum Role {
    Top {
        /// Shown on top by the person's choice, not the planner's.
        chosen: Memo<bool>,
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
    let this = summary(fixed(id.clone()), plan);
    let open = RwSignal::new(false);
    let line = move || {
        this.with(|x| {
            let x = x.as_ref()?;
            Some(view! {
                <span class=feasibility_class(x.feasibility)>{i18n::feasibility(x.feasibility)}</span>
                " · "{i18n::month_range(x.months)}{unconfirmed(x.months.is_some() && !x.duration_confirmed)}
                " · "{i18n::left_line(&x.money).unwrap_or_else(|| i18n::dated(x.to_pay, x.year, x.start_year))}
            })
        })
    };
    let name = {
        let id = id.clone();
        move || i18n::route_name(&id)
    };
    let heading = format!("parcours-{id}");
    view! {
        <li>
            <details class="autre" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary><strong id=heading>{name}</strong>" · "{line}</summary>
                {move || open.get().then(|| route(c, fixed(id.clone()), plan, held, marks, Role::Other { top }))}
            </details>
        </li>
    }
}

/// What a route's line and heading show, following the plan: drawn again only when it changes.
pub(super) fn summary(
    id: Memo<String>,
    plan: Memo<Result<Plan, ProfileError>>,
) -> Memo<Option<Summary>> {
    Memo::new(move |_| {
        id.with(|id| {
            plan.with(|p| {
                let p = p.as_ref().ok()?;
                let r = p.route(id)?;
                let first = p.routes.first().is_some_and(|f| f.id == r.id);
                Some(Summary {
                    strengths: r.strengths.clone(),
                    months: r.months,
                    to_pay: r.to_pay,
                    best_case: r.best_case.clone(),
                    feasibility: r.feasibility,
                    conditions: r.conditions.clone(),
                    unlikely: r.unlikely.clone(),
                    first_because: p.first_because.filter(|_| first),
                    duration_confirmed: r.duration_confirmed,
                    amount_confirmed: r.amount_confirmed,
                    year: p.amounts_year,
                    start_year: p.start.year(),
                    actions: first_actions(r),
                    money: r.money.clone(),
                    income: r.income.clone(),
                    begins: r.begins,
                })
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

/// A route's id that does not change (a route among the others), as the views that follow the
/// route on top read it.
fn fixed(id: String) -> Memo<String> {
    Memo::new(move |_| id.clone())
}
