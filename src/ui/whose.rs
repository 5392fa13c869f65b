//! Whose plan is on screen: its name at the top of the questions and of the routes, with the
//! way to another plan. A counsellor with several plans then never answers in the wrong one.

use super::focus_later;
use crate::store::plans;
use crate::words;
use leptos::prelude::*;

/// « Plan affiché : Karima B. · changer de plan », once there is more than one plan or the plan
/// has a name of its own; nothing while a shared link is shown (its banner says so).
#[component]
pub fn ShownPlan() -> impl IntoView {
    let session = super::page::session();
    let (book, active, shared) = (session.book, session.active, session.shared);
    // Answers change the book, not this: the line stays as drawn.
    let name = Memo::new(move |_| {
        if shared.with(Option::is_some) {
            return None;
        }
        let id = active.get();
        book.with(|b| {
            let p = b.get(&id)?;
            (b.plans.len() > 1 || !plans::is_default_name(&p.name))
                .then(|| crate::i18n::plan_name(&p.name).to_string())
        })
    });
    move || {
        name.get().map(|n| {
            view! {
                <p class="plan-affiche">
                    {words!("Plan affiché : ", "Plan shown: ")}<strong>{n}</strong>" · "
                    <a href="#plan-choisi" on:click=move |ev| {
                        ev.prevent_default();
                        focus_later(super::dom::landmarks().plan_choice, true);
                    }>{words!("changer de plan", "switch plan")}</a>
                </p>
            }
        })
    }
}
