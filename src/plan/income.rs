//! What the person lives on during a route's courses: an apprentice's or a contrat pro's pay at
//! the SMIC in force at the start, or what their situation gives.

use super::funding::num;
use super::profile::Situation;
use super::routes::Context;
use super::types::{Income, Step};
use crate::catalog::{Date, ModalityKind, PayBand};

impl Context<'_> {
    /// What the person lives on during the route's courses.
    pub(crate) fn income(&self, steps: &[Step], begins: Date) -> Income {
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
        let band = |bands: &[PayBand]| {
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
