//! What is said around the routes: a whole earlier title that stays valid, what the person
//! already holds, the routes not suggested and why, and what would make the routes more
//! precise.

use super::facts::unconfirmed;
use super::Shown;
use crate::catalog::{self, Catalog};
use crate::i18n::{self, cat};
use crate::plan::{Acquired, Excluded, Profile, Unknown};
use crate::{tr, trf, words};
use leptos::prelude::*;

/// For a holder of a whole earlier title: it stays valid, and what the target title would add.
pub(super) fn title_option(c: &'static Catalog, held: &str) -> impl IntoView {
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
            <h3>{move || trf!("Votre titre {} reste valable", "Your {} title stays valid", short)}</h3>
            <p>{words!(
                "Un titre professionnel obtenu est acquis pour toujours. Aucun texte n'exige le titre Médiateur numérique pour exercer, à notre connaissance : les parcours ci-dessous sont une option, si vous voulez le titre actuel.",
                "A professional title once obtained is yours for life. No text requires the Médiateur numérique title to do the job, as far as we know: the routes below are an option, if you want the current title."
            )}" "{crate::i18n::not_required_source(c).map(|s| view! {
                <a href=s.url.to_string() rel="noopener" hreflang="fr">{words!("Source : ", "Source: ")}<span lang="fr">{s.title.to_string()}</span></a>
            })}</p>
            {adds.map(|(text, unsure)| view! {
                <p><strong>{words!("Ce que le titre Médiateur numérique ajouterait : ", "What the Médiateur numérique title would add: ")}</strong>{text}{unconfirmed(unsure)}</p>
            })}
        </div>
    }
}

pub(super) fn before_routes(
    acquired: &[Acquired],
    has_choice: bool,
    profile: Shown<Profile>,
) -> impl IntoView {
    let c = catalog::official();
    view! {
        {has_choice.then(|| view! {
            <p>
                // The button goes away with the choices: the focus goes to « Vos parcours »
                // rather than being lost with it.
                <button type="button" on:click=move |_| {
                    profile.update(|p| p.choices.clear());
                    super::focus_later(super::dom::landmarks().routes, false);
                }>
                    {words!("Revenir aux parcours proposés", "Back to the suggested routes")}
                </button>
            </p>
        })}
        {(!acquired.is_empty()).then(|| view! {
            <h3>{words!("Ce que vous avez déjà", "What you already hold")}</h3>
            <ul class="acquis">
                {acquired.iter().map(|a| view! { <li>{i18n::acquired(a, c)}</li> }).collect_view()}
            </ul>
        })}
    }
}

/// The routes the plan set aside, and why.
pub(super) fn not_suggested(excluded: &[Excluded]) -> impl IntoView {
    (!excluded.is_empty()).then(|| {
        let lines: Vec<(&str, String)> = excluded
            .iter()
            .map(|x| (i18n::route_name(&x.route), i18n::reason(&x.reason)))
            .collect();
        let texts: Vec<&str> = lines.iter().flat_map(|(n, r)| [*n, r.as_str()]).collect();
        let sigles = super::terms::explain(&texts);
        view! {
            <h3>{words!("Parcours non proposés", "Routes not suggested")}</h3>
            <ul>
                {lines.iter().map(|(name, reason)| view! {
                    <li><strong>{*name}</strong>{words!(" : ", ": ")}{reason.clone()}</li>
                }).collect_view()}
            </ul>
            {sigles}
        }
    })
}

/// « Ce qui préciserait vos parcours »: folded, with how many answers it holds; its list drawn
/// only once unfolded (`open`, kept from one answer to the next), as a list to come back to,
/// not to read first.
pub(super) fn more_precise(unknowns: &[Unknown], open: RwSignal<bool>) -> impl IntoView {
    (!unknowns.is_empty()).then(|| {
        let lines: Vec<&'static str> = unknowns.iter().map(|u| i18n::unknown(*u)).collect();
        let count = lines.len();
        let list = move || {
            open.get().then(|| {
                let sigles = super::terms::explain(&lines);
                view! {
                    <ul>{lines.iter().map(|u| view! { <li>{*u}</li> }).collect_view()}</ul>
                    {sigles}
                }
            })
        };
        view! {
            <details class="preciser" prop:open=open on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{answers_left(count)}</summary>
                {list}
            </details>
        }
    })
}

/// « Ce qui préciserait vos parcours (3 réponses) », the count agreeing.
fn answers_left(count: usize) -> String {
    if count == 1 {
        tr!(
            "Ce qui préciserait vos parcours (1 réponse)",
            "What would make your routes more precise (1 answer)"
        )
        .to_string()
    } else {
        trf!(
            "Ce qui préciserait vos parcours ({} réponses)",
            "What would make your routes more precise ({} answers)",
            count
        )
    }
}

#[cfg(test)]
mod tests {
    use super::answers_left;
    use crate::i18n::{in_lang, Lang};

    #[test]
    fn the_count_of_answers_agrees_with_its_noun() {
        assert_eq!(
            answers_left(1),
            "Ce qui préciserait vos parcours (1 réponse)"
        );
        assert_eq!(
            answers_left(3),
            "Ce qui préciserait vos parcours (3 réponses)"
        );
        in_lang(Lang::En, || {
            assert_eq!(
                answers_left(1),
                "What would make your routes more precise (1 answer)"
            );
            assert_eq!(
                answers_left(2),
                "What would make your routes more precise (2 answers)"
            );
        });
    }
}
