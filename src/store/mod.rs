//! The edges of the world: what is kept in the browser. Reading never fails the app: an
//! unreadable value becomes a fresh start and a message a person can read.

pub mod link;

use crate::catalog::{Catalog, Date};
use crate::plan::Profile;

/// Where the person's answers are kept (the profile's own `version` field says its form).
pub const PROFILE_KEY: &str = "parcours.profil";
/// Where the steps marked done, in progress or skipped are kept.
pub const PROGRESS_KEY: &str = "parcours.avancement";
pub const PROGRESS_VERSION: u32 = 1;

/// Where a step stands, as the person marks it (done and skipped both count as behind them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepStatus {
    #[default]
    Todo,
    InProgress,
    Done,
    Skipped,
}

/// The marks, keyed by route, block (or title) and modality, so that a mark stays on its step
/// when answers change the ranking.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Progress {
    pub version: u32,
    pub steps: std::collections::BTreeMap<String, StepStatus>,
}

impl Progress {
    pub fn key(route: &str, scope: &str, modality: Option<&str>) -> String {
        format!("{route}/{scope}/{}", modality.unwrap_or("experience"))
    }
    pub fn status(&self, key: &str) -> StepStatus {
        self.steps.get(key).copied().unwrap_or_default()
    }
    pub fn set(&mut self, key: String, status: StepStatus) {
        self.version = PROGRESS_VERSION;
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

/// Reads stored progress; anything unreadable is no progress, with a message.
pub fn decode_progress(raw: &str) -> Result<Progress, String> {
    let p: Progress = serde_json::from_str(raw)
        .map_err(|e| format!("Votre avancement enregistré est illisible ({e})."))?;
    if p.version > PROGRESS_VERSION {
        return Err(
            "Votre avancement a été enregistré par une version plus récente de Parcours.".into(),
        );
    }
    Ok(p)
}

/// Reads a stored profile (the text local storage holds) and checks it against the catalog.
pub fn decode_profile(raw: &str, catalog: &Catalog, today: Date) -> Result<Profile, String> {
    let profile: Profile = serde_json::from_str(raw)
        .map_err(|e| format!("Vos réponses enregistrées sont illisibles ({e})."))?;
    profile.check(catalog, today).map_err(|e| {
        format!("Vos réponses enregistrées ne correspondent plus au catalogue ({e}).")
    })?;
    Ok(profile)
}

pub fn encode_profile(profile: &Profile) -> String {
    // Serialising plain data to a String cannot fail.
    serde_json::to_string(profile).unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use gloo_storage::{LocalStorage, Storage};

    const UNAVAILABLE: &str = "Ce navigateur ne permet pas d'enregistrer vos réponses (navigation privée, stockage bloqué ou plein) : elles seront perdues en fermant la page.";

    /// gloo-storage throws when local storage is blocked, which would kill the page:
    /// ask the browser first.
    fn available() -> bool {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some()
    }

    /// The stored profile, or a new one with the reason it could not be read.
    pub fn load_profile(catalog: &Catalog, today: Date) -> (Profile, Option<String>) {
        if !available() {
            return (Profile::new(), Some(UNAVAILABLE.into()));
        }
        match LocalStorage::raw().get_item(PROFILE_KEY) {
            Ok(Some(raw)) => match decode_profile(&raw, catalog, today) {
                Ok(p) => (p, None),
                Err(message) => (
                    Profile::new(),
                    Some(format!("{message} Vous repartez d'une page vierge.")),
                ),
            },
            Ok(None) => (Profile::new(), None),
            Err(_) => (Profile::new(), Some(UNAVAILABLE.into())),
        }
    }

    pub fn save_profile(profile: &Profile) -> Result<(), String> {
        if !available() {
            return Err(UNAVAILABLE.into());
        }
        LocalStorage::set(PROFILE_KEY, profile).map_err(|_| UNAVAILABLE.to_string())
    }

    pub fn load_progress() -> (Progress, Option<String>) {
        if !available() {
            return (Progress::default(), None);
        }
        match LocalStorage::raw().get_item(PROGRESS_KEY) {
            Ok(Some(raw)) => match decode_progress(&raw) {
                Ok(p) => (p, None),
                Err(m) => (Progress::default(), Some(m)),
            },
            _ => (Progress::default(), None),
        }
    }

    pub fn save_progress(progress: &Progress) -> Result<(), String> {
        if !available() {
            return Err(UNAVAILABLE.into());
        }
        LocalStorage::set(PROGRESS_KEY, progress).map_err(|_| UNAVAILABLE.to_string())
    }
}

/// Natively there is no browser storage: nothing is kept, and nothing fails.
#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use super::*;

    pub fn load_profile(_: &Catalog, _: Date) -> (Profile, Option<String>) {
        (Profile::new(), None)
    }
    pub fn save_profile(_: &Profile) -> Result<(), String> {
        Ok(())
    }
    pub fn load_progress() -> (Progress, Option<String>) {
        (Progress::default(), None)
    }
    pub fn save_progress(_: &Progress) -> Result<(), String> {
        Ok(())
    }
}

pub use browser::{load_profile, load_progress, save_profile, save_progress};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::official;
    use crate::plan::HeldBlock;

    fn today() -> Date {
        Date::parse("2026-11-29").unwrap()
    }

    #[test]
    fn a_saved_profile_reads_back_the_same() {
        let mut p = Profile::new();
        p.held.push(HeldBlock {
            block: "remn-ccp1".into(),
            obtained: None,
        });
        p.age = Some(31);
        let back = decode_profile(&encode_profile(&p), official(), today()).unwrap();
        assert_eq!(back, p);
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
        let back = decode_progress(&serde_json::to_string(&p).unwrap()).unwrap();
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
            "{\"version\":1,\"held\":[{\"block\":\"inconnu\"}]}",
            "{\"version\":99}",
        ] {
            let e = decode_profile(raw, official(), today()).unwrap_err();
            assert!(e.starts_with("Vos réponses enregistrées"), "{raw}: {e}");
        }
    }
}
