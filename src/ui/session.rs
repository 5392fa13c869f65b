//! What the page holds: every plan, the one shown (or a shared link's), and what to tell the
//! person; opening it from storage and the address, and following another tab's changes.

use super::browser::{forget_query, query};
use crate::catalog::{self, Date};
use crate::plan;
use crate::store::{self, Book, Kv};
use crate::{tr, trf};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Session {
    pub book: RwSignal<Book>,
    /// The id of the plan shown (each tab keeps its own).
    pub active: RwSignal<String>,
    /// The answers and progress shown: the active plan's, or a shared link's.
    pub profile: RwSignal<plan::Profile>,
    pub progress: RwSignal<store::Progress>,
    /// `Some` while a shared link is shown, with the parameters it set aside; then nothing
    /// the person does touches their own plans until they save it as a new plan.
    pub shared: RwSignal<Option<Vec<String>>>,
    pub notices: RwSignal<Vec<String>>,
    /// Unreadable values kept aside, as (key, raw value).
    pub backups: RwSignal<Vec<(String, String)>>,
}

/// What the page holds: every plan, the one shown, and what to tell the person.
impl Session {
    pub fn tell(&self, message: impl Into<String>) {
        let message = message.into();
        self.notices.update(|n| {
            if !n.contains(&message) {
                n.push(message)
            }
        });
    }
    /// Shows one of the person's plans.
    pub fn show(&self, id: &str) {
        let Some(found) = self.book.with_untracked(|b| b.get(id).cloned()) else {
            return;
        };
        self.shared.set(None);
        // The next visit opens on this plan (nothing to remember while there is only one).
        let several = self.book.with_untracked(|b| b.plans.len() > 1);
        store::with_place(|kv| {
            if several {
                kv.set(store::plans::LAST_KEY, &found.id).ok();
            } else {
                kv.remove(store::plans::LAST_KEY);
            }
        });
        self.active.set(found.id);
        self.profile.set(found.profile);
        self.progress.set(found.progress);
    }
    /// Adds a plan and shows it.
    pub fn add(&self, name: &str, profile: plan::Profile, progress: store::Progress) {
        let mut id = String::new();
        self.book.update(|b| id = b.add(name, profile, progress));
        self.show(&id);
    }
    /// Leaves a shared link: the address loses its query, so a reload shows the person's plans.
    pub fn leave_shared(&self) {
        forget_query();
        let id = self.active.get_untracked();
        self.show(&id);
    }
    /// Reads the plans again after another tab changed them, and says what changed here.
    pub fn reload(&self, catalog: &catalog::Catalog, today: Date) {
        // « Effacer toutes mes données » in another tab leaves no key of Parcours at all.
        let wiped = store::with_place(|kv| !kv.keys().iter().any(|k| k.starts_with("parcours.")));
        let opened = store::with_place(|kv| store::plans::open(kv, catalog, today));
        for n in opened.notices {
            self.tell(n);
        }
        let id = self.active.get_untracked();
        let shown = opened.book.get(&id).cloned();
        let first = opened.book.plans[0].id.clone();
        self.book.set(opened.book);
        if self.shared.with_untracked(Option::is_some) {
            return;
        }
        if wiped {
            self.show(&first);
            self.notices.set(vec![tr!(
                "Toutes les données de Parcours ont été effacées dans un autre onglet : ce plan repart de zéro.",
                "All of Parcours' data was erased in another tab: this plan starts again from scratch."
            )
            .into()]);
            self.backups.set(Vec::new());
            return;
        }
        match shown {
            Some(p) => {
                let changed = self.profile.with_untracked(|x| *x != p.profile)
                    || self.progress.with_untracked(|x| *x != p.progress);
                if changed {
                    self.profile.set(p.profile);
                    self.progress.set(p.progress);
                    self.tell(trf!(
                        "Le plan « {} » a été modifié dans un autre onglet : il est à jour ici aussi.",
                        "The plan “{}” was changed in another tab: it is up to date here too.",
                        p.name
                    ));
                }
            }
            None => {
                self.show(&first);
                self.tell(tr!(
                    "Le plan affiché a été supprimé dans un autre onglet.",
                    "The plan shown was deleted in another tab."
                ));
            }
        }
        self.backups
            .set(store::with_place(|kv| store::plans::backups(kv)));
    }
}

/// Opens the person's plans (and a shared link, if the address carries one).
pub fn open_session(today: Date) -> Session {
    let c = catalog::official();
    let opened = store::with_place(|kv| store::plans::open(kv, c, today));
    let mut notices = opened.notices;
    if !store::is_persistent() {
        notices.insert(0, store::plans::unavailable().into());
    }
    let first = opened.book.plans[0].clone();
    let shown = opened
        .last
        .as_deref()
        .and_then(|id| opened.book.get(id))
        .cloned()
        .unwrap_or(first);
    let mut profile = shown.profile;
    let mut progress = shown.progress;
    let mut shared = None;
    // A link in the address shows the shared plan; without one, the person's own plans.
    let q = query();
    if !q.trim_start_matches('?').is_empty() {
        match store::link::decode(&q, c, today) {
            Ok(d) => {
                profile = d.profile;
                progress = store::Progress::default();
                shared = Some(d.ignored);
            }
            Err(e) => notices.push(trf!(
                "{} Vos propres plans s'affichent.",
                "{} Your own plans are shown.",
                e
            )),
        }
    }
    Session {
        book: RwSignal::new(opened.book),
        active: RwSignal::new(shown.id),
        profile: RwSignal::new(profile),
        progress: RwSignal::new(progress),
        shared: RwSignal::new(shared),
        notices: RwSignal::new(notices),
        backups: RwSignal::new(store::with_place(|kv| store::plans::backups(kv))),
    }
}
