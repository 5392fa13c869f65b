//! What the page holds: every plan, the one shown (or a shared link's), and what to tell the
//! person; opening it from storage and the address, and following another tab's changes.

use super::browser::{forget_query, query};
use super::notice::Notice;
use crate::catalog::{self, Date};
use crate::plan;
use crate::store::{self, Book, Kv, SavedPlan};
use leptos::prelude::*;

/// What the page holds: every plan, the one shown, and what to tell the person. The book and
/// the active plan's id are the state; what is shown is read from them (or from a shared
/// link's own answers), and an answer is written where it is read from.
#[derive(Clone, Copy)]
pub struct Session {
    pub book: RwSignal<Book>,
    /// The id of the plan shown (each tab keeps its own).
    pub active: RwSignal<String>,
    /// The answers and progress shown: the active plan's, or a shared link's.
    pub profile: Shown<plan::Profile>,
    pub progress: Shown<store::Progress>,
    /// `Some` while a shared link is shown, with the parameters it set aside; then nothing
    /// the person does touches their own plans until they save it as a new plan.
    pub shared: RwSignal<Option<Vec<store::SetAside>>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// What was last said about the plan shown, replaced when another plan is shown.
    said_shown: StoredValue<Option<Notice>>,
    /// Unreadable values kept aside, as (key, raw value).
    pub backups: RwSignal<Vec<(String, String)>>,
}

/// One part of the plan shown (its answers, or its progress), read from the book's active
/// plan or, while a shared link is shown, from the link's own copy, which never goes into the
/// book unless the person saves it. Reading tracks that part alone; writing writes there.
pub struct Shown<T: Send + Sync + 'static> {
    shown: Memo<T>,
    book: RwSignal<Book>,
    active: RwSignal<String>,
    shared: RwSignal<Option<Vec<store::SetAside>>>,
    link: RwSignal<T>,
    part: fn(&mut SavedPlan) -> &mut T,
}

impl<T: Send + Sync + 'static> Clone for Shown<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Shown<T> {}

impl<T: Clone + Default + PartialEq + Send + Sync + 'static> Shown<T> {
    fn new(
        book: RwSignal<Book>,
        active: RwSignal<String>,
        shared: RwSignal<Option<Vec<store::SetAside>>>,
        link: T,
        read: fn(&SavedPlan) -> &T,
        part: fn(&mut SavedPlan) -> &mut T,
    ) -> Shown<T> {
        let link = RwSignal::new(link);
        let shown = Memo::new(move |_| {
            if shared.with(Option::is_some) {
                return link.get();
            }
            let id = active.get();
            book.with(|b| b.get(&id).map(|p| read(p).clone()).unwrap_or_default())
        });
        Shown {
            shown,
            book,
            active,
            shared,
            link,
            part,
        }
    }
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.shown.with(f)
    }
    pub fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.shown.with_untracked(f)
    }
    pub fn get(&self) -> T {
        self.shown.get()
    }
    pub fn get_untracked(&self) -> T {
        self.shown.get_untracked()
    }
    /// Changes the part shown where it lives: the active plan in the book, or the link's copy.
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        if self.shared.with_untracked(Option::is_some) {
            self.link.update(f);
            return;
        }
        let id = self.active.get_untracked();
        let part = self.part;
        self.book.update(|b| {
            if let Some(p) = b.get_mut(&id) {
                f(part(p));
            }
        });
    }
}

impl Session {
    pub fn tell(&self, message: impl Into<Notice>) {
        let message = message.into();
        self.notices.update(|n| {
            if !n.contains(&message) {
                n.push(message)
            }
        });
    }
    /// Says which plan is shown now, in place of what was said about the plan shown before (« a
    /// new blank plan is shown » must not stay once another plan is).
    pub fn tell_shown(&self, message: impl Into<Notice>) {
        let message = message.into();
        let before = self.said_shown.get_value();
        self.notices.update(|n| {
            n.retain(|m| Some(m) != before.as_ref());
            if !n.contains(&message) {
                n.push(message.clone());
            }
        });
        self.said_shown.set_value(Some(message));
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
    }
    /// Adds a plan and shows it.
    pub fn add(&self, name: &str, profile: plan::Profile, progress: store::Progress) {
        let mut id = String::new();
        self.book.update(|b| id = b.add(name, profile, progress));
        self.show(&id);
    }
    /// Keeps the shared link's plan among the person's plans, and shows it.
    pub fn keep_shared(&self, name: &str) {
        let (profile, progress) = (self.profile.get_untracked(), self.progress.get_untracked());
        forget_query();
        let mut id = String::new();
        self.book
            .update(|b| id = b.add_received(name, profile, progress));
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
        let before = self.book.with_untracked(|b| b.get(&id).cloned());
        let first = opened.book.plans[0].id.clone();
        self.book.set(opened.book);
        if self.shared.with_untracked(Option::is_some) {
            return;
        }
        if wiped {
            self.show(&first);
            self.notices.set(vec![Notice::WipedElsewhere]);
            self.backups.set(Vec::new());
            return;
        }
        match shown {
            Some(p) => {
                let changed =
                    before.is_none_or(|b| b.profile != p.profile || b.progress != p.progress);
                if changed {
                    self.tell(Notice::ChangedElsewhere(p.name));
                }
            }
            None => {
                self.show(&first);
                self.tell(Notice::DeletedElsewhere);
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
    let mut notices: Vec<Notice> = opened.notices.into_iter().map(Notice::Stored).collect();
    if !store::is_persistent() {
        notices.insert(0, Notice::Stored(store::Problem::Unavailable));
    }
    let first = opened.book.plans[0].clone();
    let shown = opened
        .last
        .as_deref()
        .and_then(|id| opened.book.get(id))
        .cloned()
        .unwrap_or(first);
    let mut link = None;
    let mut link_progress = store::Progress::default();
    let mut shared = None;
    // A link in the address shows the shared plan; without one, the person's own plans.
    let q = query();
    if !q.trim_start_matches('?').is_empty() {
        match store::link::decode(&q, c, today) {
            Ok(d) => {
                link = Some(d.profile);
                link_progress = d.progress;
                shared = Some(d.ignored);
            }
            Err(e) => notices.push(Notice::LinkRefused(e)),
        }
    }
    let (book, active, shared) = (
        RwSignal::new(opened.book),
        RwSignal::new(shown.id),
        RwSignal::new(shared),
    );
    let profile = Shown::new(
        book,
        active,
        shared,
        link.unwrap_or_default(),
        |p| &p.profile,
        |p| &mut p.profile,
    );
    let progress = Shown::new(
        book,
        active,
        shared,
        link_progress,
        |p| &p.progress,
        |p| &mut p.progress,
    );
    Session {
        book,
        active,
        profile,
        progress,
        shared,
        notices: RwSignal::new(notices),
        said_shown: StoredValue::new(None),
        backups: RwSignal::new(store::with_place(|kv| store::plans::backups(kv))),
    }
}
