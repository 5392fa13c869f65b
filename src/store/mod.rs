//! The edges of the world: what is kept in the browser. Reading never fails the app: an
//! unreadable value becomes a fresh start and a message a person can read.

mod book;
pub mod codec;
mod file;
#[cfg(test)]
#[path = "tests/fixtures.rs"]
mod fixtures;
pub mod follow;
mod kv;
pub mod link;
mod link_params;
mod link_words;
mod migrate;
pub mod plans;
mod problem;

pub use plans::{Book, Kv, Memory, Refused, SavedPlan};
pub use problem::{Kind, LinkRefused, Problem, SetAside, Unreadable, Wanted};

use crate::catalog::{Catalog, Date};
use crate::plan::{Profile, TakenOut};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const PROGRESS_VERSION: u32 = 1;

/// The word a table gives a value (links and the stored form each have their own words).
fn word<T: Copy + PartialEq>(table: &[(T, &'static str)], v: T) -> &'static str {
    table.iter().find(|(x, _)| *x == v).map_or("", |(_, w)| w)
}

/// The value a table gives a word, if it knows the word.
fn from_word<T: Copy>(table: &[(T, &'static str)], w: &str) -> Option<T> {
    table.iter().find(|(_, x)| *x == w).map(|(v, _)| *v)
}

/// Where a step stands: a domain word of the planner's, kept here with the marks.
pub use crate::plan::StepStatus;

/// The marks, keyed by route, block (or title) and modality, so that a mark stays on its step
/// when answers change the ranking. Stored as `{"version":1,"steps":{"key":"done",…}}`; fields
/// it does not know are passed over (a later version may add some).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub version: u32,
    pub steps: BTreeMap<String, StepStatus>,
    /// The route the person said they follow (« Je suis ce parcours »): its steps take marks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub followed: Option<String>,
}

impl Progress {
    pub fn key(route: &str, scope: &str, modality: Option<&str>) -> String {
        format!("{route}/{scope}/{}", modality.unwrap_or("experience"))
    }
    pub fn status(&self, key: &str) -> StepStatus {
        self.steps.get(key).copied().unwrap_or_default()
    }
    /// Marks a step. A mark on a route when none is followed follows that route: marks are
    /// never kept without the route they belong to.
    pub fn set(&mut self, key: String, status: StepStatus) {
        self.version = PROGRESS_VERSION;
        if self.followed.is_none() && status != StepStatus::Todo {
            self.followed = key.split('/').next().map(str::to_string);
        }
        if status == StepStatus::Todo {
            self.steps.remove(&key);
        } else {
            self.steps.insert(key, status);
        }
    }
    /// Steps behind the person (done or skipped) out of all, as roadmap.sh counts.
    pub fn behind(&self, keys: &[String]) -> usize {
        keys.iter()
            .filter(|k| matches!(self.status(k), StepStatus::Done | StepStatus::Skipped))
            .count()
    }
}

/// Reads stored progress; anything unreadable is no progress, and says why.
pub fn decode_progress(raw: &str) -> Result<Progress, Problem> {
    let p = codec::from_text(raw, "progress").map_err(Problem::ProgressUnreadable)?;
    checked_progress(p)
}

/// Progress already parsed, refused if a later Parcours wrote it. Kept before routes were
/// followed, it follows the route it marked most.
pub fn checked_progress(mut p: Progress) -> Result<Progress, Problem> {
    follow::infer_followed(&mut p);
    if p.version > PROGRESS_VERSION {
        return Err(Problem::ProgressNewer);
    }
    Ok(p)
}

/// A profile read and fitted to the catalog, with what had to be taken out of it (see
/// `Profile::fit`): empty when it was saved with the same catalog.
pub type Fitted = (Profile, Vec<TakenOut>);

/// Reads a stored profile (the text local storage holds), fits it to the catalog and checks it.
pub fn decode_profile(raw: &str, catalog: &Catalog, today: Date) -> Result<Fitted, Problem> {
    let profile = codec::from_text(raw, "profile").map_err(Problem::AnswersUnreadable)?;
    checked_profile(profile, catalog, today)
}

/// A profile already parsed, fitted to the catalog (a new release may have changed it since
/// the profile was saved), then checked.
pub fn checked_profile(
    mut profile: Profile,
    catalog: &Catalog,
    today: Date,
) -> Result<Fitted, Problem> {
    let taken_out = profile.fit(catalog, today);
    profile
        .check(catalog, today)
        .map_err(Problem::AnswersImpossible)?;
    Ok((profile, taken_out))
}

pub fn encode_profile(profile: &Profile) -> String {
    codec::to_text(profile)
}

/// Where the plans are kept: the browser's local storage (through gloo-storage, once [`local`]
/// has found it available), or memory when it is unavailable.
pub enum Place {
    #[cfg(target_arch = "wasm32")]
    Local,
    Memory(Memory),
}

impl Kv for Place {
    fn get(&self, key: &str) -> Option<String> {
        match self {
            // The text as stored, not yet read as JSON: an unreadable value is backed up as is.
            #[cfg(target_arch = "wasm32")]
            Place::Local => LocalStorage::raw().get_item(key).ok().flatten(),
            Place::Memory(m) => m.get(key),
        }
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        match self {
            #[cfg(target_arch = "wasm32")]
            Place::Local => LocalStorage::raw()
                .set_item(key, value)
                .map_err(|_| Refused),
            Place::Memory(m) => m.set(key, value),
        }
    }
    fn set_value<T: Serialize>(&mut self, key: &str, value: &T) -> Result<(), Refused> {
        match self {
            // Typed with serde: gloo-storage writes the value's JSON.
            #[cfg(target_arch = "wasm32")]
            Place::Local => LocalStorage::set(key, value).map_err(|_| Refused),
            Place::Memory(m) => m.set_value(key, value),
        }
    }
    fn remove(&mut self, key: &str) {
        match self {
            #[cfg(target_arch = "wasm32")]
            Place::Local => LocalStorage::delete(key),
            Place::Memory(m) => m.remove(key),
        }
    }
    fn keys(&self) -> Vec<String> {
        match self {
            #[cfg(target_arch = "wasm32")]
            Place::Local => {
                let raw = LocalStorage::raw();
                (0..LocalStorage::length())
                    .filter_map(|i| raw.key(i).ok().flatten())
                    .collect()
            }
            Place::Memory(m) => m.keys(),
        }
    }
}

#[cfg(target_arch = "wasm32")]
use gloo_storage::{LocalStorage, Storage};

thread_local! {
    /// The plans of this page when the browser keeps nothing (and natively).
    static MEMORY: std::cell::RefCell<Memory> = std::cell::RefCell::default();
}

/// Local storage, when the browser offers it. Where storage is blocked the browser throws on
/// reading `localStorage`: that comes back as `None`, never as a panic. Checked before every
/// use of gloo-storage, whose `LocalStorage::raw()` would throw there.
#[cfg(target_arch = "wasm32")]
fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}
#[cfg(not(target_arch = "wasm32"))]
fn local() -> Option<std::convert::Infallible> {
    None
}

/// Whether plans are kept beyond this page.
pub fn is_persistent() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    if DRAWN_FOR_BROWSER.with(std::cell::Cell::get) {
        return true;
    }
    local().is_some()
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static DRAWN_FOR_BROWSER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Natively, draws the page as a browser with storage shows it (the release's first screen is
/// drawn natively, where there is no storage).
#[cfg(not(target_arch = "wasm32"))]
pub fn draw_as_in_a_browser() {
    DRAWN_FOR_BROWSER.with(|c| c.set(true));
}

/// Runs `f` on where the plans are kept.
pub fn with_place<R>(f: impl FnOnce(&mut Place) -> R) -> R {
    #[cfg(target_arch = "wasm32")]
    if local().is_some() {
        return f(&mut Place::Local);
    }
    MEMORY.with(|m| {
        let mut place = Place::Memory(m.take());
        let out = f(&mut place);
        #[allow(irrefutable_let_patterns)]
        if let Place::Memory(kept) = place {
            *m.borrow_mut() = kept;
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::official;
    use crate::plan::HeldBlock;
    use crate::store::fixtures::today;

    #[test]
    fn a_saved_profile_reads_back_the_same() {
        let mut p = Profile::new();
        p.held.push(HeldBlock {
            block: "remn-ccp1".into(),
            obtained: None,
        });
        p.age = Some(31);
        let (back, taken_out) = decode_profile(&encode_profile(&p), official(), today()).unwrap();
        assert_eq!(back, p);
        assert!(taken_out.is_empty(), "{taken_out:?}");
    }

    #[test]
    fn answers_saved_with_an_earlier_catalog_keep_what_this_one_still_holds() {
        // As a release whose catalog had a block, a title and a way that this one no longer
        // has (or names differently), and a block aimed at that left the title, would have
        // saved them; with a date before the REMN title existed.
        let raw = r#"{"version":1,"held":[{"block":"remn-ccp1","obtained":"2018-03-01"},{"block":"remn-ccp9"},{"block":"cmn-ccp2","obtained":"2020-06-01"}],"held_titles":[{"title":"ancien-titre"}],"age":44,"situation":"employee","employer":"association","target":{"kind":"block","block":"mn-ccp9"},"choices":[{"block":"mn-ccp2","modality":"formation"},{"block":"mn-ccp1","modality":"vae-bloc"}]}"#;
        let (p, taken_out) = decode_profile(raw, official(), today()).unwrap();
        let blocks: Vec<_> = p
            .held
            .iter()
            .map(|h| (h.block.as_str(), h.obtained))
            .collect();
        assert_eq!(
            blocks,
            [
                ("remn-ccp1", None),
                ("cmn-ccp2", Some(Date::parse("2020-06-01").unwrap()))
            ]
        );
        assert!(p.held_titles.is_empty());
        assert_eq!(p.target, crate::plan::Target::FullTitle);
        let choices: Vec<_> = p
            .choices
            .iter()
            .map(|c| (c.block.as_str(), c.modality.as_str()))
            .collect();
        assert_eq!(choices, [("mn-ccp1", "vae-bloc")]);
        // The rest of the answers are untouched.
        assert_eq!(p.age, Some(44));
        assert_eq!(p.situation, Some(crate::plan::Situation::Employee));
        assert_eq!(p.employer, Some(crate::plan::Employer::Association));
        // Each thing taken out, named (the page says each in a sentence).
        assert_eq!(
            taken_out,
            [
                TakenOut::BlockDate {
                    block: "remn-ccp1".into(),
                    date: Date::parse("2018-03-01").unwrap()
                },
                TakenOut::Block {
                    block: "remn-ccp9".into()
                },
                TakenOut::Title {
                    title: "ancien-titre".into()
                },
                TakenOut::TargetBlock {
                    block: "mn-ccp9".into(),
                    title: "Médiateur numérique".into()
                },
                TakenOut::Choice {
                    block: "mn-ccp2".into(),
                    modality: "formation".into()
                },
            ]
        );
        // What is kept plans, and a second reading has nothing more to take out.
        assert!(crate::plan::plan(&p, official(), today()).is_ok());
        let (again, none) = decode_profile(&encode_profile(&p), official(), today()).unwrap();
        assert_eq!((again, none), (p, vec![]));
    }

    #[test]
    fn progress_counts_done_and_skipped_steps_and_reads_back() {
        let mut p = Progress::default();
        let keys: Vec<String> = ["a", "b", "c"]
            .iter()
            .map(|s| Progress::key("terrain", s, Some("formation")))
            .collect();
        p.set(keys[0].clone(), StepStatus::Done);
        p.set(keys[1].clone(), StepStatus::Skipped);
        p.set(keys[2].clone(), StepStatus::InProgress);
        assert_eq!(p.behind(&keys), 2);
        p.set(keys[1].clone(), StepStatus::Todo);
        assert_eq!(p.behind(&keys), 1);
        assert_eq!(p.status(&keys[1]), StepStatus::Todo);
        let back = decode_progress(&codec::to_text(&p)).unwrap();
        assert_eq!(back, p);
    }

    #[test]
    fn unreadable_progress_is_refused_with_a_message() {
        for raw in [
            "",
            "{",
            "null",
            r#"{"version":9}"#,
            r#"{"steps":{"a":"fini"}}"#,
        ] {
            assert!(decode_progress(raw).is_err(), "{raw}");
        }
    }

    #[test]
    fn unreadable_or_foreign_values_are_refused_with_a_message() {
        for raw in [
            "",
            "{",
            "null",
            "[1,2]",
            "{\"version\":1,\"age\":150}",
            "{\"version\":99}",
        ] {
            let e = decode_profile(raw, official(), today()).unwrap_err();
            assert!(
                matches!(
                    e,
                    Problem::AnswersUnreadable(_) | Problem::AnswersImpossible(_)
                ),
                "{raw}: {e:?}"
            );
        }
    }
}
