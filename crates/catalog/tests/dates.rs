//! The catalog's hand-written calendar date (src/date.rs) against jiff's civil dates: the same
//! valid days, the same month arithmetic, the same count of whole months. docs/decisions.md
//! says why the date is written by hand; these tests hold it to the crate's answers.

use jiff::{civil, ToSpan, Unit};
use parcours_catalog::Date;
use proptest::prelude::*;

fn jiff_date(d: Date) -> civil::Date {
    civil::date(d.year() as i16, d.month() as i8, d.day() as i8)
}

/// Any valid day from 1900 to 2999, the years the catalog and the plans use.
fn any_date() -> impl Strategy<Value = Date> {
    (1900u32..=2999, 1u32..=12, 1u32..=31)
        .prop_filter_map("a real day", |(y, m, d)| Date::new(y, m, d))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn a_day_is_valid_exactly_when_jiff_accepts_it(y in 1900u32..=2999, m in 0u32..=13, d in 0u32..=32) {
        let ours = Date::new(y, m, d);
        let theirs = civil::Date::new(y as i16, m as i8, d as i8).ok();
        prop_assert_eq!(ours.map(jiff_date), theirs);
    }

    #[test]
    fn parsing_reads_the_days_jiff_reads(d in any_date()) {
        let text = d.to_string();
        prop_assert_eq!(text.parse::<civil::Date>().ok(), Some(jiff_date(d)));
        prop_assert_eq!(Date::parse(&text), Ok(d));
    }

    #[test]
    fn adding_months_lands_on_jiffs_day(d in any_date(), months in 0u32..=240) {
        let theirs = jiff_date(d).checked_add((months as i64).months());
        // Both clamp a day past the end of a shorter month to its last day (31 January plus one
        // month is 28 or 29 February).
        if let Some(theirs) = theirs.ok().filter(|t| t.year() <= 2999) {
            prop_assert_eq!(jiff_date(d.add_months(months)), theirs);
        }
    }

    #[test]
    fn adding_and_taking_days_lands_on_jiffs_day(d in any_date(), days in 0u32..=800) {
        let later = jiff_date(d).checked_add((days as i64).days()).unwrap();
        if later.year() <= 2999 {
            prop_assert_eq!(jiff_date(d.add_days(days)), later);
        }
        let earlier = jiff_date(d).checked_sub((days as i64).days()).unwrap();
        if earlier.year() >= 1900 {
            prop_assert_eq!(jiff_date(d.sub_days(days)), earlier);
        }
    }

    #[test]
    fn whole_months_between_two_days_are_jiffs(a in any_date(), b in any_date()) {
        let span = jiff_date(a).until((Unit::Month, jiff_date(b))).unwrap();
        // Parcours counts nothing backwards: a later day before an earlier one is 0 months.
        let theirs = u32::try_from(span.get_months()).unwrap_or(0);
        prop_assert_eq!(a.months_until(b), theirs, "{} → {}", a, b);
    }
}

#[test]
fn from_a_month_end_a_whole_month_waits_for_the_same_day_number() {
    // 31 January to 28 February is not yet a month (for jiff either); to 31 March it is two.
    let jan31 = Date::new(2025, 1, 31).unwrap();
    let feb28 = Date::new(2025, 2, 28).unwrap();
    let mar31 = Date::new(2025, 3, 31).unwrap();
    assert_eq!(jan31.months_until(feb28), 0);
    assert_eq!(jan31.months_until(mar31), 2);
    assert_eq!(feb28.months_until(mar31), 1);
}
