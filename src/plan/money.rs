//! The money of a route, worked out: each training step's price (the catalog's, an estimate
//! from the one known price per hour, or the person's quote), what the CPF pays against it
//! (its balance spent step after step), who can pay the rest, and what is left for sure and at
//! best. The view only shows these figures.

use super::funding::{cpf_cap, num, Person};
use super::routes::Context;
use super::types::*;
use crate::catalog::{Catalog, Range};

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
            ceiling: num(cpf_cap(catalog, person)).saturating_mul(100),
        }
    }
}

/// A scheme that can lower a step's cost at all: not a collective programme that was never
/// found (POEC), nor a POEI on a route to the whole title (300 to 600 h before a promised
/// hire), whatever its steps.
pub(crate) fn can_lower(o: &FundingOption, whole_title: bool) -> bool {
    o.scheme != "poec" && !(o.scheme == "poei" && whole_title)
}

/// A scheme that could lower what is left, on its condition.
fn hopeful(o: &FundingOption, whole_title: bool) -> bool {
    o.verdict != Verdict::NotEligible && o.to_pay != ToPay::Unknown && can_lower(o, whole_title)
}

impl Context<'_> {
    /// The money of a route's steps: the CPF is spent step after step, and what it leaves,
    /// someone else may pay. Each step's sure amount and best case follow from it.
    pub(crate) fn spend(&self, steps: &mut [Step]) {
        let mut purse = Purse::new(self.catalog, self.person);
        for s in steps.iter_mut().filter(|s| s.kind == StepKind::Obtain) {
            s.money = self.money(s, &mut purse);
            if let Some((to_pay, best_case)) = to_pay_of(&s.money) {
                let cpf_confirmed = s
                    .funding
                    .iter()
                    .find(|o| o.scheme == "cpf")
                    .is_none_or(|o| o.confirmed);
                s.amount_confirmed = match &s.price_basis {
                    Some(PriceBasis::Quote) => true,
                    Some(PriceBasis::Catalog { confirmed, .. }) => *confirmed,
                    _ => false,
                } && (s.money.cpf_sure == 0 || cpf_confirmed);
                s.to_pay = to_pay;
                s.best_case = best_case;
            }
        }
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
        let whole = self.toward_whole_title();
        step.funding
            .iter()
            .filter(|o| hopeful(o, whole))
            .filter(|o| o.scheme != "cpf" || cpf_hope)
            .map(|o| o.scheme.clone())
            .collect()
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
