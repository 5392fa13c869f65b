//! Rejects a broken catalog with messages that name the entry and the field.
//! Runs in build.rs (a broken catalog does not build) and in the native tests.

use crate::date::Date;
use crate::model::*;
use std::collections::HashSet;
use std::fmt;

/// One problem in the catalog: which entry, which field, what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogError {
    pub entry: String,
    pub field: String,
    pub problem: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} › {} : {}", self.entry, self.field, self.problem)
    }
}

struct Checker<'a> {
    catalog: &'a Catalog,
    source_ids: HashSet<&'a str>,
    errors: Vec<CatalogError>,
}

impl<'a> Checker<'a> {
    fn err(&mut self, entry: &str, field: &str, problem: impl Into<String>) {
        self.errors.push(CatalogError {
            entry: entry.to_string(),
            field: field.to_string(),
            problem: problem.into(),
        });
    }

    fn provenance(
        &mut self,
        entry: &str,
        field: &str,
        confidence: Confidence,
        sources: &[Text],
        checked: Option<Date>,
        note: &Option<Text>,
    ) {
        match checked {
            None => self.err(entry, field, "pas de date de vérification (checked)"),
            Some(d) if d > self.catalog.meta.checked => self.err(
                entry,
                field,
                format!(
                    "vérifié le {d}, après la date du catalogue ({})",
                    self.catalog.meta.checked
                ),
            ),
            Some(_) => {}
        }
        if confidence == Confidence::Unknown {
            if note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                self.err(
                    entry,
                    field,
                    "fait inconnu sans note disant où vérifier (note)",
                );
            }
        } else if sources.is_empty() {
            self.err(entry, field, "pas de source (sources)");
        }
        for s in sources {
            if !self.source_ids.contains(s.as_ref()) {
                self.err(
                    entry,
                    field,
                    format!("source « {s} » non définie dans [[sources]]"),
                );
            }
        }
    }

    fn fact<T>(&mut self, entry: &str, field: &str, fact: &Fact<T>) {
        self.provenance(
            entry,
            field,
            fact.confidence,
            &fact.sources,
            fact.checked,
            &fact.note,
        );
        match (&fact.value, fact.confidence) {
            (Some(_), Confidence::Unknown) => self.err(
                entry,
                field,
                "une valeur est donnée mais la confiance est « unknown »",
            ),
            (None, c) if c != Confidence::Unknown => self.err(
                entry,
                field,
                "pas de valeur (value) alors que le fait n'est pas « unknown »",
            ),
            _ => {}
        }
    }

    fn basis(&mut self, entry: &str, basis: &Basis) {
        self.provenance(
            entry,
            "basis",
            basis.confidence,
            &basis.sources,
            basis.checked,
            &basis.note,
        );
    }

    fn range(&mut self, entry: &str, field: &str, fact: &Fact<Range>) {
        self.fact(entry, field, fact);
        if let Some(r) = fact.value {
            if r.min > r.max {
                self.err(
                    entry,
                    field,
                    format!("min ({}) plus grand que max ({})", r.min, r.max),
                );
            }
        }
    }

    fn unique<'b>(&mut self, kind: &str, ids: impl Iterator<Item = &'b str>) -> HashSet<&'b str> {
        let mut seen = HashSet::new();
        for id in ids {
            if id.trim().is_empty() {
                self.err(kind, "id", "identifiant vide");
            } else if !seen.insert(id) {
                self.err(&format!("{kind} « {id} »"), "id", "identifiant en double");
            }
        }
        seen
    }
}

/// Every problem found, in file order; empty when the catalog is sound.
pub fn validate(catalog: &Catalog) -> Vec<CatalogError> {
    let mut c = Checker {
        catalog,
        source_ids: HashSet::new(),
        errors: Vec::new(),
    };
    let sources = c.unique("source", catalog.sources.iter().map(|s| s.id.as_ref()));
    c.source_ids = sources;
    for s in catalog.sources.iter() {
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
            c.err(
                &format!("source « {} »", s.id),
                "url",
                "adresse qui ne commence pas par https://",
            );
        }
    }
    let titles = c.unique("titre", catalog.titles.iter().map(|t| t.id.as_ref()));
    let blocks = c.unique(
        "bloc",
        catalog
            .titles
            .iter()
            .flat_map(|t| t.blocks.iter().map(|b| b.id.as_ref())),
    );
    let modalities = c.unique("modalité", catalog.modalities.iter().map(|m| m.id.as_ref()));
    c.unique("financement", catalog.funding.iter().map(|f| f.id.as_ref()));

    match catalog.titles.iter().filter(|t| t.is_target).count() {
        1 => {}
        n => c.err(
            "titres",
            "is_target",
            format!("il faut exactement un titre visé, il y en a {n}"),
        ),
    }

    let r = &catalog.rules;
    let rules: [(&str, &Fact<u32>); 8] = [
        ("completion_window_months", &r.completion_window_months),
        ("cpf_participation_cents", &r.cpf_participation_cents),
        ("cpf_participation_year", &r.cpf_participation_year),
        ("cpf_cap_eur", &r.cpf_cap_eur),
        ("cpf_cap_low_qualified_eur", &r.cpf_cap_low_qualified_eur),
        ("cpf_public_hours_per_year", &r.cpf_public_hours_per_year),
        ("cpf_public_hours_cap", &r.cpf_public_hours_cap),
        ("ptp_seniority_months", &r.ptp_seniority_months),
    ];
    for (field, fact) in rules {
        c.fact("rules", field, fact);
    }
    c.fact(
        "rules",
        "ptp_seniority_in_company_months",
        &r.ptp_seniority_in_company_months,
    );
    c.fact(
        "rules",
        "vae_expected_experience_months",
        &r.vae_expected_experience_months,
    );
    c.fact(
        "rules",
        "vae_no_legal_minimum_since",
        &r.vae_no_legal_minimum_since,
    );
    let money: [(&str, &Fact<u32>); 11] = [
        (
            "cpf_public_hours_per_year_c",
            &r.cpf_public_hours_per_year_c,
        ),
        ("cpf_public_hours_cap_c", &r.cpf_public_hours_cap_c),
        ("training_notice_days", &r.training_notice_days),
        ("training_notice_long_days", &r.training_notice_long_days),
        (
            "training_notice_long_after_months",
            &r.training_notice_long_after_months,
        ),
        ("employer_answer_days", &r.employer_answer_days),
        ("vae_leave_notice_days", &r.vae_leave_notice_days),
        ("vae_leave_answer_days", &r.vae_leave_answer_days),
        ("vae_leave_hours", &r.vae_leave_hours),
        ("aref_daily_minimum_cents", &r.aref_daily_minimum_cents),
        (
            "france_travail_pay_example_cents",
            &r.france_travail_pay_example_cents,
        ),
    ];
    for (field, fact) in money {
        c.fact("rules", field, fact);
    }
    for (field, fact, years) in [
        ("apprentice_pay", &r.apprentice_pay, 3),
        ("contrat_pro_pay", &r.contrat_pro_pay, 2),
    ] {
        c.fact("rules", field, fact);
        let bands = fact.value.as_deref().unwrap_or(&[]);
        let ordered = bands.windows(2).all(|w| w[0].from_age < w[1].from_age);
        let shaped = bands.iter().all(|b| b.percent.len() == years);
        if bands.is_empty() || !ordered || !shaped {
            c.err(
                "rules",
                field,
                format!("tranches d'âge croissantes, chacune avec {years} pourcentages"),
            );
        }
    }
    c.fact("rules", "smic", &r.smic);
    c.fact("rules", "title_required", &r.title_required);
    let smic = r.smic.value.as_deref().unwrap_or(&[]);
    if smic.is_empty() || !smic.windows(2).all(|w| w[0].from < w[1].from) {
        c.err("rules", "smic", "valeurs du SMIC par date croissante");
    }
    let ages: [(&str, &Fact<u8>); 8] = [
        (
            "cpf_low_qualified_below_level",
            &r.cpf_low_qualified_below_level,
        ),
        ("cpf_min_age", &r.cpf_min_age),
        ("apprenticeship_min_age", &r.apprenticeship_min_age),
        (
            "apprenticeship_min_age_after_college",
            &r.apprenticeship_min_age_after_college,
        ),
        ("apprenticeship_max_age", &r.apprenticeship_max_age),
        (
            "apprenticeship_extended_max_age",
            &r.apprenticeship_extended_max_age,
        ),
        (
            "contrat_pro_max_age_without_status",
            &r.contrat_pro_max_age_without_status,
        ),
        ("pro_a_below_level", &r.pro_a_below_level),
    ];
    for (field, fact) in ages {
        c.fact("rules", field, fact);
    }
    if let (Some(lo), Some(hi), Some(ext)) = (
        r.apprenticeship_min_age.value,
        r.apprenticeship_max_age.value,
        r.apprenticeship_extended_max_age.value,
    ) {
        if !(lo <= hi && hi <= ext) {
            c.err(
                "rules",
                "apprenticeship_*_age",
                "âges incohérents : il faut min ≤ max ≤ max étendu",
            );
        }
    }

    for t in catalog.titles.iter() {
        let e = format!("titre « {} »", t.id);
        c.basis(&e, &t.basis);
        c.fact(&e, "name", &t.name);
        c.fact(&e, "level", &t.level);
        c.fact(&e, "rncp", &t.rncp);
        c.fact(&e, "nsf", &t.nsf);
        c.fact(&e, "legal_text", &t.legal_text);
        c.fact(&e, "in_force", &t.in_force);
        c.fact(&e, "end_of_validity", &t.end_of_validity);
        c.fact(&e, "completion_deadline", &t.completion_deadline);
        if let Some(adds) = &t.adds {
            c.fact(&e, "adds", adds);
        }
        if let Some(level) = t.level.value {
            if !(1..=8).contains(&level) {
                c.err(
                    &e,
                    "level",
                    format!("niveau {level} hors du cadre national (1 à 8)"),
                );
            }
        }
        if let (Some(start), Some(end)) = (t.in_force.value, t.end_of_validity.value) {
            if end <= start {
                c.err(
                    &e,
                    "end_of_validity",
                    format!("fin de validité {end} avant l'entrée en vigueur {start}"),
                );
            }
        }
        if let (Some(end), Some(deadline)) = (t.end_of_validity.value, t.completion_deadline.value)
        {
            if deadline < end {
                c.err(
                    &e,
                    "completion_deadline",
                    format!("date limite {deadline} avant la fin de validité {end}"),
                );
            }
        }
        for (field, other) in [("replaces", &t.replaces), ("replaced_by", &t.replaced_by)] {
            if let Some(o) = other {
                if !titles.contains(o.as_ref()) {
                    c.err(&e, field, format!("titre « {o} » non défini"));
                }
            }
        }
        if let Some(next) = t.replaced_by.as_deref().and_then(|id| catalog.title(id)) {
            if next.replaces.as_deref() != Some(t.id.as_ref()) {
                c.err(
                    &e,
                    "replaced_by",
                    format!("« {} » ne dit pas qu'il le remplace (replaces)", next.id),
                );
            }
            if let (Some(end), Some(start)) = (t.end_of_validity.value, next.in_force.value) {
                if start > end {
                    c.err(&e, "replaced_by", format!("trou entre la fin de validité {end} et l'entrée en vigueur de « {} » {start}", next.id));
                }
            }
        }
        if t.is_target && t.blocks.is_empty() {
            c.err(&e, "blocks", "le titre visé n'a aucun bloc");
        }
        for b in t.blocks.iter() {
            let be = format!("bloc « {} »", b.id);
            c.fact(&be, "name", &b.name);
            c.fact(&be, "competences", &b.competences);
            c.fact(&be, "assessment", &b.assessment);
        }
    }

    for (i, q) in catalog.equivalences.iter().enumerate() {
        let e = format!("équivalence n°{} ({} → {})", i + 1, q.from, q.to);
        c.basis(&e, &q.basis);
        for (field, id) in [("from", &q.from), ("to", &q.to)] {
            if !blocks.contains(id.as_ref()) {
                c.err(&e, field, format!("bloc « {id} » non défini"));
            }
        }
        if q.status != EquivalenceStatus::Official
            && q.ask.as_deref().is_none_or(|a| a.trim().is_empty())
        {
            c.err(
                &e,
                "ask",
                "équivalence non officielle sans personne à qui demander",
            );
        }
    }

    for m in catalog.modalities.iter() {
        c.basis(&format!("modalité « {} »", m.id), &m.basis);
    }

    let mut seen_durations = HashSet::new();
    for d in catalog.durations.iter() {
        let e = format!("durée ({} / {})", d.modality, d.scope);
        if !modalities.contains(d.modality.as_ref()) {
            c.err(
                &e,
                "modality",
                format!("modalité « {} » non définie", d.modality),
            );
        }
        if !blocks.contains(d.scope.as_ref()) && !titles.contains(d.scope.as_ref()) {
            c.err(&e, "scope", format!("ni bloc ni titre « {} »", d.scope));
        }
        if !seen_durations.insert((d.modality.as_ref(), d.scope.as_ref())) {
            c.err(
                &e,
                "scope",
                "durée en double pour cette modalité et ce périmètre",
            );
        }
        c.range(&e, "months", &d.months);
        c.range(&e, "hours", &d.hours);
        c.range(&e, "cost_eur", &d.cost_eur);
    }

    for f in catalog.funding.iter() {
        let e = format!("financement « {} »", f.id);
        c.basis(&e, &f.basis);
        if f.modalities.is_empty() {
            c.err(&e, "modalities", "ne finance aucune modalité");
        }
        for m in f.modalities.iter() {
            if !modalities.contains(m.as_ref()) {
                c.err(&e, "modalities", format!("modalité « {m} » non définie"));
            }
        }
        if !f.apply_url.starts_with("https://") {
            c.err(&e, "apply_url", "adresse qui ne commence pas par https://");
        }
    }
    c.errors
}
