//! How likely each condition of a route is for this person: likely (a step they take, such as
//! asking for a quote), uncertain (someone else decides, or an answer may close it) or unlikely
//! (it rarely holds in their situation). docs/planner.md has the table. A route with an unlikely
//! condition is « Peu probable », and says why.

use super::profile::{Contract, Profile, Situation};
use super::types::Condition;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Likelihood {
    Likely,
    Uncertain,
    Unlikely,
}

/// Why a condition is unlikely for this person: what the route says beside « Peu probable ».
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnlikelyBecause {
    /// A new work-study contract for someone on a CDI: it means leaving that job for a new
    /// employer.
    NewContractOnCdi,
    /// The RSA, the ASS or the AAH, not answered, for someone in work: rarely received in work.
    MinimaInWork,
    /// Registering with France Travail as a job seeker, for someone in work.
    RegisterInWork,
    /// Past the apprenticeship age limits: only rare exceptions.
    ApprenticeshipException,
    /// A VAE with less experience than it asks.
    VaeExperienceShort,
}

/// In work: an employee, a public agent or a conseiller numérique.
fn in_work(p: &Profile) -> bool {
    matches!(
        p.situation,
        Some(Situation::Employee | Situation::PublicAgent | Situation::ConseillerNumerique)
    )
}

/// How likely `c` is for `p`, and why when it is unlikely.
pub fn likelihood(c: &Condition, p: &Profile) -> (Likelihood, Option<UnlikelyBecause>) {
    use Likelihood::{Likely, Uncertain};
    let unlikely = |why| (Likelihood::Unlikely, Some(why));
    match c {
        // Ways the person can choose, or a step they take. The employer's agreement has its
        // way round (training in one's own time, which the route lists beside it); the VAE
        // leave too (the VAE outside working time).
        Condition::PriceToAsk
        | Condition::OwnTime
        | Condition::VaeLeave { .. }
        | Condition::EmployerAgreement { .. } => (Likely, None),
        Condition::RegisterJobSeeker if in_work(p) => unlikely(UnlikelyBecause::RegisterInWork),
        Condition::RegisterJobSeeker => (Likely, None),
        Condition::EmployerHires if in_work(p) && p.contract == Some(Contract::Cdi) => {
            unlikely(UnlikelyBecause::NewContractOnCdi)
        }
        Condition::ReceivesMinimaSociaux if in_work(p) && p.rsa_ass_aah.is_none() => {
            unlikely(UnlikelyBecause::MinimaInWork)
        }
        Condition::ApprenticeshipException => unlikely(UnlikelyBecause::ApprenticeshipException),
        Condition::VaeExperience { have: Some(_), .. } => {
            unlikely(UnlikelyBecause::VaeExperienceShort)
        }
        // An answer may close it, or someone else decides.
        Condition::TellSituation
        | Condition::TellAge
        | Condition::EmployerHires
        | Condition::ReceivesMinimaSociaux
        | Condition::CollegeFinished
        | Condition::PreviousApprenticeship
        | Condition::CnfptFunds
        | Condition::VaeExperience { .. }
        | Condition::FindMediationWork
        | Condition::FundingAgreed { .. }
        | Condition::EquivalenceConfirmed
        | Condition::GapClosed { .. } => (Uncertain, None),
    }
}

/// Why the route is unlikely for `p`: each unlikely condition's reason, once.
pub fn unlikely_because(conditions: &[Condition], p: &Profile) -> Vec<UnlikelyBecause> {
    let mut out = Vec::new();
    for why in conditions.iter().filter_map(|c| likelihood(c, p).1) {
        if !out.contains(&why) {
            out.push(why);
        }
    }
    out
}

/// How many of the conditions are uncertain for `p`.
pub fn uncertain(conditions: &[Condition], p: &Profile) -> usize {
    conditions
        .iter()
        .filter(|c| likelihood(c, p).0 == Likelihood::Uncertain)
        .count()
}
