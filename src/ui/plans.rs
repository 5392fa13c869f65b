//! « Vos plans »: several named plans on one machine (a counsellor may follow several people),
//! export and import as files, the backups of unreadable data, and « effacer toutes mes
//! données ». While a shared link is shown, this place says so and offers to keep it.

use super::browser::{download, read_chosen_file, FileProblem};
use super::notice::Notice;
use super::Session;
use crate::catalog::Date;
use crate::store::{self, plans, Kv, Progress};
use crate::{tr, trf, words};
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

#[component]
pub fn Plans() -> impl IntoView {
    let session = super::page::session();
    let today = super::page::page().today;
    let Session {
        book,
        active,
        shared,
        backups,
        ..
    } = session;
    let confirm_delete = RwSignal::new(false);
    let confirm_wipe = RwSignal::new(false);
    // The plans' ids and names: answers change the book, not these, and leave them as drawn.
    let names = Memo::new(move |_| {
        book.with(|b| {
            b.plans
                .iter()
                .map(|p| (p.id.clone(), crate::i18n::plan_name(&p.name).to_string()))
                .collect::<Vec<_>>()
        })
    });
    let name = move || {
        let id = active.get();
        names.with(|n| {
            n.iter()
                .find(|(i, _)| *i == id)
                .map(|(_, name)| name.clone())
                .unwrap_or_default()
        })
    };
    let export = move |_| {
        let plan = book.with_untracked(|b| b.get(&active.get_untracked()).cloned());
        if let Some(plan) = plan {
            let text = plans::export_file(&plan, today);
            match download(&file_name(&plan.name, "json"), "application/json", &text) {
                Ok(()) => session.tell(Notice::Exported(plan.name)),
                Err(e) => session.tell(e),
            }
        }
    };
    let delete = move |_| {
        let id = active.get_untracked();
        let gone = book.with_untracked(|b| b.get(&id).map(|p| p.name.clone()));
        book.update(|b| b.delete(&id));
        let first = book.with_untracked(|b| b.plans[0].id.clone());
        session.show(&first);
        confirm_delete.set(false);
        // The confirmation goes away: the focus goes back to the button that asked for it.
        super::focus_later("#supprimer-plan", false);
        if let Some(n) = gone {
            session.tell(Notice::Deleted(n));
        }
    };
    let wipe = move |_| {
        store::with_place(plans::delete_all);
        book.set(store::Book::default());
        backups.set(Vec::new());
        let first = book.with_untracked(|b| b.plans[0].id.clone());
        session.show(&first);
        confirm_wipe.set(false);
        // The confirmation and the folded part close: the focus goes to the plan shown.
        super::focus_later("#plan-choisi", false);
        session.notices.set(vec![Notice::Wiped]);
    };
    let backups_view = move || {
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
                        let k = key.clone();
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
                                    store::with_place(|kv| kv.remove(&k));
                                    backups.set(store::with_place(|kv| plans::backups(kv)));
                                }>{move || trf!("Supprimer la copie n° {}", "Delete copy no. {}", n)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    };
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
                <div class="colonnes">
                    <p class="champ">
                        <label for="plan-choisi">{words!("Plan affiché", "Plan shown")}</label>
                        <select id="plan-choisi" on:change=move |ev| {
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
                            prop:value=name
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
                <p class="boutons">
                    <button type="button" on:click=move |_| {
                        session.add(tr!("Nouveau plan", "New plan"), crate::plan::Profile::new(), Progress::default());
                        session.tell_shown(Notice::NewBlank);
                    }>{words!("Nouveau plan", "New plan")}</button>
                </p>
                <details class="gerer" prop:open=move || backups.with(|b| !b.is_empty())>
                <summary>{words!("Exporter, importer, supprimer vos plans", "Export, import, delete your plans")}</summary>
                <p class="boutons">
                    <button type="button" class="secondaire" on:click=export>{words!("Exporter ce plan (fichier)", "Export this plan (file)")}</button>
                    // Asking moves the focus into the question (on its safe answer), and either answer
                    // brings it back here.
                    <button type="button" class="secondaire" id="supprimer-plan" on:click=move |_| {
                        confirm_delete.set(true);
                        super::focus_later("#annuler-suppression", false);
                    }>{words!("Supprimer ce plan", "Delete this plan")}</button>
                </p>
                <Show when=move || confirm_delete.get()>
                    <p class="confirmer" role="group" aria-label=words!("Confirmer la suppression du plan", "Confirm deleting the plan")>
                        {move || trf!(
                            "Supprimer le plan « {} » ? Cela ne peut pas être annulé. ",
                            "Delete the plan “{}”? This cannot be undone. ",
                            name()
                        )}
                        <button type="button" on:click=delete>{words!("Oui, supprimer ce plan", "Yes, delete this plan")}</button>
                        " "
                        <button type="button" class="secondaire" id="annuler-suppression" on:click=move |_| {
                            confirm_delete.set(false);
                            super::focus_later("#supprimer-plan", false);
                        }>{words!("Annuler", "Cancel")}</button>
                    </p>
                </Show>
                <p class="champ">
                    <label for="plan-import">{words!("Importer un plan (fichier .json exporté par Parcours)", "Import a plan (.json file exported by Parcours)")}</label>
                    <input type="file" id="plan-import" accept=".json,application/json"
                        on:change=move |ev| import(session, today, ev) />
                </p>
                <p class="aide">
                    {if store::is_persistent() {
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
                {backups_view}
                <p class="boutons">
                    <button type="button" class="secondaire" id="tout-effacer" on:click=move |_| {
                        confirm_wipe.set(true);
                        super::focus_later("#annuler-effacement", false);
                    }>{words!("Effacer toutes mes données", "Erase all my data")}</button>
                </p>
                <Show when=move || confirm_wipe.get()>
                    <p class="confirmer" role="group" aria-label=words!("Confirmer l'effacement de toutes les données", "Confirm erasing all data")>
                        {words!(
                            "Effacer tous vos plans et copies gardés dans ce navigateur ? Cela ne peut pas être annulé. ",
                            "Erase all your plans and copies kept in this browser? This cannot be undone. "
                        )}
                        <button type="button" on:click=wipe>{words!("Oui, tout effacer", "Yes, erase everything")}</button>
                        " "
                        <button type="button" class="secondaire" id="annuler-effacement" on:click=move |_| {
                            confirm_wipe.set(false);
                            super::focus_later("#tout-effacer", false);
                        }>{words!("Annuler", "Cancel")}</button>
                    </p>
                </Show>
                </details>
            </Show>
        </section>
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

/// While a shared link is shown: says so before the questions, with the way to keep it as a
/// plan of one's own or to go back to one's plans.
#[component]
pub fn SharedLink() -> impl IntoView {
    let session = super::page::session();
    let shared = session.shared;
    let shared_view = move || {
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
                            session.keep_shared(tr!("Plan partagé", "Shared plan"));
                            // The page stays in the language it is read in after a reload.
                            super::keep_lang(crate::i18n::lang());
                            session.tell(Notice::SharedSaved);
                            // This banner goes away: the focus goes to the plans' list.
                            super::focus_later("#plan-choisi", false);
                        }>{words!("Enregistrer comme nouveau plan", "Save as a new plan")}</button>
                        <button type="button" class="secondaire" on:click=move |_| {
                            session.leave_shared();
                            super::keep_lang(crate::i18n::lang());
                            super::focus_later("#plan-choisi", false);
                        }>
                            {words!("Revenir à mes plans", "Back to my plans")}
                        </button>
                    </p>
                </div>
            }
        })
    };
    shared_view
}
