//! The titles and their neighbours, from the catalog: the history CMN (2015) → REMN (2019) →
//! Médiateur numérique (2025) with what carries over, the level-4 title that was only proposed,
//! and the certifications close to the job. Folded, and drawn only when opened: it is read
//! rarely, and the page stays short.

use super::facts::{sources, unconfirmed};
use crate::catalog::{self, Catalog, Confidence, EquivalenceStatus, Fact, Text, Title, TitleKind};
use crate::i18n::{self, cat};
use crate::plan::Related;
use crate::{tr, trf, words};
use leptos::prelude::*;

const DETAILS_ID: &str = "titres-detail";

#[component]
pub fn Titles() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <section aria-labelledby="titre-titres" id="titres" class="ecran" tabindex="-1">
            <h2 id="titre-titres">{words!("Les titres et les certifications voisines", "The titles and neighbouring certifications")}</h2>
            <details id=DETAILS_ID on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{words!(
                    "CMN, REMN, Médiateur numérique : d'où vient le titre, ce qui passe d'un titre à l'autre, et les certifications proches",
                    "CMN, REMN, Médiateur numérique: where the title comes from, what carries over, and the certifications close to it"
                )}</summary>
                {move || open.get().then(body)}
            </details>
        </section>
    }
}

/// A link to the section, which opens it on the way.
pub(super) fn link(text: impl IntoView + 'static) -> impl IntoView {
    view! { <a href="#titres" on:click=|_| super::dom::open_details(DETAILS_ID)>{text}</a> }
}

/// The professional titles from the oldest, each followed by the one that replaced it.
pub fn history(c: &Catalog) -> Vec<&Title> {
    let pro = |t: &&Title| t.kind == TitleKind::TitreProfessionnel;
    let mut next = c.titles.iter().filter(pro).find(|t| t.replaces.is_none());
    let mut out: Vec<&Title> = Vec::new();
    // Bounded by the number of titles: a loop in the catalog cannot hang the page.
    while let Some(t) = next.filter(|_| out.len() < c.titles.len()) {
        out.push(t);
        next = c
            .titles
            .iter()
            .filter(pro)
            .find(|n| n.replaces.as_deref() == Some(&*t.id));
    }
    out
}

fn body() -> impl IntoView {
    let c = catalog::official();
    let of_kind = |kinds: &'static [TitleKind]| {
        c.titles
            .iter()
            .filter(move |t| kinds.contains(&t.kind))
            .map(|t| title(c, t))
            .collect_view()
    };
    view! {
        <h3>{words!("Trois titres successifs", "Three successive titles")}</h3>
        <ol class="titres">{history(c).into_iter().map(|t| title(c, t)).collect_view()}</ol>
        <h3>{words!("Ce qui passe d'un titre à l'autre", "What carries over from one title to the next")}</h3>
        <p>{words!(
            "Un bloc (CCP) obtenu pour un ancien titre compte pour le nouveau seulement si une équivalence le dit. Voici ce qui est connu :",
            "A block (CCP) obtained for an earlier title counts for the new one only if an equivalence says so. Here is what is known:"
        )}</p>
        <ul class="equivalences">{c.equivalences.iter().map(|e| {
            let status = match e.status {
                EquivalenceStatus::Official => tr!("équivalence officielle", "official equivalence"),
                EquivalenceStatus::Presumed => tr!("équivalence présumée, non confirmée", "presumed equivalence, not confirmed"),
                EquivalenceStatus::Unknown => tr!("à vérifier : aucune équivalence connue", "to be checked: no known equivalence"),
            };
            view! {
                <li>
                    <strong>{i18n::block_name(c, &e.from)}{" → "}{i18n::block_name(c, &e.to)}</strong>{words!(" : ", ": ")}{status}
                    {e.basis.note.as_deref().map(|n| view! { <br /><span class="aide">{cat(n)}</span> })}
                    {e.ask.as_deref().map(|a| view! { <br />{words!("Qui peut le dire : ", "Who can tell: ")}{cat(a)} })}
                </li>
            }
        }).collect_view()}</ul>
        <h3>{words!("Un titre de niveau 4, seulement proposé", "A level-4 title, only proposed")}</h3>
        <ul class="titres">{of_kind(&[TitleKind::Proposed])}</ul>
        <h3>{words!("Des certifications voisines", "Neighbouring certifications")}</h3>
        <p>{words!(
            "Elles ne remplacent aucun bloc du titre Médiateur numérique ; chacune sert dans un cas précis.",
            "They do not replace any block of the Médiateur numérique title; each is useful in a given case."
        )}</p>
        <ul class="titres">{of_kind(&[TitleKind::Certification, TitleKind::RepertoireSpecifique])}</ul>
    }
}

/// One title: its name, what it is, its dated facts (each marked when not confirmed, with its
/// caveat), and the sources behind them.
fn title(c: &'static Catalog, t: &'static Title) -> impl IntoView {
    let name = t.name.value.as_deref().map_or(t.short.as_ref(), cat);
    let certification = matches!(
        t.kind,
        TitleKind::Certification | TitleKind::RepertoireSpecifique
    );
    let code_label = if certification {
        tr!("Numéro au répertoire", "Register number")
    } else {
        tr!("Numéro RNCP", "RNCP number")
    };
    let mut facts = vec![
        fact(tr!("Niveau", "Level"), &t.level, |n| n.to_string()),
        fact(code_label, &t.rncp, |s| s.to_string()),
    ];
    if !certification {
        facts.push(fact(
            tr!("Texte officiel", "Official text"),
            &t.legal_text,
            |s| cat(s).to_string(),
        ));
    }
    facts.push(fact(
        tr!("En vigueur depuis le", "In force since"),
        &t.in_force,
        |d| i18n::date(*d),
    ));
    facts.push(fact(
        tr!("Fin de validité", "End of validity"),
        &t.end_of_validity,
        |d| i18n::date(*d),
    ));
    if t.kind == TitleKind::TitreProfessionnel {
        facts.push(fact(
            tr!(
                "Dernier jour pour le compléter, pour qui a déjà des blocs",
                "Last day to complete it, for holders of some of its blocks"
            ),
            &t.completion_deadline,
            |d| i18n::date(*d),
        ));
    }
    // Each source once, in the order the facts name them.
    let mut ids: Vec<&Text> = Vec::new();
    let named = [
        &t.basis.sources,
        &t.name.sources,
        &t.level.sources,
        &t.rncp.sources,
        &t.in_force.sources,
        &t.end_of_validity.sources,
    ];
    for id in named.into_iter().flat_map(|s| s.iter()) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    view! {
        <li id=format!("fiche-{}", t.id)>
            <strong>{name.to_string()}</strong>
            {(name != t.short.as_ref()).then(|| format!(" ({})", t.short))}
            {unconfirmed(shaky(t.name.confidence))}
            {t.name.note.as_deref().map(|n| view! { <span class="aide">{" — "}{cat(n)}</span> })}
            <p>{cat(&t.summary)}</p>
            <ul class="faits">{facts}</ul>
            {t.adds.as_ref().and_then(|a| a.value.as_deref().map(|v| view! {
                <p>{words!("Ce qu'il ajoute : ", "What it adds: ")}{cat(v)}{unconfirmed(shaky(a.confidence))}</p>
            }))}
            {sources(c, &ids, t.basis.checked)}
        </li>
    }
}

fn shaky(c: Confidence) -> bool {
    matches!(c, Confidence::Secondary | Confidence::Unverified)
}

/// « Label : value », « (non confirmé) » when a secondary source carries it, « à vérifier » when
/// no source gives it, and the catalog's caveat after.
fn fact<T>(label: &'static str, f: &'static Fact<T>, show: impl Fn(&T) -> String) -> AnyView {
    let value = f
        .value
        .as_ref()
        .map_or_else(|| tr!("à vérifier", "to be checked").to_string(), show);
    view! {
        <li>
            {label}{words!(" : ", ": ")}
            <span class:a-verifier=f.value.is_none()>{value}</span>
            {unconfirmed(f.value.is_some() && shaky(f.confidence))}
            {f.note.as_deref().map(|n| view! { <span class="aide">{" — "}{cat(n)}</span> })}
        </li>
    }
    .into_any()
}

/// The neighbouring certifications that concern this person, said where their plan is.
pub(super) fn related(c: &'static Catalog, related: &[Related]) -> impl IntoView {
    (!related.is_empty()).then(|| {
        view! {
            <h3>{words!("Une certification voisine vous concerne", "A neighbouring certification concerns you")}</h3>
            <ul class="voisines">{related.iter().filter_map(|r| {
                let t = c.title(&r.title)?;
                let name = t.name.value.as_deref().map_or(t.short.as_ref(), cat).to_string();
                Some(view! {
                    <li>
                        {i18n::related_because(r.because)}{" "}
                        <strong>{name}</strong>{unconfirmed(shaky(t.basis.confidence))}{words!(" : ", ": ")}{cat(&t.summary)}{" "}
                        {link(trf!("En savoir plus sur {}", "More about {}", t.short))}
                    </li>
                })
            }).collect_view()}</ul>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_history_runs_from_cmn_to_the_target_title() {
        let c = catalog::official();
        let ids: Vec<&str> = history(c).iter().map(|t| &*t.id).collect();
        assert_eq!(ids, ["cmn", "remn", "mn"]);
        assert!(history(c).last().is_some_and(|t| t.is_target));
    }
}
