//! The words a share link writes for the profile's answers (docs/share-link.md), plain French a
//! counsellor could type by hand, and how its values are escaped.

use crate::plan::{Activity, Contract, Employer, Situation, WorkingTime};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

pub(super) const SITUATIONS: &[(Situation, &str)] = &[
    (Situation::JobSeeker, "demandeur-emploi"),
    (Situation::Employee, "salarie"),
    (Situation::PublicAgent, "agent-public"),
    (Situation::SelfEmployed, "independant"),
    (Situation::ConseillerNumerique, "conseiller-numerique"),
    (Situation::Student, "etudiant"),
    (Situation::NoActivity, "sans-activite"),
];
pub(super) const EMPLOYERS: &[(Employer, &str)] = &[
    (Employer::PrivateCompany, "entreprise"),
    (Employer::Association, "association"),
    (Employer::LocalAuthority, "collectivite"),
    (Employer::State, "etat"),
    (Employer::Hospital, "hopital"),
];
pub(super) const ACTIVITIES: &[(Activity, &str)] = &[
    (Activity::Welcoming, "accueil"),
    (Activity::Workshops, "ateliers"),
    (Activity::ManagingSpace, "gestion-espace"),
    (Activity::Other, "autre"),
];
pub(super) const WORKING_TIMES: &[(WorkingTime, &str)] = &[
    (WorkingTime::OnWorkingTime, "travail"),
    (WorkingTime::OutsideWorkingTime, "hors-travail"),
];
pub(super) const CONTRACTS: &[(Contract, &str)] = &[
    (Contract::Cdi, "cdi"),
    (Contract::Cdd, "cdd"),
    (Contract::Other, "autre"),
];

pub(super) fn yes_no(b: bool) -> &'static str {
    if b {
        "oui"
    } else {
        "non"
    }
}

/// What a query value keeps as it is: letters, digits and `- _ . , :` (ids, dates, lists);
/// the rest is percent-encoded.
const KEEP: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b',')
    .remove(b':');

pub(super) fn escape(s: &str) -> String {
    utf8_percent_encode(s, KEEP).to_string()
}

/// `+` as a space, then `%XX` decoding; `None` for bytes that are not UTF-8 (a malformed `%`
/// stays as written, and the value is then refused for what it is).
pub(super) fn unescape(s: &str) -> Option<String> {
    percent_decode_str(&s.replace('+', " "))
        .decode_utf8()
        .ok()
        .map(|text| text.into_owned())
}
