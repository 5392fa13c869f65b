//! How a fact of the catalog is shown: its value marked when a secondary or unverified source
//! carries it, and the sources behind it with the date they were checked.

use crate::catalog::{Catalog, Date};
use crate::i18n;
use crate::{tr, trf};
use leptos::prelude::*;

/// « (non confirmé) » after a value that rests on a secondary or unverified source, in the
/// language of the moment: for a part drawn again by a closure that follows the plan (and so
/// the language, which `tr!` reads there). A part drawn once writes `{move || unconfirmed(…)}`.
pub(super) fn unconfirmed(shown: bool) -> impl IntoView {
    shown.then(|| {
        view! { " "<span class="non-confirme">{tr!("(non confirmé)", "(not confirmed)")}</span> }
    })
}

/// « Sources (vérifié le …) », folded, each source a link to the document it names.
pub(super) fn sources<S: AsRef<str>>(
    c: &Catalog,
    ids: &[S],
    checked: Option<Date>,
) -> impl IntoView {
    // Sources are French documents: said so, for screen readers, on an English page.
    let source_lang = move || i18n::en().then_some("fr");
    let items = ids
        .iter()
        .filter_map(|id| c.source(id.as_ref()))
        .map(|src| view! { <li><a href=src.url.clone() lang=source_lang>{src.title.clone()}</a></li> })
        .collect_view();
    view! {
        <details class="sources">
            <summary>{move || match checked.map(i18n::date) {
                Some(d) => trf!("Sources (vérifié le {})", "Sources (checked on {})", d),
                None => "Sources".to_string(),
            }}</summary>
            <ul>{items}</ul>
        </details>
    }
}
