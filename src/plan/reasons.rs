//! Why the planner decided what it did, as codes with their figures: each funding verdict's and
//! prerequisite's [`Reason`], the plan's [`Warning`]s, and the [`Unknown`] answers that would make
//! it more precise. `i18n` puts each in words.

use crate::catalog::Date;
use serde::{Deserialize, Serialize};

/// Why: each decision of the planner, with the figures it used. `i18n` puts it in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "code")]
pub enum Reason {
    SituationUnknown,
    CpfOpen {
        participation_cents: u32,
        year: u32,
        cap_eur: u32,
    },
    /// Self-employed: no employer to top up the funding.
    CpfOpenSelfEmployed {
        participation_cents: u32,
        year: u32,
        cap_eur: u32,
    },
    CpfJobSeekerExempt {
        cap_eur: u32,
    },
    /// A job seeker not registered with France Travail pays the contribution.
    CpfJobSeekerNotRegistered {
        participation_cents: u32,
        year: u32,
        cap_eur: u32,
    },
    /// A job seeker who did not say whether they are registered.
    CpfJobSeekerIfRegistered {
        participation_cents: u32,
        year: u32,
        cap_eur: u32,
    },
    CpfPublicAgentsInHours,
    CpfOnlyIfWorked,
    /// Under the age the CPF opens at (an apprentice's is earlier, but apprenticeship is not
    /// paid by the CPF).
    CpfFromAge {
        min_age: u32,
    },
    /// A public agent's CPF in hours: both ceilings, the category not being asked.
    CpfPublicHours {
        hours_per_year: u32,
        cap_hours: u32,
        hours_per_year_c: u32,
        cap_hours_c: u32,
    },
    CpfPublicOnly,
    AifAdviserValidates,
    AifRegisterFirst,
    AifJobSeekersOnly,
    PoeiNeedsJobOffer,
    PoecNoneFound,
    JobSeekersOnly,
    PrfJobSeekers,
    PrfMostlyJobSeekers,
    ApprenticeAge {
        age: u32,
        max: u32,
    },
    ApprenticeRqthNoLimit,
    ApprenticeExtendedAge {
        age: u32,
        max: u32,
        extended: u32,
        /// A previous apprenticeship contract ended less than a year ago, as the person said.
        recent: Option<bool>,
    },
    ApprenticeTooOld {
        age: u32,
        extended: u32,
    },
    ApprenticeTooYoung {
        age: u32,
        min: u32,
    },
    /// At 15: once collège is finished.
    ApprenticeAfterCollege {
        age: u32,
    },
    /// From 30 to 34, no apprenticeship contract ended within a year: only the exceptions.
    ApprenticeNoRecentContract {
        age: u32,
        max: u32,
    },
    ApprenticeAgeUnknown {
        max: u32,
    },
    ApprenticeLocalAuthorityCnfpt,
    ContratProPublicEmployer,
    ContratProAge {
        age: u32,
        max: u32,
    },
    ContratProJobSeeker,
    /// Past 25 and receiving the RSA, the ASS or the AAH.
    ContratProMinimaSociaux,
    /// Past 25, a job seeker who did not say whether they are registered.
    ContratProIfRegistered {
        max: u32,
    },
    /// Past 25, a job seeker not registered: registering opens it.
    ContratProRegisterFirst {
        max: u32,
    },
    /// Past 25, not known whether the person receives the RSA, the ASS or the AAH.
    ContratProIfMinimaSociaux {
        max: u32,
    },
    ContratProOtherPublics {
        max: u32,
    },
    ContratProTooYoung {
        age: u32,
    },
    ContratProAgeUnknown {
        max: u32,
    },
    ProAEligible,
    ProACdiOnly,
    ProADiplomaTooHigh {
        level: u32,
        below: u32,
    },
    ProAEmployeesOnly,
    PtpSeniorityMet {
        months: u32,
        needed: u32,
    },
    PtpRqthNoSeniority,
    /// Under the months needed with the current employer: closed.
    PtpSeniorityShort {
        months: u32,
        needed: u32,
    },
    /// Enough months with the employer, fewer than the total needed: the whole career counts.
    PtpTotalToCheck {
        months: u32,
        needed: u32,
        in_company: u32,
    },
    PtpSeniorityUnknown {
        needed: u32,
        in_company: u32,
    },
    PtpCddRules,
    /// Under the months needed with the employer on a CDI, the contract not said: the CDD rule
    /// may apply.
    PtpShortUnlessCdd {
        months: u32,
        needed: u32,
    },
    PtpPrivateEmployeesOnly,
    PtpAlreadyInTheJob,
    /// Holds an earlier mediation title or block: Transitions Pro asks for a change of
    /// occupation, and the present job is not known.
    PtpIfNotAlreadyInTheJob,
    EmployerDecides,
    NoEmployer,
    AgefiphTopUp,
    FiphfpTopUp,
    RqthOnly,
    RqthUnknown,
    AgefiphPrivateOnly,
    FiphfpPublicOnly,
    FranceVaeUnlikely,
    CnStateFunded,
    /// A conseiller numérique who already holds a CCP1 (REMN or CMN): one initial training is
    /// funded, and holders may be exempted from it.
    CnAlreadyHoldsCcp1,
    CnHiredOnly,
    /// Prerequisite: the previous step.
    AfterPreviousStep,
    /// Prerequisite: an employer who signs the work-study contract.
    NeedsEmployerContract,
    /// Prerequisite: experience for the VAE.
    VaeExperience {
        expected_months: u32,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "code")]
pub enum Warning {
    /// Holders of the old title's CCPs could complete it until this date; it has passed.
    CompletionWindowClosed {
        title: String,
        deadline: Date,
        sources: Vec<String>,
    },
    /// Still open, this many months left.
    CompletionWindowOpen {
        title: String,
        deadline: Date,
        months_left: u32,
        sources: Vec<String>,
    },
    /// A held block's equivalence is not known: ask.
    EquivalenceUnknown {
        block: String,
        target: String,
        ask: String,
    },
    /// Presumed, not confirmed.
    EquivalencePresumed {
        block: String,
        target: String,
        ask: String,
    },
    /// A VAE with less experience than usually expected.
    VaeLittleExperience {
        months: Option<u32>,
        expected: u32,
        since: Date,
        sources: Vec<String>,
    },
    /// Every block of the target is held: the title is awarded by capitalisation.
    /// `if_complete`: the « other blocks » were ticked as one, and their number is not known.
    AllBlocksHeld { if_complete: bool },
    /// A whole earlier title is held: valid for life; the target title is an option.
    TitleHeld { title: String },
    /// The target block is already held.
    TargetBlockHeld { block: String },
    /// A duration in this plan is unknown.
    DurationUnknown { modality: String, scope: String },
}

/// A profile field left unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unknown {
    Situation,
    Age,
    Rqth,
    Experience,
    DiplomaLevel,
    HoursPerWeek,
    StartDate,
    Seniority,
    Contract,
    Employer,
    Registered,
    /// Past 25: whether the person receives the RSA, the ASS or the AAH (contrat pro).
    MinimaSociaux,
    /// From 30 to 34: whether an apprenticeship contract ended less than a year ago.
    RecentApprenticeship,
}
