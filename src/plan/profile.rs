//! Where the person stands and where they want to go. Every field may be unknown (`None`),
//! and the plan says what knowing it would change.

use crate::catalog::{Catalog, Date, ModalityKind};
use crate::{tr, trf};
use serde::{Deserialize, Serialize};
use std::fmt;

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
    /// A previous apprenticeship contract ended less than a year ago: opens apprenticeship
    /// from 30 to 34 in the cases of Code du travail L6222-2.
    pub recent_apprenticeship: Option<bool>,
    /// Highest diploma level in the national framework (0 for none, 3 = CAP, 4 = bac, 6 = licence).
    pub diploma_level: Option<i64>,
    pub hours_per_week: Option<i64>,
    pub target: Target,
    /// When the person wants to start; the plan counts months from it.
    pub start: Option<Date>,
    /// Modalities chosen by the person for some blocks (« Votre parcours »).
    pub choices: Vec<Choice>,
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

/// A profile value that cannot be planned from, with the field it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileError {
    pub field: String,
    pub message: String,
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&trf!("{} : {}", "{}: {}", self.field, self.message))
    }
}

impl std::error::Error for ProfileError {}

fn err(field: impl Into<String>, message: impl Into<String>) -> ProfileError {
    ProfileError {
        field: field.into(),
        message: message.into(),
    }
}

fn within(
    field: &str,
    value: Option<i64>,
    lo: i64,
    hi: i64,
    what: &str,
) -> Result<(), ProfileError> {
    match value {
        Some(v) if v < lo || v > hi => Err(err(
            field,
            trf!(
                "{} n'est pas possible : {} va de {} à {}",
                "{} is not possible: {} goes from {} to {}",
                v,
                what,
                lo,
                hi
            ),
        )),
        _ => Ok(()),
    }
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
        }
    }

    /// Checks every value against what is possible and against the catalog.
    pub fn check(&self, catalog: &Catalog, today: Date) -> Result<(), ProfileError> {
        if self.version == 0 || self.version > PROFILE_VERSION {
            return Err(err(
                "version",
                trf!(
                    "version {} inconnue (cette application lit la version {})",
                    "unknown version {} (this app reads version {})",
                    self.version,
                    PROFILE_VERSION
                ),
            ));
        }
        within("age", self.age, 14, 100, tr!("l'âge", "age"))?;
        within(
            "experience_months",
            self.experience_months,
            0,
            600,
            tr!("l'expérience en mois", "experience in months"),
        )?;
        within(
            "seniority_months",
            self.seniority_months,
            0,
            600,
            tr!("l'ancienneté en mois", "length of service in months"),
        )?;
        within(
            "diploma_level",
            self.diploma_level,
            0,
            8,
            tr!("le niveau de diplôme", "the diploma level"),
        )?;
        within(
            "hours_per_week",
            self.hours_per_week,
            1,
            60,
            tr!(
                "le temps disponible par semaine",
                "the time available per week"
            ),
        )?;
        for (i, h) in self.held.iter().enumerate() {
            let field = format!("held[{i}].block");
            let Some((title, _)) = catalog.block(&h.block) else {
                return Err(err(
                    field,
                    format!("bloc « {} » inconnu du catalogue", h.block),
                ));
            };
            check_obtained(
                &format!("held[{i}].obtained"),
                h.obtained,
                title.in_force.value,
                &title.short,
                today,
            )?;
        }
        for (i, h) in self.held_titles.iter().enumerate() {
            let Some(title) = catalog.title(&h.title) else {
                return Err(err(
                    format!("held_titles[{i}].title"),
                    format!("titre « {} » inconnu du catalogue", h.title),
                ));
            };
            if title.blocks.is_empty() {
                return Err(err(
                    format!("held_titles[{i}].title"),
                    format!("« {} » n'est pas un titre en blocs", title.short),
                ));
            }
            check_obtained(
                &format!("held_titles[{i}].obtained"),
                h.obtained,
                title.in_force.value,
                &title.short,
                today,
            )?;
        }
        let target = catalog
            .target_title()
            .ok_or_else(|| err("catalogue", "aucun titre visé dans le catalogue"))?;
        if let Target::Block { block } = &self.target {
            if !target.has_block(block) {
                return Err(err(
                    "target.block",
                    format!("« {block} » n'est pas un bloc du titre {}", target.short),
                ));
            }
        }
        for (i, c) in self.choices.iter().enumerate() {
            if !target.has_block(&c.block) {
                return Err(err(
                    format!("choices[{i}].block"),
                    format!(
                        "« {} » n'est pas un bloc du titre {}",
                        c.block, target.short
                    ),
                ));
            }
            match catalog.modality(&c.modality).map(|m| m.kind) {
                Some(kind) if for_one_block(kind) => {}
                Some(_) => {
                    return Err(err(
                        format!("choices[{i}].modality"),
                        format!("« {} » ne s'applique pas à un bloc seul", c.modality),
                    ))
                }
                None => {
                    return Err(err(
                        format!("choices[{i}].modality"),
                        format!("modalité « {} » inconnue", c.modality),
                    ))
                }
            }
        }
        Ok(())
    }

    /// Fits a profile saved with an earlier catalog to this one: what the catalog no longer
    /// holds (a block, a title, a way of obtaining a block, the block aimed at) or no longer
    /// allows (a date of obtaining) is taken out, and everything else stays. Returns what was
    /// taken out, one sentence each, in the person's words; nothing when the profile fits.
    /// Values no catalog decides (the version, ages, months) are left for `check` to refuse.
    pub fn fit(&mut self, catalog: &Catalog, today: Date) -> Vec<String> {
        use crate::i18n::{block_name, cat, date};
        let mut out = Vec::new();
        // Clears a date of obtaining the title's start and today no longer allow: the one cleared.
        let impossible = |obtained: &mut Option<Date>, in_force: Option<Date>| {
            let d = obtained.filter(|&d| !date_possible(d, in_force, today))?;
            *obtained = None;
            Some(d)
        };
        self.held.retain_mut(|h| {
            let Some((title, _)) = catalog.block(&h.block) else {
                out.push(trf!(
                    "Le bloc « {} » n'est plus dans le catalogue : il a été retiré des blocs obtenus.",
                    "The block “{}” is no longer in the catalog: it was taken out of the blocks held.",
                    h.block
                ));
                return false;
            };
            if let Some(d) = impossible(&mut h.obtained, title.in_force.value) {
                out.push(trf!(
                    "La date d'obtention de {} ({}) n'est plus possible : elle a été effacée, et le bloc reste obtenu.",
                    "The date {} was obtained ({}) is no longer possible: it was cleared, and the block stays held.",
                    block_name(catalog, &h.block),
                    date(d)
                ));
            }
            true
        });
        self.held_titles.retain_mut(|h| {
            let Some(title) = catalog.title(&h.title).filter(|t| !t.blocks.is_empty()) else {
                out.push(trf!(
                    "Le titre « {} » n'est plus dans le catalogue parmi les titres en blocs : il a été retiré des titres obtenus.",
                    "The title “{}” is no longer in the catalog among the titles made of blocks: it was taken out of the titles held.",
                    h.title
                ));
                return false;
            };
            if let Some(d) = impossible(&mut h.obtained, title.in_force.value) {
                out.push(trf!(
                    "La date d'obtention du titre {} ({}) n'est plus possible : elle a été effacée, et le titre reste obtenu.",
                    "The date the {} title was obtained ({}) is no longer possible: it was cleared, and the title stays held.",
                    title.short,
                    date(d)
                ));
            }
            true
        });
        // Without a title aimed at, nothing can be fitted: `check` says so.
        let Some(target) = catalog.target_title() else {
            return out;
        };
        if let Target::Block { block } = &self.target {
            if !target.has_block(block) {
                out.push(trf!(
                    "« {} » n'est plus un bloc du titre {} : le plan vise maintenant le titre complet.",
                    "“{}” is no longer a block of the {} title: the plan now aims at the whole title.",
                    block,
                    target.short
                ));
                self.target = Target::FullTitle;
            }
        }
        self.choices.retain(|c| {
            let modality = catalog.modality(&c.modality);
            let fits = target.has_block(&c.block) && modality.is_some_and(|m| for_one_block(m.kind));
            if !fits {
                out.push(trf!(
                    "Le choix « {} » pour {} n'est plus possible : il a été retiré de « Votre parcours ».",
                    "The choice “{}” for {} is no longer possible: it was taken out of “Your route”.",
                    modality.map_or(c.modality.as_str(), |m| cat(&m.name)),
                    match catalog.block(&c.block) {
                        Some(_) => block_name(catalog, &c.block),
                        None => format!("« {} »", c.block),
                    }
                ));
            }
            fits
        });
        out
    }
}

/// The ways « Votre parcours » may choose for one block.
fn for_one_block(kind: ModalityKind) -> bool {
    matches!(
        kind,
        ModalityKind::Training | ModalityKind::VaeBlock | ModalityKind::CnInitial
    )
}

/// A date of obtaining is possible when it is past and the title was in force then.
fn date_possible(d: Date, in_force: Option<Date>, today: Date) -> bool {
    d <= today && in_force.is_none_or(|f| d >= f)
}

fn check_obtained(
    field: &str,
    obtained: Option<Date>,
    in_force: Option<Date>,
    title: &str,
    today: Date,
) -> Result<(), ProfileError> {
    let Some(d) = obtained else { return Ok(()) };
    if d > today {
        return Err(err(
            field,
            trf!("{} est dans le futur", "{} is in the future", d),
        ));
    }
    if let Some(start) = in_force {
        if d < start {
            return Err(err(
                field,
                trf!(
                    "{} est avant la création du titre {} ({})",
                    "{} is before the {} title was created ({})",
                    d,
                    title,
                    start
                ),
            ));
        }
    }
    Ok(())
}
