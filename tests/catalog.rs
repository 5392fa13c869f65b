//! The catalog: what it must hold, and every validation rule, each fed a broken catalog.

use parcours::catalog::{self, Catalog, Confidence, Date, EquivalenceStatus, ModalityKind};

fn official() -> Catalog {
    catalog::official().clone()
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// The one error, checked to name the entry and the field.
/// The catalog has this error, and no other: each test breaks one thing.
fn only_error(c: &Catalog, entry: &str, field: &str, problem: &str) {
    exactly_errors(c, &[(entry, field, problem)]);
}

/// The catalog has exactly these errors (entry, field, words of the problem), in any order.
fn exactly_errors(c: &Catalog, expected: &[(&str, &str, &str)]) {
    let errors = catalog::validate(c);
    let matches = |e: &catalog::CatalogError, (entry, field, problem): &(&str, &str, &str)| {
        e.entry.contains(entry) && e.field == *field && e.problem.contains(problem)
    };
    assert!(
        errors.len() == expected.len()
            && expected
                .iter()
                .all(|x| errors.iter().any(|e| matches(e, x)))
            && errors
                .iter()
                .all(|e| expected.iter().any(|x| matches(e, x))),
        "expected exactly {expected:?}, got {errors:#?}"
    );
}

#[test]
fn shipped_catalog_is_valid_and_is_the_toml_file() {
    let parsed = catalog::from_toml(catalog::SOURCE_TOML).expect("catalog/catalog.toml is valid");
    // The wasm's catalog is a static written by build.rs: it must say exactly what the file says.
    assert_eq!(&parsed, catalog::official());
}

#[test]
fn holds_the_three_successive_titles_in_order() {
    let c = catalog::official();
    let cmn = c.title("cmn").unwrap();
    let remn = c.title("remn").unwrap();
    let mn = c.title("mn").unwrap();
    assert_eq!(cmn.replaced_by.as_deref(), Some("remn"));
    assert_eq!(remn.replaces.as_deref(), Some("cmn"));
    assert_eq!(remn.replaced_by.as_deref(), Some("mn"));
    assert_eq!(c.target_title().unwrap().id, "mn");
    assert_eq!(mn.level.value, Some(5));
    assert_eq!(mn.rncp.value.as_deref(), Some("RNCP40695"));
    assert_eq!(mn.in_force.value, Some(date("2025-07-13")));
    assert_eq!(remn.in_force.value, Some(date("2019-07-13")));
    assert_eq!(remn.level.value, Some(5));
    assert_eq!(remn.blocks.len(), 3);
    assert_eq!(cmn.blocks.len(), 3);
}

#[test]
fn remn_completion_window_is_flagged_as_derived() {
    let remn = catalog::official().title("remn").unwrap();
    assert_eq!(remn.completion_deadline.value, Some(date("2026-07-13")));
    assert_eq!(remn.completion_deadline.confidence, Confidence::Unverified);
    assert!(remn
        .completion_deadline
        .note
        .as_deref()
        .unwrap()
        .contains("règle générale"));
    // REMN's RNCP number comes from a single training organisation.
    assert_eq!(remn.rncp.confidence, Confidence::Unverified);
}

#[test]
fn unknowns_are_marked_unknown_not_guessed() {
    let c = catalog::official();
    let mn = c.title("mn").unwrap();
    assert_eq!(mn.end_of_validity.confidence, Confidence::Unknown);
    assert!(mn.end_of_validity.value.is_none());
    let (_, others) = c.block("mn-autres").unwrap();
    assert!(others.placeholder);
    assert_eq!(others.name.confidence, Confidence::Unknown);
    let (_, ccp1) = c.block("mn-ccp1").unwrap();
    assert_eq!(
        ccp1.name.confidence,
        Confidence::Unknown,
        "official CCP1 wording was not found"
    );
    assert_eq!(ccp1.competences.value.as_ref().unwrap().len(), 5);
    // The REMN → Médiateur numérique equivalence is not known: the app must not assume it.
    let eq = c
        .equivalences_from("remn-ccp1")
        .find(|e| e.to == "mn-ccp1")
        .unwrap();
    assert_eq!(eq.status, EquivalenceStatus::Unknown);
    assert!(eq.ask.as_deref().unwrap().contains("DREETS"));
    let proposed = c.title("mn-niveau4-propose").unwrap();
    assert_eq!(proposed.kind, catalog::TitleKind::Proposed);
}

#[test]
fn holds_every_modality_and_funding_scheme() {
    let c = catalog::official();
    for kind in [
        ModalityKind::Training,
        ModalityKind::Apprenticeship,
        ModalityKind::ContratPro,
        ModalityKind::VaeBlock,
        ModalityKind::VaeTitle,
        ModalityKind::CnInitial,
    ] {
        assert!(c.modality_of_kind(kind).is_some(), "{kind:?} missing");
    }
    for id in [
        "cpf",
        "cpf-public",
        "aif",
        "poei",
        "poec",
        "prf",
        "apprentissage-opco",
        "contrat-pro-opco",
        "pro-a",
        "ptp",
        "plan-employeur",
        "agefiph",
        "fiphfp",
        "france-vae",
        "cn-etat",
    ] {
        let s = c
            .scheme(id)
            .unwrap_or_else(|| panic!("scheme {id} missing"));
        assert!(
            s.apply_url.starts_with("https://"),
            "{id} has no official address"
        );
    }
    assert_eq!(c.rules.cpf_participation_cents.value, Some(10_320));
    assert_eq!(c.rules.apprenticeship_max_age.value, Some(29));
    assert_eq!(c.rules.apprenticeship_extended_max_age.value, Some(34));
    for title in ["pix", "clea-numerique", "rs5142"] {
        assert!(c.title(title).is_some(), "{title} missing");
    }
    assert!(c.glossary.iter().any(|g| g.term == "CCP"));
}

#[test]
fn every_source_is_used_and_reachable() {
    let c = catalog::official();
    let text = catalog::SOURCE_TOML;
    let unused: Vec<&str> = c
        .sources
        .iter()
        .filter(|s| text.matches(&format!("\"{}\"", s.id)).count() < 2)
        .map(|s| s.id.as_ref())
        .collect();
    assert!(
        unused.is_empty(),
        "sources defined but never cited: {unused:?}"
    );
}

#[test]
fn rejects_a_reference_to_an_undefined_source() {
    let mut c = official();
    c.titles.to_mut()[0]
        .name
        .sources
        .to_mut()
        .push("nulle-part".into());
    only_error(
        &c,
        "titre « cmn »",
        "name",
        "source « nulle-part » non définie",
    );
}

#[test]
fn rejects_an_equivalence_to_an_undefined_block() {
    let mut c = official();
    c.equivalences.to_mut()[0].to = "ccp-fantome".into();
    only_error(
        &c,
        "équivalence n°1",
        "to",
        "bloc « ccp-fantome » non défini",
    );
}

#[test]
fn rejects_undefined_titles_modalities_and_scopes() {
    // One break at a time, each on a fresh copy: each must be the only error.
    let mut c = official();
    c.titles.to_mut()[0].replaced_by = Some("titre-fantome".into());
    only_error(
        &c,
        "titre « cmn »",
        "replaced_by",
        "titre « titre-fantome » non défini",
    );
    let mut c = official();
    c.durations.to_mut()[0].modality = "teleportation".into();
    only_error(
        &c,
        "durée (teleportation",
        "modality",
        "modalité « teleportation » non définie",
    );
    let mut c = official();
    c.durations.to_mut()[1].scope = "nulle-part".into();
    only_error(
        &c,
        "durée (formation / nulle-part)",
        "scope",
        "ni bloc ni titre",
    );
    let mut c = official();
    c.funding.to_mut()[0]
        .modalities
        .to_mut()
        .push("teleportation".into());
    only_error(
        &c,
        "financement « cpf »",
        "modalities",
        "modalité « teleportation » non définie",
    );
}

#[test]
fn rejects_duplicate_ids() {
    let mut c = official();
    let copy = c.titles[1].blocks[0].clone();
    c.titles.to_mut()[2].blocks.to_mut().push(copy);
    only_error(&c, "bloc « remn-ccp1 »", "id", "en double");
    let mut c = official();
    let scheme = c.funding[0].clone();
    c.funding.to_mut().push(scheme);
    only_error(&c, "financement « cpf »", "id", "en double");
    let mut c = official();
    let source = c.sources[3].clone();
    c.sources.to_mut().push(source);
    only_error(&c, "source « anct-ccp1-validite »", "id", "en double");
}

#[test]
fn rejects_a_fact_without_a_source() {
    let mut c = official();
    c.titles.to_mut()[2].rncp.sources.to_mut().clear();
    only_error(&c, "titre « mn »", "rncp", "pas de source");
}

#[test]
fn rejects_a_fact_without_a_check_date_written_in_the_file() {
    let broken = catalog::SOURCE_TOML.replacen(
        "nsf = { value = \"335\", confidence = \"official\", sources = [\"tricoteuses-mn-2025\"], checked = \"2026-11-29\" }",
        "nsf = { value = \"335\", confidence = \"official\", sources = [\"tricoteuses-mn-2025\"] }",
        1,
    );
    assert_ne!(
        broken,
        catalog::SOURCE_TOML,
        "the test's anchor text is gone from the catalog"
    );
    let errors = catalog::from_toml(&broken).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].entry, "titre « mn »");
    assert_eq!(errors[0].field, "nsf");
    assert!(errors[0].problem.contains("date de vérification"));
}

#[test]
fn rejects_a_check_date_after_the_catalog_date() {
    let mut c = official();
    c.funding.to_mut()[2].basis.checked = Some(date("2030-01-01"));
    only_error(
        &c,
        "financement « aif »",
        "basis",
        "après la date du catalogue",
    );
}

#[test]
fn rejects_incoherent_title_dates() {
    let mut c = official();
    c.titles.to_mut()[1].end_of_validity.value = Some(date("2018-01-01"));
    // Ending before it starts also leaves a gap before the title that replaces it.
    exactly_errors(
        &c,
        &[
            (
                "titre « remn »",
                "end_of_validity",
                "avant l'entrée en vigueur",
            ),
            (
                "titre « remn »",
                "replaced_by",
                "trou entre la fin de validité",
            ),
        ],
    );
    let mut c = official();
    c.titles.to_mut()[1].completion_deadline.value = Some(date("2025-01-01"));
    only_error(
        &c,
        "titre « remn »",
        "completion_deadline",
        "avant la fin de validité",
    );
    let mut c = official();
    c.titles.to_mut()[2].in_force.value = Some(date("2026-01-01"));
    only_error(
        &c,
        "titre « remn »",
        "replaced_by",
        "trou entre la fin de validité",
    );
}

#[test]
fn rejects_an_unknown_fact_that_does_not_say_where_to_ask() {
    let mut c = official();
    c.titles.to_mut()[2].end_of_validity.note = None;
    only_error(&c, "titre « mn »", "end_of_validity", "où vérifier");
}

#[test]
fn rejects_a_value_that_contradicts_its_confidence() {
    let mut c = official();
    c.titles.to_mut()[2].end_of_validity.value = Some(date("2030-07-13"));
    only_error(
        &c,
        "titre « mn »",
        "end_of_validity",
        "confiance est « unknown »",
    );
    let mut c = official();
    c.titles.to_mut()[2].level.value = None;
    only_error(&c, "titre « mn »", "level", "pas de valeur");
}

#[test]
fn rejects_an_unconfirmed_equivalence_without_someone_to_ask() {
    let mut c = official();
    let i = c
        .equivalences
        .iter()
        .position(|e| e.status != EquivalenceStatus::Official)
        .unwrap();
    c.equivalences.to_mut()[i].ask = None;
    only_error(
        &c,
        &format!("équivalence n°{}", i + 1),
        "ask",
        "à qui demander",
    );
}

#[test]
fn rejects_ranges_and_levels_out_of_order() {
    let mut c = official();
    let i = c
        .durations
        .iter()
        .position(|d| d.hours.value.is_some())
        .unwrap();
    c.durations.to_mut()[i].hours.value = Some(catalog::Range { min: 400, max: 10 });
    only_error(&c, "durée (", "hours", "plus grand que max");
    let mut c = official();
    c.titles.to_mut()[1].level.value = Some(12);
    only_error(&c, "titre « remn »", "level", "hors du cadre national");
}

#[test]
fn requires_exactly_one_target_title() {
    let mut c = official();
    c.titles.to_mut()[1].is_target = true;
    only_error(
        &c,
        "titres",
        "is_target",
        "exactement un titre visé, il y en a 2",
    );
}

#[test]
fn rejects_an_unreadable_file_with_its_position() {
    let errors = catalog::from_toml("[meta]\nchecked = \"pas une date\"\n").unwrap_err();
    assert_eq!(errors[0].entry, "fichier");
    assert!(errors[0].problem.contains("AAAA-MM-JJ"), "{errors:?}");
    assert!(errors[0].field.starts_with("octets"), "{errors:?}");
}
