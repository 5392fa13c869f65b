//! What the store has to say: why a stored value, a file or a link could not be read, what was
//! set aside or taken out, and what became of it. Values with their figures, as the planner's
//! `Problem`s are: the page puts them in words (`i18n::stored`…) in its language, where it shows
//! them, so that they follow a switch of language.

use crate::plan::{ProfileError, TakenOut};

/// Why a text could not be read as the value it should hold.
#[derive(Clone, Debug, PartialEq)]
pub enum Unreadable {
    /// The text stops before its end.
    StopsEarly,
    /// The text is not well formed, from this line and column.
    Malformed { line: usize, column: usize },
    /// This field holds another kind of value than the one expected.
    Expected { field: String, kind: Kind },
    /// A field this form does not have.
    UnknownField(String),
    /// A field written twice.
    Twice(String),
    /// A field that must be there is not.
    Missing(String),
    /// A value this field does not take.
    UnknownValue { field: String, value: String },
    /// A number out of the range of its field.
    OutOfRange { field: String, number: String },
    /// A date that does not exist (or is not written `AAAA-MM-JJ`).
    NotADate { field: String, text: String },
    /// Another check of the value's own, in the words it gave.
    Other { field: String, message: String },
}

/// What kind of value a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    WholeNumber,
    TrueFalse,
    List,
    Text,
    Object,
}

/// What the store tells the person about the plans, the storage or a file.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A stored plan (named, when its name could be read) cannot be read.
    PlanUnreadable {
        name: Option<String>,
        why: Unreadable,
    },
    /// What is wrong with one stored plan.
    InPlan { name: String, why: Box<Problem> },
    /// A stored plan was saved by a newer Parcours.
    PlanNewer { name: String },
    /// A stored plan has the same identifier as another.
    SameId { name: String },
    /// Answers this catalog no longer holds were taken out of a plan; the rest is kept.
    TakenOut {
        plan: String,
        taken_out: Vec<TakenOut>,
    },
    /// The plans stored in this browser cannot be read at all.
    PlansUnreadable,
    /// The plans were saved by a newer Parcours.
    PlansNewer,
    /// Stored answers cannot be read.
    AnswersUnreadable(Unreadable),
    /// Stored answers hold an impossible value.
    AnswersImpossible(ProfileError),
    /// Stored progress cannot be read.
    ProgressUnreadable(Unreadable),
    /// Progress saved by a newer Parcours.
    ProgressNewer,
    /// A copy of what was stored is kept, to export from « Vos plans ».
    Kept,
    /// This browser cannot keep the plans (private browsing, storage blocked or full).
    Unavailable,
    /// The plans could not be saved just now (storage full or blocked).
    NotSaved,
    /// A file is not a plan of Parcours.
    NotAPlan,
    /// A file is far too big to be a plan.
    FileTooBig,
    /// A file cannot be read as a plan.
    FileUnreadable,
    /// A file comes from a newer Parcours.
    FileNewer,
}

/// Why a link could not be used at all.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkRefused {
    TooLong {
        chars: usize,
        max: usize,
    },
    /// Made by a newer Parcours (the version it says).
    Newer(String),
    /// What it says, taken together, is impossible.
    Impossible(ProfileError),
}

/// A part of a link that was set aside, and why; the rest of the link is used.
#[derive(Clone, Debug, PartialEq)]
pub enum SetAside {
    /// A parameter whose characters cannot be read.
    UnreadableCharacters(String),
    /// A parameter given twice: only the first value counts.
    Twice(String),
    /// A parameter's value is not one it takes.
    Value {
        key: String,
        value: String,
        wanted: Wanted,
    },
    NotABlock(String),
    NotATitle(String),
    NotAnActivity(String),
    /// A quote not written `bloc:modalité:euros`, or not for a block of the title aimed at.
    QuoteForm(String),
    /// A choice not written `bloc:modalité`.
    ChoiceForm(String),
    /// A choice that is not possible.
    NotAChoice(String),
    UnknownParameter(String),
    /// No `v`: read as version 1.
    NoVersion,
    /// `suivi` is not a route.
    NotARoute(String),
    /// Marks without the route they belong to.
    MarksWithoutRoute,
    /// A mark not written `bloc.façon:état`.
    MarkForm(String),
}

/// What a parameter's value should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    Number { min: i64, max: i64 },
    YesNo,
    TargetBlock,
    Situation,
    Employer,
    Contract,
    WorkingTime,
    Lang,
    Date,
}
