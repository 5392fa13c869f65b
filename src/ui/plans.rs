//! « Vos plans »: several named plans on one machine (a counsellor may follow several people),
//! export and import as files, the backups of unreadable data, and « effacer toutes mes
//! données ». While a shared link is shown, this place says so and offers to keep it.

use super::Session;
use crate::catalog::Date;
use crate::store::{self, plans, Kv, Progress};
use leptos::prelude::*;

/// Offers `text` as a file to download (nothing leaves the page: the file is made here).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let fail = |_| "Le fichier n'a pas pu être créé dans ce navigateur.".to_string();
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).map_err(fail)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
        let a: web_sys::HtmlAnchorElement = document()
            .create_element("a")
            .map_err(fail)?
            .unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
        web_sys::Url::revoke_object_url(&url).ok();
        Ok(())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, mime, text);
        Ok(())
    }
}

/// A file name made of the plan's name: letters, digits and dashes only.
pub fn file_name(plan_name: &str, extension: &str) -> String {
    let mut out = String::from("parcours-");
    for c in plan_name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if !(c == '-' && out.ends_with('-')) {
            out.push(c);
        }
    }
    format!("{}.{extension}", out.trim_end_matches('-'))
}

#[cfg(target_arch = "wasm32")]
fn import(session: Session, today: Date, ev: leptos::ev::Event) {
    let input = event_target::<web_sys::HtmlInputElement>(&ev);
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    if file.size() > plans::MAX_FILE_BYTES as f64 {
        session.tell("Ce fichier n'est pas un plan Parcours : il est bien trop grand.");
        return;
    }
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string());
        let Some(text) = text else {
            session.tell("Ce fichier n'a pas pu être lu.");
            return;
        };
        match plans::import_file(&text, crate::catalog::official(), today) {
            Ok((name, profile, progress)) => {
                session.add(&name, profile, progress);
                let shown = session
                    .book
                    .with_untracked(|b| {
                        b.get(&session.active.get_untracked())
                            .map(|p| p.name.clone())
                    })
                    .unwrap_or_default();
                session.tell(format!("Le plan « {shown} » a été importé et s'affiche."));
            }
            Err(e) => session.tell(format!("Import impossible : {e}")),
        }
    });
}
#[cfg(not(target_arch = "wasm32"))]
fn import(_: Session, _: Date, _: leptos::ev::Event) {}

#[component]
pub fn Plans(session: Session, today: Date) -> impl IntoView {
    let Session {
        book,
        active,
        shared,
        backups,
        ..
    } = session;
    let confirm_delete = RwSignal::new(false);
    let confirm_wipe = RwSignal::new(false);
    let name = move || {
        book.with(|b| {
            b.get(&active.get())
                .map(|p| p.name.clone())
                .unwrap_or_default()
        })
    };
    let export = move |_| {
        let plan = book.with_untracked(|b| b.get(&active.get_untracked()).cloned());
        if let Some(plan) = plan {
            let text = plans::export_file(&plan, today);
            match download(&file_name(&plan.name, "json"), "application/json", &text) {
                Ok(()) => session.tell(format!(
                    "Le plan « {} » a été enregistré dans un fichier (dossier Téléchargements).",
                    plan.name
                )),
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
        if let Some(n) = gone {
            session.tell(format!("Le plan « {n} » a été supprimé."));
        }
    };
    let wipe = move |_| {
        store::with_place(plans::delete_all);
        book.set(store::Book::default());
        backups.set(Vec::new());
        let first = book.with_untracked(|b| b.plans[0].id.clone());
        session.show(&first);
        confirm_wipe.set(false);
        session.notices.set(vec![
            "Toutes vos données ont été effacées de ce navigateur.".into(),
        ]);
    };
    let shared_view = move || {
        shared.get().map(|ignored| {
            view! {
                <div class="partage">
                    <p>
                        <strong>"Vous regardez un plan reçu par un lien."</strong>
                        " Vos propres plans ne sont pas modifiés : ce que vous changez ici n'est pas enregistré, sauf si vous le gardez."
                    </p>
                    {(!ignored.is_empty()).then(|| view! {
                        <p>"Une partie du lien n'a pas pu être lue et a été ignorée :"</p>
                        <ul>{ignored.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                    })}
                    <p class="boutons">
                        <button type="button" on:click=move |_| {
                            let p = session.profile.get_untracked();
                            let g = session.progress.get_untracked();
                            super::forget_query();
                            session.add("Plan partagé", p, g);
                            session.tell("Le plan partagé est enregistré parmi vos plans.");
                        }>"Enregistrer comme nouveau plan"</button>
                        <button type="button" class="secondaire" on:click=move |_| session.leave_shared()>
                            "Revenir à mes plans"
                        </button>
                    </p>
                </div>
            }
        })
    };
    let backups_view = move || {
        let list = backups.get();
        (!list.is_empty()).then(|| {
            view! {
                <h3>"Données illisibles gardées"</h3>
                <p class="aide">
                    "Ces données enregistrées n'ont pas pu être lues. Elles sont gardées telles quelles : "
                    "exportez-les pour les transmettre à qui vous aide, ou supprimez-les."
                </p>
                <ul>
                    {list.into_iter().enumerate().map(|(i, (key, raw))| {
                        let n = i + 1;
                        let k = key.clone();
                        view! {
                            <li>
                                {format!("Copie n° {n} ({} caractères) ", raw.chars().count())}
                                <button type="button" class="secondaire" on:click=move |_| {
                                    if let Err(e) = download(&format!("parcours-donnees-illisibles-{n}.txt"), "text/plain", &raw) {
                                        session.tell(e);
                                    }
                                }>{format!("Exporter la copie n° {n}")}</button>
                                " "
                                <button type="button" class="secondaire" on:click=move |_| {
                                    store::with_place(|kv| kv.remove(&k));
                                    backups.set(store::with_place(|kv| plans::backups(kv)));
                                }>{format!("Supprimer la copie n° {n}")}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    };
    view! {
        <section aria-labelledby="titre-plans" class="plans ecran">
            <h2 id="titre-plans">"Vos plans"</h2>
            {shared_view}
            <Show when=move || shared.with(Option::is_none)>
                <div class="colonnes">
                    <p class="champ">
                        <label for="plan-choisi">"Plan affiché"</label>
                        <select id="plan-choisi" on:change=move |ev| session.show(&event_target_value(&ev))>
                            {move || book.with(|b| b.plans.iter().map(|p| {
                                let id = p.id.clone();
                                view! { <option value=p.id.clone() selected=move || active.get() == id>{p.name.clone()}</option> }
                            }).collect_view())}
                        </select>
                    </p>
                    <p class="champ">
                        <label for="plan-nom">"Nom de ce plan"</label>
                        <input type="text" id="plan-nom" maxlength=plans::MAX_NAME_CHARS autocomplete="off"
                            aria-describedby="plan-nom-aide"
                            prop:value=name
                            on:change=move |ev| {
                                let wanted = event_target_value(&ev);
                                book.update(|b| b.rename(&active.get_untracked(), &wanted));
                            } />
                        <span class="aide" id="plan-nom-aide">"Par exemple le prénom de la personne suivie. Le nom reste sur cet appareil : il ne figure pas dans le lien de partage."</span>
                    </p>
                </div>
                <p class="boutons">
                    <button type="button" on:click=move |_| {
                        session.add("Nouveau plan", crate::plan::Profile::new(), Progress::default());
                        session.tell("Un nouveau plan vierge s'affiche. Les autres restent dans « Plan affiché ».");
                    }>"Nouveau plan"</button>
                </p>
                <details class="gerer" prop:open=move || backups.with(|b| !b.is_empty())>
                <summary>"Exporter, importer, supprimer vos plans"</summary>
                <p class="boutons">
                    <button type="button" class="secondaire" on:click=export>"Exporter ce plan (fichier)"</button>
                    <button type="button" class="secondaire" on:click=move |_| confirm_delete.set(true)>"Supprimer ce plan"</button>
                </p>
                <Show when=move || confirm_delete.get()>
                    <p class="confirmer" role="group" aria-label="Confirmer la suppression du plan">
                        {move || format!("Supprimer le plan « {} » ? Cela ne peut pas être annulé. ", name())}
                        <button type="button" on:click=delete>"Oui, supprimer ce plan"</button>
                        " "
                        <button type="button" class="secondaire" on:click=move |_| confirm_delete.set(false)>"Annuler"</button>
                    </p>
                </Show>
                <p class="champ">
                    <label for="plan-import">"Importer un plan (fichier .json exporté par Parcours)"</label>
                    <input type="file" id="plan-import" accept=".json,application/json"
                        on:change=move |ev| import(session, today, ev) />
                </p>
                <p class="aide">
                    {if store::is_persistent() {
                        "Vos plans restent dans ce navigateur, sur cet appareil : rien n'est envoyé. "
                    } else {
                        "Ce navigateur ne garde rien : vos plans seront perdus en fermant la page. "
                    }}
                    "Safari (iPhone, iPad, Mac) efface les données d'un site après 7 jours sans visite, et vider le navigateur les efface aussi : "
                    "exportez votre plan dans un fichier pour en garder une copie durable."
                </p>
                {backups_view}
                <p class="boutons">
                    <button type="button" class="secondaire" on:click=move |_| confirm_wipe.set(true)>"Effacer toutes mes données"</button>
                </p>
                <Show when=move || confirm_wipe.get()>
                    <p class="confirmer" role="group" aria-label="Confirmer l'effacement de toutes les données">
                        "Effacer tous vos plans et copies gardés dans ce navigateur ? Cela ne peut pas être annulé. "
                        <button type="button" on:click=wipe>"Oui, tout effacer"</button>
                        " "
                        <button type="button" class="secondaire" on:click=move |_| confirm_wipe.set(false)>"Annuler"</button>
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
    }
}
