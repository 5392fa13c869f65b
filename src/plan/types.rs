//! What the planner answers. Every decision carries a [`Reason`] (rendered in words by
//! `i18n`) and the catalog sources it rests on, so the view can always say why.

pub use super::money_types::{Income, Money, PriceBasis, PublicHours};
pub use super::reasons::{Reason, Unknown, Warning};
use crate::catalog::{Date, EquivalenceStatus, Helps, Range};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The version of the plan's JSON form. 2: routes and steps say how realistic they are
/// (`feasibility`, `conditions`), `to_pay` is what is sure and `best_case` the rest.
/// 3: steps and routes carry their `money` (the price against the CPF and who pays the rest),
/// steps their `price_basis`, routes their `income` during the course and their `begins` day.
pub const PLAN_VERSION: u32 = 4;

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
    /// The date the catalog's facts were taken from the research (« données reprises le … »).
    pub catalog_checked: Date,
    /// The year the amounts are for (the CPF contribution changes about every year).
    pub amounts_year: Option<u32>,
    /// A whole earlier title the person holds (« remn », « cmn »): it stays valid for life, and
    /// the routes to the target title are an option, not a requirement.
    pub holds_title: Option<String>,
    /// Neighbouring certifications worth a mention for this person (Pix for a conseiller
    /// numérique, for example), each with what in their answers makes it so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// What put the first route before the second (`None` with fewer than two routes, or two
    /// equal on every rule).
    pub first_because: Option<Decider>,
}

/// A certification next to the target title that concerns this person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Related {
    /// Catalog id of the certification.
    pub title: String,
    pub because: Helps,
}

/// How realistic a route is for this person, on what they said. Ordered best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Feasibility {
    /// Every step is open to this person on what they said.
    Firm,
    /// It depends on something to check or to do: the route lists each [`Condition`].
    Conditional,
    /// A condition is known to mostly fail (VAE with little experience, apprenticeship past
    /// the age limits without an exception).
    Unlikely,
}

/// What a route depends on, as a thing to ask or to do. `i18n` words each as « si … ».
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "code")]
pub enum Condition {
    /// The situation is not known, and most funding depends on it.
    TellSituation,
    /// The age is not known, and the contract depends on it.
    TellAge,
    /// A work-study route: an employer must hire the person.
    EmployerHires,
    /// Contrat de professionnalisation past 25: receiving the RSA, the ASS or the AAH.
    ReceivesMinimaSociaux,
    /// Registering with France Travail opens it.
    RegisterJobSeeker,
    /// Apprenticeship at 15: once collège is finished.
    CollegeFinished,
    /// Apprenticeship from 30 to 34: a previous apprenticeship contract ended less than a year
    /// ago (the catalog's `apprenticeship_extended_max_age` note, with its source).
    PreviousApprenticeship,
    /// Apprenticeship past the age limit: only the exceptions (RQTH, business creation…).
    ApprenticeshipException,
    /// A local authority's apprentice: the CNFPT funds a limited number of contracts.
    CnfptFunds,
    /// A VAE: about this much experience related to the title (`have`: what the person said).
    VaeExperience {
        expected_months: u32,
        have: Option<u32>,
    },
    /// Experience to build: a job or volunteering in digital mediation.
    FindMediationWork,
    /// No funding is sure for a step: one of these schemes must agree (empty: none is open, the
    /// person would pay the quote).
    FundingAgreed { schemes: Vec<String> },
    /// An equivalence still to be checked must be confirmed.
    EquivalenceConfirmed,
    /// The sure funding leaves this much to pay (cents, against the highest price): one of these
    /// schemes must pay it, or the person does (empty: no scheme is open to close it).
    GapClosed { schemes: Vec<String>, cents: u32 },
    /// No price is known for a step: ask the organisation for a quote.
    PriceToAsk,
    /// Training on working time: the employer agrees first. Asked `notice_days` ahead, by
    /// `ask_by`; the employer answers within `answer_days`, and silence means yes.
    EmployerAgreement {
        notice_days: u32,
        ask_by: Date,
        answer_days: u32,
    },
    /// Training outside working time: evenings, weekends or days off, unpaid.
    OwnTime,
    /// A VAE on working time: the VAE leave, asked `notice_days` ahead (an answer within
    /// `answer_days`, silence means yes), `hours` of leave for each validation.
    VaeLeave {
        notice_days: u32,
        answer_days: u32,
        hours: u32,
    },
}

/// A lower amount than the sure one, and what it takes: one of these schemes agrees.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BestCase {
    pub to_pay: ToPay,
    /// Scheme ids, any one of which gives this amount.
    pub if_agreed: Vec<String>,
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
    /// CCP1 first, experience, then the other blocks: the route best known in the field.
    FieldRoute,
    /// Holds only if an equivalence still to check is confirmed.
    IfEquivalenceConfirmed,
}

/// What put the first route before the second: the first rule of the ranking (docs/planner.md)
/// on which they differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decider {
    Chosen,
    Feasibility,
    StateFunded,
    ByVae,
    NoEquivalence,
    FewerUncertain,
    LessToPay,
    PaidDuringCourse,
    /// The shorter by the middle of its range of months.
    Shorter,
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
    /// What is sure: the sum of the steps' sure amounts (unknown when a step has none).
    pub to_pay: ToPay,
    /// Lower than `to_pay` if some schemes still to check agree; `None` when nothing would.
    pub best_case: Option<BestCase>,
    pub feasibility: Feasibility,
    /// What the route depends on, in the order of its steps; empty for a firm route.
    pub conditions: Vec<Condition>,
    /// Why it is « Peu probable » for this person: its conditions that rarely hold for them.
    pub unlikely: Vec<super::likelihood::UnlikelyBecause>,
    /// Every step's duration rests on an official fact.
    pub duration_confirmed: bool,
    /// The sure amount rests on official facts only.
    pub amount_confirmed: bool,
    pub keeps_job: bool,
    pub paid: bool,
    /// Needs an employer who signs a work-study contract.
    pub needs_new_contract: bool,
    /// The steps' money added up, the CPF balance spent step after step.
    pub money: Money,
    /// What the person lives on during the courses.
    pub income: Income,
    /// The earliest day the route can begin, when it is known: the start asked for, moved by
    /// an employer's notice (its steps' `dates` count from it).
    pub begins: Option<Date>,
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
    /// What is sure: the lowest amount among the eligible options (top-ups aside).
    pub to_pay: ToPay,
    /// Lower, if a scheme still to check agrees.
    pub best_case: Option<BestCase>,
    /// The duration rests on an official fact (else it is shown « non confirmé »).
    pub duration_confirmed: bool,
    /// The sure amount rests on official facts only.
    pub amount_confirmed: bool,
    /// Sources of the duration and cost.
    pub sources: Vec<String>,
    /// How the price was found (`None` for an experience step).
    pub price_basis: Option<PriceBasis>,
    /// The price against the CPF and who can pay the rest, within this route.
    pub money: Money,
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
        /// The hours themselves are an estimate: the whole title's minus the other blocks'
        /// (this block's are not known).
        #[serde(default)]
        estimated: bool,
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
    /// The scheme and the rule facts used rest on official sources only.
    pub confirmed: bool,
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Excluded {
    pub route: String,
    pub reason: Reason,
}

/// Where a step stands, as the person marks it (done and skipped both count as behind them,
/// as roadmap.sh counts).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepStatus {
    #[default]
    Todo,
    InProgress,
    Done,
    Skipped,
}
