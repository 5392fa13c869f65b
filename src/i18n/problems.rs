//! The words for what is wrong with a profile, and for what fitting a saved one to a newer
//! catalog took out of it. The planner returns codes with figures (`plan::Problem`,
//! `plan::TakenOut`); they are said here, in the page's language.

use super::{block_name, cat, date};
use crate::catalog::Catalog;
use crate::plan::{Problem, ProfileError, Quantity, TakenOut};
use crate::{tr, trf};
use std::fmt;

fn quantity(q: Quantity) -> &'static str {
    match q {
        Quantity::Age => tr!("l'âge", "age"),
        Quantity::ExperienceMonths => tr!("l'expérience en mois", "experience in months"),
        Quantity::SeniorityMonths => {
            tr!("l'ancienneté en mois", "length of service in months")
        }
        Quantity::DiplomaLevel => tr!("le niveau de diplôme", "the diploma level"),
        Quantity::HoursPerWeek => tr!(
            "le temps disponible par semaine",
            "the time available per week"
        ),
        Quantity::CpfEuros => tr!("le montant de votre CPF", "the amount on your CPF"),
        Quantity::CpfHours => tr!("les heures de votre CPF", "the hours on your CPF"),
        Quantity::QuoteEuros => tr!("le montant du devis", "the amount of the quote"),
    }
}

/// What is wrong, in words: « 200 n'est pas possible : l'âge va de 14 à 100 ».
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::UnknownVersion { version, reads } => trf!(
            "version {} inconnue (cette application lit la version {})",
            "unknown version {} (this app reads version {})",
            version,
            reads
        ),
        Problem::OutOfRange {
            value,
            what,
            lo,
            hi,
        } => trf!(
            "{} n'est pas possible : {} va de {} à {}",
            "{} is not possible: {} goes from {} to {}",
            value,
            quantity(*what),
            lo,
            hi
        ),
        Problem::UnknownBlock { block } => trf!(
            "bloc « {} » inconnu du catalogue",
            "block “{}” unknown to the catalog",
            block
        ),
        Problem::UnknownTitle { title } => trf!(
            "titre « {} » inconnu du catalogue",
            "title “{}” unknown to the catalog",
            title
        ),
        Problem::NotMadeOfBlocks { title } => trf!(
            "« {} » n'est pas un titre en blocs",
            "“{}” is not a title made of blocks",
            title
        ),
        Problem::InTheFuture { date } => {
            trf!("{} est dans le futur", "{} is in the future", date)
        }
        Problem::BeforeTheTitle { date, title, start } => trf!(
            "{} est avant la création du titre {} ({})",
            "{} is before the {} title was created ({})",
            date,
            title,
            start
        ),
        Problem::NotABlockOfTheTarget { block, title } => trf!(
            "« {} » n'est pas un bloc du titre {}",
            "“{}” is not a block of the {} title",
            block,
            title
        ),
        Problem::NotForOneBlock { modality } => trf!(
            "« {} » ne s'applique pas à un bloc seul",
            "“{}” does not apply to one block alone",
            modality
        ),
        Problem::UnknownModality { modality } => trf!(
            "modalité « {} » inconnue",
            "unknown modality “{}”",
            modality
        ),
        Problem::NoTarget => tr!(
            "aucun titre visé dans le catalogue",
            "no title to aim at in the catalog"
        )
        .into(),
    }
}

/// « age : 200 n'est pas possible : l'âge va de 14 à 100 », in the page's language.
impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&trf!(
            "{} : {}",
            "{}: {}",
            self.field,
            problem(&self.problem)
        ))
    }
}

/// What fitting a saved profile to this catalog took out, in a sentence that names it.
pub fn taken_out(t: &TakenOut, catalog: &Catalog) -> String {
    match t {
        TakenOut::Block { block } => trf!(
            "Le bloc « {} » n'est plus dans le catalogue : il a été retiré des blocs obtenus.",
            "The block “{}” is no longer in the catalog: it was taken out of the blocks held.",
            block
        ),
        TakenOut::BlockDate { block, date: d } => trf!(
            "La date d'obtention de {} ({}) n'est plus possible : elle a été effacée, et le bloc reste obtenu.",
            "The date {} was obtained ({}) is no longer possible: it was cleared, and the block stays held.",
            block_name(catalog, block),
            date(*d)
        ),
        TakenOut::Title { title } => trf!(
            "Le titre « {} » n'est plus dans le catalogue parmi les titres en blocs : il a été retiré des titres obtenus.",
            "The title “{}” is no longer in the catalog among the titles made of blocks: it was taken out of the titles held.",
            title
        ),
        TakenOut::TitleDate { title, date: d } => trf!(
            "La date d'obtention du titre {} ({}) n'est plus possible : elle a été effacée, et le titre reste obtenu.",
            "The date the {} title was obtained ({}) is no longer possible: it was cleared, and the title stays held.",
            title,
            date(*d)
        ),
        TakenOut::TargetBlock { block, title } => trf!(
            "« {} » n'est plus un bloc du titre {} : le plan vise maintenant le titre complet.",
            "“{}” is no longer a block of the {} title: the plan now aims at the whole title.",
            block,
            title
        ),
        TakenOut::Choice { block, modality } => trf!(
            "Le choix « {} » pour {} n'est plus possible : il a été retiré de « Votre parcours ».",
            "The choice “{}” for {} is no longer possible: it was taken out of “Your route”.",
            catalog
                .modality(modality)
                .map_or(modality.as_str(), |m| cat(&m.name)),
            match catalog.block(block) {
                Some(_) => block_name(catalog, block),
                None => format!("« {block} »"),
            }
        ),
        TakenOut::Quote { scope, modality } => trf!(
            "Le devis pour « {} » ({}) ne correspond plus au catalogue : il a été retiré.",
            "The quote for “{}” ({}) no longer fits the catalogue: it was taken out.",
            match catalog.block(scope) {
                Some(_) => block_name(catalog, scope),
                None => scope.clone(),
            },
            catalog
                .modality(modality)
                .map_or(modality.as_str(), |m| cat(&m.name))
        ),
    }
}
