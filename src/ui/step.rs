//! One step of a route: its line on the time bar, where the person stands with it, and its
//! details (what the block covers, the ways to obtain it, each funding with its reason and
//! sources), built only when opened.

use super::facts::{sources, unconfirmed};
use super::routes::{step_title, RouteState};
use crate::catalog::{self, Catalog, ModalityKind, Text};
use crate::i18n::{self, cat};
use crate::plan::{Choice, Plan, ProfileError, Step, StepKind, ToPay};
use crate::store::{Progress, StepStatus};
use crate::{tr, trf};
use leptos::prelude::*;

const SWITCHABLE: &[&str] = &["formation", "vae-bloc", "cn-initiale"];

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
pub(super) fn step(
    c: &'static Catalog,
    route: &str,
    index: usize,
    s: &Step,
    longest: Memo<u32>,
    plan: Memo<Result<Plan, ProfileError>>,
    marks: RouteState,
    // Whether the person follows this step's route: only its steps ask where they stand.
    follows: Memo<bool>,
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
    let status = move || {
        follows.get().then(|| {
            let (mark, current_value) = (mark.clone(), current_value.clone());
            view! {
                <p class="champ etat">
                    <label for=mark_id.clone()>{tr!("Où en êtes-vous ? ", "Where are you with it? ")}</label>
                    // One reactive value for the whole list (set once the options exist); the
                    // option marked `selected` when drawn gives the first one.
                    <select id=mark_id.clone() on:change=mark prop:value=current_value>
                        {STATUSES.iter().map(|&(st, value)| {
                            view! { <option value=value selected=initial == st>{i18n::step_status(st, false)}</option> }
                        }).collect_view()}
                    </select>
                </p>
            }
        })
    };
    // The bar follows the route's length on its own: when only that changes, the
    // step's row stays and its bar moves.
    let (start, end) = (s.start, s.end);
    let bar = move || {
        let longest = longest.get().max(1);
        let (left, width) = match (start, end) {
            (Some(a), Some(e)) => (
                a.min * 100 / longest,
                (e.max.saturating_sub(a.min)).max(1) * 100 / longest,
            ),
            _ => (0, 100),
        };
        (left.min(99), width.clamp(1, 100 - left.min(99)))
    };
    // Set through the CSSOM (style:…), which a strict CSP allows, not a style attribute.
    let bar_left = move || format!("{}%", bar().0);
    let bar_width = move || format!("{}%", bar().1);
    let when = i18n::step_when(s);
    let modality = s.modality.as_deref().and_then(|m| c.modality(m));
    let is_open = {
        let key = key.clone();
        move || open.with(|o| o.contains(&key))
    };
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
    let toggle = move |ev: leptos::ev::Event| {
        let now = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        open.update(|o| {
            o.retain(|k| k != &key);
            if now {
                o.push(key.clone());
            }
        });
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
                <strong>{step_title(c, s)}</strong>
                {modality.map(|m| format!(" — {}", cat(&m.name)))}
                {format!(" — {when} ({})", i18n::month_range(s.months))}
                {i18n::pace(s).map(|p| view! { " "<span class="non-confirme">{format!("({p})")}</span> })}
                {unconfirmed(s.months.is_some() && !s.duration_confirmed)}
            </p>
            {status}
            {(s.kind == StepKind::Obtain).then(|| {
                // Built when opened, from the plan as it is now (the line stays while funding
                // changes with the answers): a closed step costs one line.
                let shown = is_open.clone();
                let route = route.to_string();
                // Its name says which step it opens (an attribute, not a hidden element: every
                // step has one, and each answer may draw them again).
                let shown_text = tr!("Détails, financements et sources", "Details, funding and sources");
                let name = format!("{shown_text} — {}", step_title(c, s));
                // The details follow their own step: another step's or route's change leaves
                // them as they are.
                let this = {
                    let route = route.clone();
                    Memo::new(move |_| {
                        plan.with(|p| {
                            let p = p.as_ref().ok()?;
                            let s = p.route(&route)?.steps.get(index)?;
                            Some((s.clone(), p.amounts_year, p.start.year()))
                        })
                    })
                };
                let now = move || {
                    this.with(|x| {
                        x.as_ref()
                            .map(|(s, year, start)| details(c, &route, s, (*year, *start), marks))
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
            {super::scheme::requires(m)}
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
        let checked = scheme.and_then(|x| x.basis.checked);
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
                {sources(c, &o.sources, checked)}
                {scheme.map(super::scheme::scheme_facts)}
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
    let price = match (&s.price_basis, &s.modality) {
        (Some(basis), Some(modality)) => Some(view! {
            <super::quote::StepPrice
                catalog=c
                route=route.to_string()
                scope=s.scope.clone()
                modality=modality.clone()
                money=s.money.clone()
                basis=basis.clone()
                profile=marks.profile
            />
        }),
        _ => None,
    };
    view! {
        {start}
        {about}
        {switch}
        <h4>{tr!("Financements", "Funding")}</h4>
        {price}
        // Sure when the price is; else the amount is said with what it rests on, never « sûr ».
        <p>
            {if s.amount_confirmed || s.to_pay == ToPay::Unknown {
                view! {
                    <strong>{tr!("Reste à payer pour cette étape, sûr : ", "Left to pay for this step, for sure: ")}</strong>
                    {i18n::dated(s.to_pay, year, start_year)}
                }.into_any()
            } else {
                view! {
                    <strong>{tr!("Reste à payer pour cette étape : ", "Left to pay for this step: ")}</strong>
                    {i18n::dated(s.to_pay, year, start_year)}
                    {tr!(", selon un prix non confirmé", ", going by a price not confirmed")}
                }.into_any()
            }}
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
