//! Amounts, dates and durations as a person reads them, in the page's language.

use super::*;
use crate::catalog::{Catalog, Date};
use crate::plan::ToPay;
use crate::{tr, trf};

/// « 103,20 € », « 5 000 € » in French; « €103.20 », « €5,000 » in English.
pub fn euros(cents: u32) -> String {
    let (e, c) = (cents / 100, cents % 100);
    let (group, decimal) = if en() { (",", ".") } else { ("\u{202f}", ",") };
    let mut digits = e.to_string();
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!("{group}{tail}{grouped}");
    }
    grouped = format!("{digits}{grouped}");
    let amount = if c == 0 {
        grouped
    } else {
        format!("{grouped}{decimal}{c:02}")
    };
    if en() {
        format!("€{amount}")
    } else {
        format!("{amount}\u{a0}€")
    }
}

/// « juillet », « July ».
fn month_name(d: Date) -> &'static str {
    const MOIS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = if en() { MONTHS } else { MOIS };
    names
        .get(d.month().saturating_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

/// « 13 juillet 2026 », « 13 July 2026 ».
pub fn date(d: Date) -> String {
    let day = if d.day() == 1 && !en() {
        "1er".to_string()
    } else {
        d.day().to_string()
    };
    format!("{day} {} {}", month_name(d), d.year())
}

/// « juillet 2026 », « July 2026 ».
pub fn month_year(d: Date) -> String {
    format!("{} {}", month_name(d), d.year())
}

/// When a step happens. When the person said when they start: « de mars à décembre 2027 »,
/// « de mars 2027 à janvier 2028 » or « en mars 2027 ». Else in months counted from 1, « du
/// mois 1 au mois 9 »; « dates à vérifier » when its duration is unknown.
pub fn step_when(s: &crate::plan::Step) -> String {
    match (s.dates, s.start, s.end) {
        (Some((from, until)), _, _)
            if (from.year(), from.month()) == (until.year(), until.month()) =>
        {
            trf!("en {}", "in {}", month_year(from))
        }
        (Some((from, until)), _, _) => {
            // The year once when both months are in it.
            let first = if from.year() == until.year() {
                month_name(from).to_string()
            } else {
                month_year(from)
            };
            // « d'avril », « d'août », « d'octobre »: French elides « de » before a vowel.
            if first.starts_with(['a', 'o']) {
                trf!("d'{} à {}", "from {} to {}", first, month_year(until))
            } else {
                trf!("de {} à {}", "from {} to {}", first, month_year(until))
            }
        }
        // Months counted from 1: a step from the start runs « du mois 1 au mois 9 ».
        (None, Some(a), Some(e)) => trf!(
            "du mois {} au mois {}",
            "from month {} to month {}",
            a.min + 1,
            e.max.max(a.min + 1)
        ),
        _ => tr!("dates à vérifier", "dates to be checked").into(),
    }
}

/// « 12 mois », « 1 month », « 12 months ».
pub fn months(n: u32) -> String {
    match (en(), n) {
        (false, _) => format!("{n}\u{a0}mois"),
        (true, 1) => "1\u{a0}month".into(),
        (true, _) => format!("{n}\u{a0}months"),
    }
}

/// « 4 à 7 mois », « 12 mois », or « durée à vérifier » when unknown.
pub fn month_range(r: Option<crate::catalog::Range>) -> String {
    match r {
        None => tr!("durée à vérifier", "duration to be checked").into(),
        Some(r) if r.min == r.max => months(r.min),
        Some(r) => trf!("{} à {}", "{} to {}", r.min, months(r.max)),
    }
}

pub fn to_pay(t: ToPay) -> String {
    match t {
        ToPay::Nothing => tr!("Rien à payer", "Nothing to pay").into(),
        ToPay::Fixed { cents } => trf!("{} à payer", "{} to pay", euros(cents)),
        ToPay::AtLeast { cents: 0 } => tr!(
            "Rien, ou ce que le financement ne couvre pas",
            "Nothing, or what the funding does not cover"
        )
        .into(),
        ToPay::AtLeast { cents } => trf!(
            "{}, plus ce que le financement ne couvre pas",
            "{}, plus what the funding does not cover",
            euros(cents)
        ),
        ToPay::Unknown => tr!("À vérifier", "To be checked").into(),
    }
}

/// What the catalog's date means: when its facts were taken from the research, not when each
/// source was read again (docs/catalog.md).
pub fn data_date(c: &Catalog) -> String {
    trf!(
        "Données reprises le {} ; sources consultées en {}.",
        "Data taken on {}; sources consulted in {}.",
        date(c.meta.checked),
        cat(&c.meta.consulted)
    )
}

/// An amount with the year it is for: « 103,20 € (montant 2026) », and when the person starts in
/// a later year, that it may change by then. Nothing added to an amount of no euros.
pub fn dated(t: ToPay, year: Option<u32>, start_year: u32) -> String {
    let amount = |cents: u32| match year {
        Some(y) if start_year > y => trf!(
            "{} (montant {} ; il peut changer d'ici votre début en {})",
            "{} ({} amount; it may change by your start in {})",
            euros(cents),
            y,
            start_year
        ),
        Some(y) => trf!("{} (montant {})", "{} ({} amount)", euros(cents), y),
        None => euros(cents),
    };
    match t {
        ToPay::Fixed { cents } if cents > 0 => {
            trf!("{} à payer", "{} to pay", amount(cents))
        }
        ToPay::AtLeast { cents } if cents > 0 => trf!(
            "{}, plus ce que le financement ne couvre pas",
            "{}, plus what the funding does not cover",
            amount(cents)
        ),
        _ => to_pay(t),
    }
}

/// A course stretched to the person's part-time hours: the only known offer is full time, so
/// such a pace is a condition, said beside the duration.
pub fn pace(s: &crate::plan::Step) -> Option<&'static str> {
    use crate::plan::DurationBasis::FromHours;
    match s.duration_basis {
        FromHours {
            estimated: true, ..
        } => Some(tr!(
            "estimation : les heures du titre moins celles de ses autres blocs (celles de ce bloc ne sont pas connues), à votre rythme ; à vérifier auprès de l'organisme",
            "estimate: the title's hours minus its other blocks' (this block's own are not known), at your pace; to check with the organisation"
        )),
        FromHours {
            hours_per_week: Some(h),
            ..
        } if h < 35 => Some(tr!(
            "à votre rythme : si un organisme propose ce rythme (à vérifier)",
            "at your pace: if an organisation offers this pace (to check)"
        )),
        _ => None,
    }
}
