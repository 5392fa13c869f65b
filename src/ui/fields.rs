//! The question builders: a group of radio buttons or a number field, bound to one optional
//! field of the profile, with its help and the acronyms it uses explained.

use super::Shown;
use crate::i18n::t;
use crate::plan::Profile;

use leptos::prelude::*;
// The trait, under no name: `Set` here is a profile field's setter.
use leptos::prelude::Set as _;

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
    // Which acronyms are explained is read in French: it stays the same in either language.
    let mut texts: Vec<&str> = vec![legend.0, help.0];
    texts.extend(options.iter().map(|(_, l)| l.0));
    // The group's answer alone, as the place of the button it checks (one kind of memo for
    // every group): another answer leaves these buttons untouched.
    let answer =
        Memo::new(move |_| profile.with(|p| options.iter().position(|(v, _)| *v == get(p))));
    view! {
        <fieldset>
            <legend>{move || say(legend)}</legend>
            <p class="aide">{move || say(help)}</p>
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
                            <label for=id>{move || say(*label)}</label>
                        </div>
                    }
                })
                .collect_view()}
            {super::terms::explain_first(&texts)}
        </fieldset>
    }
}

/// Questions that apply only in some situations: drawn once, then hidden or shown as the answers
/// change (so changing the situation only shows or hides them); their acronyms count as
/// unexplained for what follows (`terms::sometimes`).
pub(super) fn asked_when<V: IntoView>(
    applies: impl Fn() -> bool + Send + Sync + 'static,
    draw: impl FnOnce() -> V,
) -> impl IntoView {
    view! { <div hidden=move || !applies()>{super::terms::sometimes(draw)}</div> }
}

/// What a number counts, for the error that gives its range.
#[derive(Clone, Copy)]
pub(super) enum Unit {
    Years,
    Months,
    Hours,
    Euros,
}

/// « entre 14 et 100 ans », « entre 0 € et 100 000 € ».
fn range_words(unit: Unit, min: i64, max: i64) -> String {
    let (unit, money) = match unit {
        Unit::Years => (crate::tr!("ans", "years old"), false),
        Unit::Months => (crate::tr!("mois", "months"), false),
        Unit::Hours => (crate::tr!("heures", "hours"), false),
        Unit::Euros => ("", true),
    };
    if money {
        let euros = |v: i64| crate::i18n::euros(u32::try_from(v.max(0) * 100).unwrap_or(u32::MAX));
        return crate::trf!(
            "entre {} et {}",
            "between {} and {}",
            euros(min),
            euros(max)
        );
    }
    crate::trf!("entre {} et {} {}", "between {} and {} {}", min, max, unit)
}

/// What a number field's text means: `Some(None)` when empty (not known), `Some(Some(v))` for
/// a whole number within `min..=max`, `None` for anything else, which is never stored.
pub(super) fn whole_in(text: &str, min: i64, max: i64) -> Option<Option<i64>> {
    let text = text.trim();
    if text.is_empty() {
        return Some(None);
    }
    text.parse::<i64>()
        .ok()
        .filter(|v| (min..=max).contains(v))
        .map(Some)
}

/// Whether what is typed can still become valid by typing more digits (« 3 » on the way to
/// « 31 »): its error then waits until the person leaves the field.
fn may_grow(text: &str, max: i64) -> bool {
    text.trim()
        .parse::<i64>()
        .is_ok_and(|v| (0..=max).contains(&v))
}

/// A field's `aria-describedby`: its help, and its error while it shows one.
pub(super) fn described_by(
    help: String,
    error: String,
    wrong: RwSignal<bool>,
) -> impl Fn() -> String + Send + Sync + 'static {
    move || {
        if wrong.get() {
            format!("{help} {error}")
        } else {
            help.clone()
        }
    }
}

/// A number question: the field, its label and help, what it is called in an error and what it
/// counts, its range, and the profile's field it fills.
pub(super) struct Number {
    pub id: &'static str,
    pub label: Words,
    pub help: Words,
    /// Its name in the error (« Votre âge »).
    pub name: Words,
    pub unit: Unit,
    pub min: i64,
    pub max: i64,
    pub get: Field<i64>,
    pub set: Set<i64>,
}

/// A whole number, empty when unknown. A valid value is kept as it is typed; a value out of its
/// range or not a whole number stays in the field with its error, and is not kept: the routes
/// shown stay those of the last valid answers.
#[component]
pub(super) fn NumberField(profile: Shown<Profile>, q: &'static Number) -> impl IntoView {
    let help_id = format!("{}-aide", q.id);
    let error_id = format!("{}-erreur", q.id);
    let answer = Memo::new(move |_| profile.with(q.get));
    let wrong = RwSignal::new(false);
    // Another plan, or a link, gives the field another value: it is valid.
    Effect::new(move |_| {
        answer.track();
        wrong.set(false);
    });
    // `leaving`: the person left the field (or pressed Enter), so a value on its way to a valid
    // one is wrong now. A number field whose text the browser cannot read (« 3a ») gives ""
    // with a bad input: that is not an empty answer.
    let read = move |ev: leptos::ev::Event, leaving: bool| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let text = input.value();
        let value = if input.validity().bad_input() {
            None
        } else {
            whole_in(&text, q.min, q.max)
        };
        match value {
            Some(v) => {
                wrong.set(false);
                if profile.with_untracked(q.get) != v {
                    profile.update(|p| (q.set)(p, v));
                }
            }
            None => wrong.set(leaving || !may_grow(&text, q.max)),
        }
    };
    let described = described_by(help_id.clone(), error_id.clone(), wrong);
    view! {
        <div class="champ">
            <label for=q.id>{move || say(q.label)}</label>
            <p class="aide" id=help_id>{move || say(q.help)}</p>
            <input
                type="number"
                id=q.id
                inputmode="numeric"
                min=q.min
                max=q.max
                aria-describedby=described
                aria-invalid=move || wrong.get().then_some("true")
                prop:value=move || answer.get().map(|v| v.to_string()).unwrap_or_default()
                on:input=move |ev| read(ev, false)
                on:change=move |ev| read(ev, true)
            />
            // Drawn only while there is an error: a newcomer's page carries none.
            {move || wrong.get().then(|| view! {
                <p class="erreur" id=error_id.clone()>
                    {crate::trf!("{} : {}", "{}: {}", say(q.name), range_words(q.unit, q.min, q.max))}
                </p>
            })}
        </div>
    }
}
