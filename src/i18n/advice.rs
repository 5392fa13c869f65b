//! The recommended route's words: why it comes first, and « Pour commencer », each action with
//! the official page it links to (from the catalog).

use super::*;
use crate::catalog::{Catalog, ModalityKind};
use crate::plan::{Action, Decider, Feasibility, Strength, Verdict};
use crate::{tr, trf};

/// What put the first route before the second, as the end of a sentence (« parce qu'il est
/// plus court … »); nothing where the sentence already says it (feasibility, the person's choice).
fn decided(d: Decider) -> Option<&'static str> {
    Some(match d {
        Decider::Chosen | Decider::Feasibility => return None,
        Decider::StateFunded => tr!(
            "parce que sa formation est financée par l'État",
            "because its training is funded by the State"
        ),
        Decider::ByVae => tr!(
            "parce que votre expérience rend la VAE plus probable",
            "because your experience makes a VAE likelier"
        ),
        Decider::NoEquivalence => tr!(
            "parce qu'il ne dépend d'aucune équivalence à confirmer",
            "because it depends on no equivalence to confirm"
        ),
        Decider::FewerUncertain => tr!(
            "parce qu'il dépend de moins de conditions incertaines",
            "because it depends on fewer uncertain conditions"
        ),
        Decider::Shorter => tr!(
            "parce qu'il est plus court (en comparant le milieu de leurs fourchettes de durées)",
            "because it is shorter (comparing the middle of their ranges of months)"
        ),
        Decider::LessToPay => tr!(
            "parce qu'il laisse moins à payer à coup sûr",
            "because it leaves less to pay for sure"
        ),
        Decider::PaidDuringCourse => tr!(
            "parce que vous y êtes payé(e) pendant la formation",
            "because you are paid during the course"
        ),
    })
}

/// Why a route is shown first, in one sentence, from its feasibility, its strengths (« le plus
/// rapide » said with « durées non confirmées » where they are not) and what put it before the
/// second route.
pub fn why_first(
    feasibility: Feasibility,
    strengths: &[Strength],
    duration_confirmed: bool,
    because: Option<Decider>,
) -> String {
    if strengths.contains(&Strength::Chosen) {
        return tr!(
            "Il suit les choix que vous avez faits plus haut.",
            "It follows the choices you made above."
        )
        .into();
    }
    let strengths: Vec<String> = strengths
        .iter()
        .filter(|s| !matches!(s, Strength::Chosen | Strength::IfEquivalenceConfirmed))
        .map(|s| match s {
            Strength::Fastest if !duration_confirmed => trf!(
                "{} (durées non confirmées)",
                "{} (durations not confirmed)",
                lower_first(strength(*s))
            ),
            _ => lower_first(strength(*s)),
        })
        .collect();
    let mut also = match because.and_then(decided) {
        Some(d) => trf!(
            " ; il passe devant le suivant {}",
            "; it comes before the next one {}",
            d
        ),
        None => String::new(),
    };
    if !strengths.is_empty() {
        also += &trf!(
            " ; il est aussi {}",
            "; it is also {}",
            strengths.join(", ")
        );
    }
    match feasibility {
        Feasibility::Firm => trf!(
            "Il vient en premier parce qu'il vous est ouvert sans condition{}.",
            "It comes first because it is open to you with no condition{}.",
            also
        ),
        Feasibility::Conditional => trf!(
            "Aucun parcours ne vous est ouvert sans condition : celui-ci l'est, sous les conditions ci-dessous{}.",
            "No route is open to you with no condition: this one is, under the conditions below{}.",
            also
        ),
        Feasibility::Unlikely => tr!(
            "Aucun parcours ne vous est vraiment ouvert aujourd'hui : celui-ci reste possible mais peu probable, pour les raisons ci-dessous.",
            "No route is really open to you today: this one remains possible but unlikely, for the reasons below."
        )
        .into(),
    }
}

fn lower_first(s: &str) -> String {
    let mut cs = s.chars();
    cs.next()
        .map(|c| c.to_lowercase().chain(cs).collect())
        .unwrap_or_default()
}

/// An action of « Pour commencer », in words, with the official page it links to (`None` when
/// the catalog has none for it).
pub fn action(a: &Action, c: &'static Catalog) -> (String, Option<&'static str>) {
    match a {
        Action::GainExperience => (
            tr!(
                "Travaillez dans la médiation numérique (emploi, mission, bénévolat) : cette expérience compte pour la suite du parcours.",
                "Work in digital mediation (a job, an assignment, volunteering): this experience counts for the rest of the route."
            )
            .into(),
            None,
        ),
        Action::AskEmployer {
            by,
            notice_days,
            answer_days,
            or_own_time,
        } => {
            let when = trf!(
                "au plus tard le {} ({} jours avant le début) ; il répond sous {} jours, et sans réponse c'est oui.",
                "by {} ({} days before the start); they answer within {} days, and no answer means yes.",
                date(*by),
                notice_days.to_string(),
                answer_days.to_string()
            );
            // Said once: « sur votre temps de travail » is in the « if » when there is one.
            let text = if *or_own_time {
                trf!(
                    "Si vous voulez vous former sur votre temps de travail, demandez-en l'accord à votre employeur, {}",
                    "If you want to train on working time, ask your employer's agreement, {}",
                    when
                )
            } else {
                trf!(
                    "Demandez à votre employeur son accord pour vous former sur votre temps de travail, {}",
                    "Ask your employer's agreement to train on working time, {}",
                    when
                )
            };
            (text, None)
        }
        Action::Fund { scheme, verdict } => {
            let Some(s) = c.scheme(scheme) else {
                return (scheme.clone(), None);
            };
            let text = match (scheme.as_str(), verdict) {
                ("cpf", Verdict::Eligible) => tr!(
                    "Créez votre compte sur Mon Compte Formation : votre CPF peut payer la formation.",
                    "Create your account on Mon Compte Formation: your CPF can pay for the training."
                )
                .into(),
                (_, Verdict::Eligible) => trf!(
                    "Demandez le financement « {} » : {}.",
                    "Ask for the “{}” funding: {}.",
                    cat(&s.short),
                    cat(&s.apply_label)
                ),
                _ => trf!(
                    "Demandez si « {} » peut vous financer (à vérifier) : {}.",
                    "Ask whether “{}” can fund you (to be checked): {}.",
                    cat(&s.short),
                    cat(&s.apply_label)
                ),
            };
            (text, Some(&*s.apply_url))
        }
        Action::Start { modality } => {
            let Some(m) = c.modality(modality) else {
                return (modality.clone(), None);
            };
            let text = match m.kind {
                ModalityKind::Training => tr!(
                    "Cherchez une formation au titre Médiateur numérique, ses dates et son lieu (Mon Compte Formation les liste).",
                    "Look for a training course for the Médiateur numérique title, its dates and place (Mon Compte Formation lists them)."
                ),
                ModalityKind::Apprenticeship | ModalityKind::ContratPro => tr!(
                    "Cherchez un employeur et un centre de formation qui préparent le titre en alternance.",
                    "Look for an employer and a training centre that prepare the title in work-study."
                ),
                ModalityKind::VaeBlock | ModalityKind::VaeTitle => tr!(
                    "Renseignez-vous sur la VAE et le dossier à déposer (pour un titre professionnel, très probablement auprès de la DREETS ou de la DDETS : à vérifier).",
                    "Find out about VAE and the file to submit (for a professional title, most likely with the DREETS or DDETS: to be checked)."
                ),
                ModalityKind::CnInitial => tr!(
                    "Demandez votre inscription à la formation initiale des conseillers numériques, avec votre structure.",
                    "Ask to enrol in the conseillers numériques' initial training, with your organisation."
                ),
            };
            (text.into(), Some(&*m.apply_url))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn why_first_says_unconfirmed_durations_and_what_decided_the_order() {
        let fast = [Strength::Fastest];
        let said = why_first(
            Feasibility::Conditional,
            &fast,
            false,
            Some(Decider::Shorter),
        );
        assert!(
            said.contains("le plus rapide (durées non confirmées)"),
            "{said}"
        );
        assert!(
            said.contains("il passe devant le suivant parce qu'il est plus court (en comparant le milieu de leurs fourchettes de durées)"),
            "{said}"
        );
        let said = why_first(Feasibility::Firm, &fast, true, Some(Decider::LessToPay));
        assert!(!said.contains("non confirmées"), "{said}");
        assert!(
            said.contains("parce qu'il laisse moins à payer à coup sûr"),
            "{said}"
        );
        // Feasibility is the sentence's own subject: not said twice.
        let said = why_first(Feasibility::Firm, &[], true, Some(Decider::Feasibility));
        assert!(!said.contains("devant le suivant"), "{said}");
    }
}
