//! Managing the plans: a plan as a file (export, import), deleting it, the backups of data
//! that could not be read, and « effacer toutes mes données », each deletion asked first.

use super::browser::{download, read_chosen_file, FileProblem};
use super::notice::Notice;
use super::Session;
use crate::catalog::Date;
use crate::store::{self, plans, Kv};
use crate::{tr, trf, words};
use leptos::html;
use leptos::prelude::*;

/// A file name made of the plan's name: letters, digits and dashes only.
pub fn file_name(plan_name: &str, extension: &str) -> String {
    let mut out = String::from("parcours-");
    // French letters by hand, both cases: Unicode's case tables would add kilobytes to the wasm
    // for a file name.
    for c in plan_name.chars() {
        let c = match c {
            'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
            'î' | 'ï' | 'Î' | 'Ï' => 'i',
            'ô' | 'ö' | 'Ô' | 'Ö' => 'o',
            'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
            _ => '-',
        };
        if !(c == '-' && out.ends_with('-')) {
            out.push(c);
        }
    }
    format!("{}.{extension}", out.trim_end_matches('-'))
}

/// Reads a plan file the person chose and adds it as a new plan, or says why not.
fn import(session: Session, today: Date, ev: leptos::ev::Event) {
    read_chosen_file(&ev, plans::MAX_FILE_BYTES, move |text| {
        let text = match text {
            Ok(text) => text,
            Err(FileProblem::TooBig) => return session.tell(Notice::FileTooBig),
            Err(FileProblem::Unreadable) => return session.tell(Notice::FileUnreadable),
        };
        match plans::import_file(&text, crate::catalog::official(), today) {
            Ok(back) => {
                session.add(&back.name, back.profile, back.progress);
                let shown = session
                    .book
                    .with_untracked(|b| {
                        b.get(&session.active.get_untracked())
                            .map(|p| p.name.clone())
                    })
                    .unwrap_or_default();
                session.tell(Notice::Imported(shown.clone()));
                if !back.taken_out.is_empty() {
                    session.tell(store::Problem::TakenOut {
                        plan: shown,
                        taken_out: back.taken_out,
                    });
                }
            }
            Err(e) => session.tell(Notice::ImportRefused(e)),
        }
    });
}

/// « Exporter, importer, supprimer vos plans », folded: open when there are backups to show.
#[component]
pub(super) fn ManagePlans(
    /// Each plan's id and name as shown.
    names: Memo<Vec<(String, String)>>,
) -> impl IntoView {
    let session = super::page::session();
    let today = super::page::page().today;
    let backups = session.backups;
    let (confirm_delete, confirm_wipe) = (Asking::new(), Asking::new());
    let export = move |_| export_shown(session, today);
    let delete = Callback::new(move |()| delete_shown(session, confirm_delete));
    let wipe = Callback::new(move |()| wipe_all(session, confirm_wipe));
    let delete_question = Signal::derive(move || {
        trf!(
            "Supprimer le plan « {} » ? Cela ne peut pas être annulé. ",
            "Delete the plan “{}”? This cannot be undone. ",
            super::plans::shown_name(session, names)
        )
    });
    let wipe_question = Signal::derive(move || {
        tr!(
            "Effacer tous vos plans et copies gardés dans ce navigateur ? Cela ne peut pas être annulé. ",
            "Erase all your plans and copies kept in this browser? This cannot be undone. "
        )
        .to_string()
    });
    view! {
        <details class="gerer" prop:open=move || backups.with(|b| !b.is_empty())>
            <summary>{words!("Exporter, importer, supprimer vos plans", "Export, import, delete your plans")}</summary>
            <p class="boutons">
                <button type="button" class="secondaire" on:click=export>{words!("Exporter ce plan (fichier)", "Export this plan (file)")}</button>
                <AskButton id="supprimer-plan" asking=confirm_delete>
                    {words!("Supprimer ce plan", "Delete this plan")}
                </AskButton>
            </p>
            <Confirm asking=confirm_delete cancel_id="annuler-suppression"
                label=|| tr!("Confirmer la suppression du plan", "Confirm deleting the plan")
                question=delete_question
                yes=|| tr!("Oui, supprimer ce plan", "Yes, delete this plan")
                on_yes=delete />
            <p class="champ">
                <label for="plan-import">{words!("Importer un plan (fichier .json exporté par Parcours)", "Import a plan (.json file exported by Parcours)")}</label>
                <input type="file" id="plan-import" accept=".json,application/json"
                    on:change=move |ev| import(session, today, ev) />
            </p>
            <StorageHelp />
            <Backups />
            <p class="boutons">
                <AskButton id="tout-effacer" asking=confirm_wipe>
                    {words!("Effacer toutes mes données", "Erase all my data")}
                </AskButton>
            </p>
            <Confirm asking=confirm_wipe cancel_id="annuler-effacement"
                label=|| tr!("Confirmer l'effacement de toutes les données", "Confirm erasing all data")
                question=wipe_question
                yes=|| tr!("Oui, tout effacer", "Yes, erase everything")
                on_yes=wipe />
        </details>
    }
}

/// The plan shown, into a file (the browser's downloads).
fn export_shown(session: Session, today: Date) {
    let plan = session
        .book
        .with_untracked(|b| b.get(&session.active.get_untracked()).cloned());
    if let Some(plan) = plan {
        let text = plans::export_file(&plan, today);
        match download(&file_name(&plan.name, "json"), "application/json", &text) {
            Ok(()) => session.tell(Notice::Exported(plan.name)),
            Err(e) => session.tell(e),
        }
    }
}

/// Deletes the plan shown, once confirmed, and shows the first one left.
fn delete_shown(session: Session, asking: Asking) {
    let Session { book, active, .. } = session;
    let id = active.get_untracked();
    let gone = book.with_untracked(|b| b.get(&id).map(|p| p.name.clone()));
    book.update(|b| b.delete(&id));
    let first = book.with_untracked(|b| b.plans[0].id.clone());
    session.show(&first);
    asking.shown.set(false);
    // The confirmation goes away: the focus goes back to the button that asked for it.
    super::focus_later(asking.ask, false);
    if let Some(n) = gone {
        session.tell(Notice::Deleted(n));
    }
}

/// Erases everything Parcours keeps in this browser, once confirmed: a blank plan is left.
fn wipe_all(session: Session, asking: Asking) {
    let Session { book, backups, .. } = session;
    store::with_place(plans::delete_all);
    book.set(store::Book::default());
    backups.set(Vec::new());
    let first = book.with_untracked(|b| b.plans[0].id.clone());
    session.show(&first);
    asking.shown.set(false);
    // The confirmation and the folded part close: the focus goes to the plan shown.
    super::focus_later(super::dom::landmarks().plan_choice, false);
    session.notices.set(vec![Notice::Wiped]);
}

/// A question before an act that cannot be undone: whether it is shown, the button that asks
/// it and its safe answer, between which the focus goes.
#[derive(Clone, Copy)]
struct Asking {
    shown: RwSignal<bool>,
    ask: NodeRef<html::Button>,
    cancel: NodeRef<html::Button>,
}

impl Asking {
    fn new() -> Asking {
        Asking {
            shown: RwSignal::new(false),
            ask: NodeRef::new(),
            cancel: NodeRef::new(),
        }
    }
}

/// A button that asks before an act that cannot be undone: asking moves the focus into the
/// question, on its safe answer.
#[component]
fn AskButton(id: &'static str, asking: Asking, children: Children) -> impl IntoView {
    view! {
        <button type="button" class="secondaire" id=id node_ref=asking.ask on:click=move |_| {
            asking.shown.set(true);
            super::focus_later(asking.cancel, false);
        }>{children()}</button>
    }
}

/// The question before an act that cannot be undone: yes does it, « Annuler » takes the focus
/// back to the button that asked.
#[component]
fn Confirm(
    asking: Asking,
    /// The id of its safe answer, « Annuler ».
    cancel_id: &'static str,
    /// Its name for screen readers.
    label: fn() -> &'static str,
    question: Signal<String>,
    /// What the button that says yes says.
    yes: fn() -> &'static str,
    on_yes: Callback<()>,
) -> impl IntoView {
    view! {
        <Show when=move || asking.shown.get()>
            <p class="confirmer" role="group" aria-label=label>
                {move || question.get()}
                <button type="button" on:click=move |_| on_yes.run(())>{yes}</button>
                " "
                <button type="button" class="secondaire" id=cancel_id node_ref=asking.cancel on:click=move |_| {
                    asking.shown.set(false);
                    super::focus_later(asking.ask, false);
                }>{words!("Annuler", "Cancel")}</button>
            </p>
        </Show>
    }
}

/// Where the plans are kept, and how long a browser keeps them.
#[component]
fn StorageHelp() -> impl IntoView {
    let persistent = store::is_persistent();
    view! {
        <p class="aide">
            {move || if persistent {
                tr!(
                    "Vos plans restent dans ce navigateur, sur cet appareil : rien n'est envoyé. ",
                    "Your plans stay in this browser, on this device: nothing is sent. "
                )
            } else {
                tr!(
                    "Ce navigateur ne garde rien : vos plans seront perdus en fermant la page. ",
                    "This browser keeps nothing: your plans will be lost when you close the page. "
                )
            }}
            {words!(
                "Safari (iPhone, iPad, Mac) efface les données d'un site après 7 jours sans visite, et vider le navigateur les efface aussi : exportez votre plan dans un fichier pour en garder une copie durable.",
                "Safari (iPhone, iPad, Mac) erases a site's data after 7 days without a visit, and clearing the browser erases it too: export your plan to a file to keep a lasting copy."
            )}
        </p>
    }
}

/// The data that could not be read, kept as it was: each copy to export or delete.
#[component]
fn Backups() -> impl IntoView {
    let session = super::page::session();
    let backups = session.backups;
    move || {
        let list = backups.get();
        (!list.is_empty()).then(|| {
            view! {
                <h3>{words!("Données illisibles gardées", "Unreadable data kept")}</h3>
                <p class="aide">
                    {words!(
                        "Ces données enregistrées n'ont pas pu être lues. Elles sont gardées telles quelles : exportez-les pour les transmettre à qui vous aide, ou supprimez-les.",
                        "This saved data could not be read. It is kept as it is: export it to pass it on to whoever helps you, or delete it."
                    )}
                </p>
                <ul>
                    {list.into_iter().enumerate().map(|(i, (key, raw))| {
                        let n = i + 1;
                        let chars = raw.chars().count();
                        view! {
                            <li>
                                {move || trf!("Copie n° {} ({} caractères) ", "Copy no. {} ({} characters) ", n, chars)}
                                <button type="button" class="secondaire" on:click=move |_| {
                                    if let Err(e) = download(&format!("parcours-donnees-illisibles-{n}.txt"), "text/plain", &raw) {
                                        session.tell(e);
                                    }
                                }>{move || trf!("Exporter la copie n° {}", "Export copy no. {}", n)}</button>
                                " "
                                <button type="button" class="secondaire" on:click=move |_| {
                                    store::with_place(|kv| kv.remove(&key));
                                    backups.set(store::with_place(|kv| plans::backups(kv)));
                                }>{move || trf!("Supprimer la copie n° {}", "Delete copy no. {}", n)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_keep_only_plain_letters() {
        assert_eq!(
            file_name("Léa (Mission locale)", "json"),
            "parcours-lea-mission-locale.json"
        );
        assert_eq!(file_name("../../etc", "json"), "parcours-etc.json");
        assert_eq!(
            file_name("ÉLODIE À Çà et là, Noël", "json"),
            "parcours-elodie-a-ca-et-la-noel.json"
        );
        assert_eq!(file_name("Ωμέγα", "json"), "parcours.json");
    }
}
