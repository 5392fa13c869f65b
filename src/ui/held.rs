//! The first question: which blocks (CCPs) the person already holds.

use super::Shown;
use crate::catalog::{self, Block, Confidence, Title, TitleKind};
use crate::i18n::cat;
use crate::plan::{HeldBlock, HeldTitle, Profile};
use crate::{tr, trf, words};
use leptos::prelude::*;

/// The block's label: its code, its title and what it is (its official name, or in plain words
/// where that name is not known).
fn block_label(title: &Title, block: &Block) -> String {
    let name = match (&block.name.value, &block.about) {
        (Some(n), _) => cat(n),
        (None, Some(about)) => cat(about),
        (None, None) => tr!("un bloc du titre", "a block of the title"),
    };
    trf!(
        "{} {} : {}",
        "{} {}: {}",
        cat(&block.code),
        title.short,
        name
    )
}

/// Beside the label, not in it: « intitulé officiel à vérifier » where the official name is not
/// known.
fn block_caveat(block: &Block) -> Option<&'static str> {
    block.name.value.is_none().then(|| {
        if block.placeholder {
            tr!(
                "(nombre et intitulés officiels à vérifier)",
                "(official number and names to be checked)"
            )
        } else {
            tr!(
                "(intitulé officiel à vérifier)",
                "(official name to be checked)"
            )
        }
    })
}

fn legend() -> &'static str {
    tr!(
        "Quels blocs (CCP) avez-vous déjà obtenus ?",
        "Which blocks (CCP) do you already hold?"
    )
}

#[component]
pub fn HeldBlocks(profile: Shown<Profile>) -> impl IntoView {
    let c = catalog::official();
    // The current title first: most people who hold a block hold one of it or of REMN.
    let mut titles: Vec<&Title> = c
        .titles
        .iter()
        .filter(|t| t.kind == TitleKind::TitreProfessionnel && !t.blocks.is_empty())
        .collect();
    crate::sort::sort_by(&mut titles, |a, b| b.in_force.value.cmp(&a.in_force.value));

    // The acronyms this question uses (CCP, REMN, CMN), from its legend and its labels.
    let mut acronym_texts = vec![legend().to_string()];
    for t in &titles {
        acronym_texts.extend(t.blocks.iter().map(|b| block_label(t, b)));
    }
    let old_ids: Vec<String> = titles
        .iter()
        .filter(|t| !t.is_target)
        .flat_map(|t| {
            std::iter::once(t.id.to_string()).chain(t.blocks.iter().map(|b| b.id.to_string()))
        })
        .collect();
    let holds_earlier = Memo::new(move |_| {
        profile.with(|p| {
            p.held.iter().any(|h| old_ids.contains(&h.block))
                || p.held_titles.iter().any(|h| old_ids.contains(&h.title))
        })
    });
    let earlier = NodeRef::<leptos::html::Details>::new();
    let opened = RwSignal::new(false);
    // Drawn once opened, or as soon as the person holds one of them (whether or not the toggle
    // event has come yet); one memo, so that a tick inside never draws the list again.
    let drawn = Memo::new(move |_| opened.get() || holds_earlier.get());
    let earlier_titles: Vec<&'static Title> =
        titles.iter().copied().filter(|t| !t.is_target).collect();
    // Opened, never closed, by what the person holds: closing it under their hands would take
    // the focus away.
    Effect::new(move |_| {
        if holds_earlier.get() {
            if let Some(d) = earlier.get() {
                d.set_open(true);
            }
        }
    });
    view! {
        <form on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend>{legend}</legend>
                <p class="aide">
                    {words!(
                        "Cochez ceux que vous avez ; si vous n'en avez aucun, passez à la suite : c'est le cas de la plupart des personnes qui débutent.",
                        "Tick the ones you hold; if you hold none, go on to the next question: that is the case for most people starting out."
                    )}
                </p>
                {super::terms::explain_first(&acronym_texts)}
                {titles.iter().filter(|t| t.is_target).map(|t| title_group(profile, t)).collect_view()}
                // The earlier titles, folded for a newcomer; open as soon as the person holds
                // anything of them (from a link, a file, another plan, or ticked here).
                <details class="anciens" node_ref=earlier on:toggle=move |ev| opened.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                    <summary>{words!(
                        "J'ai des blocs ou un titre d'avant 2025 (REMN de 2019, CMN de 2015)",
                        "I hold blocks or a title from before 2025 (REMN of 2019, CMN of 2015)"
                    )}</summary>
                    // Drawn once opened: most people hold none of them.
                    {move || drawn.get().then(|| earlier_titles.iter().map(|t| title_group(profile, t)).collect_view())}
                </details>
                <p class="aide">{super::titles::link(|| tr!(
                    "Trois titres se sont succédé (CMN, REMN, Médiateur numérique) : voir leur histoire",
                    "Three titles followed one another (CMN, REMN, Médiateur numérique): see their history"
                ))}</p>
            </fieldset>
        </form>
    }
}

/// One title's blocks, and for an earlier title « J'ai le titre complet ».
fn title_group(profile: Shown<Profile>, t: &'static Title) -> impl IntoView {
    let unsure = t.name.confidence == Confidence::Unknown;
    view! {
        <fieldset>
            <legend>{move || {
                let name = t.name.value.as_deref().map_or(t.short.as_ref(), cat);
                let law = t.legal_text.value.as_deref().map_or("", cat);
                trf!("Titre « {} », {}", "Title “{}”, {}", name, law)
            }}</legend>
            {unsure.then(|| view! { <p class="a-verifier">{words!("Intitulé à vérifier", "Name to be checked")}</p> })}
            // A whole earlier title: every block of it, and valid for life.
            {(!t.is_target).then(|| whole_title(profile, t))}
            {t.blocks.iter().map(|b| checkbox(profile, t, b)).collect_view()}
        </fieldset>
    }
}

/// « J'ai le titre complet »: the title held whole, each of its blocks with it.
fn whole_title(profile: Shown<Profile>, title: &Title) -> impl IntoView {
    let id = title.id.clone();
    let input_id = format!("titre-{id}");
    let held = {
        let id = id.clone();
        Memo::new(move |_| profile.with(|p| p.held_titles.iter().any(|t| t.title == id)))
    };
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        profile.update(|p| {
            p.held_titles.retain(|t| t.title != id);
            if on {
                p.held_titles.push(HeldTitle {
                    title: id.to_string(),
                    obtained: None,
                });
            }
        });
    };
    let short = title.short.clone();
    view! {
        <div class="choix">
            <input type="checkbox" id=input_id.clone() prop:checked=held on:change=toggle />
            <label for=input_id>{move || trf!("J'ai le titre {} complet (tous ses blocs)", "I hold the whole {} title (all its blocks)", short)}</label>
        </div>
    }
}

fn checkbox(
    profile: Shown<Profile>,
    title: &'static Title,
    block: &'static Block,
) -> impl IntoView {
    let id = block.id.clone();
    let input_id = format!("bloc-{id}");
    let title_id = title.id.clone();
    // Held whole: its blocks are held too, shown ticked and not to be unticked one by one.
    let whole =
        Memo::new(move |_| profile.with(|p| p.held_titles.iter().any(|t| t.title == title_id)));
    let held = {
        let id = id.clone();
        Memo::new(move |_| profile.with(|p| p.held.iter().any(|h| h.block == id)) || whole.get())
    };
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        profile.update(|p| {
            p.held.retain(|h| h.block != id);
            if on {
                p.held.push(HeldBlock {
                    block: id.to_string(),
                    obtained: None,
                });
            }
        });
    };
    view! {
        <div class="choix">
            <input type="checkbox" id=input_id.clone() prop:checked=held prop:disabled=whole on:change=toggle />
            <label for=input_id>{move || block_label(title, block)}</label>
            {block_caveat(block).map(|_| view! { <span class="aide">{move || block_caveat(block)}</span> })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::{block_caveat, block_label};
    use crate::catalog;

    #[test]
    fn a_block_without_an_official_name_says_what_it_is_with_the_caveat_beside() {
        let c = catalog::official();
        for t in c.titles.iter() {
            for b in t.blocks.iter() {
                let label = block_label(t, b);
                assert!(!label.contains("vérifier"), "caveat in the label: {label}");
                assert_eq!(block_caveat(b).is_some(), b.name.value.is_none(), "{label}");
            }
        }
        let (t, b) = c.block("mn-ccp1").unwrap();
        assert_eq!(
            block_label(t, b),
            "CCP1 Médiateur numérique : le cœur du métier (accueillir les publics et les accompagner dans leurs usages numériques)"
        );
    }
}
