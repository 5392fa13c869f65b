//! The rules of the work-study contracts and of Transitions Pro: ages, statuses and seniority,
//! with the facts of the catalog's `[rules]` they read.

use super::funding::{num, rule, Person, Ruling};
use super::profile::{Contract, Employer, Situation};
use super::types::{Reason, ToPay, Verdict};
use crate::catalog::Catalog;
use Verdict::{Check, Eligible, NotEligible};

/// Apprenticeship: 16 to 29 (15 once collège is finished), up to 34 after a previous
/// apprenticeship contract ended less than a year ago (the law as the catalog's
/// `apprenticeship_extended_max_age` gives it, with its source), no limit with an RQTH.
pub(crate) fn apprenticeship(c: &Catalog, person: &Person) -> Ruling {
    let r = &c.rules;
    let (min, youngest, max, ext) = (
        u32::from(num(&r.apprenticeship_min_age)),
        u32::from(num(&r.apprenticeship_min_age_after_college)),
        u32::from(num(&r.apprenticeship_max_age)),
        u32::from(num(&r.apprenticeship_extended_max_age)),
    );
    let local = person.employer() == Some(Employer::LocalAuthority);
    let recent = person.p.recent_apprenticeship;
    let ruling = match (person.age(), person.p.rqth) {
        (Some(age), _) if age < youngest => rule(
            NotEligible,
            Reason::ApprenticeTooYoung { age, min: youngest },
            ToPay::Unknown,
        ),
        // The RQTH lifts the upper age limit only: at 15, collège must be finished still.
        (Some(age), _) if age < min => rule(
            Check,
            Reason::ApprenticeAfterCollege { age },
            ToPay::Nothing,
        ),
        (_, Some(true)) => rule(Eligible, Reason::ApprenticeRqthNoLimit, ToPay::Nothing),
        (Some(age), _) if age <= max && local => {
            rule(Check, Reason::ApprenticeLocalAuthorityCnfpt, ToPay::Nothing)
        }
        (Some(age), _) if age <= max => {
            rule(Eligible, Reason::ApprenticeAge { age, max }, ToPay::Nothing)
        }
        // Past 29 the law asks for a previous apprenticeship contract ended less than a year
        // ago (the catalog's `apprenticeship_extended_max_age` note, with its source).
        (Some(age), rqth) if age <= ext && recent == Some(false) => rule(
            if rqth == Some(false) {
                NotEligible
            } else {
                Check
            },
            Reason::ApprenticeNoRecentContract { age, max },
            if rqth == Some(false) {
                ToPay::Unknown
            } else {
                ToPay::Nothing
            },
        ),
        (Some(age), _) if age <= ext => rule(
            Check,
            Reason::ApprenticeExtendedAge {
                age,
                max,
                extended: ext,
                recent,
            },
            ToPay::Nothing,
        ),
        // Over 34 without an RQTH known: only the rarer exceptions (business creation, athletes).
        (Some(age), None) => rule(
            Check,
            Reason::ApprenticeTooOld { age, extended: ext },
            ToPay::Nothing,
        ),
        (Some(age), Some(false)) => rule(
            NotEligible,
            Reason::ApprenticeTooOld { age, extended: ext },
            ToPay::Unknown,
        ),
        (None, _) => rule(Check, Reason::ApprenticeAgeUnknown { max }, ToPay::Nothing),
    };
    ruling
        .using(&r.apprenticeship_min_age)
        .using(&r.apprenticeship_min_age_after_college)
        .using(&r.apprenticeship_max_age)
        .using(&r.apprenticeship_extended_max_age)
}

/// Contrat de professionnalisation: 16 to 25; past 25, registered job seekers and people who
/// receive the RSA, the ASS or the AAH. Not for State or local-authority employers.
pub(crate) fn contrat_pro(c: &Catalog, person: &Person) -> Ruling {
    let r = &c.rules;
    let max = u32::from(num(&r.contrat_pro_max_age_without_status));
    if person.is_public() && person.is_employed() {
        return rule(
            NotEligible,
            Reason::ContratProPublicEmployer,
            ToPay::Unknown,
        );
    }
    let p = person.p;
    let seeker = person.situation() == Some(Situation::JobSeeker);
    let ruling = match person.age() {
        Some(age) if age < 16 => rule(
            NotEligible,
            Reason::ContratProTooYoung { age },
            ToPay::Unknown,
        ),
        Some(age) if age <= max => {
            rule(Eligible, Reason::ContratProAge { age, max }, ToPay::Nothing)
        }
        _ if p.rsa_ass_aah == Some(true) => {
            rule(Eligible, Reason::ContratProMinimaSociaux, ToPay::Nothing)
        }
        _ if seeker && p.registered_job_seeker == Some(true) => {
            rule(Eligible, Reason::ContratProJobSeeker, ToPay::Nothing)
        }
        None => rule(Check, Reason::ContratProAgeUnknown { max }, ToPay::Nothing),
        _ if seeker && p.registered_job_seeker.is_none() => rule(
            Check,
            Reason::ContratProIfRegistered { max },
            ToPay::Nothing,
        ),
        _ if seeker => rule(
            Check,
            Reason::ContratProRegisterFirst { max },
            ToPay::Nothing,
        ),
        _ if p.rsa_ass_aah.is_none() => rule(
            Check,
            Reason::ContratProIfMinimaSociaux { max },
            ToPay::Nothing,
        ),
        _ => rule(
            NotEligible,
            Reason::ContratProOtherPublics { max },
            ToPay::Unknown,
        ),
    };
    ruling.using(&r.contrat_pro_max_age_without_status)
}

/// Transitions Pro: private employees changing occupation. On a CDI, 24 months as an employee
/// in all, 12 of them with the current employer; no condition with an RQTH.
pub(crate) fn ptp(c: &Catalog, person: &Person) -> Ruling {
    let r = &c.rules;
    let needed = num(&r.ptp_seniority_months);
    let in_company = num(&r.ptp_seniority_in_company_months);
    let p = person.p;
    let ruling = match p.situation {
        None => rule(Check, Reason::SituationUnknown, ToPay::Nothing),
        Some(Situation::ConseillerNumerique) => {
            rule(NotEligible, Reason::PtpAlreadyInTheJob, ToPay::Unknown)
        }
        Some(Situation::Employee) if !person.is_public() => {
            match (p.rqth, p.contract, Person::months(p.seniority_months)) {
                (Some(true), _, _) => rule(Check, Reason::PtpRqthNoSeniority, ToPay::Nothing),
                (_, Some(Contract::Cdd | Contract::Other), _) => {
                    rule(Check, Reason::PtpCddRules, ToPay::Nothing)
                }
                (_, Some(Contract::Cdi), Some(m)) if m < in_company => rule(
                    NotEligible,
                    Reason::PtpSeniorityShort {
                        months: m,
                        needed: in_company,
                    },
                    ToPay::Unknown,
                ),
                // The contract not said: the CDD rule may open it.
                (_, None, Some(m)) if m < in_company => rule(
                    Check,
                    Reason::PtpShortUnlessCdd {
                        months: m,
                        needed: in_company,
                    },
                    ToPay::Nothing,
                ),
                // Someone already holding a mediation title or block may already be in the job:
                // Transitions Pro funds a change of occupation (the present job is not asked).
                _ if !p.held.is_empty() || !p.held_titles.is_empty() => {
                    rule(Check, Reason::PtpIfNotAlreadyInTheJob, ToPay::Nothing)
                }
                // The months with earlier employers count too: not asked, so to check.
                (_, _, Some(m)) if m < needed => rule(
                    Check,
                    Reason::PtpTotalToCheck {
                        months: m,
                        needed,
                        in_company,
                    },
                    ToPay::Nothing,
                ),
                (_, _, Some(m)) => rule(
                    Check,
                    Reason::PtpSeniorityMet { months: m, needed },
                    ToPay::Nothing,
                ),
                (_, _, None) => rule(
                    Check,
                    Reason::PtpSeniorityUnknown { needed, in_company },
                    ToPay::Nothing,
                ),
            }
        }
        Some(_) => rule(NotEligible, Reason::PtpPrivateEmployeesOnly, ToPay::Unknown),
    };
    ruling
        .using(&r.ptp_seniority_months)
        .using(&r.ptp_seniority_in_company_months)
}
