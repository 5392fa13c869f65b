//! What the route shown on top adds to a route's row: why it comes first, « Pour commencer »
//! (the first things to do, each with its official page), and the month axis of its time line.

use crate::catalog::{Catalog, Date};
use crate::i18n;
use crate::plan::Action;
use crate::{tr, trf};
use leptos::prelude::*;

/// Why this route comes first, in one sentence.
pub(super) fn why(x: &super::routes::Summary) -> impl IntoView {
    view! { <p class="pourquoi">{i18n::why_first(x.feasibility, &x.strengths, x.duration_confirmed, x.first_because)}</p> }
}

/// « Pour commencer »: the first two or three things to do, each with its official page. Drawn
/// by a closure that follows the plan, so its fixed words are read there (`tr!`, see `i18n`).
pub(super) fn first_steps(c: &'static Catalog, actions: &[Action]) -> impl IntoView {
    (!actions.is_empty()).then(|| {
        let items = actions
            .iter()
            .map(|a| {
                let (text, url) = i18n::action(a, c);
                view! {
                    <li>
                        {text}
                        {url.map(|u| view! { " "<a href=u rel="noopener" target="_blank">{tr!("Page officielle", "Official page")}<span class="lecteur">{tr!(" (nouvel onglet)", " (new tab)")}</span></a> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="commencer">
                <h4>{tr!("Pour commencer", "To get started")}</h4>
                <ol>{items}</ol>
            </div>
        }
    })
}

/// Where the axis puts a mark: every `every` months, so that it holds at most seven.
fn marks(longest: u32) -> (u32, Vec<u32>) {
    let every = [1, 2, 3, 6, 12, 24]
        .into_iter()
        .find(|e| longest / e <= 6)
        .unwrap_or(36);
    (every, (0..=longest / every).map(|k| k * every).collect())
}

/// The month axis under which the steps' bars are drawn: months and years from the person's
/// start, or « mois 1, 2… » without one. Hidden from screen readers: each step says its months
/// in words, in the list the bars belong to.
pub(super) fn axis(longest: u32, start: Option<Date>) -> impl IntoView {
    let longest = longest.max(1);
    let (_, at) = marks(longest);
    let ticks = at
        .into_iter()
        .map(|m| {
            let label = match start {
                Some(d) => i18n::month_year(d.add_months(m)),
                None => trf!("mois {}", "month {}", m + 1),
            };
            // The last mark's label ends at the axis' end, not past it.
            let left = format!("{}%", (m * 100 / longest).min(100));
            view! { <li class="repere" style:left=left>{label}</li> }
        })
        .collect_view();
    view! { <ol class="axe" aria-hidden="true">{ticks}</ol> }
}

#[cfg(test)]
mod tests {
    use super::marks;

    #[test]
    fn the_axis_has_at_most_seven_marks_from_month_zero() {
        for longest in 1..200 {
            let (every, at) = marks(longest);
            assert!(at.len() <= 7 || every == 36, "{longest}: {at:?}");
            assert_eq!(at[0], 0);
            assert!(at.iter().all(|m| *m <= longest), "{longest}: {at:?}");
        }
        assert_eq!(marks(9), (2, vec![0, 2, 4, 6, 8]));
        assert_eq!(marks(24), (6, vec![0, 6, 12, 18, 24]));
    }
}
