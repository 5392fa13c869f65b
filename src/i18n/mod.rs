//! The words of the app. The planner returns codes with figures ([`Reason`], [`Warning`]…);
//! this module says them to a person, in plain French (English follows with the interface).

use crate::catalog::{Catalog, Date};
use crate::plan::{Reason, Strength, ToPay, Unknown, Verdict, Warning};
use crate::store::StepStatus;

/// « 103,20 € », « 5 000 € ».
pub fn euros(cents: u32) -> String {
    let (e, c) = (cents / 100, cents % 100);
    let mut digits = e.to_string();
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!("\u{202f}{tail}{grouped}");
    }
    grouped = format!("{digits}{grouped}");
    if c == 0 {
        format!("{grouped}\u{a0}€")
    } else {
        format!("{grouped},{c:02}\u{a0}€")
    }
}

/// « 13 juillet 2026 ».
pub fn date(d: Date) -> String {
    const MONTHS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let m = MONTHS
        .get(d.month().saturating_sub(1) as usize)
        .copied()
        .unwrap_or("");
    let day = if d.day() == 1 {
        "1er".to_string()
    } else {
        d.day().to_string()
    };
    format!("{day} {m} {}", d.year())
}

pub fn months(n: u32) -> String {
    format!("{n}\u{a0}mois")
}

/// « 4 à 7 mois », « 12 mois », or « durée à vérifier » when unknown.
pub fn month_range(r: Option<crate::catalog::Range>) -> String {
    match r {
        None => "durée à vérifier".into(),
        Some(r) if r.min == r.max => months(r.min),
        Some(r) => format!("{} à {}", r.min, months(r.max)),
    }
}

pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "Vous y avez droit",
        Verdict::Check => "Possible : à vérifier",
        Verdict::NotEligible => "Pas pour vous",
    }
}

pub fn to_pay(t: ToPay) -> String {
    match t {
        ToPay::Nothing => "Rien à payer".into(),
        ToPay::Fixed { cents } => format!("{} à payer", euros(cents)),
        ToPay::AtLeast { cents: 0 } => "Rien, ou la part du devis non couverte".into(),
        ToPay::AtLeast { cents } => format!("{}, plus la part du devis non couverte", euros(cents)),
        ToPay::Unknown => "À vérifier".into(),
    }
}

pub fn strength(s: Strength) -> &'static str {
    match s {
        Strength::Chosen => "Votre choix",
        Strength::Fastest => "Le plus rapide",
        Strength::LeastToPay => "Le moins cher pour vous",
        Strength::KeepsJob => "Vous gardez votre emploi",
        Strength::Paid => "Payé pendant la formation",
        Strength::FieldRoute => "Le parcours le plus courant sur le terrain",
        Strength::IfEquivalenceConfirmed => "Si l'équivalence est confirmée",
    }
}

pub fn route_name(id: &str) -> &'static str {
    match id {
        "votre-choix" => "Votre parcours",
        "formation-blocs" => "Bloc par bloc, en formation",
        "terrain" => "Le CCP1 d'abord, l'expérience, puis la VAE",
        "conseiller-numerique" => "Conseiller numérique : CCP1 financé, puis formation",
        "formation-titre" => "Le titre entier en formation",
        "apprentissage" => "En apprentissage",
        "contrat-pro" => "En contrat de professionnalisation",
        "vae-titre" => "Le titre entier par la VAE",
        "vae-blocs" => "Par la VAE",
        "si-equivalence" => "Si votre bloc est reconnu",
        _ => "Parcours",
    }
}

/// The plain-French reason for a decision.
pub fn reason(r: &Reason) -> String {
    use Reason::*;
    match r {
        SituationUnknown => "Dites-nous votre situation (emploi, recherche d'emploi…) pour savoir si ce financement vous est ouvert.".into(),
        CpfOpen { participation_cents, cap_eur } => format!(
            "Vos droits CPF paient la formation (jusqu'à {} en tout). Il reste {} de participation à votre charge, sauf si votre employeur complète le financement.",
            euros(cap_eur * 100), euros(*participation_cents)
        ),
        CpfJobSeekerExempt { cap_eur } => format!(
            "Demandeur d'emploi, vous gardez vos droits CPF (jusqu'à {} en tout) et ne payez pas la participation forfaitaire.",
            euros(cap_eur * 100)
        ),
        CpfPublicAgentsInHours => "Agent public : votre CPF est en heures et passe par votre employeur (voir « CPF des agents publics »).".into(),
        CpfOnlyIfWorked => "Le CPF se remplit en travaillant : si vous avez déjà travaillé, vous avez peut-être des droits (voir Mon Compte Formation).".into(),
        CpfPublicHours { hours_per_year, cap_hours } => format!(
            "Agent public : {hours_per_year} h par an, jusqu'à {cap_hours} h. Demandez à votre employeur, qui décide et finance."
        ),
        CpfPublicOnly => "Réservé aux agents publics.".into(),
        AifAdviserValidates => "Possible si votre conseiller France Travail valide votre projet ; elle complète les autres financements.".into(),
        AifRegisterFirst => "Il faut d'abord vous inscrire à France Travail.".into(),
        AifJobSeekersOnly => "Réservée aux demandeurs d'emploi inscrits à France Travail.".into(),
        PoeiNeedsJobOffer => "Possible si un employeur vous propose un poste et s'engage à vous embaucher après la formation.".into(),
        PoecNoneFound => "Aucune session pour la médiation numérique n'a été trouvée : demandez à France Travail s'il en existe une près de chez vous.".into(),
        JobSeekersOnly => "Réservée aux demandeurs d'emploi.".into(),
        PrfJobSeekers => "Si votre région a acheté des places pour ce titre : demandez à votre conseiller ou consultez le catalogue du Carif-Oref.".into(),
        PrfMostlyJobSeekers => "Surtout pour les demandeurs d'emploi ; certaines régions ouvrent d'autres publics (voir le catalogue du Carif-Oref).".into(),
        ApprenticeAge { age, max } => format!("À {age} ans, vous pouvez signer un contrat d'apprentissage (jusqu'à {max} ans)."),
        ApprenticeRqthNoLimit => "Avec une RQTH, l'apprentissage n'a pas de limite d'âge.".into(),
        ApprenticeExtendedAge { age, max, extended } => format!(
            "À {age} ans, au-delà de {max} ans, c'est possible jusqu'à {extended} ans dans certains cas (contrat menant à un niveau supérieur, contrat précédent rompu) : à vérifier."
        ),
        ApprenticeTooOld { age, extended } => format!(
            "À {age} ans, au-delà de {extended} ans, l'apprentissage n'est possible qu'avec une RQTH, pour créer ou reprendre une entreprise, ou pour un sportif de haut niveau."
        ),
        ApprenticeTooYoung { age, min } => format!("À {age} ans, l'apprentissage commence à {min} ans (15 ans après le collège)."),
        ApprenticeAgeUnknown { max } => format!("Ouvert de 16 à {max} ans, et sans limite avec une RQTH : indiquez votre âge."),
        ApprenticeLocalAuthorityCnfpt => "Une collectivité peut vous prendre en apprentissage ; le CNFPT paie le CFA, mais a limité le nombre de contrats financés : à vérifier.".into(),
        ContratProPublicEmployer => "L'État et les collectivités ne peuvent pas recruter en contrat de professionnalisation : il faudrait un employeur privé.".into(),
        ContratProAge { age, max } => format!("À {age} ans (jusqu'à {max} ans), vous pouvez signer un contrat de professionnalisation."),
        ContratProJobSeeker => "Demandeur d'emploi inscrit, vous pouvez signer un contrat de professionnalisation à tout âge.".into(),
        ContratProOtherPublics { max } => format!(
            "Au-delà de {max} ans : seulement si vous êtes demandeur d'emploi inscrit, ou bénéficiaire du RSA, de l'ASS ou de l'AAH."
        ),
        ProAEligible => "Possible si le titre figure sur la liste Pro-A de la branche de votre employeur : demandez à l'OPCO.".into(),
        ProACdiOnly => "Réservé aux salariés en CDI.".into(),
        ProADiplomaTooHigh { level, below } => format!("Réservé aux salariés de niveau inférieur à {below} ; vous avez le niveau {level}."),
        ProAEmployeesOnly => "Réservé aux salariés du privé en CDI.".into(),
        PtpSeniorityMet { months } => format!(
            "Avec {months} mois d'ancienneté, la condition est remplie ; le dossier doit montrer un changement de métier."
        ),
        PtpRqthNoSeniority => "Avec une RQTH, pas de condition d'ancienneté ; le dossier doit montrer un changement de métier.".into(),
        PtpSeniorityShort { months, needed } => format!("Il faut {needed} mois de salariat (dont 12 dans l'entreprise) ; vous en avez {months}."),
        PtpSeniorityUnknown { needed } => format!("Il faut {needed} mois de salariat, dont 12 dans l'entreprise : indiquez votre ancienneté."),
        PtpCddRules => "En CDD : 24 mois de salariat sur 5 ans, dont 4 mois en CDD dans les 12 derniers mois.".into(),
        PtpPrivateEmployeesOnly => "Réservé aux salariés du privé.".into(),
        PtpAlreadyInTheJob => "Il sert à changer de métier ; comme conseiller numérique, vous êtes déjà dans ce métier.".into(),
        EmployerDecides => "C'est votre employeur qui décide : parlez-en avec lui (entretien professionnel).".into(),
        NoEmployer => "Il faut un employeur.".into(),
        AgefiphTopUp => "Avec une RQTH, l'Agefiph peut compléter le financement et payer les aménagements.".into(),
        FiphfpTopUp => "Avec une RQTH, le FIPHFP peut compléter le financement, par votre employeur public.".into(),
        RqthOnly => "Réservé aux personnes ayant une reconnaissance de handicap (RQTH).".into(),
        RqthUnknown => "Si vous avez une RQTH, des aides complémentaires existent : dites-le-nous.".into(),
        AgefiphPrivateOnly => "Pour les agents publics, c'est le FIPHFP.".into(),
        FiphfpPublicOnly => "Pour le secteur privé, c'est l'Agefiph.".into(),
        FranceVaeUnlikely => "Le titre n'est probablement pas sur France VAE : la VAE d'un titre professionnel passe en général par la DREETS/DDETS. À vérifier.".into(),
        CnStateFunded => "Recruté(e) comme conseiller numérique, l'État paie toute votre formation initiale.".into(),
        CnHiredOnly => "Réservé aux personnes recrutées comme conseiller numérique.".into(),
        AfterPreviousStep => "Après l'étape précédente.".into(),
        NeedsEmployerContract => "Trouver un employeur qui signe le contrat en alternance.".into(),
        VaeExperience { expected_months } => format!(
            "Une expérience en lien avec le bloc : aucune durée minimale légale, environ {} en pratique.",
            months(*expected_months)
        ),
    }
}

/// A warning in plain French; the catalog gives titles and blocks their names.
pub fn warning(w: &Warning, catalog: &Catalog) -> String {
    let title = |id: &str| {
        catalog
            .title(id)
            .map_or(id.to_string(), |t| t.short.clone())
    };
    let block = |id: &str| block_name(catalog, id);
    match w {
        Warning::CompletionWindowClosed { title: t, deadline, .. } => format!(
            "Vos blocs {0} restent acquis, mais ils ne permettaient de compléter le titre {0} que jusqu'au {1} (règle générale : un an après la fin du titre). Cette date est passée.",
            title(t), date(*deadline)
        ),
        Warning::CompletionWindowOpen { title: t, deadline, months_left, .. } => format!(
            "Vous pouvez encore compléter le titre {} jusqu'au {} ({}), si vous êtes inscrit(e) à une session : à vérifier vite.",
            title(t), date(*deadline), months(*months_left)
        ),
        Warning::EquivalenceUnknown { block: b, target, ask } => format!(
            "On ne sait pas si votre {} compte pour le {} : l'équivalence n'a pas été trouvée. Demandez à : {ask}",
            block(b), block(target)
        ),
        Warning::EquivalencePresumed { block: b, target, ask } => format!(
            "Votre {} compte probablement pour le {}, sans confirmation officielle. Demandez à : {ask}",
            block(b), block(target)
        ),
        Warning::VaeLittleExperience { months: m, expected, since, .. } => format!(
            "VAE : aucune durée minimale d'expérience n'est exigée par la loi depuis le {} ; environ {} d'expérience en lien avec le titre reste l'usage{}.",
            date(*since), months(*expected),
            m.map_or(String::new(), |m| format!(" (vous indiquez {})", months(m)))
        ),
        Warning::AllBlocksHeld => "Vous avez tous les blocs du titre : demandez sa délivrance à la DREETS/DDETS (capitalisation des CCP).".into(),
        Warning::TargetBlockHeld { block: b } => format!("Vous avez déjà le {}.", block(b)),
        Warning::DurationUnknown { modality, scope } => format!(
            "Durée inconnue pour {} ({}) : à demander à l'organisme.",
            catalog.modality(modality).map_or(modality.as_str(), |m| m.name.as_str()),
            catalog.title(scope).map_or_else(|| block(scope), |t| t.short.clone())
        ),
    }
}

/// What a held block counts for in the target title.
/// « CCP1 REMN »: a block by its code and its title's short name (its id if unknown).
pub fn block_name(catalog: &Catalog, id: &str) -> String {
    catalog
        .block(id)
        .map_or(id.to_string(), |(t, b)| format!("{} {}", b.code, t.short))
}

/// A held block in a few words, for the time line: « CCP1 REMN (équivalence à vérifier) ».
pub fn acquired_short(a: &crate::plan::Acquired, catalog: &Catalog) -> String {
    use crate::catalog::EquivalenceStatus as E;
    use crate::plan::Mapping;
    let name = block_name(catalog, &a.block);
    match a.mapping {
        Mapping::Same | Mapping::Equivalence(E::Official) => name,
        Mapping::Equivalence(E::Presumed) => format!("{name} (équivalence à confirmer)"),
        Mapping::Equivalence(E::Unknown) => format!("{name} (équivalence à vérifier)"),
        Mapping::None => format!("{name} (ne compte pas pour ce titre)"),
    }
}

/// Where a step stands, as the person marks it (`short`: the printed form).
pub fn step_status(s: StepStatus, short: bool) -> &'static str {
    match (s, short) {
        (StepStatus::Todo, false) => "À faire",
        (StepStatus::InProgress, false) => "En cours",
        (StepStatus::Done, false) => "Fait",
        (StepStatus::Skipped, false) => "Passé (sans objet pour moi)",
        (StepStatus::Todo, true) => "à faire",
        (StepStatus::InProgress, true) => "en cours",
        (StepStatus::Done, true) => "fait",
        (StepStatus::Skipped, true) => "passé",
    }
}

pub fn acquired(a: &crate::plan::Acquired, catalog: &Catalog) -> String {
    use crate::catalog::EquivalenceStatus as E;
    use crate::plan::Mapping;
    let block = |id: &str| block_name(catalog, id);
    let target = a.counts_for.as_deref().map(block).unwrap_or_default();
    let what = match a.mapping {
        Mapping::Same => "compte pour le titre visé".to_string(),
        Mapping::Equivalence(E::Official) => {
            format!("compte pour le {target} (équivalence officielle)")
        }
        Mapping::Equivalence(E::Presumed) => {
            format!("compte probablement pour le {target} (équivalence à confirmer)")
        }
        Mapping::Equivalence(E::Unknown) => {
            format!("ne compte pas encore : son équivalence avec le {target} est à vérifier")
        }
        Mapping::None => "reste acquis, mais ne compte pour aucun bloc du titre visé".to_string(),
    };
    format!("{} : {what}.", block(&a.block))
}

/// What knowing an unknown field would change.
pub fn unknown(u: Unknown) -> &'static str {
    match u {
        Unknown::Situation => "Votre situation : elle décide de presque tous les financements.",
        Unknown::Age => "Votre âge : il ouvre ou ferme l'apprentissage et le contrat de professionnalisation.",
        Unknown::Rqth => "Une reconnaissance de handicap (RQTH) : elle supprime la limite d'âge de l'apprentissage et ouvre les aides Agefiph ou FIPHFP.",
        Unknown::Experience => "Votre expérience : elle dit si la VAE est réaliste et combien de temps il faut avant.",
        Unknown::DiplomaLevel => "Votre diplôme le plus élevé : il change le plafond du CPF et l'accès à Pro-A.",
        Unknown::HoursPerWeek => "Votre temps disponible par semaine : il précise la durée des formations.",
        Unknown::StartDate => "Votre date de début : elle permet d'afficher des dates plutôt que des mois.",
        Unknown::Seniority => "Votre ancienneté : elle compte pour Transitions Pro.",
        Unknown::Contract => "Votre contrat (CDI, CDD) : il compte pour Pro-A et Transitions Pro.",
        Unknown::Employer => "Votre employeur (entreprise, association, collectivité…) : il change le CPF, le contrat de professionnalisation et l'apprentissage.",
        Unknown::Registered => "Votre inscription à France Travail : elle ouvre l'AIF et la POEC.",
    }
}
