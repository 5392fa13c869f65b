//! The plan-file import: any file a person picks. It never panics, and what it imports plans.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parcours::catalog::{self, Date};
use parcours::store::plans;

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    let c = catalog::official();
    let today = Date::new(2026, 12, 7).expect("a date");
    if let Ok(back) = plans::import_file(&raw, c, today) {
        assert!(parcours::plan::plan(&back.profile, c, today).is_ok());
    }
});
