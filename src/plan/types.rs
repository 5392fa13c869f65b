//! What the planner answers. Every decision carries a [`Reason`] (rendered in words by
//! `i18n`) and the catalog sources it rests on, so the view can always say why.

use crate::catalog::{Date, EquivalenceStatus, Range};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The version of the plan's JSON form.
pub const PLAN_VERSION: u32 = 1;

/// The id of the route made of the person's own choices (« Votre parcours »).
pub const CHOSEN_ROUTE: &str = "votre-choix";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub version: u32,
    /// The title planned toward (catalog id).
    pub target_title: String,
    /// The target blocks still to obtain; empty when everything is held.
    pub remaining: Vec<String>,
    /// What the person holds and how it maps onto the target title.
    pub acquired: Vec<Acquired>,
    /// Ranked routes, best first.
    pub routes: Vec<Route>,
    /// Routes that were considered and are closed to this person, with why.
    pub excluded: Vec<Excluded>,
    pub warnings: Vec<Warning>,
    /// Profile fields left unknown and what knowing them would change.
    pub unknowns: Vec<Unknown>,
    /// Months are counted from this date.
    pub start: Date,
    /// The catalog's review date (« données vérifiées le … »).
    pub catalog_checked: Date,
}

/// A held block and what it counts for in the target title.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Acquired {
    pub block: String,
    pub obtained: Option<Date>,
    /// The target block it counts for, if any is known.
    pub counts_for: Option<String>,
    pub mapping: Mapping,
    /// Sources of the equivalence (empty for a block of the target title itself).
    pub sources: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mapping {
    /// A block of the target title itself.
    Same,
    /// Through an equivalence of this status.
    Equivalence(EquivalenceStatus),
    /// No equivalence is recorded for this block.
    None,
}

/// How the title is finally obtained (the four ways of the arrêté of 22 December 2015).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Way {
    /// A title session (whole-title training, alternance or VAE).
    TitleSession,
    /// Capitalising every CCP.
    AllBlocks,
    /// Some blocks by equivalence, the others as CCPs.
    EquivalencesAndBlocks,
    /// Only one block is aimed at.
    OneBlock,
}

/// What a route is best at, or what sets it apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strength {
    /// Built from the person's own choices.
    Chosen,
    Fastest,
    LeastToPay,
    /// Compatible with keeping the current job.
    KeepsJob,
    /// Paid during training (a work contract).
    Paid,
    /// CCP1 first, experience, then the other blocks: the route the field knows best.
    FieldRoute,
    /// Holds only if an equivalence still to check is confirmed.
    IfEquivalenceConfirmed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Route {
    /// Stable id (« formation-blocs », « terrain »…).
    pub id: String,
    pub strengths: Vec<Strength>,
    pub way: Way,
    pub steps: Vec<Step>,
    /// Total months, when every step's duration is known.
    pub months: Option<Range>,
    /// Best case: the lowest amount among options that are eligible or possible.
    pub to_pay: ToPay,
    pub keeps_job: bool,
    pub paid: bool,
    /// Needs an employer who signs a work-study contract.
    pub needs_new_contract: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// Obtain one or more blocks (or the whole title).
    Obtain,
    /// Work in the job to build the experience a VAE asks for.
    Experience,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub kind: StepKind,
    /// Target blocks obtained by this step.
    pub blocks: Vec<String>,
    /// The block or title id the duration applies to.
    pub scope: String,
    /// Modality id; `None` for an experience step.
    pub modality: Option<String>,
    /// Calendar months; `None` when unknown (« durée à vérifier »).
    pub months: Option<Range>,
    pub hours: Option<Range>,
    /// Earliest and latest start, in months from the plan's start.
    pub start: Option<Range>,
    pub end: Option<Range>,
    /// The earliest start and the latest end as days in the calendar, when the person said when
    /// they start (the profile's `start`); `None` when they did not, or the duration is unknown.
    pub dates: Option<(Date, Date)>,
    /// How the duration was worked out.
    pub duration_basis: DurationBasis,
    pub prerequisites: Vec<Reason>,
    /// Shared between the steps of the same modality: the verdicts do not depend on the step.
    pub funding: Arc<[FundingOption]>,
    pub to_pay: ToPay,
    /// Sources of the duration and cost.
    pub sources: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum DurationBasis {
    /// Typical months from the catalog.
    Catalog,
    /// Computed from the hours at the person's hours a week; `None`: between full time
    /// (35 h) and half time (17 h), since the person did not say.
    FromHours {
        hours_per_week: Option<u32>,
    },
    /// The experience still missing for a VAE.
    ExperienceGap,
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Eligible,
    /// Possible: check (depends on someone's decision or on a fact we cannot know).
    Check,
    NotEligible,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FundingOption {
    pub scheme: String,
    pub verdict: Verdict,
    pub reason: Reason,
    /// Catalog sources for the scheme and the rule applied.
    pub sources: Vec<String>,
    pub to_pay: ToPay,
    /// Adds to another funding rather than paying on its own (Agefiph, FIPHFP).
    pub top_up: bool,
}

/// What is left for the person to pay, in euro cents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ToPay {
    Nothing,
    Fixed {
        cents: u32,
    },
    /// This much, plus whatever the quote exceeds the funding.
    AtLeast {
        cents: u32,
    },
    Unknown,
}

impl ToPay {
    /// An order for ranking: lower is better.
    pub fn rank(self) -> u64 {
        match self {
            ToPay::Nothing => 0,
            ToPay::Fixed { cents } => 2 * u64::from(cents),
            ToPay::AtLeast { cents } => 2 * u64::from(cents) + 1,
            ToPay::Unknown => u64::MAX,
        }
    }

    /// The total of two steps.
    pub fn plus(self, other: ToPay) -> ToPay {
        use ToPay::*;
        match (self, other) {
            (Unknown, _) | (_, Unknown) => Unknown,
            (Nothing, x) | (x, Nothing) => x,
            (Fixed { cents: a }, Fixed { cents: b }) => Fixed {
                cents: a.saturating_add(b),
            },
            (
                Fixed { cents: a } | AtLeast { cents: a },
                Fixed { cents: b } | AtLeast { cents: b },
            ) => AtLeast {
                cents: a.saturating_add(b),
            },
        }
    }
}

/// Why: each decision of the planner, with the figures it used. `i18n` puts it in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "code")]
pub enum Reason {
    SituationUnknown,
    CpfOpen {
        participation_cents: u32,
        cap_eur: u32,
    },
    CpfJobSeekerExempt {
        cap_eur: u32,
    },
    CpfPublicAgentsInHours,
    CpfOnlyIfWorked,
    CpfPublicHours {
        hours_per_year: u32,
        cap_hours: u32,
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
    },
    ApprenticeTooOld {
        age: u32,
        extended: u32,
    },
    ApprenticeTooYoung {
        age: u32,
        min: u32,
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
    ContratProOtherPublics {
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
    },
    PtpRqthNoSeniority,
    PtpSeniorityShort {
        months: u32,
        needed: u32,
    },
    PtpSeniorityUnknown {
        needed: u32,
    },
    PtpCddRules,
    PtpPrivateEmployeesOnly,
    PtpAlreadyInTheJob,
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
    /// Every block of the target is held: the title is issued by capitalisation.
    AllBlocksHeld,
    /// The target block is already held.
    TargetBlockHeld { block: String },
    /// A duration in this plan is unknown.
    DurationUnknown { modality: String, scope: String },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Excluded {
    pub route: String,
    pub reason: Reason,
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
}
