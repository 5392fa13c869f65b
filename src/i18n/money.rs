//! The words of the money and the time: a route's price and how it was found, what the CPF pays
//! against it, who can pay the rest, what is left for sure and at best, and what the person
//! lives on during the course. Each sure figure is said apart from what is only possible.

use super::*;
use crate::catalog::{Catalog, Range};
use crate::plan::{Income, Money, PriceBasis, WorkingTime};
use crate::{tr, trf};

/// « 13 440 € », « 896 à 4 928 € ».
pub fn euro_range(r: Range) -> String {
    if r.min == r.max {
        euros(r.max)
    } else {
        trf!("{} à {}", "{} to {}", euros(r.min), euros(r.max))
    }
}

/// A route's or a step's price, in a few words: its figure, or that it is to ask.
pub fn price(m: &Money) -> String {
    match (m.price, &m.paid_by) {
        (_, Some(_)) | (Some(Range { max: 0, .. }), _) => {
            tr!("rien à payer pour vous", "nothing to pay for you").into()
        }
        (Some(r), None) => euro_range(r),
        (None, None) => tr!(
            "à demander à l'organisme (devis)",
            "to ask the organisation (quote)"
        )
        .into(),
    }
}

/// How a step's price was found: « prix Afpa 2025, non confirmé », « estimation : … ».
pub fn price_basis(b: &PriceBasis, catalog: &Catalog) -> String {
    match b {
        PriceBasis::Catalog {
            confirmed,
            year: Some(y),
        } => {
            if *confirmed {
                trf!("prix connu ({})", "known price ({})", y)
            } else {
                trf!(
                    "prix connu ({}), non confirmé",
                    "known price ({}), not confirmed",
                    y
                )
            }
        }
        PriceBasis::Catalog { confirmed, .. } => if *confirmed {
            tr!("prix connu", "known price")
        } else {
            tr!("prix connu, non confirmé", "known price, not confirmed")
        }
        .into(),
        PriceBasis::PerHour {
            cents_per_hour,
            from,
            hours,
            hours_estimated,
        } => {
            let of = catalog.title(from).map_or(from.as_str(), |t| cat(&t.short));
            let hours = hour_range(*hours);
            if *hours_estimated {
                trf!(
                    "estimation : {} de l'heure (prix connu du titre {}, non confirmé) × {} (les heures du titre moins celles des autres blocs, estimées)",
                    "estimate: {} an hour (the known price of the {} title, not confirmed) × {} (the title's hours less the other blocks', estimated)",
                    euros(*cents_per_hour), of, hours
                )
            } else {
                trf!(
                    "estimation : {} de l'heure (prix connu du titre {}, non confirmé) × {}",
                    "estimate: {} an hour (the known price of the {} title, not confirmed) × {}",
                    euros(*cents_per_hour),
                    of,
                    hours
                )
            }
        }
        PriceBasis::Quote => tr!("votre devis", "your quote").into(),
        PriceBasis::Ask => tr!(
            "aucun prix connu : demandez un devis à l'organisme",
            "no known price: ask the organisation for a quote"
        )
        .into(),
    }
}

fn hour_range(r: Range) -> String {
    if r.min == r.max {
        trf!("{} h", "{} h", r.max)
    } else {
        trf!("{} à {} h", "{} to {} h", r.min, r.max)
    }
}

/// What the CPF pays: what is sure, then what is only possible; a public agent's hours against
/// the course's.
pub fn cpf(m: &Money) -> String {
    if let Some(h) = &m.public_hours {
        let course = h.course.map_or_else(
            || tr!("des heures à demander", "hours to ask").into(),
            hour_range,
        );
        return match h.have {
            Some(have) => trf!(
                "en heures : vos {} h contre {} de formation ; votre employeur décide et paie",
                "in hours: your {} h against {} of training; your employer decides and pays",
                have, course
            ),
            None => trf!(
                "en heures : {} h au plus ({} h pour les agents de catégorie C sans diplôme de niveau 3) contre {} de formation ; votre employeur décide et paie",
                "in hours: {} h at most ({} h for category C agents without a level 3 diploma) against {} of training; your employer decides and pays",
                h.cap, h.cap_c, course
            ),
        };
    }
    let participation = |text: String| {
        if m.participation > 0 {
            trf!(
                "{} ; vous payez la participation de {}",
                "{}; you pay the {} flat contribution",
                text,
                euros(m.participation)
            )
        } else {
            text
        }
    };
    match (m.cpf_sure, m.cpf_up_to) {
        (0, 0) if m.price.is_none() && m.could_close.iter().any(|s| s == "cpf") => tr!(
            "selon le devis : jusqu'à votre solde, ou à son plafond",
            "depending on the quote: up to your balance, or its ceiling"
        )
        .into(),
        (0, 0) => tr!("rien", "nothing").into(),
        (0, up) => participation(trf!(
            "rien de sûr ; jusqu'à {} si votre compte le permet",
            "nothing sure; up to {} if your account allows it",
            euros(up)
        )),
        (sure, _) => participation(trf!(
            "{} sûrs (votre solde)",
            "{} for sure (your balance)",
            euros(sure)
        )),
    }
}

/// The schemes that could pay what the CPF leaves, by their short names.
pub fn could_close(m: &Money, catalog: &Catalog) -> String {
    let names: Vec<&str> = m
        .could_close
        .iter()
        .filter(|s| *s != "cpf")
        .map(|s| catalog.scheme(s).map_or(s.as_str(), |x| cat(&x.short)))
        .collect();
    if names.is_empty() {
        tr!("aucun pour vous", "none for you").into()
    } else {
        trf!(
            "{} (chacun à ses conditions, à vérifier)",
            "{} (each on its conditions, to check)",
            names.join(", ")
        )
    }
}

/// What is left for sure, then at best with its condition, in two parts.
pub fn left(m: &Money) -> (String, Option<String>) {
    let sure = match m.left_sure {
        Some(0) => tr!("rien", "nothing").into(),
        Some(c) => euros(c),
        None => tr!(
            "inconnu tant que le prix n'est pas connu",
            "unknown until the price is known"
        )
        .into(),
    };
    let best = match (m.left_best, m.left_sure) {
        (Some(b), Some(s)) if b < s => Some(best_case(m, b)),
        _ => None,
    };
    (sure, best)
}

/// What is left, in a route's one line: « 13 440 € à payer au plus, rien au mieux »; `None`
/// when a price is still to ask.
pub fn left_line(m: &Money) -> Option<String> {
    let sure = m.left_sure?;
    let best = m.left_best.unwrap_or(sure);
    let amount = |c: u32| {
        if c == 0 {
            tr!("rien", "nothing").to_string()
        } else {
            euros(c)
        }
    };
    Some(match (sure, best < sure) {
        (0, _) => tr!("Rien à payer", "Nothing to pay").into(),
        (_, true) => trf!(
            "{} à payer au plus, {} au mieux",
            "{} to pay at most, {} at best",
            euros(sure),
            amount(best)
        ),
        (_, false) => trf!("{} à payer", "{} to pay", euros(sure)),
    })
}

/// The best case and what it takes, from what makes it lower than the sure amount: another
/// scheme paying the rest, the CPF paying more than is sure, or the lowest price of a range.
fn best_case(m: &Money, cents: u32) -> String {
    let amount = if cents == 0 {
        tr!("rien", "nothing").into()
    } else {
        euros(cents)
    };
    let others = m.could_close.iter().any(|s| s != "cpf");
    if cents == 0 && others {
        return trf!(
            "{}, si l'un de ces financements paie le reste",
            "{}, if one of these pays the rest",
            amount
        );
    }
    let mut ifs: Vec<String> = Vec::new();
    if let Some(p) = m.price.filter(|p| p.min < p.max) {
        ifs.push(trf!(
            "au prix le plus bas ({})",
            "at the lowest price ({})",
            euros(p.min)
        ));
    }
    if m.cpf_up_to > m.cpf_sure {
        ifs.push(trf!(
            "si votre CPF paie jusqu'à {}",
            "if your CPF pays up to {}",
            euros(m.cpf_up_to)
        ));
    }
    if ifs.is_empty() {
        return amount;
    }
    trf!("{}, {}", "{}, {}", amount, ifs.join(tr!(" et ", " and ")))
}

/// « Pendant la formation : … ».
pub fn income(i: &Income) -> String {
    match i {
        Income::ApprenticePay {
            percents: Some(p),
            smic_cents,
            smic_from,
        } => {
            let years: Vec<String> = p.iter().map(|x| format!("{x} %")).collect();
            let first = p.first().copied().unwrap_or(0);
            trf!(
                "un salaire d'apprenti d'au moins {} brut par mois la première année ({} du SMIC ; puis {} les années suivantes), au SMIC de {} en vigueur depuis le {}",
                "an apprentice's pay of at least {} gross a month in the first year ({} of the SMIC; then {} in the following years), at the SMIC of {} in force since {}",
                euros(share(*smic_cents, first)), format!("{first} %"), years.get(1..).map(|y| y.join(tr!(" puis ", " then "))).unwrap_or_default(), euros(*smic_cents), date(*smic_from)
            )
        }
        Income::ApprenticePay { .. } => tr!(
            "un salaire d'apprenti, selon votre âge (de 27 % à 100 % du SMIC) : indiquez votre âge pour le calculer",
            "an apprentice's pay, by age (27% to 100% of the SMIC): give your age to work it out"
        )
        .into(),
        Income::ContratProPay {
            percents: Some((base, with4)),
            smic_cents,
            smic_from,
        } if base == with4 => trf!(
            "un salaire d'au moins {} brut par mois ({} du SMIC, au SMIC en vigueur depuis le {})",
            "a pay of at least {} gross a month ({} of the SMIC, in force since {})",
            euros(share(*smic_cents, *base)), format!("{base} %"), date(*smic_from)
        ),
        Income::ContratProPay {
            percents: Some((base, with4)),
            smic_cents,
            smic_from,
        } => trf!(
            "un salaire d'au moins {} brut par mois ({} du SMIC) ; {} ({}) si vous avez un bac pro ou un titre professionnel de niveau 4 ; au SMIC en vigueur depuis le {}",
            "a pay of at least {} gross a month ({} of the SMIC); {} ({}) if you hold a vocational baccalauréat or a level 4 professional title; at the SMIC in force since {}",
            euros(share(*smic_cents, *base)), format!("{base} %"), euros(share(*smic_cents, *with4)), format!("{with4} %"), date(*smic_from)
        ),
        Income::ContratProPay { .. } => tr!(
            "un salaire selon votre âge (de 55 % du SMIC au SMIC) : indiquez votre âge pour le calculer",
            "a pay by age (55% of the SMIC up to the SMIC): give your age to work it out"
        )
        .into(),
        Income::JobPay {
            working_time: Some(WorkingTime::OnWorkingTime),
        } => tr!(
            "votre salaire, maintenu pour les heures de formation sur votre temps de travail",
            "your pay, kept for the training hours on working time"
        )
        .into(),
        Income::JobPay {
            working_time: Some(WorkingTime::OutsideWorkingTime),
        } => tr!(
            "votre salaire continue ; en dehors de votre temps de travail, vous n'avez pas d'accord à demander à votre employeur, mais ces heures de formation ne sont pas payées",
            "your pay goes on; outside working time you need no agreement from your employer, but those training hours are unpaid"
        )
        .into(),
        Income::JobPay { working_time: None } => tr!(
            "votre salaire : maintenu sur votre temps de travail si votre employeur accepte (ou avec Transitions Pro) ; en dehors, les heures de formation ne sont pas payées",
            "your pay: kept on working time if your employer agrees (or with Transitions Pro); outside it, the training hours are unpaid"
        )
        .into(),
        Income::Aref {
            daily_minimum_cents,
        } => trf!(
            "l'AREF : le même montant que votre ARE, si France Travail valide la formation, dans la limite de vos droits (au moins {} par jour) ; si la formation dure plus que vos droits, la RFF peut prendre le relais (à vérifier)",
            "the AREF: the same amount as your ARE, if France Travail validates the course, within your remaining rights (at least {} a day); if the course outlasts your rights, the RFF may take over (to check)",
            euros(*daily_minimum_cents)
        ),
        Income::FranceTravailPay {
            example_cents,
            receives_are,
        } => {
            let pay = trf!(
                "la rémunération de France Travail (RFFT), pour une formation qu'il finance ou valide ; son montant dépend de votre situation (par exemple {} par mois à temps plein, montant à vérifier)",
                "France Travail's pay (RFFT), for a course it funds or validates; the amount depends on your situation (for example {} a month full time, amount to check)",
                euros(*example_cents)
            );
            match receives_are {
                None => trf!(
                    "l'AREF si vous touchez l'ARE (le même montant) ; sinon {}",
                    "the AREF if you receive the ARE (the same amount); otherwise {}",
                    pay
                ),
                _ => pay,
            }
        }
        Income::EmployerDecides => tr!(
            "votre traitement : votre employeur décide des conditions de la formation",
            "your salary: your employer decides on the training's terms"
        )
        .into(),
        Income::OwnActivity => tr!(
            "les revenus de votre activité, sans revenu de remplacement",
            "your activity's income, with no replacement income"
        )
        .into(),
        Income::CnSalary => tr!(
            "votre salaire de conseiller numérique : la formation du dispositif se fait sur votre temps de travail",
            "your conseiller numérique salary: the scheme's training is on working time"
        )
        .into(),
        Income::NoPayRegisterOpens => tr!(
            "pas de revenu pendant la formation ; vous inscrire à France Travail ouvre sa rémunération pour une formation qu'il finance ou valide",
            "no income during the course; registering with France Travail opens its pay for a course it funds or validates"
        )
        .into(),
        Income::Unknown => tr!(
            "selon votre situation : indiquez-la pour le savoir",
            "depends on your situation: give it to find out"
        )
        .into(),
    }
}

/// A share of a monthly amount, in whole cents.
fn share(cents: u32, percent: u8) -> u32 {
    (u64::from(cents) * u64::from(percent) / 100) as u32
}
