//! The English switch, natively: every word the planner's results are said in exists in
//! English, differs from the French, and reads as English; figures follow English usage.

// Native only: clippy.toml's list of sorts and collections is for the wasm's size.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use parcours::catalog::{self, Date};
use parcours::i18n::{self, Lang};
use parcours::plan::{plan, Contract, Employer, HeldBlock, Plan, Profile, Situation};
use std::collections::BTreeSet;

fn today() -> Date {
    Date::new(2026, 11, 29).unwrap()
}

/// A grid of people: every situation, employer and contract, several ages, with or without a
/// RQTH, a held block or none.
fn people() -> Vec<Profile> {
    let situations = [
        Situation::JobSeeker,
        Situation::Employee,
        Situation::PublicAgent,
        Situation::SelfEmployed,
        Situation::ConseillerNumerique,
        Situation::Student,
        Situation::NoActivity,
    ];
    let employers = [
        None,
        Some(Employer::PrivateCompany),
        Some(Employer::Association),
        Some(Employer::LocalAuthority),
        Some(Employer::State),
        Some(Employer::Hospital),
    ];
    let mut out = vec![Profile::new()];
    for s in situations {
        for (i, e) in employers.iter().enumerate() {
            for age in [None, Some(15), Some(22), Some(31), Some(45)] {
                for rqth in [None, Some(true), Some(false)] {
                    let mut p = Profile::new();
                    p.situation = Some(s);
                    p.employer = *e;
                    p.contract = [None, Some(Contract::Cdi), Some(Contract::Cdd)][i % 3];
                    p.registered_job_seeker = Some(i % 2 == 0);
                    p.seniority_months = [None, Some(6), Some(30)][i % 3];
                    p.experience_months = [None, Some(2), Some(18)][i % 3];
                    p.diploma_level = [None, Some(3), Some(6)][i % 3];
                    p.age = age;
                    p.rqth = rqth;
                    if i % 2 == 1 {
                        p.held.push(HeldBlock {
                            block: ["remn-ccp1", "cmn-ccp1", "mn-ccp1"][i % 3].into(),
                            obtained: None,
                        });
                    }
                    out.push(p);
                }
            }
        }
    }
    out
}

/// Everything the page says about a plan, in the language set.
fn words(p: &Plan) -> Vec<String> {
    let c = catalog::official();
    let mut out = Vec::new();
    for r in &p.routes {
        out.push(i18n::route_name(&r.id).to_string());
        out.push(i18n::month_range(r.months));
        out.push(i18n::to_pay(r.to_pay));
        out.extend(r.strengths.iter().map(|s| i18n::strength(*s).to_string()));
        for s in &r.steps {
            out.push(i18n::step_when(s));
            for o in s.funding.iter() {
                out.push(i18n::reason(&o.reason));
                out.push(i18n::verdict(o.verdict).to_string());
                out.push(i18n::to_pay(o.to_pay));
            }
        }
    }
    out.extend(p.excluded.iter().map(|x| i18n::reason(&x.reason)));
    out.extend(p.warnings.iter().map(|w| i18n::warning(w, c)));
    out.extend(p.unknowns.iter().map(|u| i18n::unknown(*u).to_string()));
    out.extend(p.acquired.iter().map(|a| i18n::acquired(a, c)));
    out.extend(p.acquired.iter().map(|a| i18n::acquired_short(a, c)));
    out
}

#[test]
fn every_result_is_said_in_english_and_differs_from_the_french() {
    let c = catalog::official();
    // Blocks are named by code and title (« CCP1 REMN »), the same in both languages.
    let names: BTreeSet<String> = c
        .titles
        .iter()
        .flat_map(|t| t.blocks.iter())
        .map(|b| i18n::block_name(c, &b.id))
        .collect();
    let mut seen = BTreeSet::new();
    let mut reasons = BTreeSet::new();
    for person in people() {
        let planned = plan(&person, c, today()).unwrap();
        for step in planned.routes.iter().flat_map(|r| &r.steps) {
            reasons.extend(step.funding.iter().map(|o| format!("{:?}", o.reason)));
        }
        let french = words(&planned);
        let english = i18n::in_lang(Lang::En, || words(&planned));
        assert_eq!(french.len(), english.len());
        for (fr, en) in french.into_iter().zip(english) {
            if !seen.insert(en.clone()) {
                continue;
            }
            if !names.contains(&fr) {
                assert_ne!(fr, en, "not translated");
            }
            for french_word in [
                " vous ",
                "Vous ",
                " est ",
                " pour ",
                " mois",
                "\u{a0}€",
                " à ",
            ] {
                assert!(
                    !en.contains(french_word),
                    "French « {french_word} » in: {en}"
                );
            }
        }
    }
    // The grid reaches most of what the planner can say, so the checks above mean something.
    assert!(
        reasons.len() >= 30,
        "only {} reasons reached",
        reasons.len()
    );
    assert!(seen.len() >= 100, "only {} texts", seen.len());
}

#[test]
fn figures_and_dates_follow_each_languages_usage() {
    let d = Date::new(2025, 7, 1).unwrap();
    i18n::in_lang(Lang::En, || {
        assert_eq!(i18n::euros(10_320), "€103.20");
        assert_eq!(i18n::euros(500_000), "€5,000");
        assert_eq!(i18n::date(d), "1 July 2025");
        assert_eq!(i18n::months(1), "1\u{a0}month");
        assert_eq!(i18n::months(12), "12\u{a0}months");
    });
    assert_eq!(i18n::euros(10_320), "103,20\u{a0}€");
    assert_eq!(i18n::euros(500_000), "5\u{202f}000\u{a0}€");
    assert_eq!(i18n::date(d), "1er juillet 2025");
    assert_eq!(i18n::months(12), "12\u{a0}mois");
}

#[test]
fn a_step_says_its_months_in_the_calendar_once_the_start_is_known() {
    let mut person = Profile::new();
    let unknown = plan(&person, catalog::official(), today()).unwrap();
    person.start = Some(Date::new(2027, 3, 15).unwrap());
    let known = plan(&person, catalog::official(), today()).unwrap();
    let (mut step, counted) = (
        known.routes[0].steps[0].clone(),
        &unknown.routes[0].steps[0],
    );
    let day = |y, m| Date::new(y, m, 15).unwrap();
    let said = |s: &parcours::plan::Step| {
        let en = i18n::in_lang(Lang::En, || i18n::step_when(s));
        (i18n::step_when(s), en)
    };
    // Without a start date, months counted from 1; with one, its months in the calendar.
    let (a, e) = (counted.start.unwrap(), counted.end.unwrap());
    assert_eq!(a.min, 0, "the first step starts at once");
    assert_eq!(
        said(counted),
        (
            format!("du mois 1 au mois {}", e.max),
            format!("from month 1 to month {}", e.max)
        )
    );
    assert!(step.dates.is_some());
    step.dates = Some((day(2027, 3), day(2027, 12)));
    assert_eq!(
        said(&step),
        (
            "de mars à décembre 2027".to_string(),
            "from March to December 2027".to_string()
        )
    );
    step.dates = Some((day(2027, 11), day(2028, 2)));
    assert_eq!(
        said(&step),
        (
            "de novembre 2027 à février 2028".to_string(),
            "from November 2027 to February 2028".to_string()
        )
    );
    step.dates = Some((day(2027, 3), Date::new(2027, 3, 31).unwrap()));
    assert_eq!(
        said(&step),
        ("en mars 2027".to_string(), "in March 2027".to_string())
    );
    step.dates = None;
    step.end = None;
    assert_eq!(
        said(&step),
        (
            "dates à vérifier".to_string(),
            "dates to be checked".to_string()
        )
    );
}

#[test]
fn every_catalog_text_shown_has_its_english() {
    let c = catalog::official();
    let shown = c.shown_texts();
    assert!(shown.len() > 100, "{}", shown.len());
    for fr in &shown {
        assert!(i18n::english(fr).is_some(), "no English for « {fr} »");
    }
    assert_eq!(i18n::english("un texte qui n'est pas du catalogue"), None);
    i18n::in_lang(Lang::En, || {
        assert_eq!(
            i18n::cat(&c.meta.disclaimer),
            i18n::english(&c.meta.disclaimer).unwrap()
        );
        assert!(i18n::cat(&c.meta.disclaimer).starts_with("Indicative results"));
    });
    assert_eq!(i18n::cat(&c.meta.disclaimer), c.meta.disclaimer);
}

#[test]
fn a_stored_language_of_any_form_is_read_without_fail() {
    assert_eq!(Lang::from_code("en"), Lang::En);
    assert_eq!(Lang::from_code(" EN "), Lang::En);
    for other in ["fr", "", "de", "\u{0}", "en-GB-x"] {
        assert_eq!(Lang::from_code(other), Lang::Fr, "{other:?}");
    }
    assert_eq!(Lang::from_code(Lang::En.code()), Lang::En);
}

#[test]
fn the_whole_first_screen_reads_in_english_from_the_english_file() {
    // Drawing the page in English runs each of its words through the English file (as the
    // browser does once it has fetched it); in this debug build each one is also checked against
    // the English written in its `tr!` call.
    let html = parcours::ui::prerender::screen(Lang::En);
    for english in [
        "Becoming a digital mediator, block by block",
        "Which blocks (CCP) do you already hold?",
        "Your routes",
        "You have the CCP1 Médiateur numérique and the Médiateur numérique title's other blocks left (their number is not known)",
        "Indicative results, not binding",
        "Compare this route (three at most)",
    ] {
        assert!(html.contains(english), "no « {english} »");
    }
    for french in [
        "Où vous en êtes",
        "Quels blocs (CCP) avez-vous",
        "Comparer ce parcours",
    ] {
        assert!(!html.contains(french), "« {french} » left in French");
    }
}

#[test]
fn no_result_asks_to_be_told_anything_since_nothing_is_sent() {
    // The app has no one to tell: a text asking to « tell us » leads a person nowhere. It says
    // where to give the answer instead.
    let c = catalog::official();
    for person in people() {
        let planned = plan(&person, c, today()).unwrap();
        for lang in [Lang::Fr, Lang::En] {
            for text in i18n::in_lang(lang, || words(&planned)) {
                let lower = text.to_lowercase();
                for asking in [
                    "dites-le-nous",
                    "dites-nous",
                    "signalez-nous",
                    "tell us",
                    "let us know",
                ] {
                    assert!(!lower.contains(asking), "« {asking} » in: {text}");
                }
            }
        }
    }
}
