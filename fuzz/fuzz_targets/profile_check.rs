//! The profile check: any profile JSON (a file's, an earlier version's). Reading it never panics;
//! the planner either plans it or names the field it refuses, and never panics either.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parcours::catalog::{self, Date};
use parcours::plan::{plan, Profile};

fuzz_target!(|data: &[u8]| {
    let c = catalog::official();
    let today = Date::new(2026, 12, 7).expect("a date");
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // As stored: fitted to the catalog, then planned without a refusal.
    if let Ok((profile, _taken_out)) = parcours::store::decode_profile(text, c, today) {
        assert!(plan(&profile, c, today).is_ok(), "{text}");
    }
    // As read raw: planned, or refused naming a field.
    if let Ok(p) = parcours::store::codec::from_text::<Profile>(text, "profile") {
        if let Err(e) = plan(&p, c, today) {
            assert!(!e.field.is_empty(), "{text}");
        }
    }
});
