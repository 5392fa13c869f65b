//! Who each funding scheme is open to. The rules are code; their numbers and limits are
//! facts of the catalog (`[rules]`), whose sources travel with every verdict.

use super::contracts::{apprenticeship, contrat_pro, ptp};
use super::profile::{Contract, Employer, Profile, Situation};
use super::types::{FundingOption, Reason, ToPay, Verdict};
use crate::catalog::{owned, Catalog, Confidence, Fact, ModalityKind};

/// The profile read the way the rules need it.
pub(crate) struct Person<'a> {
    pub p: &'a Profile,
}

impl Person<'_> {
    pub fn situation(&self) -> Option<Situation> {
        self.p.situation
    }
    /// A public agent, or employed by a public employer. The employer counts only while the
    /// situation has one: a job seeker who once answered « collectivité » is not an agent.
    pub fn is_public(&self) -> bool {
        self.p.situation == Some(Situation::PublicAgent)
            || (self.is_employed() && self.p.employer.is_some_and(Employer::is_public))
    }
    /// Has an employer (employee, public agent, conseiller numérique).
    pub fn is_employed(&self) -> bool {
        self.p.has_employer()
    }
    /// The employer, while the situation has one.
    pub fn employer(&self) -> Option<Employer> {
        self.p.employer.filter(|_| self.is_employed())
    }
    /// Holds a CCP1 of any title, alone or within a whole title.
    pub fn holds_a_ccp1(&self, c: &Catalog) -> bool {
        let ccp1 = |id: &str| c.block(id).is_some_and(|(_, b)| b.code == "CCP1");
        self.p.held.iter().any(|h| ccp1(&h.block))
            || self.p.held_titles.iter().any(|t| {
                c.title(&t.title)
                    .is_some_and(|t| t.blocks.iter().any(|b| b.code == "CCP1"))
            })
    }
    pub fn age(&self) -> Option<u32> {
        self.p.age.map(|a| a.clamp(0, 200) as u32)
    }
    pub fn months(v: Option<i64>) -> Option<u32> {
        v.map(|m| m.clamp(0, 10_000) as u32)
    }
}

pub(crate) fn num<T: Copy + Default>(f: &Fact<T>) -> T {
    // The validator refuses a rule without a value, so the default is never used.
    f.value.unwrap_or_default()
}

pub(crate) struct Ruling {
    verdict: Verdict,
    reason: Reason,
    to_pay: ToPay,
    /// Rule facts the ruling used (their sources are added).
    facts: Vec<Vec<String>>,
    /// Every rule fact used is official.
    official: bool,
}

pub(crate) fn rule(verdict: Verdict, reason: Reason, to_pay: ToPay) -> Ruling {
    Ruling {
        verdict,
        reason,
        to_pay,
        facts: Vec::new(),
        official: true,
    }
}

impl Ruling {
    pub(crate) fn using<T>(mut self, fact: &Fact<T>) -> Ruling {
        self.facts.push(owned(&fact.sources));
        self.official &= fact.confidence == Confidence::Official;
        self
    }
}

use Verdict::{Check, Eligible, NotEligible};

/// The CPF's ceiling for this person, in euros: the higher one below level 3 or with an RQTH.
pub(crate) fn cpf_cap<'c>(c: &'c Catalog, person: &Person) -> &'c Fact<u32> {
    let rules = &c.rules;
    let p = person.p;
    let low = p
        .diploma_level
        .is_some_and(|l| l < i64::from(num(&rules.cpf_low_qualified_below_level)))
        || p.rqth == Some(true);
    if low {
        &rules.cpf_cap_low_qualified_eur
    } else {
        &rules.cpf_cap_eur
    }
}

/// Every scheme of the catalog that can fund this modality, with its verdict for this person.
pub(crate) fn options(
    catalog: &Catalog,
    person: &Person,
    modality_id: &str,
    kind: ModalityKind,
) -> Vec<FundingOption> {
    let mut out: Vec<FundingOption> = catalog
        .funding
        .iter()
        .filter(|s| s.modalities.iter().any(|m| m == modality_id))
        .map(|scheme| {
            let r = ruling(&scheme.id, catalog, person, kind);
            let confirmed = r.official && scheme.basis.confidence == Confidence::Official;
            let mut sources = owned(&scheme.basis.sources);
            for s in r.facts.into_iter().flatten() {
                if !sources.contains(&s) {
                    sources.push(s);
                }
            }
            FundingOption {
                scheme: scheme.id.to_string(),
                verdict: r.verdict,
                reason: r.reason,
                sources,
                to_pay: r.to_pay,
                top_up: matches!(scheme.id.as_ref(), "agefiph" | "fiphfp"),
                confirmed,
            }
        })
        .collect();
    // Eligible first, then possible, then closed; the catalog's order within each.
    crate::sort::sort_by(&mut out, |a, b| a.verdict.cmp(&b.verdict));
    out
}

fn ruling(scheme: &str, c: &Catalog, person: &Person, kind: ModalityKind) -> Ruling {
    let rules = &c.rules;
    let p = person.p;
    let situation = person.situation();
    match scheme {
        "cpf" => {
            let participation = num(&rules.cpf_participation_cents);
            let year = num(&rules.cpf_participation_year);
            let cap_fact = cpf_cap(c, person);
            let cap = num(cap_fact);
            if person.is_public() {
                return rule(NotEligible, Reason::CpfPublicAgentsInHours, ToPay::Unknown);
            }
            let min_age = u32::from(num(&rules.cpf_min_age));
            if person.age().is_some_and(|a| a < min_age) {
                return rule(NotEligible, Reason::CpfFromAge { min_age }, ToPay::Unknown)
                    .using(&rules.cpf_min_age);
            }
            match situation {
                None => rule(
                    Check,
                    Reason::SituationUnknown,
                    ToPay::AtLeast {
                        cents: participation,
                    },
                )
                .using(&rules.cpf_participation_cents),
                // The exemption is for job seekers registered with France Travail.
                Some(Situation::JobSeeker) if p.registered_job_seeker == Some(true) => rule(
                    Eligible,
                    Reason::CpfJobSeekerExempt { cap_eur: cap },
                    ToPay::AtLeast { cents: 0 },
                )
                .using(cap_fact),
                Some(
                    Situation::JobSeeker
                    | Situation::Employee
                    | Situation::SelfEmployed
                    | Situation::ConseillerNumerique,
                ) => {
                    let (participation_cents, cap_eur) = (participation, cap);
                    let reason = match (situation, p.registered_job_seeker) {
                        (Some(Situation::JobSeeker), Some(false)) => {
                            Reason::CpfJobSeekerNotRegistered {
                                participation_cents,
                                year,
                                cap_eur,
                            }
                        }
                        (Some(Situation::JobSeeker), _) => Reason::CpfJobSeekerIfRegistered {
                            participation_cents,
                            year,
                            cap_eur,
                        },
                        (Some(Situation::SelfEmployed), _) => Reason::CpfOpenSelfEmployed {
                            participation_cents,
                            year,
                            cap_eur,
                        },
                        _ => Reason::CpfOpen {
                            participation_cents,
                            year,
                            cap_eur,
                        },
                    };
                    rule(
                        Eligible,
                        reason,
                        ToPay::AtLeast {
                            cents: participation,
                        },
                    )
                    .using(&rules.cpf_participation_cents)
                    .using(cap_fact)
                }
                Some(Situation::Student | Situation::NoActivity | Situation::PublicAgent) => rule(
                    Check,
                    Reason::CpfOnlyIfWorked,
                    ToPay::AtLeast {
                        cents: participation,
                    },
                )
                .using(&rules.cpf_participation_cents),
            }
        }
        "cpf-public" => {
            if person.is_public() {
                rule(
                    Check,
                    Reason::CpfPublicHours {
                        hours_per_year: num(&rules.cpf_public_hours_per_year),
                        cap_hours: num(&rules.cpf_public_hours_cap),
                        hours_per_year_c: num(&rules.cpf_public_hours_per_year_c),
                        cap_hours_c: num(&rules.cpf_public_hours_cap_c),
                    },
                    ToPay::Nothing,
                )
                .using(&rules.cpf_public_hours_per_year)
                .using(&rules.cpf_public_hours_cap)
                .using(&rules.cpf_public_hours_per_year_c)
                .using(&rules.cpf_public_hours_cap_c)
            } else if situation.is_none() {
                rule(Check, Reason::SituationUnknown, ToPay::Nothing)
            } else {
                rule(NotEligible, Reason::CpfPublicOnly, ToPay::Unknown)
            }
        }
        // Registration with France Travail comes first, whatever the situation.
        "aif" => match (situation, p.registered_job_seeker) {
            (Some(Situation::JobSeeker) | None, Some(false)) | (Some(Situation::NoActivity), _) => {
                rule(Check, Reason::AifRegisterFirst, ToPay::AtLeast { cents: 0 })
            }
            (Some(Situation::JobSeeker), _) => rule(
                Check,
                Reason::AifAdviserValidates,
                ToPay::AtLeast { cents: 0 },
            ),
            (None, _) => rule(Check, Reason::SituationUnknown, ToPay::AtLeast { cents: 0 }),
            _ => rule(NotEligible, Reason::AifJobSeekersOnly, ToPay::Unknown),
        },
        "poei" => match situation {
            Some(Situation::JobSeeker) => rule(Check, Reason::PoeiNeedsJobOffer, ToPay::Nothing),
            Some(Situation::NoActivity) => rule(Check, Reason::AifRegisterFirst, ToPay::Nothing),
            None => rule(Check, Reason::SituationUnknown, ToPay::Nothing),
            _ => rule(NotEligible, Reason::JobSeekersOnly, ToPay::Unknown),
        },
        "poec" => match (situation, p.registered_job_seeker) {
            (Some(Situation::JobSeeker) | None, Some(false)) | (Some(Situation::NoActivity), _) => {
                rule(Check, Reason::AifRegisterFirst, ToPay::Nothing)
            }
            (Some(Situation::JobSeeker), _) => rule(Check, Reason::PoecNoneFound, ToPay::Nothing),
            (None, _) => rule(Check, Reason::SituationUnknown, ToPay::Nothing),
            _ => rule(NotEligible, Reason::JobSeekersOnly, ToPay::Unknown),
        },
        "prf" => match situation {
            Some(Situation::JobSeeker) => {
                rule(Check, Reason::PrfJobSeekers, ToPay::AtLeast { cents: 0 })
            }
            None => rule(Check, Reason::SituationUnknown, ToPay::AtLeast { cents: 0 }),
            // Regions set their own rules: some open their places to others than job seekers.
            _ => rule(
                Check,
                Reason::PrfMostlyJobSeekers,
                ToPay::AtLeast { cents: 0 },
            ),
        },
        "apprentissage-opco" => apprenticeship(c, person),
        "contrat-pro-opco" => contrat_pro(c, person),
        "pro-a" => {
            let below = num(&rules.pro_a_below_level);
            match situation {
                None => rule(Check, Reason::SituationUnknown, ToPay::Nothing),
                Some(Situation::Employee | Situation::ConseillerNumerique)
                    if !person.is_public() =>
                {
                    match (p.contract, p.diploma_level) {
                        (Some(Contract::Cdd | Contract::Other), _) => {
                            rule(NotEligible, Reason::ProACdiOnly, ToPay::Unknown)
                        }
                        (_, Some(l)) if l >= i64::from(below) => rule(
                            NotEligible,
                            Reason::ProADiplomaTooHigh {
                                level: l.clamp(0, 8) as u32,
                                below: u32::from(below),
                            },
                            ToPay::Unknown,
                        )
                        .using(&rules.pro_a_below_level),
                        _ => rule(Check, Reason::ProAEligible, ToPay::Nothing)
                            .using(&rules.pro_a_below_level),
                    }
                }
                _ => rule(NotEligible, Reason::ProAEmployeesOnly, ToPay::Unknown),
            }
        }
        "ptp" => ptp(c, person),
        "plan-employeur" => {
            if person.is_employed() {
                rule(Check, Reason::EmployerDecides, ToPay::Nothing)
            } else if situation.is_none() {
                rule(Check, Reason::SituationUnknown, ToPay::Nothing)
            } else {
                rule(NotEligible, Reason::NoEmployer, ToPay::Unknown)
            }
        }
        "agefiph" => match p.rqth {
            Some(false) => rule(NotEligible, Reason::RqthOnly, ToPay::Unknown),
            _ if person.is_public() => {
                rule(NotEligible, Reason::AgefiphPrivateOnly, ToPay::Unknown)
            }
            Some(true) => rule(Check, Reason::AgefiphTopUp, ToPay::AtLeast { cents: 0 }),
            None => rule(Check, Reason::RqthUnknown, ToPay::AtLeast { cents: 0 }),
        },
        "fiphfp" => match p.rqth {
            Some(false) => rule(NotEligible, Reason::RqthOnly, ToPay::Unknown),
            _ if !person.is_public() && situation.is_some() => {
                rule(NotEligible, Reason::FiphfpPublicOnly, ToPay::Unknown)
            }
            Some(true) => rule(Check, Reason::FiphfpTopUp, ToPay::AtLeast { cents: 0 }),
            None => rule(Check, Reason::RqthUnknown, ToPay::AtLeast { cents: 0 }),
        },
        "france-vae" => rule(Check, Reason::FranceVaeUnlikely, ToPay::Unknown),
        "cn-etat" => {
            if situation == Some(Situation::ConseillerNumerique) && kind == ModalityKind::CnInitial
            {
                // One initial training is funded, and a CCP1 holder may be exempted from it.
                if person.holds_a_ccp1(c) {
                    rule(Check, Reason::CnAlreadyHoldsCcp1, ToPay::Nothing)
                } else {
                    rule(Eligible, Reason::CnStateFunded, ToPay::Nothing)
                }
            } else {
                rule(NotEligible, Reason::CnHiredOnly, ToPay::Unknown)
            }
        }
        // A scheme added to the catalog before its rule: shown, never as eligible.
        _ => rule(Check, Reason::SituationUnknown, ToPay::Unknown),
    }
}
