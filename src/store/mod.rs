//! The edges of the world: what is kept in the browser. Reading never fails the app: an
//! unreadable value becomes a fresh start and a message a person can read.

use crate::catalog::{Catalog, Date};
use crate::plan::Profile;

/// Where the person's answers are kept (the profile's own `version` field says its form).
pub const PROFILE_KEY: &str = "parcours.profil";

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
}

#[cfg(target_arch = "wasm32")]
pub use browser::{load_profile, save_profile};

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
