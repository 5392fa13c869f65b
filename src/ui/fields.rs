//! The question builders: a group of radio buttons or a number field, bound to one optional
//! field of the profile, with its help and the acronyms it uses explained.

use super::Shown;
use crate::i18n::t;
use crate::plan::Profile;

use leptos::prelude::*;

/// A text in French and in English; the page shows one.
pub(super) type Words = (&'static str, &'static str);
/// The text of `Words` in the page's language.
pub(super) fn say((fr, en): Words) -> &'static str {
    t(fr, en)
}

pub(super) type Field<T> = fn(&Profile) -> Option<T>;
pub(super) type Set<T> = fn(&mut Profile, Option<T>);

/// A group of radio buttons bound to one optional field (`None`: « je ne sais pas »).
pub(super) fn radios<T: Copy + PartialEq + Send + Sync + 'static>(
    profile: Shown<Profile>,
    name: &'static str,
    legend: Words,
    help: Words,
    options: &'static [(Option<T>, Words)],
    get: Field<T>,
    set: Set<T>,
) -> impl IntoView {
    let (legend, help) = (say(legend), say(help));
    let mut texts: Vec<&str> = vec![legend, help];
    texts.extend(options.iter().map(|(_, l)| say(*l)));
    // The group's answer alone, as the place of the button it checks (one kind of memo for
    // every group): another answer leaves these buttons untouched.
    let answer =
        Memo::new(move |_| profile.with(|p| options.iter().position(|(v, _)| *v == get(p))));
    view! {
        <fieldset>
            <legend>{legend}</legend>
            <p class="aide">{help}</p>
            {options
                .iter()
                .enumerate()
                .map(|(i, (value, label))| {
                    let id = format!("{name}-{i}");
                    view! {
                        <div class="choix">
                            <input
                                type="radio"
                                name=name
                                id=id.clone()
                                prop:checked=move || answer.get() == Some(i)
                                on:change=move |_| profile.update(|p| set(p, *value))
                            />
                            <label for=id>{say(*label)}</label>
                        </div>
                    }
                })
                .collect_view()}
            {super::terms::explain_first(&texts)}
        </fieldset>
    }
}

/// A whole number, empty when unknown. Out-of-range values reach the planner, which names them.
#[allow(clippy::too_many_arguments)]
pub(super) fn number(
    profile: Shown<Profile>,
    id: &'static str,
    label: Words,
    help: Words,
    min: i64,
    max: i64,
    get: Field<i64>,
    set: Set<i64>,
) -> impl IntoView {
    let (label, help) = (say(label), say(help));
    let help_id = format!("{id}-aide");
    let answer = Memo::new(move |_| profile.with(get));
    view! {
        <div class="champ">
            <label for=id>{label}</label>
            <p class="aide" id=help_id.clone()>{help}</p>
            <input
                type="number"
                id=id
                inputmode="numeric"
                min=min
                max=max
                aria-describedby=help_id
                prop:value=move || answer.get().map(|v| v.to_string()).unwrap_or_default()
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    profile.update(|p| set(p, text.trim().parse().ok()));
                }
            />
        </div>
    }
}
