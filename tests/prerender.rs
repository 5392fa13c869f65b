//! The first screen written into the release's index.html: the app's own view, drawn natively
//! for a newcomer, fit for the page's Content-Security-Policy.

use parcours::catalog;
use parcours::plan::{plan, Profile};

#[test]
fn the_first_screen_shows_a_newcomers_questions_and_routes_in_order() {
    let html = parcours::ui::prerender::first_screen().unwrap();
    assert!(html.contains("<h1>Devenir médiateur numérique, bloc par bloc</h1>"));
    // Readable while the app loads, not usable: every control is inside an inert part.
    let reste = html.find("<div class=\"apercu-reste\" inert>").unwrap();
    let header = html.find("<header class=\"site\" inert>").unwrap();
    let header_end = html.find("</header>").unwrap();
    for control in [
        "<input",
        "<select",
        "<button",
        "<a ",
        "<details",
        "<textarea",
    ] {
        for (at, _) in html.match_indices(control) {
            assert!(
                at > reste || (at > header && at < header_end),
                "{control} at {at} is usable"
            );
        }
    }
    assert!(html.contains("Quels blocs (CCP) avez-vous déjà obtenus ?"));
    // The routes the planner gives a newcomer, in its order, under their names.
    let c = catalog::official();
    let planned = plan(&Profile::new(), c, c.meta.checked).unwrap();
    let mut at = 0;
    for r in &planned.routes {
        let name = parcours::i18n::route_name(&r.id);
        let found = html[at..]
            .find(&format!("id=\"parcours-{}\"", r.id))
            .unwrap_or_else(|| panic!("route {} ({name}) missing or out of order", r.id));
        at += found;
    }
    assert!(planned.routes.len() > 2);
    // Drawn as a browser with storage shows it: no « nothing is kept » warning.
    assert!(!html.contains("ne permet pas d'enregistrer"), "{html}");
    assert!(!html.contains("ne garde rien"));
    // Nothing the Content-Security-Policy refuses: no inline style, no script.
    assert!(!html.contains(" style=\""));
    assert!(!html.contains("<script"));
}
