//! Every plan of this browser: named plans, each with the person's answers and progress.

use super::codec;
use super::Progress;
use crate::plan::Profile;
use serde::{Deserialize, Serialize};

/// The current schema of the stored value and of exported files.
pub const SCHEMA: u32 = 2;

pub const MAX_NAME_CHARS: usize = 80;

/// The names the store gives a plan by itself, kept in French; the page shows them in its
/// language (`i18n::plan_name`). A blank plan with the first plan's name is never written.
pub const DEFAULT_NAME: &str = "Mon plan";
/// An empty name, cleaned.
pub const UNNAMED: &str = "Plan sans nom";
/// A plan read from a file that gives no name.
pub const IMPORTED: &str = "Plan importé";
/// A new blank plan.
pub const NEW_PLAN: &str = "Nouveau plan";
/// A plan received through a link, kept.
pub const SHARED_PLAN: &str = "Plan partagé";
/// The first plan's name as earlier versions kept it on an English page.
const DEFAULT_NAME_EN: &str = "My plan";

/// Whether `name` is the first plan's default name (kept in either language).
pub fn is_default_name(name: &str) -> bool {
    name == DEFAULT_NAME || name == DEFAULT_NAME_EN
}

/// One named plan: the person's answers, their choices (inside the profile) and their progress.
/// Stored as `{"id":…,"name":…,"profile":{…},"progress":{…}}`; `id` and `name` are needed,
/// nothing else may be there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedPlan {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub profile: Profile,
    #[serde(default)]
    pub progress: Progress,
}

/// The stored value: `{"schema":2,"plans":[…]}`.
#[derive(Serialize)]
pub(crate) struct Stored<'a> {
    schema: u32,
    plans: &'a [SavedPlan],
}

impl SavedPlan {
    pub fn new(id: String, name: String) -> SavedPlan {
        SavedPlan {
            id,
            name,
            profile: Profile::new(),
            progress: Progress::default(),
        }
    }
    /// Nothing answered, nothing marked: not worth keeping.
    fn is_blank(&self) -> bool {
        self.profile == Profile::new()
            && self.progress.steps.is_empty()
            && self.progress.followed.is_none()
    }
}

/// Every plan of this browser, in the order they were created.
#[derive(Clone, Debug, PartialEq)]
pub struct Book {
    pub plans: Vec<SavedPlan>,
}

impl Default for Book {
    fn default() -> Book {
        Book {
            plans: vec![SavedPlan::new("plan-1".into(), DEFAULT_NAME.into())],
        }
    }
}

impl Book {
    pub fn get(&self, id: &str) -> Option<&SavedPlan> {
        self.plans.iter().find(|p| p.id == id)
    }
    pub fn get_mut(&mut self, id: &str) -> Option<&mut SavedPlan> {
        self.plans.iter_mut().find(|p| p.id == id)
    }
    /// An id no plan has (`plan-N`, one more than the highest).
    pub fn fresh_id(&self) -> String {
        let top = self
            .plans
            .iter()
            .filter_map(|p| p.id.strip_prefix("plan-")?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        format!("plan-{}", top.saturating_add(1))
    }
    /// `wanted`, cleaned up and made different from every other plan's name.
    pub fn unique_name(&self, wanted: &str, except: Option<&str>) -> String {
        let base = clean_name(wanted);
        let taken = |n: &str| {
            self.plans
                .iter()
                .any(|p| Some(p.id.as_str()) != except && p.name == n)
        };
        if !taken(&base) {
            return base;
        }
        (2..)
            .map(|i| format!("{base} ({i})"))
            .find(|n| !taken(n))
            .unwrap_or(base)
    }
    /// Adds a plan and returns its id.
    pub fn add(&mut self, name: &str, profile: Profile, progress: Progress) -> String {
        let id = self.fresh_id();
        let name = self.unique_name(name, None);
        self.plans.push(SavedPlan {
            id: id.clone(),
            name,
            profile,
            progress,
        });
        id
    }
    pub fn rename(&mut self, id: &str, name: &str) {
        let name = self.unique_name(name, Some(id));
        if let Some(p) = self.get_mut(id) {
            p.name = name;
        }
    }
    /// Adds a plan received (a shared link kept) and returns its id. In a browser whose only plan
    /// is the blank one every book starts with, the received plan takes its place: it is then
    /// the person's first plan, not a second one beside an empty « Mon plan » they never made.
    pub fn add_received(&mut self, name: &str, profile: Profile, progress: Progress) -> String {
        let untouched = self.plans.len() == 1
            && self.plans[0].is_blank()
            && is_default_name(&self.plans[0].name);
        if untouched {
            self.plans.clear();
        }
        self.add(name, profile, progress)
    }
    /// Removes a plan; the book always keeps at least one (a blank one if needed).
    pub fn delete(&mut self, id: &str) {
        self.plans.retain(|p| p.id != id);
        if self.plans.is_empty() {
            let id = self.fresh_id();
            self.plans.push(SavedPlan::new(id, DEFAULT_NAME.into()));
        }
    }
    /// The value stored.
    pub(crate) fn stored(&self) -> Stored<'_> {
        Stored {
            schema: SCHEMA,
            plans: &self.plans,
        }
    }
    /// The stored text; `None` when there is nothing worth keeping (one blank plan).
    pub fn encode(&self) -> Option<String> {
        let blank = self.plans.len() == 1
            && self.plans[0].is_blank()
            && is_default_name(&self.plans[0].name);
        if blank {
            return None;
        }
        Some(codec::to_text(&self.stored()))
    }
}

/// A name fit to show: no control characters, trimmed, at most [`MAX_NAME_CHARS`].
pub fn clean_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    // Cut at the limit, a name may end on a space: cleaning it again must change nothing.
    let cleaned = cleaned.trim_end().to_string();
    if cleaned.is_empty() {
        UNNAMED.into()
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered() -> Profile {
        Profile {
            age: Some(30),
            ..Profile::new()
        }
    }

    #[test]
    fn a_received_plan_takes_the_place_of_a_fresh_books_blank_plan() {
        let mut book = Book::default();
        let id = book.add_received("Plan partagé", answered(), Progress::default());
        assert_eq!(book.plans.len(), 1);
        assert_eq!(book.plans[0].id, id);
        assert_eq!(book.plans[0].name, "Plan partagé");
        assert_eq!(book.plans[0].profile.age, Some(30));
    }

    #[test]
    fn a_received_plan_is_added_beside_the_persons_own() {
        // Answered, or renamed: the person's plan, kept.
        let mut answered_book = Book::default();
        answered_book.get_mut("plan-1").unwrap().profile = answered();
        let mut renamed = Book::default();
        renamed.rename("plan-1", "Karima B.");
        for mut book in [answered_book, renamed] {
            book.add_received("Plan partagé", answered(), Progress::default());
            assert_eq!(book.plans.len(), 2);
            assert_eq!(book.plans[0].id, "plan-1");
        }
    }
}
