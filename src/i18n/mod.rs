//! The words of the app. The planner returns codes with figures ([`Reason`], [`Warning`]…);
//! this module says them to a person, in plain French by default, or in English.
//!
//! The language is a signal handed down by context ([`provide_lang`]). Words read it where
//! they are shown, inside the view's reactive closures, so a switch re-words the page in place
//! (nothing is rebuilt, what is open stays open): [`t`] (`tr!`) for a fixed text, `trf!` for
//! one with figures, [`cat`] for a text of the catalog (English in catalog/en.toml). Outside a
//! page (the planner's tests, the pre-drawn first screen) the words are French, or those of
//! [`in_lang`].
//!
//! Which of `words!` and `tr!` in a view: a part drawn once (a question, a heading, a step's
//! details) writes `words!`, a text that follows the language on its own. A part drawn again by
//! a closure at each answer (a route's money, why it is realistic) writes `tr!`: the closure
//! then follows the language too, and a switch re-words the part in place, while an answer
//! does not build a reactive text anew for each fixed word (`lang-switch.spec.js` checks both:
//! an answer leaves those words the same nodes, a switch draws again at most 30 elements). A
//! `tr!` in a part drawn once would make the closure around it draw the whole part again at a
//! switch.
//!
//! The English is written next to the French in the code, but the wasm does not carry it:
//! build.rs gathers it into a file (`english-<hash>.txt`) that the page fetches when a person
//! asks for English, and the words are then looked up by their French. A French reader never
//! downloads the English. Natively, the English is built in.

mod advice;
mod english;
mod format;
mod links;
mod money;
mod problems;
mod reasons;
mod routes;
mod stored;
mod words;
pub use advice::*;
pub use english::*;
pub use format::*;
pub use links::*;
pub use money::*;
pub use problems::{problem, taken_out};
pub use reasons::reason;
pub use routes::*;
pub use stored::*;
pub use words::*;

use leptos::prelude::*;
use std::fmt::{Display, Write};

pub use crate::catalog::Lang;

/// The page's language, as the parts below the app read it (by context).
#[derive(Clone, Copy)]
struct Speaking(Signal<Lang>);

/// Hands `lang` down to what is drawn below the current owner: every word drawn there follows it.
pub fn provide_lang(lang: impl Into<Signal<Lang>>) {
    provide_context(Speaking(lang.into()));
}

/// The language of the words drawn here: read (and, in a reactive closure, followed) from the
/// page's signal; French where no page hands one down.
pub fn lang() -> Lang {
    use_context::<Speaking>()
        .and_then(|s| s.0.try_get())
        .unwrap_or_default()
}

/// Runs `f` with its words in `l`, under an owner of its own (tests, and a page's parts drawn
/// apart from it).
pub fn in_lang<R>(l: Lang, f: impl FnOnce() -> R) -> R {
    let owner = Owner::new();
    owner.with(|| {
        provide_lang(Signal::stored(l));
        f()
    })
}

pub fn en() -> bool {
    lang() == Lang::En
}

/// `tr!`'s English argument as the program keeps it: natively, as written (to check the
/// English file against it); in the wasm, nothing (the English comes from the file).
#[doc(hidden)]
pub const fn keep_en(en: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        en
    }
}

/// The French or the English, as the page speaks. `en` is the English as written in the call
/// (natively only, see [`keep_en`]); what is shown comes from the English file.
#[inline(never)]
pub fn t<'a>(fr: &'a str, en: &'a str) -> &'a str {
    if !self::en() {
        return fr;
    }
    let found = english(fr);
    if !cfg!(target_arch = "wasm32") {
        debug_assert_eq!(
            found,
            Some(en),
            "« {fr} »: the English file does not hold this call's English (build.rs reads tr! calls)"
        );
    }
    found.unwrap_or(fr)
}

/// A text of the catalog in the page's language (the catalog itself is written in French).
pub fn cat(fr: &str) -> &str {
    if en() {
        english(fr).unwrap_or(fr)
    } else {
        fr
    }
}

/// `trf!`'s text: `template`'s `{}` (or `{0}`, `{1}`…) replaced by `args`, as `format!`
/// would, `{{` and `}}` written as braces.
pub fn fill(template: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut next = 0;
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with("{{") || rest.starts_with("}}") {
            out.push_str(&rest[..1]);
            rest = &rest[2..];
        } else if let (true, Some(close)) = (rest.starts_with('{'), rest.find('}')) {
            let index = match &rest[1..close] {
                "" => {
                    next += 1;
                    next - 1
                }
                n => n.parse().unwrap_or(usize::MAX),
            };
            if let Some(arg) = args.get(index) {
                write!(out, "{arg}").ok();
            }
            rest = &rest[close + 1..];
        } else {
            out.push_str(&rest[..1]);
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Natively, in debug builds: `filled` is what `format!` makes of the call.
#[doc(hidden)]
pub fn check_fill(filled: &str, formatted: impl FnOnce() -> String) {
    if cfg!(all(debug_assertions, not(target_arch = "wasm32"))) {
        debug_assert_eq!(filled, formatted(), "trf!'s English, filled at run time");
    }
}

/// `tr!("Bonjour", "Hello")`: a fixed text in the page's language. Both must be string literals:
/// build.rs reads them into the English file.
#[macro_export]
macro_rules! tr {
    ($fr:literal, $en:literal $(,)?) => {
        $crate::i18n::t($fr, $crate::i18n::keep_en($en))
    };
}

/// `trf!("{} mois", "{} months", n)`: a text with figures, in the page's language. The figures
/// go in at run time ([`fill`]), in French as in English: one way for both, so that the wasm
/// carries neither `format!`'s code twice nor the English. Natively, in debug builds, the result
/// is checked against `format!` (which also checks the placeholders against the figures).
#[macro_export]
macro_rules! trf {
    ($fr:literal, $en:literal $(, $arg:expr)* $(,)?) => {{
        let filled = $crate::i18n::fill(
            $crate::i18n::t($fr, $crate::i18n::keep_en($en)),
            &[$(&$arg as &dyn ::std::fmt::Display),*],
        );
        $crate::i18n::check_fill(&filled, || {
            if $crate::i18n::en() {
                format!($en $(, $arg)*)
            } else {
                format!($fr $(, $arg)*)
            }
        });
        filled
    }};
}

/// `words!("Bonjour", "Hello")`: a fixed text in a view, which follows the page's language where
/// it is shown. Every such text is the same closure ([`words`]), so the view's code for it is
/// compiled once, not once per text.
#[macro_export]
macro_rules! words {
    ($fr:literal, $en:literal $(,)?) => {
        $crate::i18n::words($fr, $crate::i18n::keep_en($en))
    };
}

/// `words!`'s closure: the text in the language of the moment, read (and followed) when shown.
pub fn words(
    fr: &'static str,
    en: &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || t(fr, en)
}

/// `pair!("Oui", "Yes")`: a French text and its English, to be shown later with [`t`] (in a
/// `const` table). Read into the English file like `tr!`.
#[macro_export]
macro_rules! pair {
    ($fr:literal, $en:literal $(,)?) => {
        ($fr, $crate::i18n::keep_en($en))
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::ToPay;

    #[test]
    fn a_step_from_april_says_d_avril() {
        use crate::catalog::{Date, Range};
        let mut s = crate::plan::plan(
            &crate::plan::Profile::new(),
            crate::catalog::official(),
            Date::new(2026, 12, 7).unwrap(),
        )
        .unwrap()
        .routes[0]
            .steps[0]
            .clone();
        let day = |m| Date::new(2027, m, 6).unwrap();
        s.start = Some(Range { min: 0, max: 0 });
        s.dates = Some((day(4), day(11)));
        assert_eq!(step_when(&s), "d'avril à novembre 2027");
        s.dates = Some((day(3), day(10)));
        assert_eq!(step_when(&s), "de mars à octobre 2027");
    }

    #[test]
    fn a_best_case_says_what_makes_it_lower() {
        use crate::catalog::Range;
        use crate::plan::Money;
        // A price range, the balance known and spent: only the lowest price makes it lower.
        let range = Money {
            price: Some(Range {
                min: 89_600,
                max: 492_800,
            }),
            left_sure: Some(492_800),
            left_best: Some(89_600),
            ..Money::default()
        };
        let (_, best) = left(&range);
        let best = best.unwrap();
        assert!(best.contains("au prix le plus bas"), "{best}");
        assert!(!best.contains("CPF"), "{best}");
        // The balance unknown: the CPF may pay more than is sure, and says up to what.
        let hope = Money {
            cpf_up_to: 500_000,
            left_sure: Some(1_344_000),
            left_best: Some(844_000),
            price: Some(Range {
                min: 1_344_000,
                max: 1_344_000,
            }),
            ..Money::default()
        };
        let best = left(&hope).1.unwrap();
        assert!(best.contains("si votre CPF paie jusqu'à 5"), "{best}");
        assert!(!best.contains("prix le plus bas"), "{best}");
        // Another scheme could pay the rest: it is named beside, as the condition.
        let closed = Money {
            could_close: vec!["aif".into()],
            left_best: Some(0),
            ..hope
        };
        assert_eq!(
            left(&closed).1.as_deref(),
            Some("rien, si l'un de ces financements paie le reste")
        );
    }

    #[test]
    fn fill_puts_figures_in_as_format_would() {
        assert_eq!(
            fill("{} à {}", &[&4, &"7\u{a0}mois"]),
            format!("{} à {}", 4, "7\u{a0}mois")
        );
        assert_eq!(
            fill("{0}, {1} et {0}", &[&"a", &2]),
            format!("{0}, {1} et {0}", "a", 2)
        );
        assert_eq!(fill("{{}} {} }}", &[&5]), format!("{{}} {} }}", 5));
        assert_eq!(fill("sans chiffre", &[]), "sans chiffre");
        assert_eq!(fill("« {} »", &[&"é"]), "« é »");
    }

    #[test]
    fn amounts_say_their_year_and_that_a_later_start_may_change_them() {
        let participation = ToPay::AtLeast { cents: 10320 };
        assert_eq!(
            dated(participation, Some(2026), 2026),
            "103,20\u{a0}€ (montant 2026), plus ce que le financement ne couvre pas"
        );
        assert_eq!(
            dated(participation, Some(2026), 2027),
            "103,20\u{a0}€ (montant 2026 ; il peut changer d'ici votre début en 2027), plus ce que le financement ne couvre pas"
        );
        // No euros, no year: nothing to date.
        assert_eq!(dated(ToPay::Nothing, Some(2026), 2027), "Rien à payer");
        assert_eq!(
            dated(ToPay::AtLeast { cents: 0 }, Some(2026), 2026),
            "Rien, ou ce que le financement ne couvre pas"
        );
        assert_eq!(
            dated(ToPay::Fixed { cents: 500 }, None, 2026),
            "5\u{a0}€ à payer"
        );
    }

    #[test]
    fn fill_never_fails_on_a_text_format_would_refuse() {
        // A figure missing, a brace left open or alone: written as it can be, no panic.
        assert_eq!(fill("{} et {}", &[&1]), "1 et ");
        assert_eq!(fill("{7}", &[&1]), "");
        assert_eq!(fill("a { b", &[&1]), "a { b");
        assert_eq!(fill("a } b", &[]), "a } b");
        assert_eq!(fill("{x}", &[&1]), "");
    }
}
