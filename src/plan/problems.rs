//! What can be wrong with a profile, and what fitting a saved one to a newer catalog takes out
//! of it: codes with their figures, put in words by `i18n`.

use crate::catalog::Date;

/// A profile value that cannot be planned from: the field it concerns and what is wrong, as a
/// code with its figures (`i18n` puts it in words, in the page's language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileError {
    pub field: String,
    pub problem: Problem,
}

/// What is wrong with a profile value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A version this app does not read (it reads `reads`).
    UnknownVersion {
        version: u32,
        reads: u32,
    },
    /// A number outside what is possible.
    OutOfRange {
        value: i64,
        what: Quantity,
        lo: i64,
        hi: i64,
    },
    UnknownBlock {
        block: String,
    },
    UnknownTitle {
        title: String,
    },
    /// A title of the catalog that has no blocks (Pix, CléA…): its short name.
    NotMadeOfBlocks {
        title: String,
    },
    InTheFuture {
        date: Date,
    },
    /// Obtained before the title (its short name) existed.
    BeforeTheTitle {
        date: Date,
        title: String,
        start: Date,
    },
    /// Not a block of the title aimed at (its short name).
    NotABlockOfTheTarget {
        block: String,
        title: String,
    },
    /// A modality that does not apply to one block alone.
    NotForOneBlock {
        modality: String,
    },
    UnknownModality {
        modality: String,
    },
    /// The catalog names no title to aim at.
    NoTarget,
}

/// The numbers of a profile, for [`Problem::OutOfRange`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    Age,
    ExperienceMonths,
    SeniorityMonths,
    DiplomaLevel,
    HoursPerWeek,
    CpfEuros,
    CpfHours,
    QuoteEuros,
}

impl std::error::Error for ProfileError {}

/// Something a profile saved with an earlier catalog lost when fitted to this one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TakenOut {
    /// A block no longer in the catalog: taken out of the blocks held.
    Block { block: String },
    /// A date of obtaining no longer possible: cleared; the block stays held.
    BlockDate { block: String, date: Date },
    /// A title no longer in the catalog among the titles made of blocks.
    Title { title: String },
    /// A title's date of obtaining no longer possible (its short name).
    TitleDate { title: String, date: Date },
    /// The block aimed at left the title (its short name): the whole title is aimed at.
    TargetBlock { block: String, title: String },
    /// A way of obtaining a block no longer possible: taken out of « Votre parcours ».
    Choice { block: String, modality: String },
    /// A quote for a block or a way the catalog no longer holds.
    Quote { scope: String, modality: String },
}
