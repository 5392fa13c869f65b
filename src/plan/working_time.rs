//! An employee's working time: a course on working time needs the employer's agreement, asked
//! ahead (its notice moves the start); outside it, the person's own time; a VAE, its leave.

use super::funding::num;
use super::profile::{Situation, WorkingTime};
use super::routes::Context;
use super::types::{Condition, Step};
use crate::catalog::{Date, ModalityKind};

impl Context<'_> {
    /// An employee's working time: the employer's agreement for a course on working time (its
    /// notice, and the day to ask by), the VAE leave, or training in their own time; and the
    /// day the route can begin, moved by the notice when the course is on working time.
    pub(crate) fn notice(&self, steps: &[Step]) -> (Vec<Condition>, Option<Date>) {
        let rules = &self.catalog.rules;
        let wanted = self.profile.start;
        if self.profile.situation != Some(Situation::Employee) {
            return (Vec::new(), wanted);
        }
        let working_time = self.profile.working_time;
        let kind_of = |s: &Step| {
            s.modality
                .as_deref()
                .and_then(|m| self.catalog.modality(m))
                .map(|m| m.kind)
        };
        let mut out = Vec::new();
        let mut begins = wanted;
        let base = wanted.unwrap_or(self.today);
        if let Some(s) = steps
            .iter()
            .find(|s| kind_of(s) == Some(ModalityKind::Training))
        {
            if working_time != Some(WorkingTime::OutsideWorkingTime) {
                let long = s
                    .months
                    .is_none_or(|m| m.max > num(&rules.training_notice_long_after_months));
                let notice_days = if long {
                    num(&rules.training_notice_long_days)
                } else {
                    num(&rules.training_notice_days)
                };
                let offset = s.start.map_or(0, |a| a.min);
                let step_day = base.add_months(offset);
                let mut ask_by = step_day.sub_days(notice_days);
                if ask_by < self.today {
                    ask_by = self.today;
                    // On working time, the course cannot start before the notice has run.
                    if working_time == Some(WorkingTime::OnWorkingTime) && offset == 0 {
                        begins = Some(self.today.add_days(notice_days));
                    }
                }
                out.push(Condition::EmployerAgreement {
                    notice_days,
                    ask_by,
                    answer_days: num(&rules.employer_answer_days),
                });
            }
            if working_time.is_none() {
                out.push(Condition::OwnTime);
            }
        }
        let vae = steps.iter().any(|s| {
            matches!(
                kind_of(s),
                Some(ModalityKind::VaeBlock | ModalityKind::VaeTitle)
            )
        });
        if vae && working_time != Some(WorkingTime::OutsideWorkingTime) {
            out.push(Condition::VaeLeave {
                notice_days: num(&rules.vae_leave_notice_days),
                answer_days: num(&rules.vae_leave_answer_days),
                hours: num(&rules.vae_leave_hours),
            });
        }
        (out, begins)
    }
}
