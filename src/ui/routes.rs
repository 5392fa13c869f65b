//! The routes, drawn: each route's steps on a time bar, with their details, funding and sources.
//! The view only shows what the planner decided.

use crate::catalog::{self, Catalog, Text};
use crate::i18n::{self, cat};
use crate::plan::{
    Acquired, BestCase, Choice, Condition, Excluded, Feasibility, Plan, Profile, ProfileError,
    Step, StepKind, Strength, ToPay, Unknown,
};
use crate::store::{Progress, StepStatus};
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

const SWITCHABLE: &[&str] = &["formation", "vae-bloc", "cn-initiale"];

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
    place: usize,
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
}

/// What the route view reads and writes besides the plan.
#[derive(Clone, Copy)]
pub struct RouteState {
    pub profile: RwSignal<Profile>,
    pub progress: RwSignal<Progress>,
    /// Which step details are open, so that changing an answer does not close them.
    pub open: RwSignal<Vec<String>>,
    /// Routes picked for comparison (at most three).
    pub compared: RwSignal<Vec<String>>,
}

#[component]
pub fn RouteList(plan: Memo<Result<Plan, ProfileError>>, marks: RouteState) -> impl IntoView {
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
    // What every row draws against: the longest route, and the blocks already held.
    let longest = Memo::new(move |_| plan.with(|r| r.as_ref().map_or(1, longest)));
    let held = Memo::new(move |_| plan.with(|r| r.as_ref().ok().and_then(held_line)));
    // One row per route, kept from one answer to the next and moved when the order changes;
    // inside it, only what changed is drawn again (see `route`).
    let ids = move || {
        plan.with(|r| {
            r.as_ref()
                .map(|p| p.routes.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    view! {
        {error}
        {option}
        {before}
        <ol class="parcours">
            <For each=ids key=|id| id.clone() children=move |id| route(c, id, plan, longest, held, marks) />
        </ol>
        {after}
    }
}

/// For a holder of a whole earlier title: it stays valid, and what the target title would add.
fn title_option(c: &'static Catalog, held: &str) -> impl IntoView {
    let short = c
        .title(held)
        .map_or(held.to_string(), |t| t.short.to_string());
    let target = c.target_title();
    let adds = target.and_then(|t| t.adds.as_ref()).and_then(|a| {
        let unsure = a.confidence != catalog::Confidence::Official;
        a.value.as_deref().map(|v| (cat(v), unsure))
    });
    view! {
        <div class="option-titre">
            <h3>{trf!("Votre titre {} reste valable", "Your {} title stays valid", short)}</h3>
            <p>{tr!(
                "Un titre professionnel obtenu est acquis pour toujours. Le titre Médiateur numérique n'est pas exigé pour exercer : les parcours ci-dessous sont une option, si vous voulez le titre actuel.",
                "A professional title once obtained is yours for life. The Médiateur numérique title is not required to do the job: the routes below are an option, if you want the current title."
            )}</p>
            {adds.map(|(text, unsure)| view! {
                <p><strong>{tr!("Ce que le titre Médiateur numérique ajouterait : ", "What the Médiateur numérique title would add: ")}</strong>{text}{unconfirmed(unsure)}</p>
            })}
        </div>
    }
}

/// What the time bars are drawn against: the longest route's months.
fn longest(plan: &Plan) -> u32 {
    plan.routes
        .iter()
        .filter_map(|r| r.months.map(|m| m.max))
        .max()
        .unwrap_or(1)
        .max(1)
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

fn step_keys(id: &str, steps: &[Step]) -> Vec<String> {
    steps
        .iter()
        .map(|s| Progress::key(id, &s.scope, s.modality.as_deref()))
        .collect()
}

fn before_routes(
    acquired: &[Acquired],
    has_choice: bool,
    profile: RwSignal<Profile>,
) -> impl IntoView {
    let c = catalog::official();
    view! {
        {has_choice.then(|| view! {
            <p>
                // The button goes away with the choices: the focus goes to « Vos parcours »
                // rather than being lost with it.
                <button type="button" on:click=move |_| {
                    profile.update(|p| p.choices.clear());
                    super::focus_later("#parcours", false);
                }>
                    {tr!("Revenir aux parcours proposés", "Back to the suggested routes")}
                </button>
            </p>
        })}
        {(!acquired.is_empty()).then(|| view! {
            <h3>{tr!("Ce que vous avez déjà", "What you already hold")}</h3>
            <ul class="acquis">
                {acquired.iter().map(|a| view! { <li>{i18n::acquired(a, c)}</li> }).collect_view()}
            </ul>
        })}
    }
}

fn after_routes(excluded: &[Excluded], unknowns: &[Unknown]) -> impl IntoView {
    view! {
        {(!excluded.is_empty()).then(|| {
            let lines: Vec<(&str, String)> = excluded.iter().map(|x| (i18n::route_name(&x.route), i18n::reason(&x.reason))).collect();
            let texts: Vec<&str> = lines.iter().flat_map(|(n, r)| [*n, r.as_str()]).collect();
            let sigles = super::terms::explain(&texts);
            view! {
                <h3>{tr!("Parcours non proposés", "Routes not suggested")}</h3>
                <ul>
                    {lines.iter().map(|(name, reason)| view! {
                        <li><strong>{*name}</strong>{tr!(" : ", ": ")}{reason.clone()}</li>
                    }).collect_view()}
                </ul>
                {sigles}
            }
        })}
        {(!unknowns.is_empty()).then(|| {
            let lines: Vec<&str> = unknowns.iter().map(|u| i18n::unknown(*u)).collect();
            let sigles = super::terms::explain(&lines);
            view! {
                <h3>{tr!("Ce qui préciserait vos parcours", "What would make your routes more precise")}</h3>
                <ul>{lines.into_iter().map(|u| view! { <li>{u}</li> }).collect_view()}</ul>
                {sigles}
            }
        })}
    }
}

/// One route's row. Its parts follow the plan on their own: its place and name, its strengths,
/// duration and cost, and its steps, drawn again only when the steps as shown change.
fn route(
    c: &'static Catalog,
    id: String,
    plan: Memo<Result<Plan, ProfileError>>,
    longest: Memo<u32>,
    held: Memo<Option<String>>,
    marks: RouteState,
) -> impl IntoView {
    let this = {
        let id = id.clone();
        Memo::new(move |_| {
            plan.with(|p| {
                let p = p.as_ref().ok()?;
                let i = p.routes.iter().position(|r| r.id == id)?;
                let r = &p.routes[i];
                Some(Summary {
                    place: i,
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
                })
            })
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
    let place = move || this.with(|x| x.as_ref().map_or(0, |x| x.place) + 1);
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
    let steps_view = {
        let id = id.clone();
        move || {
            let l = longest.get();
            steps.with(|list| {
                list.iter()
                    .enumerate()
                    .map(|(i, s)| step(c, &id, i, s, l, plan, marks))
                    .collect_view()
            })
        }
    };
    let progress_id = format!("avancement-{id}");
    let labelled_by = heading.clone();
    view! {
        <li>
            <article class="route" aria-labelledby=labelled_by>
                <h3 id=heading>{place}". "{name}</h3>
                {realistic}
                {strengths}
                <p>
                    <strong>{tr!("Durée : ", "Duration: ")}</strong>{months}
                    " · "<strong>{tr!("Reste à payer, sûr : ", "Left to pay, for sure: ")}</strong>{to_pay}
                </p>
                {best}
                <p class="avancement">
                    <label for=progress_id.clone()>
                        {move || progress_words(behind(), total())}
                    </label>
                    <progress id=progress_id max=total value=behind></progress>
                </p>
                <div class="choix">
                    <input type="checkbox" id=compare_id.clone() prop:checked=picked prop:disabled=full on:change=pick />
                    <label for=compare_id>{tr!("Comparer ce parcours (trois au plus)", "Compare this route (three at most)")}</label>
                </div>
                {held_view}
                <ol class="etapes">{steps_view}</ol>
            </article>
        </li>
    }
}

/// « Avancement : 2 étapes sur 3 derrière vous », each language's singular and plural: French
/// takes the singular for none and one, English for one only.
fn progress_words(behind: usize, total: usize) -> String {
    match behind {
        0 => trf!(
            "Avancement : aucune étape sur {} derrière vous",
            "Progress: no step of {} behind you yet",
            total
        ),
        1 => trf!(
            "Avancement : 1 étape sur {} derrière vous",
            "Progress: 1 step of {} behind you",
            total
        ),
        n => trf!(
            "Avancement : {} étapes sur {} derrière vous",
            "Progress: {} steps of {} behind you",
            n,
            total
        ),
    }
}

/// The step statuses and their values in the form.
const STATUSES: [(StepStatus, &str); 4] = [
    (StepStatus::Todo, "a-faire"),
    (StepStatus::InProgress, "en-cours"),
    (StepStatus::Done, "fait"),
    (StepStatus::Skipped, "passe"),
];

fn status_value(s: StepStatus) -> &'static str {
    STATUSES
        .iter()
        .find(|(x, _)| *x == s)
        .map_or("a-faire", |(_, v)| v)
}

#[allow(clippy::too_many_arguments)]
fn step(
    c: &'static Catalog,
    route: &str,
    index: usize,
    s: &Step,
    longest: u32,
    plan: Memo<Result<Plan, ProfileError>>,
    marks: RouteState,
) -> impl IntoView {
    let open = marks.open;
    // Kept open by block, not by place: a step that moves when a choice reorders the route keeps
    // its details open.
    let key = format!("{route}/{}", s.scope);
    let mark_key = Progress::key(route, &s.scope, s.modality.as_deref());
    let mark_id = format!("etat-{route}-{index}");
    let current = {
        let k = mark_key.clone();
        move || marks.progress.with(|p| p.status(&k))
    };
    // Read without tracking: the list of routes must not be redrawn when a step is marked.
    let initial = marks.progress.with_untracked(|p| p.status(&mark_key));
    let current_value = move || status_value(current());
    let mark = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let status = STATUSES
            .iter()
            .find(|(_, v)| *v == value)
            .map_or(StepStatus::Todo, |(s, _)| *s);
        marks.progress.update(|p| p.set(mark_key.clone(), status));
    };
    let (left, width) = match (s.start, s.end) {
        (Some(a), Some(e)) => (
            a.min * 100 / longest,
            (e.max.saturating_sub(a.min)).max(1) * 100 / longest,
        ),
        _ => (0, 100),
    };
    // Set through the CSSOM (style:…), which a strict CSP allows, not a style attribute.
    let bar_left = format!("{}%", left.min(99));
    let bar_width = format!("{}%", width.clamp(1, 100 - left.min(99)));
    let when = i18n::step_when(s);
    let modality = s.modality.as_deref().and_then(|m| c.modality(m));
    let is_open = {
        let key = key.clone();
        move || open.with(|o| o.contains(&key))
    };
    let toggle = move |ev: leptos::ev::Event| {
        let now = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        open.update(|o| {
            o.retain(|k| k != &key);
            if now {
                o.push(key.clone());
            }
        });
    };
    view! {
        <li class="etape">
            <div class="frise" aria-hidden="true"><span class="barre" style:margin-left=bar_left style:width=bar_width></span></div>
            <p>
                <strong>{step_title(c, s)}</strong>
                {modality.map(|m| format!(" — {}", cat(&m.name)))}
                {format!(" — {when} ({})", i18n::month_range(s.months))}
                {unconfirmed(s.months.is_some() && !s.duration_confirmed)}
            </p>
            <p class="champ etat">
                <label for=mark_id.clone()>{tr!("Où en êtes-vous ? ", "Where are you with it? ")}</label>
                // One reactive value for the whole list (set once the options exist); the
                // option marked `selected` when drawn gives the first one.
                <select id=mark_id on:change=mark prop:value=current_value>
                    {STATUSES.iter().map(|&(st, value)| {
                        view! { <option value=value selected=initial == st>{i18n::step_status(st, false)}</option> }
                    }).collect_view()}
                </select>
            </p>
            {(s.kind == StepKind::Obtain).then(|| {
                // Built when opened, from the plan as it is now (the line stays while funding
                // changes with the answers): a closed step costs one line.
                let shown = is_open.clone();
                let route = route.to_string();
                // Its name says which step it opens (an attribute, not a hidden element: every
                // step has one, and each answer may draw them again).
                let shown_text = tr!("Détails, financements et sources", "Details, funding and sources");
                let name = format!("{shown_text} — {}", step_title(c, s));
                let now = move || {
                    plan.with(|p| {
                        let p = p.as_ref().ok()?;
                        let s = p.routes.iter().find(|r| r.id == route)?.steps.get(index)?;
                        Some(details(c, &route, s, (p.amounts_year, p.start.year()), marks))
                    })
                };
                view! {
                    <details prop:open=is_open on:toggle=toggle>
                        <summary aria-label=name>{shown_text}</summary>
                        {move || shown().then(now.clone()).flatten()}
                    </details>
                }
            })}
        </li>
    }
}

/// « Changer de façon d'obtenir ce bloc ». In « Votre parcours » a new way applies at once, in
/// place. In a suggested route it applies on « Choisir cette façon »: the route itself keeps its
/// way, the choice goes into « Votre parcours » at the top, and the focus follows it there; the
/// select, reset, shows the suggested route's own way again.
fn switch_view(
    c: &'static Catalog,
    route: &str,
    block: String,
    current: String,
    marks: RouteState,
) -> impl IntoView {
    const MINE: &str = crate::plan::CHOSEN_ROUTE;
    // One per block and route: the same block's switch in two open routes has two ids.
    let id = format!("modalite-{route}-{block}");
    let mine = route == MINE;
    let name = i18n::block_name(c, &block);
    let picked = RwSignal::new(current.clone());
    let choose = move |modality: String| {
        let block = block.clone();
        // In « Votre parcours » the step is drawn again with its new way; elsewhere the way
        // lands there. Either way the focus goes to that block's switch in « Votre parcours »,
        // its details open, instead of being lost with the old one.
        let open_key = format!("{MINE}/{block}");
        if !marks.open.with_untracked(|o| o.contains(&open_key)) {
            marks.open.update(|o| o.push(open_key));
        }
        super::focus_later(format!("#modalite-{MINE}-{block}"), false);
        marks.profile.update(|p| {
            p.choices.retain(|x| x.block != block);
            p.choices.push(Choice { block, modality });
        });
    };
    let apply = {
        let choose = choose.clone();
        let current = current.clone();
        move |_| {
            let modality = picked.get_untracked();
            picked.set(current.clone());
            if modality != current {
                choose(modality);
            }
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let modality = event_target_value(&ev);
        if mine {
            choose(modality);
        } else {
            picked.set(modality);
        }
    };
    view! {
        <p class="champ">
            <label for=id.clone()>{tr!("Changer de façon d'obtenir ce bloc", "Change how you obtain this block")}{about(&name)}{tr!(" : ", ": ")}</label>
            <select id=id on:change=on_change prop:value=move || picked.get()>
                {SWITCHABLE.iter().filter_map(|m| c.modality(m)).map(|m| view! {
                    <option value=m.id.clone() selected=m.id == current>{cat(&m.name)}</option>
                }).collect_view()}
            </select>
            {(!mine).then(|| view! {
                " "
                <button type="button" class="secondaire" on:click=apply>{tr!("Choisir cette façon", "Use this way")}{about(&name)}</button>
            })}
        </p>
    }
}

/// What a control repeated in every step is about, for screen readers only: « Choisir cette
/// façon » alone, in a list of buttons, does not say for which block.
fn about(what: &str) -> impl IntoView {
    view! { <span class="lecteur">{format!(" — {what}")}</span> }
}

fn details(
    c: &'static Catalog,
    route: &str,
    s: &Step,
    (year, start_year): (Option<u32>, u32),
    marks: RouteState,
) -> AnyView {
    let block = (s.blocks.len() == 1)
        .then(|| s.blocks[0].clone())
        .filter(|b| *b == s.scope);
    // Where to start: the modality's official page and the title's France Compétences fiche.
    let start = s.modality.as_deref().and_then(|m| c.modality(m)).map(|m| {
        let fiche = c.target_title().and_then(|t| t.rncp.value.clone()).map(|rncp| {
            let number = rncp.trim_start_matches("RNCP").to_string();
            view! {
                " · "
                <a href=format!("https://www.francecompetences.fr/recherche/rncp/{number}/")>
                    {trf!("la fiche {} sur France Compétences", "the {} record on France Compétences", rncp)}
                </a>
            }
        });
        view! {
            <p>
                {tr!("Où commencer : ", "Where to start: ")}
                <a href=m.apply_url.clone()>{trf!("{} (page officielle)", "{} (official page, in French)", cat(&m.name))}</a>
                {fiche}
            </p>
            <p class="aide">{cat(&m.summary)}</p>
        }
    });
    let about = c.block(&s.scope).map(|(_, b)| {
        let competences: &'static [Text] = b.competences.value.as_deref().unwrap_or_default();
        let assessment = b.assessment.value.as_deref();
        let assessment_unsure = b.assessment.confidence != catalog::Confidence::Official;
        view! {
            {(!competences.is_empty()).then(|| view! {
                <p>{tr!("Ce que couvre le bloc :", "What the block covers:")}</p>
                <ul>{competences.iter().map(|x| view! { <li>{cat(x)}</li> }).collect_view()}</ul>
            })}
            {assessment.map(|a| view! { <p>{tr!("Évaluation : ", "Assessment: ")}{cat(a)}{unconfirmed(assessment_unsure)}</p> })}
        }
    });
    let switch =
        block.map(|b| switch_view(c, route, b, s.modality.clone().unwrap_or_default(), marks));
    let option = |o: &crate::plan::FundingOption| {
        let scheme = c.scheme(&o.scheme);
        let name = scheme.map_or(o.scheme.clone(), |x| cat(&x.name).to_string());
        let apply = scheme.map(|x| view! { <a href=x.apply_url.clone()>{cat(&x.apply_label)}</a> });
        // Sources are French documents: said so, for screen readers, on an English page.
        let source_lang = i18n::en().then_some("fr");
        let checked = scheme.and_then(|x| x.basis.checked).map(i18n::date);
        let sources = o
            .sources
            .iter()
            .filter_map(|id| c.source(id))
            .map(|src| {
                view! {
                    <li><a href=src.url.clone() lang=source_lang>{src.title.clone()}</a></li>
                }
            })
            .collect_view();
        let class = match o.verdict {
            crate::plan::Verdict::Eligible => "verdict oui",
            crate::plan::Verdict::Check => "verdict peut-etre",
            crate::plan::Verdict::NotEligible => "verdict non",
        };
        view! {
            <li>
                <p><strong>{name}</strong>{tr!(" : ", ": ")}<span class=class>{i18n::verdict_for(&o.scheme, o.verdict)}</span></p>
                <p>{i18n::reason(&o.reason)}</p>
                <p>{tr!("Reste à payer : ", "Left to pay: ")}{i18n::dated(o.to_pay, year, start_year)}{unconfirmed(!o.confirmed && o.to_pay != ToPay::Unknown)}{apply.map(|a| view! { {tr!(" · Où demander : ", " · Where to apply: ")}{a} })}</p>
                <details class="sources">
                    <summary>{match checked {
                        Some(d) => trf!("Sources (vérifié le {})", "Sources (checked on {})", d),
                        None => "Sources".to_string(),
                    }}</summary>
                    <ul>{sources}</ul>
                </details>
            </li>
        }
    };
    // Open and possible schemes first; the closed ones folded away, each still with its reason.
    let (open, closed): (Vec<_>, Vec<_>) = s
        .funding
        .iter()
        .partition(|o| o.verdict != crate::plan::Verdict::NotEligible);
    let closed_count = closed.len();
    // The acronyms these details use, explained under them.
    let mut texts: Vec<String> = vec![step_title(c, s)];
    let mut shown = |fr: &str| texts.push(cat(fr).to_string());
    if let Some(m) = s.modality.as_deref().and_then(|m| c.modality(m)) {
        shown(&m.name);
        shown(&m.summary);
    }
    if let Some((_, b)) = c.block(&s.scope) {
        b.competences
            .value
            .iter()
            .flat_map(|c| c.iter())
            .for_each(|x| shown(x));
        b.assessment.value.iter().for_each(|x| shown(x));
    }
    for o in s.funding.iter() {
        if let Some(x) = c.scheme(&o.scheme) {
            shown(&x.name);
            shown(&x.apply_label);
        }
    }
    texts.extend(s.funding.iter().map(|o| i18n::reason(&o.reason)));
    let sigles = super::terms::explain(&texts);
    view! {
        {start}
        {about}
        {switch}
        <h4>{tr!("Financements", "Funding")}</h4>
        <p>
            <strong>{tr!("Reste à payer pour cette étape, sûr : ", "Left to pay for this step, for sure: ")}</strong>
            {i18n::dated(s.to_pay, year, start_year)}{unconfirmed(!s.amount_confirmed && s.to_pay != ToPay::Unknown)}
            {s.best_case.as_ref().map(|b| view! { {tr!(" · Au mieux : ", " · At best: ")}{i18n::best_case(b, c)} })}
        </p>
        <ul class="financements">{open.into_iter().map(option).collect_view()}</ul>
        {(closed_count > 0).then(|| view! {
            <details class="fermes">
                <summary>{trf!("Financements qui ne vous sont pas ouverts ({})", "Funding not open to you ({})", closed_count)}</summary>
                <ul class="financements">{closed.into_iter().map(option).collect_view()}</ul>
            </details>
        })}
        {sigles}
    }
    .into_any()
}
