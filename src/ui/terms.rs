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

/// The glossary's words and acronyms that `text` uses, in the order the glossary gives them
/// (the printout's glossary: only what the plan on paper needs).
pub fn mentioned(text: &str) -> Vec<&'static GlossaryEntry> {
    catalog::official()
        .glossary
        .iter()
        .filter(|g| mentions(text, &g.term))
        .collect()
}

/// The acronyms the questions have explained so far, in reading order. The page is drawn once,
/// top to bottom (a switch of language re-words it in place): each question explains only the
/// acronyms no question above it did, and the results only those no question did.
#[derive(Clone, Copy)]
pub struct Explained {
    so_far: StoredValue<Vec<&'static str>>,
    /// Drawing questions shown only in some situations (see [`sometimes`]).
    sometimes: StoredValue<bool>,
}

/// A new, empty list for the page about to be drawn.
pub fn provide() {
    provide_context(Explained {
        so_far: StoredValue::new(Vec::new()),
        sometimes: StoredValue::new(false),
    });
}

/// Draws questions that are shown only in some situations (the employer's, for an employee):
/// they explain their acronyms, which still count as unexplained for what follows, since a
/// person who does not see them has not read them.
pub fn sometimes<V>(draw: impl FnOnce() -> V) -> V {
    let d = use_context::<Explained>();
    d.inspect(|d| d.sometimes.set_value(true));
    let view = draw();
    d.inspect(|d| d.sometimes.set_value(false));
    view
}

/// The acronyms `texts` use that no question has explained.
fn new_to_the_page<S: AsRef<str>>(texts: &[S]) -> Vec<&'static GlossaryEntry> {
    let done = use_context::<Explained>();
    used(texts)
        .into_iter()
        .filter(|g| !done.is_some_and(|d| d.so_far.with_value(|v| v.contains(&g.term.as_ref()))))
        .collect()
}

/// In a question: its acronyms not explained above, which count as explained from here on.
pub fn explain_first<S: AsRef<str>>(texts: &[S]) -> Option<AnyView> {
    let found = new_to_the_page(texts);
    if let Some(d) = use_context::<Explained>().filter(|d| !d.sometimes.get_value()) {
        d.so_far
            .update_value(|v| v.extend(found.iter().map(|g| g.term.as_ref())));
    }
    boxed(found)
}

/// In the results (drawn again as the answers change): the acronyms the questions did not
/// explain; the full glossary at the end of the page has every one.
pub fn explain<S: AsRef<str>>(texts: &[S]) -> Option<AnyView> {
    boxed(new_to_the_page(texts))
}

/// « Les sigles ici » with their meanings, or nothing when there are none.
fn boxed(found: Vec<&'static GlossaryEntry>) -> Option<AnyView> {
    (!found.is_empty()).then(|| {
        view! {
            <dl class="sigles">
                {found.into_iter().map(|g| view! { <div><dt>{g.term.clone()}</dt><dd>{move || crate::i18n::cat(&g.meaning)}</dd></div> }).collect_view()}
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
