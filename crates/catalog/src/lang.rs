//! The two languages of Parcours: the catalog is written in French, with its English beside it
//! (catalog/en.toml); a share link says which one it was made in.

/// The language the page speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// The code for `lang` attributes and for storage (« fr », « en »).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
    /// Any stored or typed value: « en » is English, anything else French (the default).
    pub fn from_code(code: &str) -> Lang {
        if code.trim().eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Fr
        }
    }
}
