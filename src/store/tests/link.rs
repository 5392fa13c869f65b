//! Tests of `store::link`, compiled only under #[cfg(test)] (the module is declared so in link.rs).
use super::*;
use crate::catalog::official;
use crate::plan::{Activity, Employer, Situation};
use crate::store::fixtures::today;
use crate::store::Wanted;

#[test]
fn a_hand_written_link_reads_as_the_profile_it_says() {
    let d = decode("?v=1&blocs=remn-ccp1:2022-06-15&situation=agent-public&employeur=collectivite&age=40&rqth=non", official(), today()).unwrap();
    assert!(d.ignored.is_empty(), "{:?}", d.ignored);
    assert_eq!(d.profile.held[0].block, "remn-ccp1");
    assert_eq!(
        d.profile.held[0].obtained,
        Some(Date::parse("2022-06-15").unwrap())
    );
    assert_eq!(d.profile.situation, Some(Situation::PublicAgent));
    assert_eq!(d.profile.employer, Some(Employer::LocalAuthority));
    assert_eq!((d.profile.age, d.profile.rqth), (Some(40), Some(false)));
}

#[test]
fn unknown_and_invalid_parameters_are_listed_not_fatal() {
    let d = decode("v=1&age=200&couleur=bleu&situation=astronaute&blocs=mn-ccp1,bts-1&age=30&choix=mn-ccp1:teleportation", official(), today()).unwrap();
    let value = |key: &str, value: &str, wanted| SetAside::Value {
        key: key.into(),
        value: value.into(),
        wanted,
    };
    assert_eq!(
        d.ignored,
        [
            value("age", "200", Wanted::Number { min: 14, max: 100 }),
            SetAside::UnknownParameter("couleur".into()),
            value("situation", "astronaute", Wanted::Situation),
            SetAside::NotABlock("bts-1".into()),
            SetAside::Twice("age".into()),
            SetAside::NotAChoice("mn-ccp1:teleportation".into()),
        ]
    );
    assert_eq!(d.profile.age, None);
    assert_eq!(d.profile.held.len(), 1);
}

#[test]
fn an_over_long_or_future_link_is_refused_politely() {
    let long = format!("v=1&x={}", "a".repeat(MAX_LINK_CHARS));
    assert_eq!(
        decode(&long, official(), today()).unwrap_err(),
        LinkRefused::TooLong {
            chars: MAX_LINK_CHARS + 6,
            max: MAX_LINK_CHARS
        }
    );
    assert_eq!(
        decode("v=9&age=30", official(), today()).unwrap_err(),
        LinkRefused::Newer("9".into())
    );
}

#[test]
fn a_link_carries_the_language_it_was_made_in() {
    let mut p = Profile::new();
    p.age = Some(30);
    let english = encode_in(&p, &Default::default(), Lang::En);
    assert_eq!(english, "v=1&age=30&langue=en");
    assert_eq!(lang(&english), Some(Lang::En));
    // French, the default, adds nothing, and the profile reads the same either way.
    assert_eq!(encode_in(&p, &Default::default(), Lang::Fr), encode(&p));
    assert_eq!(lang(&encode(&p)), None);
    let d = decode(&english, official(), today()).unwrap();
    assert!(d.ignored.is_empty(), "{:?}", d.ignored);
    assert_eq!(
        d.profile,
        decode(&encode(&p), official(), today()).unwrap().profile
    );
    // Read as the rest of the link is: escapes undone, the first one given.
    assert_eq!(lang("?v=1&lan%67ue=%65n"), Some(Lang::En));
    assert_eq!(lang("?langue=fr&langue=en"), Some(Lang::Fr));
    // Anything else asks for no language, and is listed as set aside.
    for other in ["langue=de", "langue=", "langue", "langue=EN", "langue=%ZZ"] {
        assert_eq!(lang(other), None, "{other}");
        let d = decode(&format!("v=1&{other}"), official(), today()).unwrap();
        assert_eq!(d.ignored.len(), 1, "{other}: {:?}", d.ignored);
    }
}

#[test]
fn malformed_escapes_are_set_aside() {
    let d = decode("v=1&age=%ZZ&rqth=%E9", official(), today()).unwrap();
    // « %ZZ » is no escape: read as written, and no age.
    assert_eq!(
        d.ignored,
        [
            SetAside::Value {
                key: "age".into(),
                value: "%ZZ".into(),
                wanted: Wanted::Number { min: 14, max: 100 }
            },
            SetAside::UnreadableCharacters("rqth=%E9".into())
        ]
    );
}

#[test]
fn a_link_carries_the_route_followed_and_its_marks_both_ways() {
    use crate::store::{Progress, StepStatus};
    let d = decode(
        "v=1&situation=demandeur-emploi&suivi=terrain&etapes=mn-ccp1.formation:fait,mn-ccp1.experience:en-cours",
        official(),
        today(),
    )
    .unwrap();
    assert!(d.ignored.is_empty(), "{:?}", d.ignored);
    assert_eq!(d.progress.followed.as_deref(), Some("terrain"));
    assert_eq!(
        d.progress.status("terrain/mn-ccp1/formation"),
        StepStatus::Done
    );
    assert_eq!(
        d.progress.status("terrain/mn-ccp1/experience"),
        StepStatus::InProgress
    );
    let query = encode_in(&d.profile, &d.progress, Lang::Fr);
    let back = decode(&query, official(), today()).unwrap();
    assert_eq!(back.progress, d.progress);
    // Without a route followed, the link says nothing of progress.
    assert!(!encode_in(&d.profile, &Progress::default(), Lang::Fr).contains("suivi"));
}

#[test]
fn a_link_carries_what_the_person_has_done_in_the_job() {
    let d = decode(
        "v=1&activites=accueil,gestion-espace,gestion-espace,jardinage",
        official(),
        today(),
    )
    .unwrap();
    assert_eq!(
        d.profile.activities,
        [Activity::Welcoming, Activity::ManagingSpace]
    );
    assert_eq!(d.ignored, [SetAside::NotAnActivity("jardinage".into())]);
    let query = encode(&d.profile);
    assert!(
        query.contains("activites=accueil,gestion-espace"),
        "{query}"
    );
    assert_eq!(
        decode(&query, official(), today()).unwrap().profile,
        d.profile
    );
}
