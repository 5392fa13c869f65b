//! What the plan says besides routes: warnings, what is held and what it counts for, progress
//! marks, and what knowing an unknown answer would change.

use super::*;
use crate::catalog::Catalog;
use crate::plan::{StepStatus, Unknown, Warning};
use crate::{tr, trf};

/// Where « aucun texte n'exige ce titre pour exercer » was found (no text makes digital
/// mediation a regulated job, as far as the research went): the first
/// source of the catalog's fact.
pub fn not_required_source(catalog: &Catalog) -> Option<&crate::catalog::Source> {
    catalog
        .rules
        .title_required
        .sources
        .first()
        .and_then(|id| catalog.source(id))
}

/// A warning in plain words; the catalog gives titles and blocks their names.
pub fn warning(w: &Warning, catalog: &Catalog) -> String {
    let title = |id: &str| {
        catalog
            .title(id)
            .map_or(id.to_string(), |t| t.short.to_string())
    };
    let block = |id: &str| block_name(catalog, id);
    match w {
        Warning::CompletionWindowClosed { title: t, deadline, .. } => trf!(
            "Vos blocs {0} restent acquis, mais ils ne permettaient de compléter le titre {0} que jusqu'au {1} (règle générale : un an après la fin du titre). Cette date est passée.",
            "You keep your {0} blocks, but they could only complete the {0} title until {1} (the general rule: one year after the title ends). That date has passed.",
            title(t), date(*deadline)
        ),
        Warning::CompletionWindowOpen { title: t, deadline, months_left, .. } => trf!(
            "Vous pouvez encore compléter le titre {} jusqu'au {} ({}), si vous êtes inscrit(e) à une session : à vérifier vite.",
            "You can still complete the {} title until {} ({}), if you are enrolled in a session: check quickly.",
            title(t), date(*deadline), months(*months_left)
        ),
        Warning::EquivalenceUnknown { block: b, target, ask } => trf!(
            "On ne sait pas si votre {} compte pour {} : l'équivalence n'a pas été trouvée. Demandez à : {}",
            "It is not known whether your {} counts for {}: the equivalence was not found. Ask: {}",
            block(b), the_block(catalog, target), cat(ask)
        ),
        Warning::EquivalencePresumed { block: b, target, ask } => trf!(
            "Votre {} compte probablement pour {}, sans confirmation officielle. Demandez à : {}",
            "Your {} probably counts for {}, without official confirmation. Ask: {}",
            block(b), the_block(catalog, target), cat(ask)
        ),
        Warning::VaeLittleExperience { months: m, expected, since, .. } => {
            let yours = m.map_or(String::new(), |m| {
                trf!(" (vous indiquez {})", " (you say {})", months(m))
            });
            trf!(
                "VAE : aucune durée minimale d'expérience n'est exigée par la loi depuis le {} ; environ {} d'expérience en lien avec le titre reste l'usage{}.",
                "VAE: the law has required no minimum length of experience since {}; about {} of experience related to the title remains the custom{}.",
                date(*since), months(*expected), yours
            )
        }
        Warning::AllBlocksHeld { if_complete: false } => tr!(
            "Vous avez tous les blocs du titre : demandez sa délivrance à la DREETS/DDETS (capitalisation des CCP).",
            "You hold every block of the title: ask the DREETS/DDETS to award it (capitalisation of the CCPs)."
        ).into(),
        Warning::AllBlocksHeld { if_complete: true } => tr!(
            "Si vous avez bien tous les blocs du titre (à vérifier : leur nombre n'est pas connu), demandez sa délivrance à la DREETS/DDETS (capitalisation des CCP).",
            "If you do hold every block of the title (to be checked: how many there are is not known), ask the DREETS/DDETS to award it (capitalisation of the CCPs)."
        ).into(),
        Warning::TitleHeld { title: t } => trf!(
            "Votre titre {} est acquis pour toujours : il reste valable, et aucun texte n'exige le titre Médiateur numérique pour exercer comme médiateur numérique, à notre connaissance (source : {}). Les parcours ci-dessous sont une option, pas une obligation.",
            "Your {} title is yours for life: it stays valid, and no text requires the Médiateur numérique title to work as a digital mediator, as far as we know (source: {}). The routes below are an option, not a requirement.",
            title(t),
            not_required_source(catalog).map_or("", |s| s.title.as_ref())
        ),
        Warning::TargetBlockHeld { block: b } => {
            trf!("Vous avez déjà le {}.", "You already hold the {}.", block(b))
        }
        Warning::DurationUnknown { modality, scope } => trf!(
            "Durée inconnue pour {} ({}) : à demander à l'organisme.",
            "Duration unknown for {} ({}): ask the training organisation.",
            catalog.modality(modality).map_or(modality.as_str(), |m| cat(&m.name)),
            catalog.title(scope).map_or_else(|| block(scope), |t| t.short.to_string())
        ),
    }
}

/// « le CCP1 Médiateur numérique », « les autres blocs du titre Médiateur numérique »: a block
/// of the target with its article, for « compte pour … ».
pub fn the_block(catalog: &Catalog, id: &str) -> String {
    match catalog.block(id) {
        Some((t, b)) if b.placeholder => trf!(
            "les autres blocs du titre {}",
            "the other blocks of the {} title",
            t.short
        ),
        Some(_) => trf!("le {}", "the {}", block_name(catalog, id)),
        None => id.to_string(),
    }
}

/// « CCP1 REMN »: a block by its code and its title's short name (its id if unknown).
pub fn block_name(catalog: &Catalog, id: &str) -> String {
    catalog.block(id).map_or(id.to_string(), |(t, b)| {
        format!("{} {}", cat(&b.code), t.short)
    })
}

/// A held block in a few words, for the time line: « CCP1 REMN (équivalence à vérifier) ».
pub fn acquired_short(a: &crate::plan::Acquired, catalog: &Catalog) -> String {
    use crate::catalog::EquivalenceStatus as E;
    use crate::plan::Mapping;
    let name = block_name(catalog, &a.block);
    match a.mapping {
        Mapping::Same | Mapping::Equivalence(E::Official) => name,
        Mapping::Equivalence(E::Presumed) => trf!(
            "{} (équivalence à confirmer)",
            "{} (equivalence to be confirmed)",
            name
        ),
        Mapping::Equivalence(E::Unknown) => trf!(
            "{} (équivalence à vérifier)",
            "{} (equivalence to be checked)",
            name
        ),
        Mapping::None => trf!(
            "{} (ne compte pas pour ce titre)",
            "{} (does not count for this title)",
            name
        ),
    }
}

/// Where a step stands, as the person marks it (`short`: the printed form).
pub fn step_status(s: StepStatus, short: bool) -> &'static str {
    match (s, short) {
        (StepStatus::Todo, false) => tr!("À faire", "To do"),
        (StepStatus::InProgress, false) => tr!("En cours", "In progress"),
        (StepStatus::Done, false) => tr!("Fait", "Done"),
        (StepStatus::Skipped, false) => {
            tr!(
                "Passé (sans objet pour moi)",
                "Skipped (does not apply to me)"
            )
        }
        (StepStatus::Todo, true) => tr!("à faire", "to do"),
        (StepStatus::InProgress, true) => tr!("en cours", "in progress"),
        (StepStatus::Done, true) => tr!("fait", "done"),
        (StepStatus::Skipped, true) => tr!("passé", "skipped"),
    }
}

pub fn acquired(a: &crate::plan::Acquired, catalog: &Catalog) -> String {
    use crate::catalog::EquivalenceStatus as E;
    use crate::plan::Mapping;
    let block = |id: &str| block_name(catalog, id);
    let target = a
        .counts_for
        .as_deref()
        .map(|t| the_block(catalog, t))
        .unwrap_or_default();
    let what = match a.mapping {
        Mapping::Same => tr!(
            "compte pour le titre visé",
            "counts for the title you aim at"
        )
        .to_string(),
        Mapping::Equivalence(E::Official) => trf!(
            "compte pour {} (équivalence officielle)",
            "counts for {} (official equivalence)",
            target
        ),
        Mapping::Equivalence(E::Presumed) => trf!(
            "compte probablement pour {} (équivalence à confirmer)",
            "probably counts for {} (equivalence to be confirmed)",
            target
        ),
        Mapping::Equivalence(E::Unknown) => trf!(
            "ne compte pas encore : son équivalence avec {} est à vérifier",
            "does not count yet: its equivalence with {} is to be checked",
            target
        ),
        Mapping::None => tr!(
            "reste acquis, mais ne compte pour aucun bloc du titre visé",
            "stays yours, but counts for no block of the title you aim at"
        )
        .to_string(),
    };
    trf!("{} : {}.", "{}: {}.", block(&a.block), what)
}

/// What knowing an unknown field would change.
pub fn unknown(u: Unknown) -> &'static str {
    match u {
        Unknown::Situation => tr!(
            "Votre situation : elle décide de presque tous les financements.",
            "Your situation: it decides almost all the funding."
        ),
        Unknown::Age => tr!(
            "Votre âge : il ouvre ou ferme l'apprentissage et le contrat de professionnalisation.",
            "Your age: it opens or closes apprenticeship and the professionalisation contract."
        ),
        Unknown::Rqth => tr!(
            "Une reconnaissance de handicap (RQTH) : elle supprime la limite d'âge de l'apprentissage et ouvre les aides Agefiph ou FIPHFP.",
            "An official disability recognition (RQTH): it removes the age limit for apprenticeship and opens Agefiph or FIPHFP grants."
        ),
        Unknown::Experience => tr!(
            "Votre expérience : elle dit si la VAE est réaliste et combien de temps il faut avant.",
            "Your experience: it says whether VAE is realistic and how long it takes first."
        ),
        Unknown::DiplomaLevel => tr!(
            "Votre diplôme le plus élevé : il change le plafond du CPF et l'accès à Pro-A.",
            "Your highest diploma: it changes the CPF ceiling and access to Pro-A."
        ),
        Unknown::HoursPerWeek => tr!(
            "Votre temps disponible par semaine : il précise la durée des formations.",
            "Your time available per week: it makes course lengths more precise."
        ),
        Unknown::StartDate => tr!(
            "Votre date de début : elle permet d'afficher des dates plutôt que des mois.",
            "Your start date: it lets the app show dates rather than months."
        ),
        Unknown::Seniority => tr!(
            "Votre ancienneté : elle compte pour Transitions Pro.",
            "Your length of service: it counts for Transitions Pro."
        ),
        Unknown::Contract => tr!(
            "Votre contrat (CDI, CDD) : il compte pour Pro-A et Transitions Pro.",
            "Your contract (CDI, CDD): it counts for Pro-A and Transitions Pro."
        ),
        Unknown::Employer => tr!(
            "Votre employeur (entreprise, association, collectivité…) : il change le CPF, le contrat de professionnalisation et l'apprentissage.",
            "Your employer (company, association, local authority…): it changes the CPF, the professionalisation contract and apprenticeship."
        ),
        Unknown::Registered => tr!(
            "Votre inscription à France Travail : elle ouvre l'AIF, dispense de la participation au CPF et, au-delà de 25 ans, ouvre le contrat de professionnalisation.",
            "Your registration with France Travail: it opens the AIF, exempts you from the CPF contribution and, past 25, opens the professionalisation contract."
        ),
        Unknown::MinimaSociaux => tr!(
            "Si vous touchez le RSA, l'ASS ou l'AAH : au-delà de 25 ans, cela ouvre le contrat de professionnalisation.",
            "Whether you receive the RSA, ASS or AAH benefits: past 25, it opens the professionalisation contract."
        ),
        Unknown::RecentApprenticeship => tr!(
            "Si un contrat d'apprentissage s'est terminé il y a moins d'un an : entre 30 et 34 ans, cela peut rouvrir l'apprentissage.",
            "Whether an apprenticeship contract ended less than a year ago: from 30 to 34, it can open apprenticeship again."
        ),
    }
}

/// « Avancement : 2 étapes sur 3 derrière vous », each language's singular and plural: French
/// takes the singular for none and one, English for one only.
pub fn progress_words(behind: usize, total: usize) -> String {
    match behind {
        0 => trf!(
            "Avancement : aucune étape sur {} derrière vous",
            "Progress: no step of {} behind you yet",
            total
        ),
        1 => trf!(
            "Avancement : 1 étape sur {} derrière vous",
            "Progress: 1 step of {} behind you",
            total
        ),
        n => trf!(
            "Avancement : {} étapes sur {} derrière vous",
            "Progress: {} steps of {} behind you",
            n,
            total
        ),
    }
}

/// Why a neighbouring certification is mentioned in this person's plan.
pub fn related_because(h: crate::catalog::Helps) -> &'static str {
    use crate::catalog::Helps;
    match h {
        Helps::ConseillerNumerique => tr!(
            "Vous êtes conseiller numérique :",
            "You are a conseiller numérique:"
        ),
        Helps::ManagingSpace => tr!(
            "Vous avez géré ou développé un espace :",
            "You have managed or developed a space:"
        ),
    }
}
