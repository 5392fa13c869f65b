//! A calendar date without time zone, enough for regulated deadlines and plans.
//! Shared with build.rs.

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A date stored as `yyyymmdd` so that ordering is the natural one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(u32);

/// A text that is not a date written `AAAA-MM-JJ`, or a day that does not exist. Its message
/// (for whoever builds the catalog, and for serde) starts with [`NotADate::SAYS`]; the app says
/// it in the page's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotADate(pub String);

impl NotADate {
    pub const SAYS: &'static str = "not a date AAAA-MM-JJ: ";
}

impl fmt::Display for NotADate {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}{}", Self::SAYS, self.0)
    }
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: u32, month: u32, day: u32) -> Option<Date> {
        if !(1900..=2999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date(year * 10_000 + month * 100 + day))
    }

    /// The date build.rs wrote as `yyyymmdd`, from a date [`Date::new`] accepted.
    #[doc(hidden)]
    pub const fn baked(yyyymmdd: u32) -> Date {
        Date(yyyymmdd)
    }

    pub fn year(self) -> u32 {
        self.0 / 10_000
    }
    pub fn month(self) -> u32 {
        self.0 / 100 % 100
    }
    pub fn day(self) -> u32 {
        self.0 % 100
    }

    /// Reads `AAAA-MM-JJ`; the error holds the text that is not such a date.
    pub fn parse(text: &str) -> Result<Date, NotADate> {
        let bad = || NotADate(text.to_string());
        let mut parts = text.trim().splitn(3, '-');
        let mut next = || -> Result<u32, NotADate> {
            let p = parts.next().ok_or_else(bad)?;
            if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse::<u32>().map_err(|_| bad())
        };
        let (y, m, d) = (next()?, next()?, next()?);
        Date::new(y, m, d).ok_or_else(bad)
    }

    /// The same day `months` later, clamped to the end of a shorter month.
    pub fn add_months(self, months: u32) -> Date {
        let total = self.year() * 12 + (self.month() - 1) + months;
        let (y, m) = ((total / 12).min(2999), total % 12 + 1);
        let d = self.day().min(days_in_month(y, m));
        Date(y * 10_000 + m * 100 + d)
    }

    /// The day `days` later (a notice of 60 or 120 days, for example); stops at the year 2999.
    pub fn add_days(self, days: u32) -> Date {
        let (mut y, mut m, mut d) = (self.year(), self.month(), self.day());
        let mut left = days;
        while left > 0 && y <= 2999 {
            let room = days_in_month(y, m) - d;
            if left <= room {
                d += left;
                left = 0;
            } else {
                left -= room + 1;
                d = 1;
                (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            }
        }
        if y > 2999 {
            return Date(29_991_231);
        }
        Date(y * 10_000 + m * 100 + d)
    }

    /// The day `days` earlier; stops at the year 1.
    pub fn sub_days(self, days: u32) -> Date {
        let (mut y, mut m, mut d) = (self.year(), self.month(), self.day());
        let mut left = days;
        while left > 0 && y >= 1 {
            if left < d {
                d -= left;
                left = 0;
            } else {
                left -= d;
                (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
                d = days_in_month(y, m);
            }
        }
        if y < 1 {
            return Date(10_101);
        }
        Date(y * 10_000 + m * 100 + d)
    }

    /// Whole months from `self` to `later` (0 if `later` is not after `self`).
    pub fn months_until(self, later: Date) -> u32 {
        if later <= self {
            return 0;
        }
        let a = self.year() * 12 + self.month();
        let b = later.year() * 12 + later.month();
        let mut m = b - a;
        if later.day() < self.day() {
            m = m.saturating_sub(1);
        }
        m
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// build.rs writes a date of the catalog as `Date::baked(20250713)`.
#[cfg(feature = "bake")]
impl databake::Bake for Date {
    fn bake(&self, env: &databake::CrateEnv) -> databake::TokenStream {
        env.insert("parcours_catalog");
        let n = self.0;
        databake::quote! { parcours_catalog::date::Date::baked(#n) }
    }
}
#[cfg(feature = "bake")]
impl databake::BakeSize for Date {
    fn borrows_size(&self) -> usize {
        0
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("une date AAAA-MM-JJ")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).map_err(E::custom)
            }
            // A TOML date written without quotes arrives as a one-entry map.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
                let _key: Option<String> = map.next_key()?;
                let text: String = map.next_value()?;
                Date::parse(&text).map_err(de::Error::custom)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let d = Date::parse("2025-07-13").unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2025, 7, 13));
        assert_eq!(d.to_string(), "2025-07-13");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2025-02-30",
            "2025-13-01",
            "",
            "2025-7",
            "abcd-01-01",
            "2025-01-01x",
            "-1-01-01",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad} accepted");
        }
        assert!(Date::parse("2024-02-29").is_ok());
    }

    #[test]
    fn adds_months_clamping_to_month_end() {
        let d = Date::parse("2025-01-31").unwrap();
        assert_eq!(d.add_months(1).to_string(), "2025-02-28");
        assert_eq!(d.add_months(12).to_string(), "2026-01-31");
        assert_eq!(
            Date::parse("2025-07-13")
                .unwrap()
                .add_months(12)
                .to_string(),
            "2026-07-13"
        );
    }

    #[test]
    fn counts_whole_months_between_dates() {
        let a = Date::parse("2025-07-13").unwrap();
        assert_eq!(a.months_until(Date::parse("2026-07-13").unwrap()), 12);
        assert_eq!(a.months_until(Date::parse("2026-07-12").unwrap()), 11);
        assert_eq!(a.months_until(Date::parse("2020-01-01").unwrap()), 0);
    }
}
