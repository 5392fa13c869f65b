//! The money of a route, worked out: each training step's price (the catalog's, an estimate
//! from the one known price per hour, or the person's quote), what the CPF pays against it
//! (its balance spent step after step), who can pay the rest, and what is left for sure and at
//! best. The view only shows these figures.

use super::funding::{num, Person};
use super::profile::Situation;
use super::routes::Context;
use super::types::*;
use crate::catalog::{Catalog, Confidence, ModalityKind, Range};

/// What is left of the CPF as the route's steps spend it, in cents.
pub(crate) struct Purse {
    /// The balance the person gave, what is left of it; `None` when not known.
    balance: Option<u32>,
    /// Without a balance, what the ceiling still allows at best.
    ceiling: u32,
}

impl Purse {
    pub(crate) fn new(catalog: &Catalog, person: &Person) -> Purse {
        let euros = person.p.cpf_euros.filter(|_| !person.is_public());
        Purse {
            balance: euros.map(|e| (e.clamp(0, 1_000_000) as u32).saturating_mul(100)),
            ceiling: cpf_ceiling_eur(catalog, person).saturating_mul(100),
        }
    }
}

/// The CPF's ceiling in euros for this person: 8,000 € below level 3 or with an RQTH, else 5,000 €.
pub(crate) fn cpf_ceiling_eur(c: &Catalog, person: &Person) -> u32 {
    let rules = &c.rules;
    let p = person.p;
    let low = p
        .diploma_level
        .is_some_and(|l| l < i64::from(num(&rules.cpf_low_qualified_below_level)))
        || p.rqth == Some(true);
    if low {
        num(&rules.cpf_cap_low_qualified_eur)
    } else {
        num(&rules.cpf_cap_eur)
    }
}

/// A scheme that could lower what is left, on its condition: not a collective programme that
/// was never found (POEC), nor a POEI for a whole title (300 to 600 h before a promised hire).
pub(crate) fn hopeful(o: &FundingOption, whole_title: bool) -> bool {
    o.verdict != Verdict::NotEligible
        && o.to_pay != ToPay::Unknown
        && o.scheme != "poec"
        && !(o.scheme == "poei" && whole_title)
}

impl Context<'_> {
    /// The price of a block or title taken one way, in cents, and how it was found: the
    /// person's quote, the catalog's price, or the one known price per hour times the hours.
    pub(crate) fn price(
        &self,
        modality: &str,
        scope: &str,
        hours: Option<Range>,
    ) -> (Option<Range>, PriceBasis) {
        if let Some(euros) = self.profile.quote(scope, modality) {
            let cents = euros.saturating_mul(100);
            let price = Range {
                min: cents,
                max: cents,
            };
            return (Some(price), PriceBasis::Quote);
        }
        let known = self.catalog.duration(modality, scope);
        if let Some(d) = known.filter(|d| d.cost_eur.value.is_some()) {
            let cost = d.cost_eur.value.unwrap_or(Range { min: 0, max: 0 });
            let price = Range {
                min: cost.min.saturating_mul(100),
                max: cost.max.saturating_mul(100),
            };
            let basis = PriceBasis::Catalog {
                confirmed: d.cost_eur.confidence == Confidence::Official,
                year: d.cost_year,
            };
            return (Some(price), basis);
        }
        let training = self
            .catalog
            .modality(modality)
            .is_some_and(|m| m.kind == ModalityKind::Training);
        let (hours, hours_estimated) = match hours {
            Some(h) => (Some(h), false),
            None => (self.hours_left_of_title(modality, scope), true),
        };
        match (training, self.per_hour(modality), hours) {
            (true, Some((cents_per_hour, from)), Some(h)) => (
                Some(Range {
                    min: h.min.saturating_mul(cents_per_hour),
                    max: h.max.saturating_mul(cents_per_hour),
                }),
                PriceBasis::PerHour {
                    cents_per_hour,
                    from,
                    hours: h,
                    hours_estimated,
                },
            ),
            _ => (None, PriceBasis::Ask),
        }
    }

    /// A block whose hours are not known, taken this way: the whole title's hours minus the
    /// other blocks' (an estimate, when each of those is known).
    fn hours_left_of_title(&self, modality: &str, scope: &str) -> Option<Range> {
        let blocks = &self.target.blocks;
        if !blocks.iter().any(|b| b.id == scope) {
            return None;
        }
        let title = self
            .catalog
            .duration(modality, &self.target.id)?
            .hours
            .value?;
        let mut others = Range { min: 0, max: 0 };
        for b in blocks.iter().filter(|b| b.id != scope) {
            let h = self.catalog.duration(modality, &b.id)?.hours.value?;
            others.min = others.min.saturating_add(h.min);
            others.max = others.max.saturating_add(h.max);
        }
        let left = Range {
            min: title.min.checked_sub(others.max)?,
            max: title.max.checked_sub(others.min)?,
        };
        (left.min > 0).then_some(left)
    }

    /// The one price per hour the catalog knows for a course of this way: a price and its
    /// hours, both single figures, for another block or title (cents an hour, its scope).
    fn per_hour(&self, modality: &str) -> Option<(u32, String)> {
        self.catalog
            .durations
            .iter()
            .filter(|d| d.modality == modality)
            .find_map(|d| {
                let (cost, hours) = (d.cost_eur.value?, d.hours.value?);
                let single = cost.min == cost.max && hours.min == hours.max && hours.max > 0;
                let cents = u64::from(cost.max) * 100;
                let per_hour = (cents + u64::from(hours.max) / 2) / u64::from(hours.max);
                (single && per_hour > 0).then(|| {
                    (
                        u32::try_from(per_hour).unwrap_or(u32::MAX),
                        d.scope.to_string(),
                    )
                })
            })
    }

    /// A step's money within its route: the CPF pays what it surely can from what is left in
    /// the purse, then who could pay the rest.
    pub(crate) fn money(&self, step: &Step, purse: &mut Purse) -> Money {
        let mut m = self.money_in_euros(step, purse);
        let public = step
            .funding
            .iter()
            .any(|o| o.scheme == "cpf-public" && o.verdict != Verdict::NotEligible);
        if self.person.is_public() && public {
            let rules = &self.catalog.rules;
            m.public_hours = Some(PublicHours {
                have: self.profile.cpf_hours.map(|h| h.clamp(0, 1_000) as u32),
                cap: num(&rules.cpf_public_hours_cap),
                cap_c: num(&rules.cpf_public_hours_cap_c),
                course: step.hours,
            });
        }
        m
    }

    fn money_in_euros(&self, step: &Step, purse: &mut Purse) -> Money {
        let Some(price) = step.money.price else {
            // The CPF may pay against a quote still to ask for: listed among those who could.
            return Money {
                could_close: self.closers(step, true),
                ..Money::default()
            };
        };
        let payers = || step.funding.iter().filter(|o| !o.top_up);
        let paid_by = payers()
            .find(|o| o.verdict == Verdict::Eligible && o.to_pay == ToPay::Nothing)
            .map(|o| o.scheme.clone());
        if paid_by.is_some() || price.max == 0 {
            return Money {
                price: Some(price),
                paid_by,
                left_sure: Some(0),
                left_best: Some(0),
                ..Money::default()
            };
        }
        let cpf = step
            .funding
            .iter()
            .find(|o| o.scheme == "cpf" && o.verdict != Verdict::NotEligible);
        let participation = match cpf.map(|o| (o.verdict, o.to_pay)) {
            Some((_, ToPay::AtLeast { cents } | ToPay::Fixed { cents })) => cents,
            _ => 0,
        };
        let sure_cpf = cpf.is_some_and(|o| o.verdict == Verdict::Eligible);
        let (cpf_sure, cpf_up_to) = match (cpf, purse.balance) {
            (None, _) => (0, 0),
            (Some(_), Some(left)) => {
                let share = left.min(price.max);
                purse.balance = Some(left - share);
                (if sure_cpf { share } else { 0 }, share)
            }
            (Some(_), None) => {
                let share = purse.ceiling.min(price.max);
                purse.ceiling -= share;
                (0, share)
            }
        };
        let with_participation = |share: u32| {
            if share > 0 {
                participation
            } else {
                0
            }
        };
        let left_sure = price.max - cpf_sure + with_participation(cpf_sure);
        let could_close = self.closers(step, cpf_up_to > cpf_sure);
        // Another scheme that could pay the rest in full; a top-up only adds to the CPF.
        let closes = step.funding.iter().any(|o| {
            o.scheme != "cpf" && could_close.contains(&o.scheme) && (!o.top_up || cpf_up_to > 0)
        });
        let best_cpf = cpf_up_to.min(price.min);
        let left_best = if closes {
            0
        } else {
            price.min - best_cpf + with_participation(best_cpf)
        };
        Money {
            price: Some(price),
            cpf_sure,
            cpf_up_to,
            participation: with_participation(cpf_up_to),
            paid_by: None,
            could_close,
            left_sure: Some(left_sure),
            left_best: Some(left_best.min(left_sure)),
            public_hours: None,
        }
    }

    /// The schemes that could lower what is left of a step, in the order of its funding
    /// options; the CPF among them when it may pay more than is sure (`cpf_hope`).
    fn closers(&self, step: &Step, cpf_hope: bool) -> Vec<String> {
        let whole = step.scope == self.target.id;
        step.funding
            .iter()
            .filter(|o| hopeful(o, whole))
            .filter(|o| o.scheme != "cpf" || cpf_hope)
            .map(|o| o.scheme.clone())
            .collect()
    }

    /// What the person lives on during the route's courses.
    pub(crate) fn income(&self, steps: &[Step], begins: crate::catalog::Date) -> Income {
        let rules = &self.catalog.rules;
        let kind_of = |s: &Step| {
            s.modality
                .as_deref()
                .and_then(|m| self.catalog.modality(m))
                .map(|m| m.kind)
        };
        let smic = rules.smic.value.as_deref().unwrap_or(&[]);
        let in_force = smic
            .iter()
            .rev()
            .find(|v| v.from <= begins)
            .or(smic.first());
        let (smic_cents, smic_from) = in_force.map_or((0, begins), |v| (v.monthly_cents, v.from));
        let age = self.person.age();
        let band = |bands: &[crate::catalog::PayBand]| {
            let age = age?;
            bands
                .iter()
                .rev()
                .find(|b| u32::from(b.from_age) <= age)
                .map(|b| b.percent.to_vec())
        };
        for s in steps {
            match kind_of(s) {
                Some(ModalityKind::Apprenticeship) => {
                    return Income::ApprenticePay {
                        percents: band(rules.apprentice_pay.value.as_deref().unwrap_or(&[])),
                        smic_cents,
                        smic_from,
                    }
                }
                Some(ModalityKind::ContratPro) => {
                    let percents = band(rules.contrat_pro_pay.value.as_deref().unwrap_or(&[]))
                        .and_then(|p| Some((*p.first()?, *p.get(1)?)));
                    return Income::ContratProPay {
                        percents,
                        smic_cents,
                        smic_from,
                    };
                }
                _ => {}
            }
        }
        let p = self.profile;
        match p.situation {
            Some(Situation::Employee) => Income::JobPay {
                working_time: p.working_time,
            },
            Some(Situation::JobSeeker) if p.receives_are == Some(true) => Income::Aref {
                daily_minimum_cents: num(&rules.aref_daily_minimum_cents),
            },
            Some(Situation::JobSeeker) => Income::FranceTravailPay {
                example_cents: num(&rules.france_travail_pay_example_cents),
                receives_are: p.receives_are,
            },
            Some(Situation::PublicAgent) => Income::EmployerDecides,
            Some(Situation::SelfEmployed) => Income::OwnActivity,
            Some(Situation::ConseillerNumerique) => Income::CnSalary,
            Some(Situation::Student | Situation::NoActivity) => Income::NoPayRegisterOpens,
            None => Income::Unknown,
        }
    }
}

/// The sure amount of a step as the planner states it, and its best case.
pub(crate) fn to_pay_of(m: &Money) -> Option<(ToPay, Option<BestCase>)> {
    let cents = |c: u32| {
        if c == 0 {
            ToPay::Nothing
        } else {
            ToPay::Fixed { cents: c }
        }
    };
    let (sure, best) = (m.left_sure?, m.left_best?);
    let best_case = (best < sure).then(|| BestCase {
        to_pay: cents(best),
        if_agreed: m.could_close.clone(),
    });
    Some((cents(sure), best_case))
}

/// The steps' money added up for their route.
pub(crate) fn total(steps: &[Step]) -> Money {
    let mut out = Money {
        price: Some(Range { min: 0, max: 0 }),
        left_sure: Some(0),
        left_best: Some(0),
        ..Money::default()
    };
    let add = |a: Option<u32>, b: Option<u32>| Some(a?.saturating_add(b?));
    let mut paid_by: Vec<&str> = Vec::new();
    let obtain: Vec<&Step> = steps
        .iter()
        .filter(|s| s.kind == StepKind::Obtain)
        .collect();
    for s in &obtain {
        let m = &s.money;
        out.price = match (out.price, m.price) {
            (Some(a), Some(b)) => Some(Range {
                min: a.min.saturating_add(b.min),
                max: a.max.saturating_add(b.max),
            }),
            _ => None,
        };
        out.cpf_sure = out.cpf_sure.saturating_add(m.cpf_sure);
        out.cpf_up_to = out.cpf_up_to.saturating_add(m.cpf_up_to);
        out.participation = out.participation.saturating_add(m.participation);
        out.left_sure = add(out.left_sure, m.left_sure);
        out.left_best = add(out.left_best, m.left_best);
        for c in &m.could_close {
            if !out.could_close.contains(c) {
                out.could_close.push(c.clone());
            }
        }
        paid_by.extend(m.paid_by.as_deref());
        // A public agent's hours against the route's hours, all its courses added up.
        if let Some(h) = &m.public_hours {
            out.public_hours = Some(match out.public_hours.take() {
                None => h.clone(),
                Some(mut t) => {
                    t.course = match (t.course, h.course) {
                        (Some(a), Some(b)) => Some(Range {
                            min: a.min.saturating_add(b.min),
                            max: a.max.saturating_add(b.max),
                        }),
                        _ => None,
                    };
                    t
                }
            });
        }
    }
    // One scheme paying every step of the route says so for the whole route.
    if !obtain.is_empty()
        && paid_by.len() == obtain.len()
        && paid_by.windows(2).all(|w| w[0] == w[1])
    {
        out.paid_by = paid_by.first().map(|s| s.to_string());
    }
    out
}
