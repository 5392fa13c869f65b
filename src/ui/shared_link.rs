//! A plan received through a link: said before the questions, with the way to keep it as a
//! plan of one's own or to go back to one's plans.

use super::notice::Notice;
use crate::words;
use leptos::prelude::*;

/// While a shared link is shown: says so, lists what of the link was set aside, and offers to
/// keep it or to leave it.
#[component]
pub fn SharedLink() -> impl IntoView {
    let session = super::page::session();
    let shared = session.shared;
    move || {
        shared.get().map(|ignored| {
            view! {
                <div class="partage" id="lien-recu" tabindex="-1">
                    <p>
                        <strong>{words!("Vous regardez un plan reçu par un lien.", "You are looking at a plan received through a link.")}</strong>
                        {words!(
                            " Vos propres plans ne sont pas modifiés : ce que vous changez ici n'est pas enregistré, sauf si vous le gardez.",
                            " Your own plans are not changed: what you change here is not saved, unless you keep it."
                        )}
                    </p>
                    {(!ignored.is_empty()).then(|| view! {
                        <p>{words!("Une partie du lien n'a pas pu être lue et a été ignorée :", "Part of the link could not be read and was ignored:")}</p>
                        <ul>{ignored.into_iter().map(|i| view! { <li>{move || crate::i18n::set_aside(&i)}</li> }).collect_view()}</ul>
                    })}
                    <p class="boutons">
                        <button type="button" on:click=move |_| {
                            session.keep_shared(crate::store::plans::SHARED_PLAN);
                            // The page stays in the language it is read in after a reload.
                            super::keep_lang(crate::i18n::lang());
                            session.tell(Notice::SharedSaved);
                            // This banner goes away: the focus goes to the plans' list.
                            super::focus_later(super::dom::landmarks().plan_choice, false);
                        }>{words!("Enregistrer comme nouveau plan", "Save as a new plan")}</button>
                        <button type="button" class="secondaire" on:click=move |_| {
                            session.leave_shared();
                            super::keep_lang(crate::i18n::lang());
                            super::focus_later(super::dom::landmarks().plan_choice, false);
                        }>
                            {words!("Revenir à mes plans", "Back to my plans")}
                        </button>
                    </p>
                </div>
            }
        })
    }
}
