//! Acronyms explained where they appear: a short list under the text that uses them, each in
//! one plain sentence from the catalog's glossary (the full glossary is at the end of the page).

use crate::catalog::{self, GlossaryEntry};
use leptos::prelude::*;

/// Letters and digits, in any script, and the dash: what continues a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Whether `term` appears in `text` as a whole word (« CPF » in « le CPF, » but not in « CPFX »).
pub fn mentions(text: &str, term: &str) -> bool {
    !term.is_empty()
        && text.match_indices(term).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + term.len()..].chars().next();
            !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
        })
}

/// The glossary's acronyms that `texts` use, in the order the glossary gives them.
pub fn used<S: AsRef<str>>(texts: &[S]) -> Vec<&'static GlossaryEntry> {
    catalog::official()
        .glossary
        .iter()
        // Acronyms only: words the person reads every day need no box.
        .filter(|g| g.term.chars().filter(char::is_ascii_uppercase).count() >= 2)
        .filter(|g| texts.iter().any(|t| mentions(t.as_ref(), &g.term)))
        .collect()
}

/// « Les sigles ici » with their meanings, or nothing when the texts use none.
pub fn explain<S: AsRef<str>>(texts: &[S]) -> Option<AnyView> {
    let found = used(texts);
    (!found.is_empty()).then(|| {
        view! {
            <dl class="sigles">
                {found.into_iter().map(|g| view! { <div><dt>{g.term.clone()}</dt><dd>{crate::i18n::cat(&g.meaning)}</dd></div> }).collect_view()}
            </dl>
        }
        .into_any()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_found_as_whole_words_only() {
        assert!(mentions("le CPF, puis", "CPF"));
        assert!(mentions("CPF", "CPF"));
        assert!(!mentions("CPFX", "CPF"));
        assert!(!mentions("Pro-AB", "Pro-A"));
        // French letters and typography around a term.
        assert!(!mentions("CPFé", "CPF"));
        assert!(!mentions("ÉCPF", "CPF"));
        assert!(!mentions("CPFœ", "CPF"));
        assert!(mentions("le CPF\u{202f}: oui", "CPF"));
        assert!(mentions("du CPF’", "CPF"));
        assert!(mentions("« CPF »", "CPF"));
        assert!(mentions("2×CPF", "CPF"));
        let terms: Vec<&str> = used(&["Votre RQTH ouvre l'Agefiph", "VAE d'un bloc (CCP)"])
            .iter()
            .map(|g| g.term.as_ref())
            .collect();
        assert_eq!(terms, ["CCP", "VAE", "RQTH"]);
        assert!(used(&["rien de particulier"]).is_empty());
        assert!(!mentions("", "CPF"));
        assert!(!mentions("CP", "CPF"));
        assert!(!mentions("le CPF", ""));
    }
}
