//! Candidate routes, their steps and timings, and their ranking.

use super::funding::{self, Person};
use super::money;
use super::profile::{Profile, Situation, Target};
use super::rank::{rank, Preference, LONG_EXPERIENCE_MONTHS};
use super::types::*;
use crate::catalog::{Catalog, Date, ModalityKind, Range, Title};
use std::sync::Arc;

pub(crate) struct Context<'a> {
    pub catalog: &'a Catalog,
    pub person: &'a Person<'a>,
    pub target: &'a Title,
    pub profile: &'a Profile,
    /// The day the plan is made: notices count from it.
    pub today: Date,
    /// Funding options depend on the modality and the person only: worked out once per plan.
    pub options: std::cell::RefCell<Vec<(String, Arc<[FundingOption]>)>>,
    /// Some held block counts through an official or presumed equivalence.
    pub by_equivalence: bool,
}

impl Context<'_> {
    /// The routes go to the whole title (not one block first): a POEI, 300 to 600 h before a
    /// promised hire, lowers none of their steps' cost.
    pub(crate) fn toward_whole_title(&self) -> bool {
        matches!(self.profile.target, Target::FullTitle)
    }
}

/// One step before timing: what it obtains and by which modality, or experience.
pub(crate) enum Spec {
    Obtain {
        blocks: Vec<String>,
        scope: String,
        modality: String,
    },
    Experience,
}

impl Context<'_> {
    fn modality_id(&self, kind: ModalityKind) -> Option<String> {
        self.catalog
            .modality_of_kind(kind)
            .map(|m| m.id.to_string())
    }

    pub(crate) fn options_for(&self, modality: &str, kind: ModalityKind) -> Arc<[FundingOption]> {
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
    pub(crate) fn expected_experience(&self) -> u32 {
        self.catalog
            .rules
            .vae_expected_experience_months
            .value
            .unwrap_or_default()
    }

    pub(crate) fn experience_gap(&self) -> u32 {
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
            at = s.end;
        }
        self.spend(&mut steps);
        let (notice, begins) = self.notice(&steps);
        for s in &mut steps {
            s.dates = match (begins, s.start, s.end) {
                (Some(day), Some(a), Some(e)) => {
                    Some((day.add_months(a.min), day.add_months(e.max)))
                }
                _ => None,
            };
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
        let (mut feasibility, mut conditions) = self.feasibility(
            &steps,
            strengths.contains(&Strength::IfEquivalenceConfirmed),
        );
        for c in notice {
            if !conditions.contains(&c) {
                conditions.push(c);
            }
        }
        if feasibility == Feasibility::Firm && !conditions.is_empty() {
            feasibility = Feasibility::Conditional;
        }
        let income = self.income(&steps, begins.unwrap_or(self.today));
        let money = money::total(&steps);
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
            unlikely: super::likelihood::unlikely_because(&conditions, self.profile),
            conditions,
            keeps_job,
            paid: needs_new_contract,
            needs_new_contract,
            money,
            income,
            begins,
        }
    }

    pub fn routes(
        &self,
        remaining: &[String],
        if_confirmed: &[String],
    ) -> (Vec<Route>, Vec<Excluded>, Option<Decider>) {
        let mut routes: Vec<Route> = Vec::new();
        let mut excluded = Vec::new();
        for (id, strengths, specs) in self.candidates(remaining, if_confirmed) {
            let route = self.route(id, strengths, &specs);
            // Nothing left to do if equivalences are confirmed: a check to make (the warnings
            // say whom to ask), not a route of no step.
            if route.steps.is_empty() {
                continue;
            }
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
            profile: self.profile,
        };
        let first_because = rank(&mut routes, &preference);
        (routes, excluded, first_because)
    }
}
