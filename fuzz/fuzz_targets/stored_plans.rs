//! The stored plans and their migrations: any value under any of the app's keys (another
//! version's, a damaged one). Opening never panics, always gives at least one plan that plans,
//! and keeps what it could not read word for word.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parcours::catalog::{self, Date};
use parcours::store::plans::{self, Kv, Memory, PLANS_KEY, V1_PROFILE_KEY, V1_PROGRESS_KEY};

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let raw = String::from_utf8_lossy(rest);
    let key = [PLANS_KEY, V1_PROFILE_KEY, V1_PROGRESS_KEY][usize::from(which) % 3];
    let c = catalog::official();
    let today = Date::new(2026, 12, 7).expect("a date");
    let mut kv = Memory::default();
    kv.set(key, &raw).expect("memory");
    let opened = plans::open(&mut kv, c, today);
    assert!(!opened.book.plans.is_empty());
    for p in &opened.book.plans {
        assert!(parcours::plan::plan(&p.profile, c, today).is_ok());
    }
    if !opened.notices.is_empty() {
        assert!(plans::backups(&kv).iter().any(|(_, v)| *v == raw));
    }
});
