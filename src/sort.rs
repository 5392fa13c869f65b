//! A stable sort for the app's short lists: routes, funding schemes, a route's strengths, titles,
//! backups. None holds more than a few dozen items.
//!
//! The standard library's sort is built for long slices: each element type it sorts brings its
//! own copy of driftsort, about 4 KB of wasm before compression, five times over in this app
//! (the first load's size). An insertion sort is a few dozen bytes per type, and on
//! lists this short it is as fast.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal items in their order. Quadratic in the worst case: for
/// short lists only.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}
