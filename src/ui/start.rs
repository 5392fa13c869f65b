//! « Quand voudriez-vous commencer ? »: a month, from this one to two years on.

use super::fields::say;
use super::profile::DONT_KNOW;
use super::Shown;
use crate::catalog::Date;
use crate::i18n;
use crate::plan::Profile;
use crate::words;
use leptos::prelude::*;

/// « 2027-03 », a month as the start question's options name it.
fn month_code(d: Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// When the person would like to start: a month, from this one to two years on (a month, not a
/// day: the steps are counted in months). With one, each step shows its months in the calendar.
/// A select, not a date field: Chromium's date field made the first route about 0.35 s
/// slower at 4× CPU (measured side by side, docs/performance.md), and a day would only be
/// rounded off.
pub(super) fn start_month(profile: Shown<Profile>, today: Date) -> impl IntoView {
    let first = Date::new(today.year(), today.month(), 1).unwrap_or(today);
    let answer = Memo::new(move |_| profile.with(|p| p.start));
    // The next 24 months, and the month given if it is outside them (a plan made long ago, a link).
    let months = Memo::new(move |_| {
        let mut list: Vec<Date> = (0..24).map(|i| first.add_months(i)).collect();
        if let Some(d) = answer.get().and_then(|d| Date::new(d.year(), d.month(), 1)) {
            if !list.contains(&d) {
                let at = list.iter().position(|m| *m > d).unwrap_or(list.len());
                list.insert(at, d);
            }
        }
        list
    });
    let chosen = move || answer.get().map(month_code).unwrap_or_default();
    view! {
        <div class="champ">
            <label for="debut">{words!("Quand voudriez-vous commencer ?", "When would you like to start?")}</label>
            <p class="aide" id="debut-aide">{words!(
                "Facultatif. Avec un mois, chaque étape montre les siens (par exemple « de mars à décembre 2027 ») ; sans, elle se compte en mois à partir d'aujourd'hui.",
                "Optional. With a month, each step shows its own (for example “from March to December 2027”); without one, it is counted in months from today."
            )}</p>
            <select
                id="debut"
                aria-describedby="debut-aide"
                prop:value=chosen
                on:change=move |ev| {
                    // « 2027-03 » is the first of that month; the empty option, no answer.
                    let text = event_target_value(&ev);
                    profile.update(|p| p.start = Date::parse(&format!("{text}-01")).ok());
                }
            >
                <option value="" selected=move || chosen().is_empty()>{move || say(DONT_KNOW)}</option>
                {move || {
                    let now = chosen();
                    months.get().into_iter().map(|d| {
                        let code = month_code(d);
                        let selected = code == now;
                        view! { <option value=code selected=selected>{move || i18n::month_year(d)}</option> }
                    }).collect_view()
                }}
            </select>
        </div>
    }
}
