//! What a share link could not give (the link refused, a part set aside), in words, in the
//! page's language.

use crate::store::{LinkRefused, SetAside, Wanted};
use crate::{tr, trf};

/// Why a link could not be used at all.
pub fn link_refused(r: &LinkRefused) -> String {
    match r {
        LinkRefused::TooLong { chars, max } => trf!(
            "Ce lien est trop long ({} caractères, {} au plus) : il a sans doute été abîmé en le copiant.",
            "This link is too long ({} characters, {} at most): it was probably damaged when copied.",
            chars,
            max
        ),
        LinkRefused::Newer(v) => trf!(
            "Ce lien a été fait par une version plus récente de Parcours (version « {} ») : ouvrez-le avec une version à jour.",
            "This link was made by a newer version of Parcours (version “{}”): open it with an up-to-date version.",
            v
        ),
        LinkRefused::Impossible(e) => trf!(
            "Ce lien ne peut pas être lu : {}",
            "This link cannot be read: {}",
            e
        ),
    }
}

fn wanted(w: Wanted) -> String {
    match w {
        Wanted::Number { min, max } => trf!(
            "un nombre de {} à {} est attendu",
            "a number from {} to {} is expected",
            min,
            max
        ),
        Wanted::YesNo => tr!(
            "« oui » ou « non » est attendu",
            "“oui” (yes) or “non” (no) is expected"
        )
        .into(),
        Wanted::TargetBlock => tr!(
            "ce n'est pas un bloc du titre visé",
            "not a block of the title aimed at"
        )
        .into(),
        Wanted::Situation => tr!("situation inconnue", "unknown situation").into(),
        Wanted::Employer => tr!("employeur inconnu", "unknown employer").into(),
        Wanted::Contract => tr!("contrat inconnu", "unknown contract").into(),
        Wanted::WorkingTime => tr!(
            "« travail » ou « hors-travail » est attendu",
            "“travail” (on working time) or “hors-travail” (outside it) is expected"
        )
        .into(),
        Wanted::Lang => tr!("« fr » ou « en » est attendu", "“fr” or “en” is expected").into(),
        Wanted::Date => tr!(
            "une date AAAA-MM-JJ valide est attendue",
            "a valid AAAA-MM-JJ date is expected"
        )
        .into(),
    }
}

/// A part of a link that was set aside, and why.
pub fn set_aside(s: &SetAside) -> String {
    match s {
        SetAside::UnreadableCharacters(pair) => trf!(
            "« {} » : caractères illisibles",
            "“{}”: unreadable characters",
            pair
        ),
        SetAside::Twice(key) => trf!(
            "« {} » : donné deux fois, seule la première valeur compte",
            "“{}”: given twice, only the first value counts",
            key
        ),
        SetAside::Value {
            key,
            value,
            wanted: w,
        } => trf!("« {}={} » : {}", "“{}={}”: {}", key, value, wanted(*w)),
        SetAside::NotABlock(item) => trf!(
            "« blocs » : « {} » n'est pas un bloc connu avec une date possible",
            "“blocs”: “{}” is not a known block with a possible date",
            item
        ),
        SetAside::NotATitle(item) => trf!(
            "« titres » : « {} » n'est pas un titre connu",
            "“titres”: “{}” is not a known title",
            item
        ),
        SetAside::NotAnActivity(item) => trf!(
            "« activites » : « {} » n'est pas une activité connue",
            "“activites”: “{}” is not a known activity",
            item
        ),
        SetAside::QuoteForm(item) => trf!(
            "« devis » : « {} » devrait s'écrire bloc:modalité:euros, pour un bloc du titre visé",
            "“devis”: “{}” should be written block:modality:euros, for a block of the title aimed at",
            item
        ),
        SetAside::ChoiceForm(item) => trf!(
            "« choix » : « {} » devrait s'écrire bloc:modalité",
            "“choix”: “{}” should be written block:modality",
            item
        ),
        SetAside::NotAChoice(item) => trf!(
            "« choix » : « {} » n'est pas un choix possible",
            "“choix”: “{}” is not a possible choice",
            item
        ),
        SetAside::UnknownParameter(key) => trf!(
            "« {} » : paramètre inconnu",
            "“{}”: unknown parameter",
            key
        ),
        SetAside::NoVersion => tr!(
            "« v » : version absente, lue comme la version 1",
            "“v”: version missing, read as version 1"
        )
        .into(),
        SetAside::NotARoute(value) => trf!(
            "« suivi={} » : ce n'est pas un parcours",
            "“suivi={}”: not a route",
            value
        ),
        SetAside::MarksWithoutRoute => tr!(
            "« etapes » : sans « suivi », on ne sait pas de quel parcours",
            "“etapes”: without “suivi”, it is not known which route they belong to"
        )
        .into(),
        SetAside::MarkForm(item) => trf!(
            "« etapes » : « {} » devrait s'écrire bloc.façon:état (fait, en-cours ou passe)",
            "“etapes”: “{}” should be written block.way:status (fait, en-cours or passe)",
            item
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{in_lang, Lang};

    #[test]
    fn a_part_set_aside_says_what_was_expected_in_the_page_language() {
        let aside = SetAside::Value {
            key: "age".into(),
            value: "200".into(),
            wanted: Wanted::Number { min: 14, max: 100 },
        };
        assert_eq!(
            set_aside(&aside),
            "« age=200 » : un nombre de 14 à 100 est attendu"
        );
        assert_eq!(
            in_lang(Lang::En, || set_aside(&aside)),
            "“age=200”: a number from 14 to 100 is expected"
        );
        let refused = LinkRefused::Newer("9".into());
        assert!(in_lang(Lang::En, || link_refused(&refused))
            .starts_with("This link was made by a newer version"));
    }
}
