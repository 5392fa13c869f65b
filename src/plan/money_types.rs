//! What the planner answers about money and time: a step's price and how it was found, the
//! money of a step or a route against the CPF, and what the person lives on during the course.

use crate::catalog::{Date, Range};
use serde::{Deserialize, Serialize};

/// How a step's price was found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum PriceBasis {
    /// The catalog's price for this way and block or title (the step's sources), `confirmed`
    /// when it rests on an official fact.
    Catalog { confirmed: bool, year: Option<u32> },
    /// An estimate: the one price per hour the catalog knows (`from`: the block or title it is
    /// the price of), times the step's hours counted the same way.
    PerHour {
        cents_per_hour: u32,
        from: String,
        hours: Range,
        /// The hours themselves are estimated: the title's hours minus the other blocks'.
        hours_estimated: bool,
    },
    /// The person's own quote.
    Quote,
    /// No honest figure: « prix à demander à l'organisme ».
    Ask,
}

/// The money of a step or a whole route: the price against the CPF, who can pay the rest, and
/// what is left for sure and at best. Amounts in euro cents.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    /// Lowest and highest price; `None` when a price is to ask.
    pub price: Option<Range>,
    /// What the CPF pays for sure: the lower of the balance and the highest price (nothing when
    /// the balance is not known).
    pub cpf_sure: u32,
    /// The most the CPF could pay (up to its ceiling when the balance is not known).
    pub cpf_up_to: u32,
    /// The CPF's flat participation, charged when the CPF pays and the person is not exempt.
    pub participation: u32,
    /// A scheme that pays the whole price for sure (the OPCO of a work-study contract, the
    /// State's conseiller numérique training).
    pub paid_by: Option<String>,
    /// Schemes that could pay what the CPF leaves, each on its condition (the step's funding
    /// options say which and why).
    pub could_close: Vec<String>,
    /// Left to pay for sure: the highest price minus what is sure; `None` when a price is to ask.
    pub left_sure: Option<u32>,
    /// Left at best: the lowest price minus everything that could agree.
    pub left_best: Option<u32>,
    /// A public agent's CPF counts hours: theirs against the course's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_hours: Option<PublicHours>,
}

/// A public agent's CPF in hours, set against the hours of a course: the employer decides and
/// pays.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicHours {
    /// What the agent said their account holds.
    pub have: Option<u32>,
    /// The ceiling, and the one for category C agents without a level 3 qualification.
    pub cap: u32,
    pub cap_c: u32,
    /// The course's hours, when known.
    pub course: Option<Range>,
}

/// What the person lives on during a route's courses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Income {
    /// An apprentice's legal minimum gross monthly pay: per cent of the SMIC by year of the
    /// contract for the person's age (`None` when the age is not known), at the SMIC in force
    /// at the route's start (`smic_cents` from `smic_from`).
    ApprenticePay {
        percents: Option<Vec<u8>>,
        smic_cents: u32,
        smic_from: Date,
    },
    /// A contrat de professionnalisation: the base share of the SMIC for the age, and the share
    /// with a bac pro or a level-4 professional title.
    ContratProPay {
        percents: Option<(u8, u8)>,
        smic_cents: u32,
        smic_from: Date,
    },
    /// An employee's pay: kept on working time (with the employer's agreement or Transitions
    /// Pro), the training hours unpaid outside it (`working_time` as answered).
    JobPay {
        working_time: Option<super::profile::WorkingTime>,
    },
    /// A job seeker receiving the ARE: the AREF, the same amount, for a course France Travail
    /// validates, within the rights left (a daily minimum during a course).
    Aref { daily_minimum_cents: u32 },
    /// A job seeker without the ARE (or who did not say): France Travail's pay for a course it
    /// funds or validates, an amount to check (`receives_are`: what they said).
    FranceTravailPay {
        example_cents: u32,
        receives_are: Option<bool>,
    },
    /// A public agent: the employer decides.
    EmployerDecides,
    /// Self-employed: their activity's income, no replacement.
    OwnActivity,
    /// A conseiller numérique: their salary, the training on working time under the scheme.
    CnSalary,
    /// A student or someone with no activity: no pay during the course; registering with
    /// France Travail opens its pay.
    NoPayRegisterOpens,
    /// The situation is not known.
    Unknown,
}
