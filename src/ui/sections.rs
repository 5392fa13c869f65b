//! The page's two working sections: where the person stands (the questions, one topic at a
//! time on a phone) and their routes (the summary, the routes, the comparison).

use super::routes::RouteState;
use super::{compare, held, page, questions, routes, titles, whose};
use super::{show_topic, TOPICS};
use crate::catalog::{self, Date};
use crate::{i18n, plan, tr, trf, words};
use leptos::prelude::*;

/// « Où vous en êtes »: the held blocks, then the other questions, with the steps between
/// topics a phone shows one at a time.
#[component]
pub(super) fn Questions(topic: RwSignal<usize>, today: Date) -> impl IntoView {
    let profile = page::session().profile;
    view! {
        <section aria-labelledby="titre-situation" class="ecran" id="situation" tabindex="-1">
            <h2 id="titre-situation">{words!("Où vous en êtes", "Where you stand")}</h2>
            <whose::ShownPlan />
            <p class="pas-a-pas aide">{move || trf!(
                "Question {} sur {} · toutes restent modifiables",
                "Question {} of {} · you can change any answer",
                topic.get() + 1, TOPICS
            )}</p>
            <div class="sujets">
                <div class="sujet" tabindex="-1" node_ref=super::dom::landmarks().topics[0] class:actif=move || topic.get() == 0>
                    <held::HeldBlocks profile=profile />
                </div>
                <questions::ProfileQuestions profile=profile topic=topic today=today />
            </div>
            <p class="pas-a-pas boutons">
                <button type="button" class="secondaire" prop:disabled=move || topic.get() == 0
                    on:click=move |_| show_topic(topic, topic.get_untracked().saturating_sub(1))>{words!("Question précédente", "Previous question")}</button>
                {move || if topic.get() + 1 < TOPICS {
                    view! { <button type="button" on:click=move |_| show_topic(topic, topic.get_untracked() + 1)>{words!("Question suivante", "Next question")}</button> }.into_any()
                } else {
                    view! { <a class="bouton" href="#parcours">{words!("Voir vos parcours", "See your routes")}</a> }.into_any()
                }}
            </p>
        </section>
    }
}

/// « Vos parcours »: what is left and the first route in a sentence (announced), the routes,
/// and the comparison.
#[component]
pub(super) fn Results(marks: RouteState) -> impl IntoView {
    let plan = page::page().plan;
    let profile = marks.profile;
    // The summary's words, in the page's language: drawn again only when they change.
    let target = Memo::new(move |_| profile.with(|p| p.target.clone()));
    let summary = Memo::new(move |_| target.with(|t| plan.with(|p| summary_texts(p, t))));
    view! {
        <section aria-labelledby="titre-parcours" class="ecran" id="parcours" tabindex="-1" node_ref=super::dom::landmarks().routes>
            <h2 id="titre-parcours">{words!("Vos parcours", "Your routes")}</h2>
            <whose::ShownPlan />
            <div aria-live="polite">{move || summary.with(summary_view)}</div>
            <p class="aide">
                {|| i18n::cat(&catalog::official().meta.disclaimer)}
                {" "}{|| i18n::data_date(catalog::official())}{" "}
                {titles::link(|| tr!("D'où viennent ces titres et ces blocs ?", "Where do these titles and blocks come from?"))}
            </p>
            <routes::RouteList marks=marks />
            <h3>{words!("Comparer", "Compare")}</h3>
            <compare::Comparison compared=marks.compared />
        </section>
    }
}

/// What the summary says: the blocks and routes left, the first route and the warnings; or why
/// an answer cannot be used.
fn summary_texts(
    plan: &Result<plan::Plan, plan::ProfileError>,
    target: &plan::Target,
) -> Result<(String, Vec<String>), String> {
    let c = catalog::official();
    let p = plan.as_ref().map_err(|e| {
        trf!(
            "Réponse impossible à utiliser : {}",
            "An answer cannot be used: {}",
            e
        )
    })?;
    let title = c.title(&p.target_title).map_or("", |t| t.short.as_ref());
    let remaining = i18n::remaining(c, &p.remaining, target, title, p.routes.len());
    let first = match p.routes.first() {
        Some(r) => trf!(
            " En tête : « {} » ({}).",
            " First: “{}” ({}).",
            i18n::route_name(&r.id),
            i18n::feasibility(r.feasibility)
        ),
        None => String::new(),
    };
    let warnings = p.warnings.iter().map(|w| i18n::warning(w, c)).collect();
    Ok((remaining + &first, warnings))
}

fn summary_view(texts: &Result<(String, Vec<String>), String>) -> AnyView {
    match texts {
        Err(e) => view! { <p class="a-verifier">{e.clone()}</p> }.into_any(),
        Ok((line, warnings)) => view! {
            <p>{line.clone()}</p>
            <ul>{warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}</ul>
        }
        .into_any(),
    }
}
