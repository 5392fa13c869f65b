//! What the page tells the person at the top (« Messages »): kept as what happened, with its
//! figures, and put in words where it is shown, so that a notice follows a switch of language.

use crate::i18n;
use crate::store::{LinkRefused, Problem};
use crate::{tr, trf, words};
use leptos::prelude::*;

/// One thing to tell the person.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// What the store has to say about the plans, the storage or a file.
    Stored(Problem),
    /// A file could not be made in this browser (an export).
    FileNotMade,
    /// English was asked for and its file could not be loaded.
    EnglishUnavailable,
    FileTooBig,
    FileUnreadable,
    /// A file could not be imported, and why.
    ImportRefused(Problem),
    /// This plan (its name) was imported and is shown.
    Imported(String),
    /// This plan was saved in a file.
    Exported(String),
    /// This plan was deleted.
    Deleted(String),
    /// Everything Parcours kept in this browser was erased.
    Wiped,
    /// This plan is now shown.
    Shown(String),
    /// A new blank plan is shown.
    NewBlank,
    /// The shared link's plan was saved among the person's plans.
    SharedSaved,
    /// The link could not be used (why): the person's own plans are shown.
    LinkRefused(LinkRefused),
    /// The plan shown was changed in another tab.
    ChangedElsewhere(String),
    /// The plan shown was deleted in another tab.
    DeletedElsewhere,
    /// Everything was erased in another tab.
    WipedElsewhere,
}

impl From<Problem> for Notice {
    fn from(p: Problem) -> Notice {
        Notice::Stored(p)
    }
}

impl Notice {
    /// The notice in the page's language.
    pub fn words(&self) -> String {
        match self {
            Notice::Stored(p) => i18n::stored(p, crate::catalog::official()),
            Notice::FileNotMade => tr!(
                "Le fichier n'a pas pu être créé dans ce navigateur.",
                "The file could not be made in this browser."
            )
            .into(),
            Notice::EnglishUnavailable => i18n::english_unavailable().into(),
            Notice::FileTooBig => tr!(
                "Ce fichier n'est pas un plan Parcours : il est bien trop grand.",
                "This file is not a Parcours plan: it is far too big."
            )
            .into(),
            Notice::FileUnreadable => {
                tr!("Ce fichier n'a pas pu être lu.", "This file could not be read.").into()
            }
            Notice::ImportRefused(why) => trf!(
                "Import impossible : {}",
                "Cannot import: {}",
                i18n::stored(why, crate::catalog::official())
            ),
            Notice::Imported(name) => trf!(
                "Le plan « {} » a été importé et s'affiche.",
                "The plan “{}” was imported and is shown.",
                i18n::plan_name(name)
            ),
            Notice::Exported(name) => trf!(
                "Le plan « {} » a été enregistré dans un fichier (dossier Téléchargements).",
                "The plan “{}” was saved in a file (Downloads folder).",
                i18n::plan_name(name)
            ),
            Notice::Deleted(name) => trf!(
                "Le plan « {} » a été supprimé.",
                "The plan “{}” was deleted.",
                i18n::plan_name(name)
            ),
            Notice::Wiped => tr!(
                "Toutes vos données ont été effacées de ce navigateur.",
                "All your data was erased from this browser."
            )
            .into(),
            Notice::Shown(name) => trf!(
                "Le plan « {} » s'affiche.",
                "The plan “{}” is shown.",
                i18n::plan_name(name)
            ),
            Notice::NewBlank => tr!(
                "Un nouveau plan vierge s'affiche. Les autres restent dans « Plan affiché ».",
                "A new blank plan is shown. The others stay in “Plan shown”."
            )
            .into(),
            Notice::SharedSaved => tr!(
                "Le plan partagé est enregistré parmi vos plans.",
                "The shared plan is saved among your plans."
            )
            .into(),
            Notice::LinkRefused(why) => trf!(
                "{} Vos propres plans s'affichent.",
                "{} Your own plans are shown.",
                i18n::link_refused(why)
            ),
            Notice::ChangedElsewhere(name) => trf!(
                "Le plan « {} » a été modifié dans un autre onglet : il est à jour ici aussi.",
                "The plan “{}” was changed in another tab: it is up to date here too.",
                i18n::plan_name(name)
            ),
            Notice::DeletedElsewhere => tr!(
                "Le plan affiché a été supprimé dans un autre onglet.",
                "The plan shown was deleted in another tab."
            )
            .into(),
            Notice::WipedElsewhere => tr!(
                "Toutes les données de Parcours ont été effacées dans un autre onglet : ce plan repart de zéro.",
                "All of Parcours' data was erased in another tab: this plan starts again from scratch."
            )
            .into(),
        }
    }
}

/// « Messages »: what the page has to tell, each in the page's language, until the person says
/// they understood.
#[component]
pub(super) fn Notices() -> impl IntoView {
    let notices = super::page::session().notices;
    view! {
        <div role="status" aria-label=words!("Messages", "Messages") class="ecran">
            {move || (!notices.with(Vec::is_empty)).then(|| view! {
                <div class="statut">
                    <ul>{notices.get().into_iter().map(|m| view! { <li>{m.words()}</li> }).collect_view()}</ul>
                    <button type="button" on:click=move |_| notices.set(Vec::new())>{words!("J'ai compris", "Understood")}</button>
                </div>
            })}
        </div>
    }
}
