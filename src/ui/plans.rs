//! « Vos plans »: several named plans on one machine (a counsellor may follow several people):
//! the plan shown, its name, a new plan; what manages them (files, deletion, backups) is in
//! `plans_manage`. While a shared link is shown, this place says where the person's plans are.

use super::notice::Notice;
use super::plans_manage::ManagePlans;
use super::Session;
use crate::store::{plans, Progress};
use crate::words;
use leptos::prelude::*;

#[component]
pub fn Plans() -> impl IntoView {
    let session = super::page::session();
    let shared = session.shared;
    // The plans' ids and names: answers change the book, not these, and leave them as drawn.
    let book = session.book;
    let names = Memo::new(move |_| {
        book.with(|b| {
            b.plans
                .iter()
                .map(|p| (p.id.clone(), crate::i18n::plan_name(&p.name).to_string()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section aria-labelledby="titre-plans" class="plans ecran">
            <h2 id="titre-plans">{words!("Vos plans", "Your plans")}</h2>
            // While a shared link is shown, the person's own plans wait: say where they are.
            <Show when=move || shared.with(Option::is_none) fallback=|| view! {
                <p class="aide">
                    {words!(
                        "Vous regardez un plan reçu par un lien : vos propres plans reviennent quand vous le gardez ou le quittez, avec les boutons ",
                        "You are looking at a plan received through a link: your own plans come back when you keep it or leave it, with the buttons "
                    )}
                    <a href="#lien-recu">{words!("en haut de la page", "at the top of the page")}</a>"."
                </p>
            }>
                <PlanShown names=names />
                <p class="boutons">
                    <button type="button" on:click=move |_| {
                        session.add(plans::NEW_PLAN, crate::plan::Profile::new(), Progress::default());
                        session.tell_shown(Notice::NewBlank);
                    }>{words!("Nouveau plan", "New plan")}</button>
                </p>
                <ManagePlans names=names />
            </Show>
        </section>
    }
}

/// The name of the plan shown, as the page shows it, from the plans' `names`.
pub(super) fn shown_name(session: Session, names: Memo<Vec<(String, String)>>) -> String {
    let id = session.active.get();
    names.with(|n| {
        n.iter()
            .find(|(i, _)| *i == id)
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    })
}

/// Which plan is shown (a choice among the plans), and its name, to change.
#[component]
fn PlanShown(
    /// Each plan's id and name as shown.
    names: Memo<Vec<(String, String)>>,
) -> impl IntoView {
    let session = super::page::session();
    let Session { book, active, .. } = session;
    view! {
        <div class="colonnes">
            <p class="champ">
                <label for="plan-choisi">{words!("Plan affiché", "Plan shown")}</label>
                <select id="plan-choisi" node_ref=super::dom::landmarks().plan_choice on:change=move |ev| {
                    let id = event_target_value(&ev);
                    session.show(&id);
                    let name = book.with_untracked(|b| b.get(&id).map(|p| p.name.clone()));
                    if let Some(name) = name {
                        session.tell_shown(Notice::Shown(name));
                    }
                }>
                    {move || names.get().into_iter().map(|(id, name)| {
                        let this = id.clone();
                        view! { <option value=id selected=move || active.get() == this>{name}</option> }
                    }).collect_view()}
                </select>
            </p>
            <p class="champ">
                <label for="plan-nom">{words!("Nom de ce plan", "Name of this plan")}</label>
                <input type="text" id="plan-nom" maxlength=plans::MAX_NAME_CHARS autocomplete="off"
                    aria-describedby="plan-nom-aide"
                    prop:value=move || shown_name(session, names)
                    // Kept as it is typed when it is kept as typed; a name to make
                    // unique, or an empty one, waits until the field is left.
                    on:input=move |ev| {
                        let wanted = event_target_value(&ev);
                        let id = active.get_untracked();
                        if book.with_untracked(|b| b.unique_name(&wanted, Some(&id)) == wanted) {
                            book.update(|b| b.rename(&id, &wanted));
                        }
                    }
                    on:change=move |ev| {
                        let wanted = event_target_value(&ev);
                        let id = active.get_untracked();
                        book.update(|b| b.rename(&id, &wanted));
                        // The name as kept (made unique, or the default for an empty
                        // one), even when it is the one the plan already had.
                        let kept = book.with_untracked(|b| b.get(&id).map(|p| crate::i18n::plan_name(&p.name).to_string()));
                        if let Some(kept) = kept.filter(|k| *k != wanted) {
                            event_target::<web_sys::HtmlInputElement>(&ev).set_value(&kept);
                        }
                    } />
                <span class="aide" id="plan-nom-aide">{words!(
                    "Par exemple le prénom de la personne suivie. Le nom reste sur cet appareil : il ne figure pas dans le lien de partage.",
                    "For example the first name of the person you help. The name stays on this device: it is not in the share link."
                )}</span>
            </p>
        </div>
    }
}
