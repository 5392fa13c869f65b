//! Candidate routes, their steps and timings, and their ranking.

use super::funding::{self, Person};
use super::profile::{Profile, Situation, Target};
use super::types::*;
use crate::catalog::{owned, Catalog, ModalityKind, Range, Title};
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
    ) -> (Option<Range>, Option<Range>, DurationBasis, Vec<String>) {
        let Some(d) = self.catalog.duration(modality, scope) else {
            return (None, None, DurationBasis::Unknown, vec![]);
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
        (months, hours, basis, sources)
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
                let to_pay = funding
                    .iter()
                    .filter(|o| o.verdict != Verdict::NotEligible && !o.top_up)
                    .map(|o| o.to_pay)
                    .min_by_key(|t| t.rank())
                    .unwrap_or(ToPay::Unknown);
                let (months, hours, duration_basis, sources) = self.duration(modality, scope);
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
            steps,
            months: at,
            to_pay,
            keeps_job,
            paid: needs_new_contract,
            needs_new_contract,
        }
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
        rank(&mut routes);
        (routes, excluded)
    }
}

fn months_key(r: &Route) -> u32 {
    r.months.map_or(u32::MAX, |m| m.max)
}

/// Best first: the person's own choice, then firm routes before conditional ones,
/// then the shortest, then the cheapest.
fn rank(routes: &mut [Route]) {
    let key = |r: &Route| {
        (
            !r.strengths.contains(&Strength::Chosen),
            r.strengths.contains(&Strength::IfEquivalenceConfirmed),
            months_key(r),
            r.to_pay.rank(),
        )
    };
    crate::sort::sort_by(routes, |a, b| {
        key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
    let firm = |r: &&mut Route| !r.strengths.contains(&Strength::IfEquivalenceConfirmed);
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
        if r.strengths.contains(&Strength::IfEquivalenceConfirmed) {
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
