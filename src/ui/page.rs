//! What the parts of the page read and never write, handed down by context: the plan of the
//! answers shown, that plan's name and link, and today's date (the language is handed down by
//! `i18n::provide_lang`). A part that
//! changes the answers or the plans is given the handle it writes with instead (a [`Shown`]
//! part, or the whole [`Session`] for the plans' menu), so its signature says what it may change.

use super::browser::base;
use super::session::{Session, Shown};
use crate::catalog::Date;
use crate::plan::{Plan, ProfileError};
use crate::store::{link, Progress};
use crate::{tr, trf};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Page {
    /// The plan of the answers shown (the planner's answer, or why an answer cannot be used).
    pub plan: Memo<Result<Plan, ProfileError>>,
    /// The progress marks of the plan shown.
    pub progress: Signal<Progress>,
    /// « “name” » for one of the person's plans, or that it came through a link.
    pub name: Memo<String>,
    /// The full link of what is shown, in the page's language.
    pub link: Memo<String>,
    pub today: Date,
}

impl Page {
    /// Builds what the page reads from the session and the date, and hands it and the session
    /// to the parts below by context.
    pub fn provide(session: Session, today: Date) -> Page {
        let profile = session.profile;
        let plan = Memo::new(move |_| {
            profile.with(|p| crate::plan::plan(p, crate::catalog::official(), today))
        });
        let progress = read_only(session.progress);
        let (book, active, shared) = (session.book, session.active, session.shared);
        // Its words follow the page's language (read, and so tracked, where they are said).
        let name = Memo::new(move |_| {
            if shared.with(Option::is_some) {
                return tr!("plan reçu par un lien", "plan received through a link").to_string();
            }
            book.with(|b| {
                b.get(&active.get())
                    .map(|p| trf!("« {} »", "“{}”", crate::i18n::plan_name(&p.name)))
                    .unwrap_or_default()
            })
        });
        // The page's address is read once; each answer only encodes the link again.
        let base = base();
        let shown_progress = session.progress;
        let link = Memo::new(move |_| {
            let lang = crate::i18n::lang();
            let query = profile.with(|p| shown_progress.with(|g| link::encode_in(p, g, lang)));
            format!("{base}?{query}")
        });
        let page = Page {
            plan,
            progress,
            name,
            link,
            today,
        };
        provide_context(page);
        provide_context(session);
        page
    }
}

fn read_only<T: Clone + Default + PartialEq + Send + Sync + 'static>(shown: Shown<T>) -> Signal<T> {
    Signal::derive(move || shown.get())
}

/// What the page reads (see [`Page::provide`]).
pub fn page() -> Page {
    expect_context()
}

/// The handle that changes the plans: for the plans' menu only.
pub fn session() -> Session {
    expect_context()
}
