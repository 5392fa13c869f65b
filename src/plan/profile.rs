//! Where the person stands and where they want to go. Every field may be unknown (`None`),
//! and the plan says what knowing it would change.

pub use super::problems::{Problem, ProfileError, Quantity, TakenOut};
use crate::catalog::{Catalog, Date, ModalityKind};
use serde::{Deserialize, Serialize};

/// The version of the profile's JSON form; bump it with a migration when the form changes.
pub const PROFILE_VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    pub version: u32,
    /// Blocks (CCPs) already obtained.
    pub held: Vec<HeldBlock>,
    /// Whole titles already obtained (all their blocks count as held).
    pub held_titles: Vec<HeldTitle>,
    /// Months of experience in digital mediation or nearby work.
    pub experience_months: Option<i64>,
    /// What that experience was made of.
    pub activities: Vec<Activity>,
    pub situation: Option<Situation>,
    /// Registered with France Travail (a job seeker may not be).
    pub registered_job_seeker: Option<bool>,
    pub employer: Option<Employer>,
    pub contract: Option<Contract>,
    /// Months with the current employer.
    pub seniority_months: Option<i64>,
    pub age: Option<i64>,
    /// Reconnaissance de la qualité de travailleur handicapé.
    pub rqth: Option<bool>,
    /// Receives the RSA, the ASS or the AAH (minimum incomes): opens the contrat de
    /// professionnalisation at any age.
    pub rsa_ass_aah: Option<bool>,
    /// A previous apprenticeship contract ended less than a year ago: from 30 to 34, the law
    /// then still allows a new one, to reach a higher qualification (the catalog's
    /// `apprenticeship_extended_max_age` note, with its source).
    pub recent_apprenticeship: Option<bool>,
    /// Highest diploma level in the national framework (0 for none, 3 = CAP, 4 = bac, 6 = licence).
    pub diploma_level: Option<i64>,
    pub hours_per_week: Option<i64>,
    pub target: Target,
    /// When the person wants to start; the plan counts months from it.
    pub start: Option<Date>,
    /// Modalities chosen by the person for some blocks (« Votre parcours »).
    pub choices: Vec<Choice>,
    /// What the person's CPF holds, in euros, as read on Mon Compte Formation; `None`: not known.
    pub cpf_euros: Option<i64>,
    /// A public agent's CPF, in hours.
    pub cpf_hours: Option<i64>,
    /// An employee's training on working time or outside it; `None`: not known.
    pub working_time: Option<WorkingTime>,
    /// A job seeker receives the ARE (unemployment benefit): the AREF then keeps it during a
    /// course France Travail validates.
    pub receives_are: Option<bool>,
    /// Prices organisations quoted the person: each replaces the catalog's price wherever that
    /// block (or the title) is taken that way, in every route.
    pub quotes: Vec<Quote>,
}

/// A price an organisation quoted (« devis ») for a block or the title, taken one way.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// A block of the target title, or the target title itself.
    pub scope: String,
    pub modality: String,
    pub euros: i64,
}

/// When an employee would follow the course.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WorkingTime {
    /// On working time: the employer's prior agreement, pay kept.
    OnWorkingTime,
    /// Outside working time: no agreement needed, the hours are not paid.
    OutsideWorkingTime,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeldBlock {
    pub block: String,
    #[serde(default)]
    pub obtained: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeldTitle {
    pub title: String,
    #[serde(default)]
    pub obtained: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub block: String,
    pub modality: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Activity {
    /// Welcoming and accompanying the public.
    Welcoming,
    /// Running workshops.
    Workshops,
    /// Managing or developing a space or tiers-lieu.
    ManagingSpace,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Situation {
    JobSeeker,
    Employee,
    PublicAgent,
    SelfEmployed,
    /// Hired as conseiller numérique (France Services scheme).
    ConseillerNumerique,
    Student,
    NoActivity,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Employer {
    PrivateCompany,
    Association,
    LocalAuthority,
    State,
    /// A public hospital.
    Hospital,
}

impl Employer {
    /// The State, local authorities and public hospitals: public law employers.
    pub fn is_public(self) -> bool {
        matches!(
            self,
            Employer::LocalAuthority | Employer::State | Employer::Hospital
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Contract {
    Cdi,
    Cdd,
    Other,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Target {
    /// The whole target title (« Médiateur numérique »).
    #[default]
    FullTitle,
    /// One block of it first.
    Block { block: String },
}

impl Profile {
    /// An empty profile: nothing held, everything unknown, aiming at the full title.
    pub fn new() -> Profile {
        Profile {
            version: PROFILE_VERSION,
            ..Profile::default()
        }
    }

    /// Whether the situation has an employer (employee, public agent, conseiller numérique):
    /// only then do the employer, the contract and the length of service count.
    pub fn has_employer(&self) -> bool {
        matches!(
            self.situation,
            Some(Situation::Employee | Situation::PublicAgent | Situation::ConseillerNumerique)
        )
    }

    /// Forgets the answers the situation no longer asks for: a job seeker who once answered
    /// « collectivité » as an employer is not a public agent. Called when the situation changes,
    /// and by the share link, which carries only what counts.
    pub fn forget_unasked(&mut self) {
        if !self.has_employer() {
            self.employer = None;
            self.contract = None;
            self.seniority_months = None;
            self.working_time = None;
        }
        if self.situation != Some(Situation::JobSeeker) {
            self.receives_are = None;
        }
    }

    /// Fits a profile saved with an earlier catalog to this one: what the catalog no longer
    /// holds (a block, a title, a way of obtaining a block, the block aimed at) or no longer
    /// allows (a date of obtaining) is taken out, and everything else stays. Returns what was
    /// taken out (`i18n::taken_out` says each in a sentence); nothing when the profile fits.
    /// Values no catalog decides (the version, ages, months) are left for `check` to refuse.
    pub fn fit(&mut self, catalog: &Catalog, today: Date) -> Vec<TakenOut> {
        let mut out = Vec::new();
        // Clears a date of obtaining the title's start and today no longer allow: the one cleared.
        let impossible = |obtained: &mut Option<Date>, in_force: Option<Date>| {
            let d = obtained.filter(|&d| !date_possible(d, in_force, today))?;
            *obtained = None;
            Some(d)
        };
        self.held.retain_mut(|h| {
            let Some((title, _)) = catalog.block(&h.block) else {
                out.push(TakenOut::Block {
                    block: h.block.clone(),
                });
                return false;
            };
            if let Some(date) = impossible(&mut h.obtained, title.in_force.value) {
                out.push(TakenOut::BlockDate {
                    block: h.block.clone(),
                    date,
                });
            }
            true
        });
        self.held_titles.retain_mut(|h| {
            let Some(title) = catalog.title(&h.title).filter(|t| !t.blocks.is_empty()) else {
                out.push(TakenOut::Title {
                    title: h.title.clone(),
                });
                return false;
            };
            if let Some(date) = impossible(&mut h.obtained, title.in_force.value) {
                out.push(TakenOut::TitleDate {
                    title: title.short.to_string(),
                    date,
                });
            }
            true
        });
        // Without a title aimed at, nothing can be fitted: `check` says so.
        let Some(target) = catalog.target_title() else {
            return out;
        };
        if let Target::Block { block } = &self.target {
            if !target.has_block(block) {
                out.push(TakenOut::TargetBlock {
                    block: block.clone(),
                    title: target.short.to_string(),
                });
                self.target = Target::FullTitle;
            }
        }
        self.choices.retain(|c| {
            let modality = catalog.modality(&c.modality);
            let fits =
                target.has_block(&c.block) && modality.is_some_and(|m| for_one_block(m.kind));
            if !fits {
                out.push(TakenOut::Choice {
                    block: c.block.clone(),
                    modality: c.modality.clone(),
                });
            }
            fits
        });
        self.quotes.retain(|q| {
            let fits = (q.scope == target.id || target.has_block(&q.scope))
                && catalog.modality(&q.modality).is_some();
            if !fits {
                out.push(TakenOut::Quote {
                    scope: q.scope.clone(),
                    modality: q.modality.clone(),
                });
            }
            fits
        });
        out
    }

    /// The price quoted for this block or title taken this way, in euros.
    pub fn quote(&self, scope: &str, modality: &str) -> Option<u32> {
        self.quotes
            .iter()
            .rev()
            .find(|q| q.scope == scope && q.modality == modality)
            .map(|q| q.euros.clamp(0, i64::from(MAX_EUROS)) as u32)
    }
}

/// The highest amount a CPF balance or a quote may say, in euros.
pub const MAX_EUROS: u32 = 100_000;

/// The ways « Votre parcours » may choose for one block.
pub(crate) fn for_one_block(kind: ModalityKind) -> bool {
    matches!(
        kind,
        ModalityKind::Training | ModalityKind::VaeBlock | ModalityKind::CnInitial
    )
}

/// A date of obtaining is possible when it is past and the title was in force then.
fn date_possible(d: Date, in_force: Option<Date>, today: Date) -> bool {
    d <= today && in_force.is_none_or(|f| d >= f)
}
