//! The share-link decoder: any address a person pastes or a counsellor sends. It never panics;
//! what it reads plans without a refusal, and travels back through a link unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parcours::catalog::{self, Date};
use parcours::store::link;

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    let c = catalog::official();
    let today = Date::new(2026, 12, 7).expect("a date");
    let _ = link::lang(query);
    if let Ok(d) = link::decode(query, c, today) {
        assert!(
            parcours::plan::plan(&d.profile, c, today).is_ok(),
            "{query}"
        );
        let again = link::decode(&link::encode(&d.profile), c, today).expect("its own link");
        let mut carried = d.profile.clone();
        carried.forget_unasked();
        assert_eq!(again.profile, carried, "{query}");
    }
});
