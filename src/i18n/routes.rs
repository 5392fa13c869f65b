//! The words of routes: their names, strengths, how realistic they are and what they depend on,
//! funding verdicts and best cases.

use super::*;
use crate::catalog::Catalog;
use crate::plan::{BestCase, Condition, Feasibility, Strength, Verdict};
use crate::{tr, trf};

/// A scheme's verdict. « Vous remplissez les conditions », not « vous y avez droit »: an
/// employer, or money on the account, is still needed, except for the State's funding of a
/// conseiller numérique's initial training.
pub fn verdict_for(scheme: &str, v: Verdict) -> &'static str {
    match (scheme, v) {
        ("cn-etat", Verdict::Eligible) => tr!("Vous y avez droit", "You are entitled to it"),
        _ => verdict(v),
    }
}

pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => tr!("Vous remplissez les conditions", "You meet the conditions"),
        Verdict::Check => tr!("Possible : à vérifier", "Possible: to be checked"),
        Verdict::NotEligible => tr!("Pas pour vous", "Not for you"),
    }
}

/// What a route or a step's best case takes: « rien à payer, si l'un de ces financements est
/// accordé : Employeur, Transitions Pro ».
pub fn best_case(b: &BestCase, catalog: &Catalog) -> String {
    trf!(
        "{}, {}",
        "{}, {}",
        to_pay(b.to_pay),
        condition(
            &Condition::FundingAgreed {
                schemes: b.if_agreed.clone()
            },
            catalog
        )
    )
}

/// How realistic a route is, as its badge says.
pub fn feasibility(f: Feasibility) -> &'static str {
    match f {
        Feasibility::Firm => tr!("Ouvert à vous", "Open to you"),
        Feasibility::Conditional => tr!("Sous conditions", "Subject to conditions"),
        Feasibility::Unlikely => tr!("Peu probable pour vous", "Unlikely for you"),
    }
}

/// Why a route is « Peu probable » for this person, in a few words.
pub fn unlikely_because(u: crate::plan::likelihood::UnlikelyBecause) -> &'static str {
    use crate::plan::likelihood::UnlikelyBecause::*;
    match u {
        NewContractOnCdi => tr!(
            "vous êtes en CDI : un contrat en alternance demande de quitter cet emploi pour un nouvel employeur",
            "you are on a permanent contract (CDI): a work-study contract means leaving that job for a new employer"
        ),
        MinimaInWork => tr!(
            "le RSA, l'ASS ou l'AAH sont rarement touchés quand on travaille (vous ne l'avez pas indiqué)",
            "the RSA, ASS or AAH are rarely received while in work (you have not said)"
        ),
        RegisterInWork => tr!(
            "vous travaillez : s'inscrire comme demandeur d'emploi suppose d'en chercher un",
            "you are in work: registering as a job seeker means looking for a job"
        ),
        ApprenticeshipException => tr!(
            "passé la limite d'âge de l'apprentissage, seules de rares exceptions l'ouvrent",
            "past the apprenticeship age limit, only rare exceptions open it"
        ),
        VaeExperienceShort => tr!(
            "votre expérience est plus courte que ce qu'une VAE demande",
            "your experience is shorter than a VAE asks"
        ),
    }
}

/// A condition as a thing to ask or to do: « si vous touchez le RSA, l'ASS ou l'AAH ».
pub fn condition(c: &Condition, catalog: &Catalog) -> String {
    match c {
        Condition::TellSituation => tr!(
            "si votre situation le permet (indiquez-la pour le savoir)",
            "if your situation allows it (give it to find out)"
        ).into(),
        Condition::TellAge => tr!(
            "si votre âge le permet (indiquez-le pour le savoir)",
            "if your age allows it (give it to find out)"
        ).into(),
        Condition::EmployerHires => tr!(
            "si un employeur vous embauche en alternance",
            "if an employer hires you on a work-study contract"
        ).into(),
        Condition::ReceivesMinimaSociaux => tr!(
            "si vous touchez le RSA, l'ASS ou l'AAH",
            "if you receive the RSA, ASS or AAH benefits"
        ).into(),
        Condition::RegisterJobSeeker => tr!(
            "si vous êtes inscrit(e) à France Travail, ou vous y inscrivez",
            "if you are registered with France Travail, or register"
        ).into(),
        Condition::CollegeFinished => tr!(
            "si vous avez terminé le collège",
            "if you have finished lower secondary school"
        ).into(),
        Condition::PreviousApprenticeship => tr!(
            "si un précédent contrat d'apprentissage s'est terminé il y a moins d'un an, dans l'un des cas prévus par la loi (niveau supérieur, contrat rompu sans que ce soit de votre fait)",
            "if a previous apprenticeship contract ended less than a year ago, in one of the cases the law provides for (a higher level, a contract broken off through no doing of yours)"
        ).into(),
        Condition::ApprenticeshipException => tr!(
            "si vous êtes dans une exception à la limite d'âge (RQTH, création ou reprise d'entreprise, sportif de haut niveau, échec à l'examen)",
            "if you fall under an exception to the age limit (RQTH, starting or taking over a business, top-level athlete, failed exam)"
        ).into(),
        Condition::CnfptFunds => tr!(
            "si le CNFPT finance votre contrat (leur nombre est limité)",
            "if the CNFPT funds your contract (their number is limited)"
        ).into(),
        Condition::VaeExperience { expected_months, have: Some(m) } => trf!(
            "si vous avez environ {} d'expérience en lien avec le titre (vous indiquez {})",
            "if you have about {} of experience related to the title (you say {})",
            months(*expected_months), months(*m)
        ),
        Condition::VaeExperience { expected_months, have: None } => trf!(
            "si vous avez environ {} d'expérience en lien avec le titre",
            "if you have about {} of experience related to the title",
            months(*expected_months)
        ),
        Condition::FindMediationWork => tr!(
            "si vous trouvez un poste ou une mission bénévole en médiation numérique pour acquérir l'expérience",
            "if you find a job or volunteer work in digital mediation to gain the experience"
        ).into(),
        Condition::FundingAgreed { schemes } => {
            let names: Vec<&str> = schemes
                .iter()
                .map(|s| catalog.scheme(s).map_or(s.as_str(), |x| cat(&x.short)))
                .collect();
            match names.as_slice() {
                [] => tr!(
                    "si vous trouvez un financement, ou payez le devis vous-même",
                    "if you find funding, or pay the quote yourself"
                ).into(),
                [one] => trf!("si ce financement est accordé : {}", "if this funding is granted: {}", one),
                _ => trf!(
                    "si l'un de ces financements est accordé : {}",
                    "if one of these funding schemes is granted: {}",
                    names.join(", ")
                ),
            }
        }
        Condition::EquivalenceConfirmed => tr!(
            "si l'équivalence de votre bloc est confirmée",
            "if your block's equivalence is confirmed"
        ).into(),
        // The schemes are named in the money table (« Qui peut payer le reste »), beside it.
        Condition::GapClosed { schemes, cents } => {
            if schemes.iter().all(|s| s == "cpf") && !schemes.is_empty() {
                trf!(
                    "si votre CPF paie le reste (jusqu'à {}), sinon il est à votre charge",
                    "if your CPF pays the rest (up to {}), otherwise you pay it",
                    euros(*cents)
                )
            } else if schemes.is_empty() {
                trf!(
                    "si vous payez vous-même le reste : jusqu'à {}",
                    "if you pay the rest yourself: up to {}",
                    euros(*cents)
                )
            } else {
                trf!(
                    "si un financement paie le reste (jusqu'à {}), sinon il est à votre charge",
                    "if a funding scheme pays the rest (up to {}), otherwise you pay it",
                    euros(*cents)
                )
            }
        }
        Condition::PriceToAsk => tr!(
            "si le prix demandé par l'organisme vous convient (demandez un devis)",
            "if the price the organisation asks suits you (ask for a quote)"
        ).into(),
        Condition::EmployerAgreement { notice_days, ask_by, answer_days } => trf!(
            "si votre employeur accepte la formation sur votre temps de travail : demandez-le au plus tard le {}, {} jours avant le début ; il répond sous {} jours, et sans réponse c'est oui",
            "if your employer agrees to the course on working time: ask by {}, {} days before it starts; they answer within {} days, and no answer means yes",
            date(*ask_by), notice_days.to_string(), answer_days.to_string()
        ),
        Condition::OwnTime => tr!(
            "ou, sans l'accord de votre employeur, en dehors de votre temps de travail (soirs, week-ends, congés), sans être payé(e) pour ces heures",
            "or, without your employer's agreement, outside working time (evenings, weekends, leave), unpaid for those hours"
        ).into(),
        Condition::VaeLeave { notice_days, answer_days, hours } => trf!(
            "si vous prenez un congé VAE : demandé {} jours à l'avance, réponse sous {} jours (sans réponse c'est oui), {} h par validation",
            "if you take VAE leave: asked {} days ahead, an answer within {} days (no answer means yes), {} h per validation",
            notice_days.to_string(), answer_days.to_string(), hours.to_string()
        ),
    }
}

pub fn strength(s: Strength) -> &'static str {
    match s {
        Strength::Chosen => tr!("Votre choix", "Your choice"),
        Strength::Fastest => tr!("Le plus rapide", "The fastest"),
        Strength::LeastToPay => tr!("Le moins à payer, à coup sûr", "The least to pay, for sure"),
        Strength::KeepsJob => tr!("Vous gardez votre emploi", "You keep your job"),
        Strength::Paid => tr!("Payé pendant la formation", "Paid during training"),
        Strength::FieldRoute => tr!(
            "Le parcours le plus connu sur le terrain",
            "The route best known in the field"
        ),
        Strength::IfEquivalenceConfirmed => tr!(
            "Si l'équivalence est confirmée",
            "If the equivalence is confirmed"
        ),
    }
}

pub fn route_name(id: &str) -> &'static str {
    match id {
        crate::plan::CHOSEN_ROUTE => tr!("Votre parcours", "Your route"),
        "formation-blocs" => tr!("Bloc par bloc, en formation", "Block by block, in training"),
        "terrain" => tr!(
            "Le CCP1 d'abord, l'expérience, puis la VAE",
            "CCP1 first, experience, then VAE"
        ),
        "conseiller-numerique" => tr!(
            "Conseiller numérique : CCP1 financé, puis formation",
            "Conseiller numérique: CCP1 funded, then training"
        ),
        "formation-titre" => tr!(
            "Le titre entier en formation",
            "The whole title in training"
        ),
        "apprentissage" => tr!("En apprentissage", "As an apprentice"),
        "contrat-pro" => tr!(
            "En contrat de professionnalisation",
            "On a professionalisation contract"
        ),
        "vae-titre" => tr!("Le titre entier par la VAE", "The whole title through VAE"),
        "vae-blocs" => tr!("Par la VAE", "Through VAE"),
        "si-equivalence" => tr!("Si votre bloc est reconnu", "If your block is recognised"),
        _ => tr!("Parcours", "Route"),
    }
}

/// What is left for the title, and how many routes: the blocks left named or counted where that
/// is honest. The new title's other blocks are one entry whose number is not known; a person
/// aiming at one block hears about that block.
pub fn remaining(
    catalog: &Catalog,
    remaining: &[String],
    target: &crate::plan::Target,
    title: &str,
    routes: usize,
) -> String {
    let placeholder = |id: &str| catalog.block(id).is_some_and(|(_, b)| b.placeholder);
    if let crate::plan::Target::Block { block } = target {
        let name = block_name(catalog, block);
        return if remaining.is_empty() {
            trf!(
                "Vous avez déjà le {}, le bloc que vous visez.",
                "You already hold the {}, the block you are aiming at.",
                name
            )
        } else {
            trf!(
                "Il vous reste le {}, le bloc que vous visez, et {} parcours possibles.",
                "You have the {} left, the block you are aiming at, and {} possible routes.",
                name,
                routes
            )
        };
    }
    let named: Vec<String> = remaining
        .iter()
        .filter(|b| !placeholder(b))
        .map(|b| block_name(catalog, b))
        .collect();
    let others = remaining.iter().any(|b| placeholder(b));
    match (named.as_slice(), others) {
        ([], false) => trf!(
            "Vous avez tous les blocs du titre {}.",
            "You hold every block of the {} title.",
            title
        ),
        ([], true) => trf!(
            "Il vous reste les autres blocs du titre {} (leur nombre n'est pas connu), et {} parcours possibles.",
            "You have the {} title's other blocks left (their number is not known), and {} possible routes.",
            title,
            routes
        ),
        (_, true) => trf!(
            "Il vous reste le {} et les autres blocs du titre {} (leur nombre n'est pas connu), et {} parcours possibles.",
            "You have the {} and the {} title's other blocks left (their number is not known), and {} possible routes.",
            named.join(tr!(", le ", ", the ")),
            title,
            routes
        ),
        ([_], false) => trf!(
            "Il vous reste 1 bloc pour le titre {}, et {} parcours possibles.",
            "You have 1 block left for the {} title, and {} possible routes.",
            title,
            routes
        ),
        (n, false) => trf!(
            "Il vous reste {} blocs pour le titre {}, et {} parcours possibles.",
            "You have {} blocks left for the {} title, and {} possible routes.",
            n.len(),
            title,
            routes
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Target;

    #[test]
    fn what_is_left_is_counted_only_where_the_number_is_known() {
        let c = crate::catalog::official();
        let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let title = Target::FullTitle;
        assert_eq!(
            remaining(c, &ids(&["mn-ccp1", "mn-autres"]), &title, "Médiateur numérique", 6),
            "Il vous reste le CCP1 Médiateur numérique et les autres blocs du titre Médiateur numérique (leur nombre n'est pas connu), et 6 parcours possibles."
        );
        assert_eq!(
            remaining(c, &ids(&["mn-autres"]), &title, "Médiateur numérique", 4),
            "Il vous reste les autres blocs du titre Médiateur numérique (leur nombre n'est pas connu), et 4 parcours possibles."
        );
        assert_eq!(
            remaining(c, &[], &title, "Médiateur numérique", 0),
            "Vous avez tous les blocs du titre Médiateur numérique."
        );
        let ccp1 = Target::Block {
            block: "mn-ccp1".into(),
        };
        assert_eq!(
            remaining(c, &[], &ccp1, "Médiateur numérique", 0),
            "Vous avez déjà le CCP1 Médiateur numérique, le bloc que vous visez."
        );
        assert_eq!(
            remaining(c, &ids(&["mn-ccp1"]), &ccp1, "Médiateur numérique", 3),
            "Il vous reste le CCP1 Médiateur numérique, le bloc que vous visez, et 3 parcours possibles."
        );
    }
}
