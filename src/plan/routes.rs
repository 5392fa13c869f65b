//! Candidate routes, their steps and timings, and their ranking.

use super::funding::{self, Person};
use super::profile::{Profile, Situation, Target};
use super::types::*;
use crate::catalog::{owned, Catalog, Confidence, ModalityKind, Range, Title};
use std::sync::Arc;

pub(crate) struct Context<'a> {
    pub catalog: &'a Catalog,
    pub person: &'a Person<'a>,
    pub target: &'a Title,
    pub profile: &'a Profile,
    /// Funding options depend on the modality and the person only: worked out once per plan.
    pub options: std::cell::RefCell<Vec<(String, Arc<[FundingOption]>)>>,
    /// Some held block counts through an official or presumed equivalence.
    pub by_equivalence: bool,
}

/// One step before timing: what it obtains and by which modality, or experience.
enum Spec {
    Obtain {
        blocks: Vec<String>,
        scope: String,
        modality: String,
    },
    Experience,
}

/// Weeks in a month, as a fraction (52 / 12 = 13 / 3).
const WEEKS_PER_MONTH_NUM: u32 = 13;
const WEEKS_PER_MONTH_DEN: u32 = 3;
const FULL_TIME_HOURS: u32 = 35;
const HALF_TIME_HOURS: u32 = 17;
/// From about three years of related experience, a VAE is the likelier way: VAE routes come
/// before training ones. A ranking choice of Parcours, not a rule of law.
const LONG_EXPERIENCE_MONTHS: u32 = 36;

/// What a route's steps cost: the sure amount (the lowest among eligible options, top-ups
/// aside), whether it rests on official facts, and a lower best case with the schemes it
/// needs. A scheme that cannot really lower it (no POEC was found; a POEI is 300 to 600 h
/// before a promised hire, not a whole title) is left out of the best case.
fn amounts(funding: &[FundingOption], whole_title: bool) -> (ToPay, bool, Option<BestCase>) {
    let payers = || funding.iter().filter(|o| !o.top_up);
    let sure = payers()
        .filter(|o| o.verdict == Verdict::Eligible)
        .min_by_key(|o| o.to_pay.rank());
    let (to_pay, confirmed) = sure.map_or((ToPay::Unknown, true), |o| (o.to_pay, o.confirmed));
    let hopeful = |o: &&FundingOption| {
        o.verdict == Verdict::Check && o.scheme != "poec" && !(o.scheme == "poei" && whole_title)
    };
    let best = payers()
        .filter(hopeful)
        .min_by_key(|o| o.to_pay.rank())
        .map(|o| o.to_pay)
        .filter(|b| b.rank() < to_pay.rank());
    let best_case = best.map(|b| BestCase {
        to_pay: b,
        if_agreed: payers()
            .filter(hopeful)
            .filter(|o| o.to_pay.rank() == b.rank())
            .map(|o| o.scheme.clone())
            .collect(),
    });
    (to_pay, confirmed, best_case)
}

fn months_for(hours: u32, per_week: u32) -> u32 {
    let per_week = per_week.max(1);
    // ceil(hours / (per_week × 13/3)), at least one month.
    let num = hours.saturating_mul(WEEKS_PER_MONTH_DEN);
    let den = per_week * WEEKS_PER_MONTH_NUM;
    num.div_ceil(den).max(1)
}

impl Context<'_> {
    fn modality_id(&self, kind: ModalityKind) -> Option<String> {
        self.catalog
            .modality_of_kind(kind)
            .map(|m| m.id.to_string())
    }

    fn options_for(&self, modality: &str, kind: ModalityKind) -> Arc<[FundingOption]> {
        let mut cache = self.options.borrow_mut();
        if let Some((_, options)) = cache.iter().find(|(m, _)| m == modality) {
            return options.clone();
        }
        let options: Arc<[FundingOption]> =
            funding::options(self.catalog, self.person, modality, kind).into();
        cache.push((modality.to_string(), options.clone()));
        options
    }

    /// Experience usually expected before a VAE (a catalog rule; the validator requires it).
    fn expected_experience(&self) -> u32 {
        self.catalog
            .rules
            .vae_expected_experience_months
            .value
            .unwrap_or_default()
    }

    fn experience_gap(&self) -> u32 {
        let have = Person::months(self.profile.experience_months).unwrap_or(0);
        self.expected_experience().saturating_sub(have)
    }

    fn obtain(blocks: &[&str], scope: &str, modality: &str) -> Spec {
        Spec::Obtain {
            blocks: blocks.iter().map(|b| b.to_string()).collect(),
            scope: scope.to_string(),
            modality: modality.to_string(),
        }
    }

    fn per_block(blocks: &[String], modality: &str) -> Vec<Spec> {
        blocks
            .iter()
            .map(|b| Self::obtain(&[b], b, modality))
            .collect()
    }

    /// Candidate routes as (id, strengths fixed by construction, specs).
    fn candidates(
        &self,
        remaining: &[String],
        if_confirmed: &[String],
    ) -> Vec<(String, Vec<Strength>, Vec<Spec>)> {
        let mut out: Vec<(String, Vec<Strength>, Vec<Spec>)> = Vec::new();
        if remaining.is_empty() {
            return out;
        }
        let training = self.modality_id(ModalityKind::Training);
        let vae_block = self.modality_id(ModalityKind::VaeBlock);
        let is_cn = self.profile.situation == Some(Situation::ConseillerNumerique);
        let cn = self.modality_id(ModalityKind::CnInitial).filter(|_| is_cn);
        let full_title = matches!(self.profile.target, Target::FullTitle)
            && remaining.len() == self.target.blocks.len();
        let core = self.target.blocks.first().map(|b| b.id.clone());
        let title = self.target.id.as_ref();
        let all: Vec<&str> = remaining.iter().map(String::as_str).collect();

        if !self.profile.choices.is_empty() {
            let specs = remaining
                .iter()
                .map(|b| {
                    let chosen = self
                        .profile
                        .choices
                        .iter()
                        .find(|c| &c.block == b)
                        .map(|c| c.modality.clone());
                    let modality = chosen.or_else(|| training.clone()).unwrap_or_default();
                    Self::obtain(&[b], b, &modality)
                })
                .collect();
            out.push((CHOSEN_ROUTE.into(), vec![Strength::Chosen], specs));
        }
        if let Some(t) = &training {
            out.push((
                "formation-blocs".into(),
                vec![],
                Self::per_block(remaining, t),
            ));
        }
        // The route the field knows best: CCP1, experience in the job, then the rest by VAE.
        if let (Some(core), Some(v)) = (&core, &vae_block) {
            if remaining.len() > 1 && remaining.iter().any(|r| *r == *core) {
                if let Some(first) = cn.clone().or_else(|| training.clone()) {
                    let mut specs = vec![Self::obtain(&[core], core, &first)];
                    if self.experience_gap() > 0 {
                        specs.push(Spec::Experience);
                    }
                    let rest: Vec<String> =
                        remaining.iter().filter(|b| *b != core).cloned().collect();
                    specs.extend(Self::per_block(&rest, v));
                    out.push(("terrain".into(), vec![Strength::FieldRoute], specs));
                }
            }
        }
        if let (Some(core), Some(cn), Some(t)) = (&core, &cn, &training) {
            if remaining.iter().any(|r| *r == *core) {
                let mut specs = vec![Self::obtain(&[core], core, cn)];
                let rest: Vec<String> = remaining.iter().filter(|b| *b != core).cloned().collect();
                specs.extend(Self::per_block(&rest, t));
                out.push(("conseiller-numerique".into(), vec![], specs));
            }
        }
        if full_title {
            for (id, kind) in [
                ("formation-titre", ModalityKind::Training),
                ("apprentissage", ModalityKind::Apprenticeship),
                ("contrat-pro", ModalityKind::ContratPro),
                ("vae-titre", ModalityKind::VaeTitle),
            ] {
                if let Some(m) = self.modality_id(kind) {
                    out.push((id.into(), vec![], vec![Self::obtain(&all, title, &m)]));
                }
            }
        } else if let Some(v) = &vae_block {
            out.push(("vae-blocs".into(), vec![], Self::per_block(remaining, v)));
        }
        // If an equivalence still to check were confirmed, fewer blocks would remain.
        if if_confirmed.len() < remaining.len() {
            let by_vae = self.experience_gap() == 0;
            let modality = if by_vae {
                vae_block.clone()
            } else {
                training.clone()
            };
            if let Some(m) = modality {
                out.push((
                    "si-equivalence".into(),
                    vec![Strength::IfEquivalenceConfirmed],
                    Self::per_block(if_confirmed, &m),
                ));
            }
        }
        out
    }

    fn duration(
        &self,
        modality: &str,
        scope: &str,
    ) -> (
        Option<Range>,
        Option<Range>,
        DurationBasis,
        Vec<String>,
        bool,
    ) {
        let Some(d) = self.catalog.duration(modality, scope) else {
            return (None, None, DurationBasis::Unknown, vec![], true);
        };
        let mut sources = owned(&d.months.sources);
        for s in d.hours.sources.iter().chain(d.cost_eur.sources.iter()) {
            if !sources.iter().any(|known| known == s) {
                sources.push(s.to_string());
            }
        }
        let pace = self.profile.hours_per_week.map(|h| h.clamp(1, 60) as u32);
        let hours = d.hours.value;
        let (months, basis) = match (d.months.value, hours, pace) {
            (Some(m), Some(h), Some(p)) if p < FULL_TIME_HOURS => (
                Some(Range {
                    min: m.min.max(months_for(h.min, p)),
                    max: m.max.max(months_for(h.max, p)),
                }),
                DurationBasis::FromHours {
                    hours_per_week: Some(p),
                },
            ),
            (Some(m), _, _) => (Some(m), DurationBasis::Catalog),
            (None, Some(h), Some(p)) => (
                Some(Range {
                    min: months_for(h.min, p),
                    max: months_for(h.max, p),
                }),
                DurationBasis::FromHours {
                    hours_per_week: Some(p),
                },
            ),
            (None, Some(h), None) => (
                Some(Range {
                    min: months_for(h.min, FULL_TIME_HOURS),
                    max: months_for(h.max, HALF_TIME_HOURS),
                }),
                DurationBasis::FromHours {
                    hours_per_week: None,
                },
            ),
            (None, None, _) => (None, DurationBasis::Unknown),
        };
        let official = |c: Confidence| c == Confidence::Official;
        let confirmed = match basis {
            DurationBasis::Catalog => official(d.months.confidence),
            DurationBasis::FromHours { .. } => {
                official(d.hours.confidence)
                    && (d.months.value.is_none() || official(d.months.confidence))
            }
            DurationBasis::ExperienceGap | DurationBasis::Unknown => true,
        };
        (months, hours, basis, sources, confirmed)
    }

    fn step(&self, spec: &Spec, first: bool) -> Step {
        let mut prerequisites = Vec::new();
        if !first {
            prerequisites.push(Reason::AfterPreviousStep);
        }
        let expected = self.expected_experience();
        match spec {
            Spec::Experience => {
                let gap = self.experience_gap();
                Step {
                    kind: StepKind::Experience,
                    blocks: vec![],
                    scope: self.target.id.to_string(),
                    modality: None,
                    months: Some(Range { min: gap, max: gap }),
                    hours: None,
                    start: None,
                    end: None,
                    dates: None,
                    duration_basis: DurationBasis::ExperienceGap,
                    prerequisites,
                    funding: Arc::from([]),
                    to_pay: ToPay::Nothing,
                    best_case: None,
                    // « About a year » is the custom, from secondary sources.
                    duration_confirmed: self
                        .catalog
                        .rules
                        .vae_expected_experience_months
                        .confidence
                        == Confidence::Official,
                    amount_confirmed: true,
                    sources: owned(&self.catalog.rules.vae_expected_experience_months.sources),
                }
            }
            Spec::Obtain {
                blocks,
                scope,
                modality,
            } => {
                let kind = self.catalog.modality(modality).map(|m| m.kind);
                match kind {
                    Some(ModalityKind::Apprenticeship | ModalityKind::ContratPro) => {
                        prerequisites.push(Reason::NeedsEmployerContract)
                    }
                    Some(ModalityKind::VaeBlock | ModalityKind::VaeTitle) => {
                        prerequisites.push(Reason::VaeExperience {
                            expected_months: expected,
                        })
                    }
                    _ => {}
                }
                let funding = match kind {
                    Some(k) => self.options_for(modality, k),
                    None => Arc::from([]),
                };
                let (to_pay, amount_confirmed, best_case) =
                    amounts(&funding, *scope == self.target.id);
                let (months, hours, duration_basis, sources, duration_confirmed) =
                    self.duration(modality, scope);
                Step {
                    kind: StepKind::Obtain,
                    blocks: blocks.clone(),
                    scope: scope.clone(),
                    modality: Some(modality.clone()),
                    months,
                    hours,
                    start: None,
                    end: None,
                    dates: None,
                    duration_basis,
                    prerequisites,
                    funding,
                    to_pay,
                    best_case,
                    duration_confirmed,
                    amount_confirmed,
                    sources,
                }
            }
        }
    }

    fn route(&self, id: String, mut strengths: Vec<Strength>, specs: &[Spec]) -> Route {
        let mut steps: Vec<Step> = specs
            .iter()
            .enumerate()
            .map(|(i, s)| self.step(s, i == 0))
            .collect();
        let mut at = Some(Range { min: 0, max: 0 });
        for s in &mut steps {
            s.start = at;
            s.end = match (at, s.months) {
                (Some(a), Some(m)) => Some(Range {
                    min: a.min + m.min,
                    max: a.max + m.max,
                }),
                _ => None,
            };
            s.dates = match (self.profile.start, s.start, s.end) {
                (Some(day), Some(a), Some(e)) => {
                    Some((day.add_months(a.min), day.add_months(e.max)))
                }
                _ => None,
            };
            at = s.end;
        }
        let work_study = |s: &Step| {
            s.modality
                .as_deref()
                .and_then(|m| self.catalog.modality(m))
                .is_some_and(|m| {
                    matches!(
                        m.kind,
                        ModalityKind::Apprenticeship | ModalityKind::ContratPro
                    )
                })
        };
        let needs_new_contract = steps.iter().any(work_study);
        let keeps_job = self.person.is_employed() && !needs_new_contract;
        let to_pay = steps
            .iter()
            .fold(ToPay::Nothing, |acc, s| acc.plus(s.to_pay));
        let best = steps.iter().fold(ToPay::Nothing, |acc, s| {
            acc.plus(s.best_case.as_ref().map_or(s.to_pay, |b| b.to_pay))
        });
        let best_case = (best.rank() < to_pay.rank()).then(|| {
            let mut if_agreed: Vec<String> = Vec::new();
            for scheme in steps
                .iter()
                .filter_map(|s| s.best_case.as_ref())
                .flat_map(|b| &b.if_agreed)
            {
                if !if_agreed.contains(scheme) {
                    if_agreed.push(scheme.clone());
                }
            }
            BestCase {
                to_pay: best,
                if_agreed,
            }
        });
        let (feasibility, conditions) = self.feasibility(
            &steps,
            strengths.contains(&Strength::IfEquivalenceConfirmed),
        );
        let way = match (&self.profile.target, steps.as_slice()) {
            (Target::Block { .. }, _) => Way::OneBlock,
            (_, [only]) if only.scope == self.target.id => Way::TitleSession,
            _ if self.by_equivalence || strengths.contains(&Strength::IfEquivalenceConfirmed) => {
                Way::EquivalencesAndBlocks
            }
            _ => Way::AllBlocks,
        };
        if keeps_job {
            strengths.push(Strength::KeepsJob);
        }
        if needs_new_contract {
            strengths.push(Strength::Paid);
        }
        Route {
            id,
            strengths,
            way,
            duration_confirmed: steps.iter().all(|s| s.duration_confirmed),
            amount_confirmed: steps.iter().all(|s| s.amount_confirmed),
            steps,
            months: at,
            to_pay,
            best_case,
            feasibility,
            conditions,
            keeps_job,
            paid: needs_new_contract,
            needs_new_contract,
        }
    }

    /// How realistic a route is, and what it depends on, from its steps' verdicts and
    /// prerequisites in their order (an experience step before a VAE gives it its experience).
    fn feasibility(&self, steps: &[Step], if_equivalence: bool) -> (Feasibility, Vec<Condition>) {
        let mut conditions: Vec<Condition> = Vec::new();
        // One « si l'un de ces financements » for the whole route, its schemes gathered.
        let mut add = |c: Condition| match (
            c,
            conditions.iter_mut().find_map(|x| match x {
                Condition::FundingAgreed { schemes } => Some(schemes),
                _ => None,
            }),
        ) {
            (Condition::FundingAgreed { schemes: more }, Some(schemes)) => {
                for s in more {
                    if !schemes.contains(&s) {
                        schemes.push(s);
                    }
                }
            }
            (c, _) => {
                if !conditions.contains(&c) {
                    conditions.push(c);
                }
            }
        };
        let mut unlikely = false;
        if if_equivalence {
            add(Condition::EquivalenceConfirmed);
        }
        let expected = self.expected_experience();
        let in_the_job = self.profile.situation == Some(Situation::ConseillerNumerique);
        let mut experience = Person::months(self.profile.experience_months);
        for s in steps {
            if s.kind == StepKind::Experience {
                if !in_the_job {
                    add(Condition::FindMediationWork);
                }
                experience = Some(experience.unwrap_or(0).max(expected));
                continue;
            }
            let kind = s
                .modality
                .as_deref()
                .and_then(|m| self.catalog.modality(m))
                .map(|m| m.kind);
            match kind {
                Some(ModalityKind::Apprenticeship | ModalityKind::ContratPro) => {
                    add(Condition::EmployerHires);
                    let contract = s.funding.iter().filter(|o| {
                        o.verdict == Verdict::Check
                            && matches!(
                                o.scheme.as_str(),
                                "apprentissage-opco" | "contrat-pro-opco"
                            )
                    });
                    for o in contract {
                        let (condition, mostly_fails) = match o.reason {
                            Reason::SituationUnknown => (Condition::TellSituation, false),
                            Reason::ApprenticeAgeUnknown { .. }
                            | Reason::ContratProAgeUnknown { .. } => (Condition::TellAge, false),
                            Reason::ApprenticeAfterCollege { .. } => {
                                (Condition::CollegeFinished, false)
                            }
                            Reason::ApprenticeExtendedAge { .. } => {
                                (Condition::PreviousApprenticeship, false)
                            }
                            Reason::ApprenticeLocalAuthorityCnfpt => (Condition::CnfptFunds, false),
                            Reason::ContratProIfMinimaSociaux { .. } => {
                                (Condition::ReceivesMinimaSociaux, false)
                            }
                            Reason::ContratProIfRegistered { .. }
                            | Reason::ContratProRegisterFirst { .. } => {
                                (Condition::RegisterJobSeeker, false)
                            }
                            // Past the age limits: only rare exceptions remain.
                            _ => (Condition::ApprenticeshipException, true),
                        };
                        unlikely |= mostly_fails;
                        add(condition);
                    }
                }
                Some(k) => {
                    if matches!(k, ModalityKind::VaeBlock | ModalityKind::VaeTitle) {
                        match experience {
                            Some(m) if m >= expected => {}
                            have => {
                                // Known to be short: a VAE then mostly fails.
                                unlikely |= have.is_some();
                                add(Condition::VaeExperience {
                                    expected_months: expected,
                                    have,
                                });
                            }
                        }
                    }
                    let payers = || s.funding.iter().filter(|o| !o.top_up);
                    if !payers().any(|o| o.verdict == Verdict::Eligible) {
                        if payers().any(|o| o.reason == Reason::SituationUnknown) {
                            add(Condition::TellSituation);
                        } else {
                            let whole = s.scope == self.target.id;
                            add(Condition::FundingAgreed {
                                schemes: payers()
                                    .filter(|o| {
                                        o.verdict == Verdict::Check
                                            && o.scheme != "poec"
                                            && !(o.scheme == "poei" && whole)
                                    })
                                    .map(|o| o.scheme.clone())
                                    .collect(),
                            });
                        }
                    }
                }
                None => {}
            }
        }
        let feasibility = if unlikely {
            Feasibility::Unlikely
        } else if conditions.is_empty() {
            Feasibility::Firm
        } else {
            Feasibility::Conditional
        };
        (feasibility, conditions)
    }

    pub fn routes(
        &self,
        remaining: &[String],
        if_confirmed: &[String],
    ) -> (Vec<Route>, Vec<Excluded>) {
        let mut routes: Vec<Route> = Vec::new();
        let mut excluded = Vec::new();
        for (id, strengths, specs) in self.candidates(remaining, if_confirmed) {
            let route = self.route(id, strengths, &specs);
            // A work-study contract the person cannot sign closes the route.
            let closed = route.steps.iter().flat_map(|s| s.funding.iter()).find(|o| {
                matches!(o.scheme.as_str(), "apprentissage-opco" | "contrat-pro-opco")
                    && o.verdict == Verdict::NotEligible
            });
            if let Some(o) = closed {
                excluded.push(Excluded {
                    route: route.id.clone(),
                    reason: o.reason.clone(),
                });
                continue;
            }
            let same_steps = |r: &Route| {
                r.steps.len() == route.steps.len()
                    && r.steps
                        .iter()
                        .zip(&route.steps)
                        .all(|(a, b)| a.scope == b.scope && a.modality == b.modality)
            };
            if routes.iter().any(same_steps) {
                continue;
            }
            routes.push(route);
        }
        let preference = Preference {
            state_funded: self.profile.situation == Some(Situation::ConseillerNumerique),
            long_experience: Person::months(self.profile.experience_months)
                .is_some_and(|m| m >= LONG_EXPERIENCE_MONTHS),
            catalog: self.catalog,
        };
        rank(&mut routes, &preference);
        (routes, excluded)
    }
}

fn months_key(r: &Route) -> u32 {
    r.months.map_or(u32::MAX, |m| m.max)
}

/// What the ranking weighs besides feasibility, length and cost.
struct Preference<'a> {
    /// A conseiller numérique: routes through the State-funded training first.
    state_funded: bool,
    /// About three years of related experience or more: VAE routes before training.
    long_experience: bool,
    catalog: &'a Catalog,
}

impl Preference<'_> {
    /// 0 for the conseiller numérique route while its training is funded, 1 for another route
    /// through that funded training, 2 for the rest; all equal for anyone else.
    fn state_funded(&self, r: &Route) -> u8 {
        let funded = r.steps.iter().any(|s| {
            s.funding
                .iter()
                .any(|o| o.scheme == "cn-etat" && o.verdict == Verdict::Eligible)
        });
        match (self.state_funded && funded, r.id == "conseiller-numerique") {
            (false, _) => 2,
            (true, true) => 0,
            (true, false) => 1,
        }
    }
    /// With long experience, the steps to follow as training rather than by VAE.
    fn not_by_vae(&self, r: &Route) -> usize {
        if !self.long_experience {
            return 0;
        }
        r.steps
            .iter()
            .filter(|s| s.kind == StepKind::Obtain)
            .filter(|s| {
                !s.modality
                    .as_deref()
                    .and_then(|m| self.catalog.modality(m))
                    .is_some_and(|m| {
                        matches!(m.kind, ModalityKind::VaeBlock | ModalityKind::VaeTitle)
                    })
            })
            .count()
    }
}

/// Best first: the person's own choice; then firm, conditional and unlikely routes; within
/// each, a conseiller numérique's funded training, VAE for long experience, routes that need
/// no equivalence to be confirmed, then the shortest, then the cheapest for sure.
fn rank(routes: &mut [Route], prefer: &Preference) {
    let key = |r: &Route| {
        (
            !r.strengths.contains(&Strength::Chosen),
            r.feasibility,
            prefer.state_funded(r),
            prefer.not_by_vae(r),
            r.strengths.contains(&Strength::IfEquivalenceConfirmed),
            months_key(r),
            r.to_pay.rank(),
        )
    };
    crate::sort::sort_by(routes, |a, b| {
        key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
    // « Le plus rapide » and « le moins cher » among the most realistic routes there are.
    let best_class = routes
        .iter()
        .filter(|r| !r.strengths.contains(&Strength::IfEquivalenceConfirmed))
        .map(|r| r.feasibility)
        .min();
    let firm = |r: &&mut Route| {
        !r.strengths.contains(&Strength::IfEquivalenceConfirmed)
            && Some(r.feasibility) == best_class
    };
    let known: Vec<u32> = routes
        .iter_mut()
        .filter(firm)
        .map(|r| months_key(r))
        .filter(|m| *m != u32::MAX)
        .collect();
    let pays: Vec<u64> = routes
        .iter_mut()
        .filter(firm)
        .map(|r| r.to_pay.rank())
        .collect();
    let (fastest, slowest) = (known.iter().min().copied(), known.iter().max().copied());
    let (cheapest, dearest) = (pays.iter().min().copied(), pays.iter().max().copied());
    for r in routes.iter_mut() {
        if !firm(&r) {
            continue;
        }
        if fastest.is_some() && fastest != slowest && Some(months_key(r)) == fastest {
            r.strengths.push(Strength::Fastest);
        }
        if cheapest != dearest && Some(r.to_pay.rank()) == cheapest {
            r.strengths.push(Strength::LeastToPay);
        }
        crate::sort::sort_by(&mut r.strengths, Strength::cmp);
        r.strengths.dedup();
    }
}

/// Warnings that depend on the routes: VAE with little experience, unknown durations.
pub(crate) fn warnings(ctx: &Context, routes: &[Route]) -> Vec<Warning> {
    let mut out = Vec::new();
    let rules = &ctx.catalog.rules;
    let expected = ctx.expected_experience();
    let is_vae = |s: &Step| {
        s.modality
            .as_deref()
            .and_then(|m| ctx.catalog.modality(m))
            .is_some_and(|m| matches!(m.kind, ModalityKind::VaeBlock | ModalityKind::VaeTitle))
    };
    let months = Person::months(ctx.profile.experience_months);
    if routes.iter().flat_map(|r| &r.steps).any(is_vae) && months.is_none_or(|m| m < expected) {
        if let Some(since) = rules.vae_no_legal_minimum_since.value {
            let mut sources = owned(&rules.vae_expected_experience_months.sources);
            sources.extend(owned(&rules.vae_no_legal_minimum_since.sources));
            out.push(Warning::VaeLittleExperience {
                months,
                expected,
                since,
                sources,
            });
        }
    }
    let mut seen: Vec<(String, String)> = Vec::new();
    for s in routes.iter().flat_map(|r| &r.steps) {
        if let (None, Some(m)) = (s.months, &s.modality) {
            let key = (m.clone(), s.scope.clone());
            if !seen.contains(&key) {
                seen.push(key.clone());
                out.push(Warning::DurationUnknown {
                    modality: key.0,
                    scope: key.1,
                });
            }
        }
    }
    out
}
