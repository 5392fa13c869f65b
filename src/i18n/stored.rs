//! What the store has to say (a plan, the storage or a file that could not be read as it was,
//! what was taken out), in words, in the page's language.

use crate::catalog::Catalog;
use crate::store::plans::{is_default_name, IMPORTED, NEW_PLAN, SHARED_PLAN, UNNAMED};
use crate::store::{Kind, Problem, Unreadable};
use crate::{tr, trf};
use std::borrow::Cow;

/// A plan's name as shown: a name Parcours gave the plan by itself in the page's language (with
/// the number in brackets that keeps it apart from another), any other as the person wrote it.
pub fn plan_name(name: &str) -> Cow<'_, str> {
    // A name given by Parcours, then a space and a number in brackets that keeps it apart.
    let (base, number) = match name.strip_suffix(')').and_then(|n| n.rsplit_once(" (")) {
        Some((base, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            (base, Some(n))
        }
        _ => (name, None),
    };
    let given = if is_default_name(base) {
        tr!("Mon plan", "My plan")
    } else if base == UNNAMED {
        tr!("Plan sans nom", "Unnamed plan")
    } else if base == IMPORTED {
        tr!("Plan importé", "Imported plan")
    } else if base == NEW_PLAN {
        tr!("Nouveau plan", "New plan")
    } else if base == SHARED_PLAN {
        tr!("Plan partagé", "Shared plan")
    } else {
        return Cow::Borrowed(name);
    };
    match number {
        Some(n) => Cow::Owned(format!("{given} ({n})")),
        None => Cow::Borrowed(given),
    }
}

fn kind(k: Kind) -> &'static str {
    match k {
        Kind::WholeNumber => tr!("un nombre entier", "a whole number"),
        Kind::TrueFalse => "true / false",
        Kind::List => tr!("une liste […]", "a list […]"),
        Kind::Text => tr!("un texte entre guillemets", "a text in quotes"),
        Kind::Object => tr!("un objet {…}", "an object {…}"),
    }
}

/// Why a stored text could not be read, naming the field.
pub fn unreadable(u: &Unreadable) -> String {
    match u {
        Unreadable::StopsEarly => tr!(
            "le texte s'arrête avant la fin",
            "the text stops before its end"
        )
        .into(),
        Unreadable::Malformed { line, column } => trf!(
            "texte mal formé (ligne {}, colonne {})",
            "malformed text (line {}, column {})",
            line,
            column
        ),
        Unreadable::Expected { field, kind: k } => {
            trf!(
                "« {} » : il faut {}",
                "“{}”: {} is expected",
                field,
                kind(*k)
            )
        }
        Unreadable::UnknownField(f) => trf!(
            "« {} » n'est pas un champ connu",
            "“{}” is not a known field",
            f
        ),
        Unreadable::Twice(f) => trf!("« {} » est écrit deux fois", "“{}” is written twice", f),
        Unreadable::Missing(f) => trf!("« {} » manque", "“{}” is missing", f),
        Unreadable::UnknownValue { field, value } => trf!(
            "« {} » : « {} » n'est pas une valeur connue",
            "“{}”: “{}” is not a known value",
            field,
            value
        ),
        Unreadable::OutOfRange { field, number } => trf!(
            "« {} » : le nombre {} est hors des limites",
            "“{}”: the number {} is out of range",
            field,
            number
        ),
        Unreadable::NotADate { field, text } => trf!(
            "« {} » : « {} » n'est pas une date AAAA-MM-JJ valide",
            "“{}”: “{}” is not a valid AAAA-MM-JJ date",
            field,
            text
        ),
        Unreadable::Other { field, message } => trf!("« {} » : {}", "“{}”: {}", field, message),
    }
}

/// What the store tells the person about their plans, the storage or a file.
pub fn stored(p: &Problem, c: &Catalog) -> String {
    match p {
        Problem::PlanUnreadable { name, why } => trf!(
            "Le plan « {} » est illisible ({}).",
            "The plan “{}” cannot be read ({}).",
            name.as_deref()
                .map_or(Cow::Borrowed(tr!("sans nom", "unnamed")), plan_name),
            unreadable(why)
        ),
        Problem::InPlan { name, why } => trf!(
            "Le plan « {} » : {}",
            "The plan “{}”: {}",
            plan_name(name),
            stored(why, c)
        ),
        Problem::PlanNewer { name } => trf!(
            "Le plan « {} » a été enregistré par une version plus récente de Parcours.",
            "The plan “{}” was saved by a newer version of Parcours.",
            plan_name(name)
        ),
        Problem::SameId { name } => trf!(
            "Le plan « {} » porte le même identifiant qu'un autre.",
            "The plan “{}” has the same identifier as another.",
            plan_name(name)
        ),
        Problem::TakenOut { plan, taken_out } => trf!(
            "Le plan « {} » a été fait avec une version plus ancienne du catalogue. {} Le reste du plan est gardé.",
            "The plan “{}” was made with an older version of the catalog. {} The rest of the plan is kept.",
            plan_name(plan),
            taken_out
                .iter()
                .map(|t| super::taken_out(t, c))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        Problem::PlansUnreadable => tr!(
            "Les plans enregistrés dans ce navigateur sont illisibles.",
            "The plans saved in this browser cannot be read."
        )
        .into(),
        Problem::PlansNewer => tr!(
            "Vos plans ont été enregistrés par une version plus récente de Parcours.",
            "Your plans were saved by a newer version of Parcours."
        )
        .into(),
        Problem::AnswersUnreadable(why) => trf!(
            "Vos réponses enregistrées sont illisibles ({}).",
            "Your saved answers cannot be read ({}).",
            unreadable(why)
        ),
        Problem::AnswersImpossible(e) => trf!(
            "Vos réponses enregistrées contiennent une valeur impossible ({}).",
            "Your saved answers hold an impossible value ({}).",
            e
        ),
        Problem::ProgressUnreadable(why) => trf!(
            "Votre avancement enregistré est illisible ({}).",
            "Your saved progress cannot be read ({}).",
            unreadable(why)
        ),
        Problem::ProgressNewer => tr!(
            "Votre avancement a été enregistré par une version plus récente de Parcours.",
            "Your progress was saved by a newer version of Parcours."
        )
        .into(),
        Problem::Kept => tr!(
            "Une copie de ce qui était enregistré est gardée : vous pouvez l'exporter dans « Vos plans ».",
            "A copy of what was saved is kept: you can export it in “Your plans”."
        )
        .into(),
        Problem::Unavailable => tr!(
            "Ce navigateur ne permet pas d'enregistrer vos plans (navigation privée, stockage bloqué ou plein) : ils seront perdus en fermant la page. Exportez-les dans un fichier pour les garder.",
            "This browser cannot save your plans (private browsing, storage blocked or full): they will be lost when you close the page. Export them to a file to keep them."
        )
        .into(),
        Problem::NotSaved => tr!(
            "Vos plans n'ont pas pu être enregistrés : le stockage de ce navigateur est plein ou bloqué. Exportez-les dans un fichier pour les garder.",
            "Your plans could not be saved: this browser's storage is full or blocked. Export them to a file to keep them."
        )
        .into(),
        Problem::NotAPlan => not_a_plan().into(),
        Problem::FileTooBig => trf!(
            "{} {}",
            "{} {}",
            not_a_plan(),
            tr!("Il est bien trop grand.", "It is far too big.")
        ),
        Problem::FileUnreadable => trf!(
            "{} {}",
            "{} {}",
            not_a_plan(),
            tr!(
                "Il n'est pas lisible comme tel.",
                "It cannot be read as one."
            )
        ),
        Problem::FileNewer => tr!(
            "Ce fichier vient d'une version plus récente de Parcours : mettez la page à jour pour l'ouvrir.",
            "This file comes from a newer version of Parcours: update the page to open it."
        )
        .into(),
    }
}

fn not_a_plan() -> &'static str {
    tr!(
        "Ce fichier n'est pas un plan Parcours.",
        "This file is not a Parcours plan."
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{in_lang, Lang};

    #[test]
    fn what_cannot_be_read_is_said_naming_the_field_in_the_page_language() {
        let field = || "age".to_string();
        for (problem, fr, en) in [
            (
                Unreadable::Expected {
                    field: field(),
                    kind: Kind::WholeNumber,
                },
                "« age » : il faut un nombre entier",
                "“age”: a whole number is expected",
            ),
            (
                Unreadable::OutOfRange {
                    field: "version".into(),
                    number: "-1".into(),
                },
                "« version » : le nombre -1 est hors des limites",
                "“version”: the number -1 is out of range",
            ),
            (
                Unreadable::UnknownValue {
                    field: "situation".into(),
                    value: "chomeur".into(),
                },
                "« situation » : « chomeur » n'est pas une valeur connue",
                "“situation”: “chomeur” is not a known value",
            ),
            (
                Unreadable::UnknownField("agee".into()),
                "« agee » n'est pas un champ connu",
                "“agee” is not a known field",
            ),
            (
                Unreadable::Twice(field()),
                "« age » est écrit deux fois",
                "“age” is written twice",
            ),
            (
                Unreadable::Missing("block".into()),
                "« block » manque",
                "“block” is missing",
            ),
            (
                Unreadable::NotADate {
                    field: "start".into(),
                    text: "2025-02-30".into(),
                },
                "« start » : « 2025-02-30 » n'est pas une date AAAA-MM-JJ valide",
                "“start”: “2025-02-30” is not a valid AAAA-MM-JJ date",
            ),
            (
                Unreadable::Expected {
                    field: "rqth".into(),
                    kind: Kind::TrueFalse,
                },
                "« rqth » : il faut true / false",
                "“rqth”: true / false is expected",
            ),
            (
                Unreadable::Expected {
                    field: "held".into(),
                    kind: Kind::List,
                },
                "« held » : il faut une liste […]",
                "“held”: a list […] is expected",
            ),
            (
                Unreadable::StopsEarly,
                "le texte s'arrête avant la fin",
                "the text stops before its end",
            ),
            (
                Unreadable::Malformed {
                    line: 1,
                    column: 10,
                },
                "texte mal formé (ligne 1, colonne 10)",
                "malformed text (line 1, column 10)",
            ),
        ] {
            assert_eq!(unreadable(&problem), fr);
            assert_eq!(in_lang(Lang::En, || unreadable(&problem)), en);
        }
    }

    #[test]
    fn the_names_the_store_gives_follow_the_language_and_the_persons_do_not() {
        use crate::store::plans::DEFAULT_NAME;
        assert_eq!(plan_name(DEFAULT_NAME), "Mon plan");
        assert_eq!(in_lang(Lang::En, || plan_name(DEFAULT_NAME)), "My plan");
        assert_eq!(in_lang(Lang::En, || plan_name("My plan")), "My plan");
        assert_eq!(plan_name("My plan"), "Mon plan");
        assert_eq!(in_lang(Lang::En, || plan_name(UNNAMED)), "Unnamed plan");
        assert_eq!(in_lang(Lang::En, || plan_name(IMPORTED)), "Imported plan");
        assert_eq!(in_lang(Lang::En, || plan_name("Karima B.")), "Karima B.");
        // Parcours' own names follow the language with the number that keeps them apart; the
        // person's own stay as written, whatever they end with.
        assert_eq!(
            in_lang(Lang::En, || plan_name("Nouveau plan (2)")),
            "New plan (2)"
        );
        assert_eq!(in_lang(Lang::En, || plan_name(SHARED_PLAN)), "Shared plan");
        assert_eq!(in_lang(Lang::En, || plan_name("Karima (2)")), "Karima (2)");
        assert_eq!(
            in_lang(Lang::En, || plan_name("Mon plan (x)")),
            "Mon plan (x)"
        );
        assert_eq!(
            in_lang(Lang::En, || plan_name("Mon plan ()")),
            "Mon plan ()"
        );
        assert_eq!(plan_name(" (2)"), " (2)");
    }

    #[test]
    fn a_plan_that_cannot_be_read_is_named_and_said_in_the_page_language() {
        let c = crate::catalog::official();
        let p = Problem::InPlan {
            name: UNNAMED.into(),
            why: Box::new(Problem::ProgressNewer),
        };
        assert_eq!(
            stored(&p, c),
            "Le plan « Plan sans nom » : Votre avancement a été enregistré par une version plus récente de Parcours."
        );
        assert_eq!(
            in_lang(Lang::En, || stored(&p, c)),
            "The plan “Unnamed plan”: Your progress was saved by a newer version of Parcours."
        );
    }
}
