//! The catalog's types: the regulated facts Parcours states, each with where it comes from.
//! The same types are read from `catalog/catalog.toml` (natively and in build.rs) and compiled
//! into the wasm as one `static` (texts and lists borrowed from it, see [`Text`]), which
//! build.rs writes with `databake`.

use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A text of the catalog: borrowed from the static data compiled into the app, or owned when
/// read from a TOML file (native tools and tests).
pub type Text = Cow<'static, str>;
/// A list of the catalog, borrowed or owned the same way.
pub type List<T> = Cow<'static, [T]>;

/// A list of the catalog's texts (source ids, for example) as owned strings.
pub fn owned(texts: &[Text]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

/// How far a fact can be trusted.
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// Stated by an official text or service (Legifrance, DREETS, ANCT, Service-Public…).
    Official,
    /// Stated by a secondary source (training organisation, press, specialised site).
    Secondary,
    /// Only one secondary source supports it: show it, marked « à vérifier ».
    Unverified,
    /// No source gave it: the app says « à vérifier » and where to ask, never a guess.
    Unknown,
}

/// A fact: its value (absent when unknown), its sources, when it was checked, how sure it is.
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact<T> {
    #[serde(default = "none")]
    pub value: Option<T>,
    pub confidence: Confidence,
    /// Ids of entries in `[sources]`.
    #[serde(default)]
    pub sources: List<Text>,
    #[serde(default)]
    pub checked: Option<Date>,
    /// A caveat, or for an unknown fact where to ask.
    #[serde(default)]
    pub note: Option<Text>,
}

fn none<T>() -> Option<T> {
    None
}

/// Where a whole entry's descriptive facts come from (its name, its description).
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    pub confidence: Confidence,
    #[serde(default)]
    pub sources: List<Text>,
    #[serde(default)]
    pub checked: Option<Date>,
    #[serde(default)]
    pub note: Option<Text>,
}

#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The date the catalog's facts were taken from the research (« données reprises le … »):
    /// not a date when every source was read again.
    pub checked: Date,
    /// A short statement shown with every plan.
    pub disclaimer: Text,
    /// When the sources behind the facts were consulted (« 2025-2026 »).
    pub consulted: Text,
    /// Where a person checks what the app cannot confirm.
    pub ask: Text,
}

#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Text,
    pub url: Text,
    pub title: Text,
    /// `official` or `secondary`.
    pub kind: SourceKind,
}

#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    Official,
    Secondary,
}

#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TitleKind {
    /// Titre professionnel of the Ministry of Labour, made of CCPs.
    TitreProfessionnel,
    /// Répertoire spécifique certification (RS).
    RepertoireSpecifique,
    /// Another certification (Pix).
    Certification,
    /// Proposed, with no trace of its creation found.
    Proposed,
}

/// A title or certification.
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Title {
    pub id: Text,
    /// Short name used in the app (« REMN »).
    pub short: Text,
    pub kind: TitleKind,
    pub name: Fact<Text>,
    pub level: Fact<u8>,
    pub rncp: Fact<Text>,
    pub nsf: Fact<Text>,
    pub legal_text: Fact<Text>,
    pub in_force: Fact<Date>,
    pub end_of_validity: Fact<Date>,
    /// Last day on which holders of its CCPs may still complete it (end of validity + one year).
    pub completion_deadline: Fact<Date>,
    #[serde(default)]
    pub replaces: Option<Text>,
    #[serde(default)]
    pub replaced_by: Option<Text>,
    /// One plain sentence on what it is.
    pub summary: Text,
    /// Only for the title that Parcours plans toward.
    #[serde(default)]
    pub is_target: bool,
    /// What it adds to the title it replaces, for a holder of that one.
    #[serde(default)]
    pub adds: Option<Fact<Text>>,
    #[serde(default)]
    pub blocks: List<Block>,
    /// The people for whom this certification is worth a mention in their plan.
    #[serde(default)]
    pub helps: List<Helps>,
    pub basis: Basis,
}

/// Whose plan a neighbouring certification is mentioned in.
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Helps {
    /// People hired as conseiller numérique (Pix comes with their CCP1).
    ConseillerNumerique,
    /// People who have managed or developed a space or a tiers-lieu.
    ManagingSpace,
}

impl Title {
    /// Whether the block `id` is one of this title's.
    pub fn has_block(&self, id: &str) -> bool {
        self.blocks.iter().any(|b| b.id == id)
    }
}

/// A competence block (CCP, « certificat de compétences professionnelles ») of a title.
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Block {
    pub id: Text,
    /// « CCP1 ».
    pub code: Text,
    pub name: Fact<Text>,
    /// What the block is, in plain words, where its official name is not known: a person
    /// ticking it must know what they tick.
    #[serde(default)]
    pub about: Option<Text>,
    pub competences: Fact<List<Text>>,
    /// Stands for several blocks whose number and names are not known yet.
    #[serde(default)]
    pub placeholder: bool,
    /// How the block is assessed.
    pub assessment: Fact<Text>,
}

#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EquivalenceStatus {
    /// Written in an official text.
    Official,
    /// Likely (same wording), not confirmed by an official table.
    Presumed,
    /// Not known: the person must ask.
    Unknown,
}

/// Whether a block of one title counts for a block of another.
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Equivalence {
    pub from: Text,
    pub to: Text,
    pub status: EquivalenceStatus,
    /// For a presumed or unknown one: who can confirm it.
    #[serde(default)]
    pub ask: Option<Text>,
    pub basis: Basis,
}

#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ModalityKind {
    /// Formation continue, block by block or for the whole title.
    Training,
    /// Contrat d'apprentissage (whole title, alternating work and training).
    Apprenticeship,
    /// Contrat de professionnalisation (whole title, alternating).
    ContratPro,
    /// Validation des acquis de l'expérience for one block.
    VaeBlock,
    /// VAE for the whole title.
    VaeTitle,
    /// The conseiller numérique initial training (CCP1 + Pix), for people hired as such.
    CnInitial,
}

/// A way of obtaining a block or a title.
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Modality {
    pub id: Text,
    pub kind: ModalityKind,
    pub name: Text,
    pub summary: Text,
    /// What it requires of the person, in plain words.
    #[serde(default)]
    pub requires: List<Text>,
    /// Where to start (an official page).
    pub apply_url: Text,
    pub basis: Basis,
}

/// A range of whole numbers (months, hours, euros).
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub min: u32,
    pub max: u32,
}

/// Typical duration (and cost, when known) of one modality for one block or title.
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duration {
    pub modality: Text,
    /// A block id or a title id.
    pub scope: Text,
    pub months: Fact<Range>,
    pub hours: Fact<Range>,
    /// Teaching costs in euros.
    pub cost_eur: Fact<Range>,
    /// The year that price was asked (« 13 440 € en 2025 »).
    #[serde(default)]
    pub cost_year: Option<u32>,
}

/// A funding scheme. Who is eligible is decided by the planner's rules, which read the
/// parameters in `[rules]`; this entry holds what the person reads and where to apply.
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundingScheme {
    pub id: Text,
    pub short: Text,
    pub name: Text,
    /// Who can use it.
    pub who: Text,
    /// What it pays.
    pub pays: Text,
    #[serde(default)]
    pub conditions: List<Text>,
    /// Modality ids it can fund.
    pub modalities: List<Text>,
    pub apply_url: Text,
    pub apply_label: Text,
    pub basis: Basis,
}

/// The numbers and limits the planner's rules use; each is a fact with its source.
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// CCPs count toward a title until this many months after its end of validity.
    pub completion_window_months: Fact<u32>,
    /// CPF participation forfaitaire, in euro cents.
    pub cpf_participation_cents: Fact<u32>,
    /// The year that amount is for (it changes every year or so).
    pub cpf_participation_year: Fact<u32>,
    /// CPF ceiling in euros, general case and for low-qualified or disabled workers.
    pub cpf_cap_eur: Fact<u32>,
    pub cpf_cap_low_qualified_eur: Fact<u32>,
    /// Below this diploma level a worker is « peu qualifié » for the CPF.
    pub cpf_low_qualified_below_level: Fact<u8>,
    /// The CPF opens at this age (an apprentice's a year earlier: apprenticeship is not funded
    /// by the CPF).
    pub cpf_min_age: Fact<u8>,
    /// Whether a text requires a title to work as a digital mediator (none found: `false`).
    pub title_required: Fact<bool>,
    /// Public agents' CPF, hours per year and ceiling.
    pub cpf_public_hours_per_year: Fact<u32>,
    pub cpf_public_hours_cap: Fact<u32>,
    pub apprenticeship_min_age: Fact<u8>,
    /// The youngest age once collège is finished.
    pub apprenticeship_min_age_after_college: Fact<u8>,
    pub apprenticeship_max_age: Fact<u8>,
    /// Up to this age in the listed exceptions (higher level, broken contract).
    pub apprenticeship_extended_max_age: Fact<u8>,
    pub contrat_pro_max_age_without_status: Fact<u8>,
    /// Pro-A is for employees below this diploma level (licence = 6).
    pub pro_a_below_level: Fact<u8>,
    pub ptp_seniority_months: Fact<u32>,
    pub ptp_seniority_in_company_months: Fact<u32>,
    /// Experience usually expected for a VAE (no legal minimum since 2024).
    pub vae_expected_experience_months: Fact<u32>,
    pub vae_no_legal_minimum_since: Fact<Date>,
    /// Public agents of category C without a level 3 qualification: hours per year and ceiling.
    pub cpf_public_hours_per_year_c: Fact<u32>,
    pub cpf_public_hours_cap_c: Fact<u32>,
    /// An employee training on working time with the CPF asks the employer this many days ahead
    /// for a course of up to `training_notice_long_after_months`, `training_notice_long_days`
    /// beyond; the employer answers within `employer_answer_days` (silence means yes).
    pub training_notice_days: Fact<u32>,
    pub training_notice_long_days: Fact<u32>,
    pub training_notice_long_after_months: Fact<u32>,
    pub employer_answer_days: Fact<u32>,
    /// VAE leave: the notice, the employer's answer (silence means yes), and the hours of leave
    /// for each validation.
    pub vae_leave_notice_days: Fact<u32>,
    pub vae_leave_answer_days: Fact<u32>,
    pub vae_leave_hours: Fact<u32>,
    /// The AREF's daily minimum during a course (outside Mayotte), in cents.
    pub aref_daily_minimum_cents: Fact<u32>,
    /// An example of France Travail's pay for a full-time course, in cents a month (amounts
    /// depend on the situation: to check).
    pub france_travail_pay_example_cents: Fact<u32>,
    /// Apprentices' legal minimum pay, as a share of the SMIC by age and year of the contract.
    pub apprentice_pay: Fact<List<PayBand>>,
    /// Contrat de professionnalisation: the base share of the SMIC by age, then the share with a
    /// bac pro or a professional title of level 4 (`percent = [base, with level 4]`).
    pub contrat_pro_pay: Fact<List<PayBand>>,
    /// The gross monthly SMIC, each value with the day it took effect, oldest first.
    pub smic: Fact<List<Smic>>,
}

/// A share of the SMIC from an age on (until the next band's age).
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayBand {
    pub from_age: u8,
    /// Per cent of the SMIC: by year of the contract, or as the band's caller documents.
    pub percent: List<u8>,
}

/// The gross monthly SMIC from a day on.
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Smic {
    pub from: Date,
    pub monthly_cents: u32,
}

#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: Text,
    pub meaning: Text,
}

/// Everything Parcours knows.
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = parcours_catalog::model))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub meta: Meta,
    pub rules: Rules,
    #[serde(default)]
    pub sources: List<Source>,
    #[serde(default)]
    pub titles: List<Title>,
    #[serde(default)]
    pub equivalences: List<Equivalence>,
    #[serde(default)]
    pub modalities: List<Modality>,
    #[serde(default)]
    pub durations: List<Duration>,
    #[serde(default)]
    pub funding: List<FundingScheme>,
    #[serde(default)]
    pub glossary: List<GlossaryEntry>,
}

impl Catalog {
    pub fn title(&self, id: &str) -> Option<&Title> {
        self.titles.iter().find(|t| t.id == id)
    }
    /// A block and the title it belongs to.
    pub fn block(&self, id: &str) -> Option<(&Title, &Block)> {
        self.titles
            .iter()
            .find_map(|t| t.blocks.iter().find(|b| b.id == id).map(|b| (t, b)))
    }
    pub fn modality(&self, id: &str) -> Option<&Modality> {
        self.modalities.iter().find(|m| m.id == id)
    }
    pub fn modality_of_kind(&self, kind: ModalityKind) -> Option<&Modality> {
        self.modalities.iter().find(|m| m.kind == kind)
    }
    pub fn scheme(&self, id: &str) -> Option<&FundingScheme> {
        self.funding.iter().find(|f| f.id == id)
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    /// The title Parcours plans toward (« Médiateur numérique »).
    pub fn target_title(&self) -> Option<&Title> {
        self.titles.iter().find(|t| t.is_target)
    }
    /// The typical duration of a modality for a scope (block or title).
    pub fn duration(&self, modality: &str, scope: &str) -> Option<&Duration> {
        self.durations
            .iter()
            .find(|d| d.modality == modality && d.scope == scope)
    }
    /// Equivalences starting from a block.
    pub fn equivalences_from<'a>(
        &'a self,
        block: &'a str,
    ) -> impl Iterator<Item = &'a Equivalence> + 'a {
        self.equivalences.iter().filter(move |e| e.from == block)
    }
}
