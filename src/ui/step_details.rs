//! A step's details, built only when opened: what the block covers and how it is assessed,
//! where to start and what the way asks to get in, the other ways to obtain the block, and each
//! funding with its verdict, reason, what is left to pay and its sources.

use super::facts::{sources, unconfirmed};
use super::routes::{step_title, RouteState};
use crate::catalog::{self, Catalog, Text};
use crate::i18n::{self, cat};
use crate::plan::{Choice, Step, ToPay};
use crate::{trf, words};
use leptos::prelude::*;

use super::step::SWITCHABLE;

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
    // In « Votre parcours », where a new way lands and the focus follows it.
    let node = if mine {
        super::dom::landmarks().my_way(&block)
    } else {
        NodeRef::new()
    };
    let name = {
        let block = block.clone();
        Signal::derive(move || i18n::block_name(c, &block))
    };
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
        super::focus_later(super::dom::landmarks().my_way(&block), false);
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
            <label for=id.clone()>{words!("Changer de façon d'obtenir ce bloc", "Change how you obtain this block")}{about(name)}{words!(" : ", ": ")}</label>
            <select id=id node_ref=node on:change=on_change prop:value=move || picked.get()>
                {SWITCHABLE.iter().filter_map(|m| c.modality(m)).map(|m| view! {
                    <option value=m.id.clone() selected=m.id == current>{move || cat(&m.name)}</option>
                }).collect_view()}
            </select>
            {(!mine).then(|| view! {
                " "
                <button type="button" class="secondaire" on:click=apply>{words!("Choisir cette façon", "Use this way")}{about(name)}</button>
            })}
        </p>
    }
}

/// What a control repeated in every step is about, for screen readers only: « Choisir cette
/// façon » alone, in a list of buttons, does not say for which block.
fn about(what: Signal<String>) -> impl IntoView {
    view! { <span class="lecteur">{move || format!(" — {}", what.get())}</span> }
}

/// The details of step `s` of `route`. Built once for the step as it is, its words each follow
/// the page's language where they are shown: a switch re-words them and leaves what is open
/// inside (a scheme's « En savoir plus », the sources) as it is.
pub(super) fn details(
    c: &'static Catalog,
    route: &str,
    s: &Step,
    (year, start_year): (Option<u32>, u32),
    marks: RouteState,
) -> AnyView {
    let block = (s.blocks.len() == 1)
        .then(|| s.blocks[0].clone())
        .filter(|b| *b == s.scope);
    let start = start_here(c, s);
    let about = block_about(c, s);
    let switch =
        block.map(|b| switch_view(c, route, b, s.modality.clone().unwrap_or_default(), marks));
    let option = |o: &crate::plan::FundingOption| funding_option(c, o, (year, start_year));
    // Open and possible schemes first; the closed ones folded away, each still with its reason.
    let (open, closed): (Vec<_>, Vec<_>) = s
        .funding
        .iter()
        .partition(|o| o.verdict != crate::plan::Verdict::NotEligible);
    let closed_count = closed.len();
    // The acronyms these details use, explained under them: found in their French, so that
    // they stay the same in either language.
    let sigles = super::terms::explain(&i18n::in_lang(i18n::Lang::Fr, || acronym_texts(c, s)));
    let to_pay = s.to_pay;
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
        <h4>{words!("Financements", "Funding")}</h4>
        {price}
        // Sure when the price is; else the amount is said with what it rests on, never « sûr ».
        <p>
            {if s.amount_confirmed || s.to_pay == ToPay::Unknown {
                view! {
                    <strong>{words!("Reste à payer pour cette étape, sûr : ", "Left to pay for this step, for sure: ")}</strong>
                    {move || i18n::dated(to_pay, year, start_year)}
                }.into_any()
            } else {
                view! {
                    <strong>{words!("Reste à payer pour cette étape : ", "Left to pay for this step: ")}</strong>
                    {move || i18n::dated(to_pay, year, start_year)}
                    {words!(", selon un prix non confirmé", ", going by a price not confirmed")}
                }.into_any()
            }}
            {s.best_case.clone().map(|b| view! { {words!(" · Au mieux : ", " · At best: ")}{move || i18n::best_case(&b, c)} })}
        </p>
        <ul class="financements">{open.into_iter().map(option).collect_view()}</ul>
        {(closed_count > 0).then(|| view! {
            <details class="fermes">
                <summary>{move || trf!("Financements qui ne vous sont pas ouverts ({})", "Funding not open to you ({})", closed_count)}</summary>
                <ul class="financements">{closed.into_iter().map(option).collect_view()}</ul>
            </details>
        })}
        {sigles}
    }
    .into_any()
}

/// Where to start: the way's official page and the title's France Compétences record, what the
/// way is and what it asks to get in.
fn start_here(c: &'static Catalog, s: &Step) -> Option<impl IntoView> {
    s.modality.as_deref().and_then(|m| c.modality(m)).map(|m| {
        let fiche = c.target_title().and_then(|t| t.rncp.value.clone()).map(|rncp| {
            let number = rncp.trim_start_matches("RNCP").to_string();
            view! {
                " · "
                <a href=format!("https://www.francecompetences.fr/recherche/rncp/{number}/")>
                    {move || trf!("la fiche {} sur France Compétences", "the {} record on France Compétences", rncp)}
                </a>
            }
        });
        view! {
            <p>
                {words!("Où commencer : ", "Where to start: ")}
                <a href=m.apply_url.clone()>{move || trf!("{} (page officielle)", "{} (official page, in French)", cat(&m.name))}</a>
                {fiche}
            </p>
            <p class="aide">{move || cat(&m.summary)}</p>
            {super::scheme::requires(m)}
        }
    })
}

/// What the block covers and how it is assessed.
fn block_about(c: &'static Catalog, s: &Step) -> Option<impl IntoView> {
    c.block(&s.scope).map(|(_, b)| {
        let competences: &'static [Text] = b.competences.value.as_deref().unwrap_or_default();
        let assessment = b.assessment.value.as_deref();
        let assessment_unsure = b.assessment.confidence != catalog::Confidence::Official;
        view! {
            {(!competences.is_empty()).then(|| view! {
                <p>{words!("Ce que couvre le bloc :", "What the block covers:")}</p>
                <ul>{competences.iter().map(|x| view! { <li>{move || cat(x)}</li> }).collect_view()}</ul>
            })}
            {assessment.map(|a| view! { <p>{words!("Évaluation : ", "Assessment: ")}{move || cat(a)}{move || unconfirmed(assessment_unsure)}</p> })}
        }
    })
}

/// One funding scheme of the step: its verdict and why, what is left to pay, where to apply,
/// its sources, and what the catalog says of it.
fn funding_option(
    c: &'static Catalog,
    o: &crate::plan::FundingOption,
    (year, start_year): (Option<u32>, u32),
) -> impl IntoView {
    let scheme = c.scheme(&o.scheme);
    let id = o.scheme.clone();
    let name = move || scheme.map_or(id.clone(), |x| cat(&x.name).to_string());
    let apply =
        scheme.map(|x| view! { <a href=x.apply_url.clone()>{move || cat(&x.apply_label)}</a> });
    let (id, verdict, reason, to_pay) = (o.scheme.clone(), o.verdict, o.reason.clone(), o.to_pay);
    let checked = scheme.and_then(|x| x.basis.checked);
    let unsure = !o.confirmed && o.to_pay != ToPay::Unknown;
    let class = match o.verdict {
        crate::plan::Verdict::Eligible => "verdict oui",
        crate::plan::Verdict::Check => "verdict peut-etre",
        crate::plan::Verdict::NotEligible => "verdict non",
    };
    view! {
        <li>
            <p><strong>{name}</strong>{words!(" : ", ": ")}<span class=class>{move || i18n::verdict_for(&id, verdict)}</span></p>
            <p>{move || i18n::reason(&reason)}</p>
            <p>{words!("Reste à payer : ", "Left to pay: ")}{move || i18n::dated(to_pay, year, start_year)}{move || unconfirmed(unsure)}{apply.map(|a| view! { {words!(" · Où demander : ", " · Where to apply: ")}{a} })}</p>
            {sources(c, &o.sources, checked)}
            {scheme.map(super::scheme::scheme_facts)}
        </li>
    }
}

/// The texts of a step's details that may name an acronym, in the page's language.
fn acronym_texts(c: &Catalog, s: &Step) -> Vec<String> {
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
    texts
}
