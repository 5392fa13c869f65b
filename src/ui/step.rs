//! One step of a route: its line on the time bar, where the person stands with it, and its
//! details (step_details.rs), built only when opened.

use super::facts::unconfirmed;
use super::route::StepId;
use super::routes::RouteState;
use super::step_details::details;
use crate::catalog::{Catalog, ModalityKind};
use crate::i18n::{self, cat};
use crate::plan::{Plan, ProfileError, StepKind};
use crate::store::{Progress, StepStatus};
use crate::{tr, words};
use leptos::prelude::*;

pub(super) const SWITCHABLE: &[&str] = &["formation", "vae-bloc", "cn-initiale"];

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

/// What a step's line shows that an answer may change: its place, months, dates and pace.
#[derive(Clone, PartialEq)]
struct Line {
    index: usize,
    title: String,
    months: Option<crate::catalog::Range>,
    start: Option<crate::catalog::Range>,
    end: Option<crate::catalog::Range>,
    when: String,
    pace: Option<&'static str>,
    unconfirmed: bool,
}

/// One step of a route: its line, its bar on the time line, its mark when the route is followed,
/// and its details, drawn once opened.
#[component]
pub(super) fn StepRow(
    c: &'static Catalog,
    /// The route's id.
    route: String,
    /// What identifies the step (its block, way and kind). What may change with an answer
    /// (its months, its place, its funding) is read from the plan below.
    s: StepId,
    /// The route's length in months, which the bar is drawn against.
    longest: Memo<u32>,
    plan: Memo<Result<Plan, ProfileError>>,
    marks: RouteState,
    /// Whether the person follows this step's route: only its steps ask where they stand.
    follows: Memo<bool>,
) -> impl IntoView {
    let live = live_line(c, route.clone(), &s, plan);
    let (route, s) = (route.as_str(), &s);
    let index = Memo::new(move |_| live.with(|l| l.as_ref().map_or(0, |l| l.index)));
    // Its title as the plan says it now (an experience step's months may change), in the page's
    // language (the row goes with its step when the plan cannot be read).
    let title =
        Memo::new(move |_| live.with(|l| l.as_ref().map(|l| l.title.clone()).unwrap_or_default()));
    let open = marks.open;
    // Kept open by block, not by place: a step that moves when a choice reorders the route keeps
    // its details open.
    let key = format!("{route}/{}", s.scope);
    let (bar_left, bar_width) = bar_style(longest, live);
    let when = move || {
        live.with(|l| {
            l.as_ref().map(|l| {
                view! {
                    {format!(" — {} ({})", l.when, i18n::month_range(l.months))}
                    {l.pace.map(|p| view! { " "<span class="non-confirme">{format!("({p})")}</span> })}
                    {unconfirmed(l.unconfirmed)}
                }
            })
        })
    };
    let modality = s.modality.as_deref().and_then(|m| c.modality(m));
    // A click on the bar opens the step's details, as its « Détails » does from the keyboard.
    let has_details = s.kind == StepKind::Obtain;
    let open_details = {
        let key = key.clone();
        move |_| {
            if has_details {
                open.update(|o| {
                    if !o.contains(&key) {
                        o.push(key.clone());
                    }
                });
            }
        }
    };
    // Working in the job, a VAE (a file, then a jury) and a course look different on the time
    // line; the step's words say which it is too, for whoever does not see the bar.
    let kind = match (s.kind, modality.map(|m| m.kind)) {
        (StepKind::Experience, _) => "etape experience",
        (_, Some(ModalityKind::VaeBlock | ModalityKind::VaeTitle)) => "etape vae",
        _ => "etape formation",
    };
    view! {
        <li class=kind>
            <div class="frise" class:ouvrable=has_details aria-hidden="true" on:click=open_details><span class="barre" style:margin-left=bar_left style:width=bar_width></span></div>
            <p>
                <strong>{title}</strong>
                {move || modality.map(|m| format!(" — {}", cat(&m.name)))}
                {when}
            </p>
            {where_you_are(route, s, index, marks, follows)}
            {has_details.then(|| step_details(c, route, (title, index, key), plan, marks))}
        </li>
    }
}

/// The step as it is in the plan now, and its place in its route (found by block and way).
fn live_line(
    c: &'static Catalog,
    route: String,
    s: &StepId,
    plan: Memo<Result<Plan, ProfileError>>,
) -> Memo<Option<Line>> {
    let (scope, modality) = (s.scope.clone(), s.modality.clone());
    Memo::new(move |_| {
        plan.with(|p| {
            let p = p.as_ref().ok()?;
            let steps = &p.route(&route)?.steps;
            let index = steps
                .iter()
                .position(|x| x.scope == scope && x.modality == modality)?;
            let x = &steps[index];
            Some(Line {
                index,
                title: super::routes::step_title(c, x),
                months: x.months,
                start: x.start,
                end: x.end,
                when: i18n::step_when(x),
                pace: i18n::pace(x),
                unconfirmed: x.months.is_some() && !x.duration_confirmed,
            })
        })
    })
}

/// « Où en êtes-vous ? », on the steps of the route the person follows.
fn where_you_are(
    route: &str,
    s: &StepId,
    index: Memo<usize>,
    marks: RouteState,
    follows: Memo<bool>,
) -> impl IntoView {
    let mark_key = Progress::key(route, &s.scope, s.modality.as_deref());
    let mark_id = {
        let route = route.to_string();
        move || format!("etat-{route}-{}", index.get())
    };
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
    move || {
        follows.get().then(|| {
            let (mark, current_value) = (mark.clone(), current_value.clone());
            view! {
                <p class="champ etat">
                    <label for=mark_id.clone()>{words!("Où en êtes-vous ? ", "Where are you with it? ")}</label>
                    // One reactive value for the whole list (set once the options exist); the
                    // option marked `selected` when drawn gives the first one.
                    <select id=mark_id.clone() on:change=mark prop:value=current_value>
                        {STATUSES.iter().map(|&(st, value)| {
                            view! { <option value=value selected=initial == st>{move || i18n::step_status(st, false)}</option> }
                        }).collect_view()}
                    </select>
                </p>
            }
        })
    }
}

/// Where the step's bar sits on the time line, and how long it is, in percent of the route's
/// length: it follows the route's length on its own, so that when only that changes the step's
/// row stays and its bar moves. Set through the CSSOM (style:…), which a strict CSP allows.
fn bar_style(
    longest: Memo<u32>,
    live: Memo<Option<Line>>,
) -> (
    impl Fn() -> String + Copy + Send + Sync + 'static,
    impl Fn() -> String + Copy + Send + Sync + 'static,
) {
    let bar = move || {
        let longest = longest.get().max(1);
        let (start, end) = live.with(|l| l.as_ref().map_or((None, None), |l| (l.start, l.end)));
        let (left, width) = match (start, end) {
            (Some(a), Some(e)) => (
                a.min * 100 / longest,
                (e.max.saturating_sub(a.min)).max(1) * 100 / longest,
            ),
            _ => (0, 100),
        };
        (left.min(99), width.clamp(1, 100 - left.min(99)))
    };
    (
        move || format!("{}%", bar().0),
        move || format!("{}%", bar().1),
    )
}

/// « Détails, financements et sources »: built when opened, from the plan as it is now (the
/// line stays while funding changes with the answers), so a closed step costs one line. The
/// details follow their own step: another step's or route's change leaves them as they are.
fn step_details(
    c: &'static Catalog,
    route: &str,
    (title, index, key): (Memo<String>, Memo<usize>, String),
    plan: Memo<Result<Plan, ProfileError>>,
    marks: RouteState,
) -> impl IntoView {
    let open = marks.open;
    let is_open = {
        let key = key.clone();
        Memo::new(move |_| open.with(|o| o.contains(&key)))
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
    // Its name says which step it opens (an attribute, not a hidden element: every step has
    // one, and each answer may draw them again).
    let shown_text = || {
        tr!(
            "Détails, financements et sources",
            "Details, funding and sources"
        )
    };
    let name = move || format!("{} — {}", shown_text(), title.get());
    let route = route.to_string();
    let this = {
        let route = route.clone();
        Memo::new(move |_| {
            plan.with(|p| {
                let p = p.as_ref().ok()?;
                let s = p.route(&route)?.steps.get(index.get())?;
                Some((s.clone(), p.amounts_year, p.start.year()))
            })
        })
    };
    let now = move || {
        this.with(|x| {
            x.as_ref()
                .map(|(s, year, start)| untrack(|| details(c, &route, s, (*year, *start), marks)))
        })
    };
    view! {
        <details prop:open=is_open on:toggle=toggle>
            <summary aria-label=name>{shown_text}</summary>
            {move || is_open.get().then(now.clone()).flatten()}
        </details>
    }
}
