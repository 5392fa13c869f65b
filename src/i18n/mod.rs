//! The words of the app. The planner returns codes with figures ([`Reason`], [`Warning`]…);
//! this module says them to a person, in plain French by default, or in English.
//!
//! The language is one value for the page ([`set_lang`]); the interface is rebuilt when it
//! changes, so words are picked where they are written: [`t`] (`tr!`) for a fixed text,
//! `trf!` for one with figures, [`cat`] for a text of the catalog (English in catalog/en.toml).
//!
//! The English is written next to the French in the code, but the wasm does not carry it:
//! build.rs gathers it into a file (`english-<hash>.txt`) that the page fetches when a person
//! asks for English, and the words are then looked up by their French. A French reader never
//! downloads the English. Natively, the English is built in.

mod problems;
pub use problems::{problem, taken_out};

use crate::catalog::{Catalog, Date};
use crate::plan::{
    BestCase, Condition, Feasibility, Reason, StepStatus, Strength, ToPay, Unknown, Verdict,
    Warning,
};
use std::cell::Cell;
use std::fmt::{Display, Write};
use std::sync::OnceLock;

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

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::Fr) };
}

pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

pub fn set_lang(l: Lang) {
    LANG.with(|c| c.set(l));
}

pub fn en() -> bool {
    lang() == Lang::En
}

mod file {
    include!(concat!(env!("OUT_DIR"), "/english.rs"));
}

/// The English file the page fetches (`english-<hash>.txt`, next to index.html).
pub use file::FILE as ENGLISH_FILE;

/// The English of every text, by its French: (French, English), sorted by the French.
type Table = Vec<(&'static str, &'static str)>;

static ENGLISH: OnceLock<Table> = OnceLock::new();

/// Reads the English file: records `French` U+001F `English`, each ended by U+001E, sorted by
/// the French (build.rs writes it so).
fn read_table(text: &'static str) -> Result<Table, String> {
    let mut table = Table::new();
    for record in text.split('\u{1e}').filter(|r| !r.is_empty()) {
        let (fr, en) = record
            .split_once('\u{1f}')
            .ok_or_else(|| format!("record {} has no English", table.len() + 1))?;
        table.push((fr, en));
    }
    if table.is_empty() {
        return Err("no text".into());
    }
    if !table.windows(2).all(|w| w[0].0 < w[1].0) {
        return Err("the texts are not in order".into());
    }
    Ok(table)
}

fn table() -> Option<&'static Table> {
    // Natively (tools, tests, the first screen) the English is built in.
    #[cfg(not(target_arch = "wasm32"))]
    install_bundled_english();
    ENGLISH.get()
}

/// The English of a French text the app shows (the interface's and the catalog's); `None` for
/// any other text, or while the English file is not loaded.
pub fn english(french: &str) -> Option<&'static str> {
    let table = table()?;
    table
        .binary_search_by(|(fr, _)| (*fr).cmp(french))
        .ok()
        .map(|i| table[i].1)
}

/// Whether the English can be shown now (in the browser: once its file is loaded).
pub fn english_ready() -> bool {
    table().is_some()
}

/// Takes the English file's contents (fetched by [`load_english`]). Kept for the page's life:
/// a second call changes nothing.
pub fn install_english(text: String) -> Result<(), String> {
    if ENGLISH.get().is_none() {
        let table = read_table(Box::leak(text.into_boxed_str()))?;
        ENGLISH.set(table).ok();
    }
    Ok(())
}

/// Takes the English from the copy built into the program, with no file to fetch: native
/// tools and tests, and the browser tests of components (the release page fetches the file).
pub fn install_bundled_english() {
    ENGLISH.get_or_init(|| read_table(file::BUNDLED).unwrap_or_default());
}

/// The English file's contents, as built in (for the example that writes it next to the page).
pub fn bundled_english() -> &'static str {
    file::BUNDLED
}

/// Fetches the English file next to the page (its service worker keeps it for offline use).
#[cfg(target_arch = "wasm32")]
pub async fn load_english() -> Result<(), String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    if english_ready() {
        return Ok(());
    }
    let unreachable = |_| "no network?".to_string();
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(ENGLISH_FILE))
        .await
        .map_err(unreachable)?
        .dyn_into()
        .map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(unreachable)?)
        .await
        .map_err(unreachable)?
        .as_string()
        .ok_or("not a text")?;
    install_english(text)
}

/// What the page says when the English file cannot be loaded, in both languages (the person
/// asked for English; the page stays French).
pub fn english_unavailable() -> &'static str {
    "La version anglaise n'a pas pu être chargée : vérifiez votre connexion, puis réessayez. \
     La page reste en français. — The English version could not be loaded: check your \
     connection, then try again. The page stays in French."
}

/// `tr!`'s English argument as the program keeps it: natively, as written (to check the
/// English file against it); in the wasm, nothing (the English comes from the file).
#[doc(hidden)]
pub const fn keep_en(en: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        en
    }
}

/// The French or the English, as the page speaks. `en` is the English as written in the call
/// (natively only, see [`keep_en`]); what is shown comes from the English file.
#[inline(never)]
pub fn t<'a>(fr: &'a str, en: &'a str) -> &'a str {
    if !self::en() {
        return fr;
    }
    let found = english(fr);
    if !cfg!(target_arch = "wasm32") {
        debug_assert_eq!(
            found,
            Some(en),
            "« {fr} »: the English file does not hold this call's English (build.rs reads tr! calls)"
        );
    }
    found.unwrap_or(fr)
}

/// A text of the catalog in the page's language (the catalog itself is written in French).
pub fn cat(fr: &str) -> &str {
    if en() {
        english(fr).unwrap_or(fr)
    } else {
        fr
    }
}

/// `trf!`'s text: `template`'s `{}` (or `{0}`, `{1}`…) replaced by `args`, as `format!`
/// would, `{{` and `}}` written as braces.
pub fn fill(template: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut next = 0;
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with("{{") || rest.starts_with("}}") {
            out.push_str(&rest[..1]);
            rest = &rest[2..];
        } else if let (true, Some(close)) = (rest.starts_with('{'), rest.find('}')) {
            let index = match &rest[1..close] {
                "" => {
                    next += 1;
                    next - 1
                }
                n => n.parse().unwrap_or(usize::MAX),
            };
            if let Some(arg) = args.get(index) {
                write!(out, "{arg}").ok();
            }
            rest = &rest[close + 1..];
        } else {
            out.push_str(&rest[..1]);
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Natively, in debug builds: `filled` is what `format!` makes of the call.
#[doc(hidden)]
pub fn check_fill(filled: &str, formatted: impl FnOnce() -> String) {
    if cfg!(all(debug_assertions, not(target_arch = "wasm32"))) {
        debug_assert_eq!(filled, formatted(), "trf!'s English, filled at run time");
    }
}

/// `tr!("Bonjour", "Hello")`: a fixed text in the page's language. Both must be string literals:
/// build.rs reads them into the English file.
#[macro_export]
macro_rules! tr {
    ($fr:literal, $en:literal $(,)?) => {
        $crate::i18n::t($fr, $crate::i18n::keep_en($en))
    };
}

/// `trf!("{} mois", "{} months", n)`: a text with figures, in the page's language. The figures
/// go in at run time ([`fill`]), in French as in English: one way for both, so that the wasm
/// carries neither `format!`'s code twice nor the English. Natively, in debug builds, the result
/// is checked against `format!` (which also checks the placeholders against the figures).
#[macro_export]
macro_rules! trf {
    ($fr:literal, $en:literal $(, $arg:expr)* $(,)?) => {{
        let filled = $crate::i18n::fill(
            $crate::i18n::t($fr, $crate::i18n::keep_en($en)),
            &[$(&$arg as &dyn ::std::fmt::Display),*],
        );
        $crate::i18n::check_fill(&filled, || {
            if $crate::i18n::en() {
                format!($en $(, $arg)*)
            } else {
                format!($fr $(, $arg)*)
            }
        });
        filled
    }};
}

/// `pair!("Oui", "Yes")`: a French text and its English, to be shown later with [`t`] (in a
/// `const` table). Read into the English file like `tr!`.
#[macro_export]
macro_rules! pair {
    ($fr:literal, $en:literal $(,)?) => {
        ($fr, $crate::i18n::keep_en($en))
    };
}

/// « 103,20 € », « 5 000 € » in French; « €103.20 », « €5,000 » in English.
pub fn euros(cents: u32) -> String {
    let (e, c) = (cents / 100, cents % 100);
    let (group, decimal) = if en() { (",", ".") } else { ("\u{202f}", ",") };
    let mut digits = e.to_string();
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!("{group}{tail}{grouped}");
    }
    grouped = format!("{digits}{grouped}");
    let amount = if c == 0 {
        grouped
    } else {
        format!("{grouped}{decimal}{c:02}")
    };
    if en() {
        format!("€{amount}")
    } else {
        format!("{amount}\u{a0}€")
    }
}

/// « juillet », « July ».
fn month_name(d: Date) -> &'static str {
    const MOIS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = if en() { MONTHS } else { MOIS };
    names
        .get(d.month().saturating_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

/// « 13 juillet 2026 », « 13 July 2026 ».
pub fn date(d: Date) -> String {
    let day = if d.day() == 1 && !en() {
        "1er".to_string()
    } else {
        d.day().to_string()
    };
    format!("{day} {} {}", month_name(d), d.year())
}

/// « juillet 2026 », « July 2026 ».
pub fn month_year(d: Date) -> String {
    format!("{} {}", month_name(d), d.year())
}

/// When a step happens. When the person said when they start: « de mars à décembre 2027 »,
/// « de mars 2027 à janvier 2028 » or « en mars 2027 ». Else in months counted from 1, « du
/// mois 1 au mois 9 »; « dates à vérifier » when its duration is unknown.
pub fn step_when(s: &crate::plan::Step) -> String {
    match (s.dates, s.start, s.end) {
        (Some((from, until)), _, _)
            if (from.year(), from.month()) == (until.year(), until.month()) =>
        {
            trf!("en {}", "in {}", month_year(from))
        }
        (Some((from, until)), _, _) => {
            // The year once when both months are in it.
            let first = if from.year() == until.year() {
                month_name(from).to_string()
            } else {
                month_year(from)
            };
            trf!("de {} à {}", "from {} to {}", first, month_year(until))
        }
        // Months counted from 1: a step from the start runs « du mois 1 au mois 9 ».
        (None, Some(a), Some(e)) => trf!(
            "du mois {} au mois {}",
            "from month {} to month {}",
            a.min + 1,
            e.max.max(a.min + 1)
        ),
        _ => tr!("dates à vérifier", "dates to be checked").into(),
    }
}

/// « 12 mois », « 1 month », « 12 months ».
pub fn months(n: u32) -> String {
    match (en(), n) {
        (false, _) => format!("{n}\u{a0}mois"),
        (true, 1) => "1\u{a0}month".into(),
        (true, _) => format!("{n}\u{a0}months"),
    }
}

/// « 4 à 7 mois », « 12 mois », or « durée à vérifier » when unknown.
pub fn month_range(r: Option<crate::catalog::Range>) -> String {
    match r {
        None => tr!("durée à vérifier", "duration to be checked").into(),
        Some(r) if r.min == r.max => months(r.min),
        Some(r) => trf!("{} à {}", "{} to {}", r.min, months(r.max)),
    }
}

/// A scheme's verdict. « Vous remplissez les conditions », not « vous y avez droit »: an
/// employer, or money on the account, is still needed, except for the State's funding of a
/// conseiller numérique's initial training.
pub fn verdict_for(scheme: &str, v: Verdict) -> &'static str {
    match (scheme, v) {
        ("cn-etat", Verdict::Eligible) => tr!("Vous y avez droit", "You are entitled to it"),
        _ => verdict(v),
    }
}

pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => tr!("Vous remplissez les conditions", "You meet the conditions"),
        Verdict::Check => tr!("Possible : à vérifier", "Possible: to be checked"),
        Verdict::NotEligible => tr!("Pas pour vous", "Not for you"),
    }
}

pub fn to_pay(t: ToPay) -> String {
    match t {
        ToPay::Nothing => tr!("Rien à payer", "Nothing to pay").into(),
        ToPay::Fixed { cents } => trf!("{} à payer", "{} to pay", euros(cents)),
        ToPay::AtLeast { cents: 0 } => tr!(
            "Rien, ou ce que le financement ne couvre pas",
            "Nothing, or what the funding does not cover"
        )
        .into(),
        ToPay::AtLeast { cents } => trf!(
            "{}, plus ce que le financement ne couvre pas",
            "{}, plus what the funding does not cover",
            euros(cents)
        ),
        ToPay::Unknown => tr!("À vérifier", "To be checked").into(),
    }
}

/// What the catalog's date means: when its facts were taken from the research, not when each
/// source was read again (docs/catalog.md).
pub fn data_date(c: &Catalog) -> String {
    trf!(
        "Données reprises le {} ; sources consultées en {}.",
        "Data taken on {}; sources consulted in {}.",
        date(c.meta.checked),
        cat(&c.meta.consulted)
    )
}

/// An amount with the year it is for: « 103,20 € (montant 2026) », and when the person starts in
/// a later year, that it may change by then. Nothing added to an amount of no euros.
pub fn dated(t: ToPay, year: Option<u32>, start_year: u32) -> String {
    let amount = |cents: u32| match year {
        Some(y) if start_year > y => trf!(
            "{} (montant {} ; il peut changer d'ici votre début en {})",
            "{} ({} amount; it may change by your start in {})",
            euros(cents),
            y,
            start_year
        ),
        Some(y) => trf!("{} (montant {})", "{} ({} amount)", euros(cents), y),
        None => euros(cents),
    };
    match t {
        ToPay::Fixed { cents } if cents > 0 => {
            trf!("{} à payer", "{} to pay", amount(cents))
        }
        ToPay::AtLeast { cents } if cents > 0 => trf!(
            "{}, plus ce que le financement ne couvre pas",
            "{}, plus what the funding does not cover",
            amount(cents)
        ),
        _ => to_pay(t),
    }
}

/// What a route or a step's best case takes: « rien à payer, si l'un de ces financements est
/// accordé : Employeur, Transitions Pro ».
pub fn best_case(b: &BestCase, catalog: &Catalog) -> String {
    trf!(
        "{}, {}",
        "{}, {}",
        to_pay(b.to_pay),
        condition(
            &Condition::FundingAgreed {
                schemes: b.if_agreed.clone()
            },
            catalog
        )
    )
}

/// How realistic a route is, as its badge says.
pub fn feasibility(f: Feasibility) -> &'static str {
    match f {
        Feasibility::Firm => tr!("Ouvert à vous", "Open to you"),
        Feasibility::Conditional => tr!("Sous conditions", "Subject to conditions"),
        Feasibility::Unlikely => tr!("Peu probable pour vous", "Unlikely for you"),
    }
}

/// A condition as a thing to ask or to do: « si vous touchez le RSA, l'ASS ou l'AAH ».
pub fn condition(c: &Condition, catalog: &Catalog) -> String {
    match c {
        Condition::TellSituation => tr!(
            "si votre situation le permet (indiquez-la pour le savoir)",
            "if your situation allows it (give it to find out)"
        ).into(),
        Condition::TellAge => tr!(
            "si votre âge le permet (indiquez-le pour le savoir)",
            "if your age allows it (give it to find out)"
        ).into(),
        Condition::EmployerHires => tr!(
            "si un employeur vous embauche en alternance",
            "if an employer hires you on a work-study contract"
        ).into(),
        Condition::ReceivesMinimaSociaux => tr!(
            "si vous touchez le RSA, l'ASS ou l'AAH",
            "if you receive the RSA, ASS or AAH benefits"
        ).into(),
        Condition::RegisterJobSeeker => tr!(
            "si vous êtes inscrit(e) à France Travail, ou vous y inscrivez",
            "if you are registered with France Travail, or register"
        ).into(),
        Condition::CollegeFinished => tr!(
            "si vous avez terminé le collège",
            "if you have finished lower secondary school"
        ).into(),
        Condition::PreviousApprenticeship => tr!(
            "si un précédent contrat d'apprentissage s'est terminé il y a moins d'un an, dans l'un des cas prévus par la loi (niveau supérieur, contrat rompu sans que ce soit de votre fait)",
            "if a previous apprenticeship contract ended less than a year ago, in one of the cases the law provides for (a higher level, a contract broken off through no doing of yours)"
        ).into(),
        Condition::ApprenticeshipException => tr!(
            "si vous êtes dans une exception à la limite d'âge (RQTH, création ou reprise d'entreprise, sportif de haut niveau, échec à l'examen)",
            "if you fall under an exception to the age limit (RQTH, starting or taking over a business, top-level athlete, failed exam)"
        ).into(),
        Condition::CnfptFunds => tr!(
            "si le CNFPT finance votre contrat (leur nombre est limité)",
            "if the CNFPT funds your contract (their number is limited)"
        ).into(),
        Condition::VaeExperience { expected_months, have: Some(m) } => trf!(
            "si vous avez environ {} d'expérience en lien avec le titre (vous indiquez {})",
            "if you have about {} of experience related to the title (you say {})",
            months(*expected_months), months(*m)
        ),
        Condition::VaeExperience { expected_months, have: None } => trf!(
            "si vous avez environ {} d'expérience en lien avec le titre",
            "if you have about {} of experience related to the title",
            months(*expected_months)
        ),
        Condition::FindMediationWork => tr!(
            "si vous trouvez un poste ou une mission bénévole en médiation numérique pour acquérir l'expérience",
            "if you find a job or volunteer work in digital mediation to gain the experience"
        ).into(),
        Condition::FundingAgreed { schemes } => {
            let names: Vec<&str> = schemes
                .iter()
                .map(|s| catalog.scheme(s).map_or(s.as_str(), |x| cat(&x.short)))
                .collect();
            match names.as_slice() {
                [] => tr!(
                    "si vous trouvez un financement, ou payez le devis vous-même",
                    "if you find funding, or pay the quote yourself"
                ).into(),
                [one] => trf!("si ce financement est accordé : {}", "if this funding is granted: {}", one),
                _ => trf!(
                    "si l'un de ces financements est accordé : {}",
                    "if one of these funding schemes is granted: {}",
                    names.join(", ")
                ),
            }
        }
        Condition::EquivalenceConfirmed => tr!(
            "si l'équivalence de votre bloc est confirmée",
            "if your block's equivalence is confirmed"
        ).into(),
    }
}

pub fn strength(s: Strength) -> &'static str {
    match s {
        Strength::Chosen => tr!("Votre choix", "Your choice"),
        Strength::Fastest => tr!("Le plus rapide", "The fastest"),
        Strength::LeastToPay => tr!("Le moins cher pour vous", "The cheapest for you"),
        Strength::KeepsJob => tr!("Vous gardez votre emploi", "You keep your job"),
        Strength::Paid => tr!("Payé pendant la formation", "Paid during training"),
        Strength::FieldRoute => tr!(
            "Le parcours le plus connu sur le terrain",
            "The route best known in the field"
        ),
        Strength::IfEquivalenceConfirmed => tr!(
            "Si l'équivalence est confirmée",
            "If the equivalence is confirmed"
        ),
    }
}

pub fn route_name(id: &str) -> &'static str {
    match id {
        crate::plan::CHOSEN_ROUTE => tr!("Votre parcours", "Your route"),
        "formation-blocs" => tr!("Bloc par bloc, en formation", "Block by block, in training"),
        "terrain" => tr!(
            "Le CCP1 d'abord, l'expérience, puis la VAE",
            "CCP1 first, experience, then VAE"
        ),
        "conseiller-numerique" => tr!(
            "Conseiller numérique : CCP1 financé, puis formation",
            "Conseiller numérique: CCP1 funded, then training"
        ),
        "formation-titre" => tr!(
            "Le titre entier en formation",
            "The whole title in training"
        ),
        "apprentissage" => tr!("En apprentissage", "As an apprentice"),
        "contrat-pro" => tr!(
            "En contrat de professionnalisation",
            "On a professionalisation contract"
        ),
        "vae-titre" => tr!("Le titre entier par la VAE", "The whole title through VAE"),
        "vae-blocs" => tr!("Par la VAE", "Through VAE"),
        "si-equivalence" => tr!("Si votre bloc est reconnu", "If your block is recognised"),
        _ => tr!("Parcours", "Route"),
    }
}

/// The reason for a decision, in plain words.
pub fn reason(r: &Reason) -> String {
    use Reason::*;
    match r {
        SituationUnknown => tr!(
            "Dites-nous votre situation (emploi, recherche d'emploi…) pour savoir si ce financement vous est ouvert.",
            "Tell us your situation (in work, looking for work…) to know whether this funding is open to you."
        ).into(),
        CpfOpen { participation_cents, year, cap_eur } => trf!(
            "Vos droits CPF paient la formation (jusqu'à {} en tout). Il reste {} de participation à votre charge (montant {}), sauf si votre employeur complète le financement.",
            "Your CPF rights pay for the training (up to {} in all). A contribution of {} is left for you to pay ({} amount), unless your employer tops up the funding.",
            euros(cap_eur * 100), euros(*participation_cents), year
        ),
        CpfJobSeekerNotRegistered { participation_cents, year, cap_eur } => trf!(
            "Vos droits CPF restent à vous (jusqu'à {} en tout). Sans inscription à France Travail, la participation de {} (montant {}) reste à votre charge : vous inscrire vous en dispenserait.",
            "Your CPF rights stay yours (up to {} in all). Without registering with France Travail, the contribution of {} ({} amount) is yours to pay: registering would exempt you.",
            euros(cap_eur * 100), euros(*participation_cents), year
        ),
        CpfJobSeekerIfRegistered { participation_cents, year, cap_eur } => trf!(
            "Vos droits CPF restent à vous (jusqu'à {} en tout). La participation de {} (montant {}) n'est pas due si vous êtes inscrit(e) à France Travail : dites-nous si vous l'êtes.",
            "Your CPF rights stay yours (up to {} in all). The contribution of {} ({} amount) is not due if you are registered with France Travail: tell us whether you are.",
            euros(cap_eur * 100), euros(*participation_cents), year
        ),
        CpfJobSeekerExempt { cap_eur } => trf!(
            "Demandeur d'emploi inscrit à France Travail, vous gardez vos droits CPF (jusqu'à {} en tout) et ne payez pas la participation forfaitaire.",
            "As a job seeker registered with France Travail, you keep your CPF rights (up to {} in all) and do not pay the flat contribution.",
            euros(cap_eur * 100)
        ),
        CpfPublicAgentsInHours => tr!(
            "Agent public : votre CPF est en heures et passe par votre employeur (voir « CPF des agents publics »).",
            "Public agent: your CPF is counted in hours and goes through your employer (see “Public agents' CPF”)."
        ).into(),
        CpfOnlyIfWorked => tr!(
            "Le CPF se remplit en travaillant : si vous avez déjà travaillé, vous avez peut-être des droits (voir Mon Compte Formation).",
            "The CPF fills up as you work: if you have worked before, you may have rights (see Mon Compte Formation)."
        ).into(),
        CpfPublicHours { hours_per_year, cap_hours } => trf!(
            "Agent public : {} h par an, jusqu'à {} h. Demandez à votre employeur, qui décide et finance.",
            "Public agent: {} hours a year, up to {} hours. Ask your employer, who decides and pays.",
            hours_per_year, cap_hours
        ),
        CpfPublicOnly => tr!("Réservé aux agents publics.", "For public agents only.").into(),
        AifAdviserValidates => tr!(
            "Possible si votre conseiller France Travail valide votre projet ; elle complète les autres financements.",
            "Possible if your France Travail adviser approves your plan; it tops up other funding."
        ).into(),
        AifRegisterFirst => tr!(
            "Il faut d'abord vous inscrire à France Travail : l'inscription l'ouvre.",
            "You first need to register with France Travail: registering opens it."
        ).into(),
        AifJobSeekersOnly => tr!(
            "Réservée aux demandeurs d'emploi inscrits à France Travail.",
            "Only for job seekers registered with France Travail."
        ).into(),
        PoeiNeedsJobOffer => tr!(
            "Possible si un employeur vous propose un poste et s'engage à vous embaucher après la formation.",
            "Possible if an employer offers you a job and commits to hiring you after the training."
        ).into(),
        PoecNoneFound => tr!(
            "Aucune session pour la médiation numérique n'a été trouvée : demandez à France Travail s'il en existe une près de chez vous.",
            "No session for digital mediation was found: ask France Travail whether there is one near you."
        ).into(),
        JobSeekersOnly => tr!("Réservée aux demandeurs d'emploi.", "Only for job seekers.").into(),
        PrfJobSeekers => tr!(
            "Si votre région a acheté des places pour ce titre : demandez à votre conseiller ou consultez le catalogue du Carif-Oref.",
            "If your region has bought places for this title: ask your adviser or look at the Carif-Oref catalogue."
        ).into(),
        PrfMostlyJobSeekers => tr!(
            "Surtout pour les demandeurs d'emploi ; les règles changent d'une région à l'autre et certaines ouvrent d'autres publics : à vérifier dans le catalogue du Carif-Oref.",
            "Mostly for job seekers; the rules differ from one region to another and some open it to others: check the Carif-Oref catalogue."
        ).into(),
        ApprenticeAge { age, max } => trf!(
            "À {} ans, vous pouvez signer un contrat d'apprentissage (jusqu'à {} ans).",
            "At {}, you can sign an apprenticeship contract (up to age {}).",
            age, max
        ),
        ApprenticeRqthNoLimit => tr!(
            "Avec une RQTH, l'apprentissage n'a pas de limite d'âge.",
            "With an RQTH, apprenticeship has no age limit."
        ).into(),
        ApprenticeExtendedAge { age, max, extended, .. } => trf!(
            "À {} ans, au-delà de {} ans, l'apprentissage reste possible jusqu'à {} ans quand un précédent contrat d'apprentissage s'est terminé il y a moins d'un an, et que le nouveau mène à un diplôme ou titre de niveau supérieur ou que le précédent a été rompu pour une cause indépendante de votre volonté ou une inaptitude (Code du travail, L6222-2). Sans limite d'âge : RQTH, création ou reprise d'entreprise, sportif de haut niveau, échec à l'examen d'un précédent apprentissage. À vérifier.",
            "At {}, past {}, apprenticeship remains possible up to age {} when a previous apprenticeship contract ended less than a year ago, and the new one leads to a higher-level diploma or title or the previous one was broken off for a cause beyond your control or unfitness (Code du travail, L6222-2). With no age limit: RQTH, starting or taking over a business, top-level athletes, failing the exam of a previous apprenticeship. To be checked.",
            age, max, extended
        ),
        ApprenticeNoRecentContract { age, max } => trf!(
            "À {} ans, au-delà de {} ans et sans contrat d'apprentissage terminé il y a moins d'un an, l'apprentissage n'est possible qu'avec une RQTH, pour créer ou reprendre une entreprise, pour un sportif de haut niveau, ou après un échec à l'examen d'un précédent apprentissage.",
            "At {}, past {} and with no apprenticeship contract ended less than a year ago, apprenticeship is only possible with an RQTH, to start or take over a business, for a top-level athlete, or after failing the exam of a previous apprenticeship.",
            age, max
        ),
        ApprenticeTooOld { age, extended } => trf!(
            "À {} ans, au-delà de {} ans, l'apprentissage n'est possible qu'avec une RQTH, pour créer ou reprendre une entreprise, pour un sportif de haut niveau, ou après un échec à l'examen d'un précédent apprentissage.",
            "At {}, past {}, apprenticeship is only possible with an RQTH, to start or take over a business, for a top-level athlete, or after failing the exam of a previous apprenticeship.",
            age, extended
        ),
        ApprenticeTooYoung { age, min } => trf!(
            "À {} ans, c'est trop tôt : l'apprentissage commence à {} ans, une fois le collège terminé.",
            "At {}, it is too early: apprenticeship starts at {}, once lower secondary school is finished.",
            age, min
        ),
        ApprenticeAfterCollege { age } => trf!(
            "À {} ans, l'apprentissage est possible si vous avez terminé le collège (la 3e) ; sinon, il commence à 16 ans. À vérifier.",
            "At {}, apprenticeship is possible if you have finished lower secondary school (collège); otherwise it starts at 16. To be checked.",
            age
        ),
        ApprenticeAgeUnknown { max } => trf!(
            "Ouvert de 16 à {} ans (15 ans après le collège), et sans limite avec une RQTH : indiquez votre âge.",
            "Open from 16 to {} (15 after lower secondary school), and with no limit with an RQTH: give your age.",
            max
        ),
        ApprenticeLocalAuthorityCnfpt => tr!(
            "Une collectivité peut vous prendre en apprentissage ; le CNFPT paie le CFA, mais a limité le nombre de contrats financés : à vérifier.",
            "A local authority can take you on as an apprentice; the CNFPT pays the CFA, but has limited the number of contracts it funds: to be checked."
        ).into(),
        ContratProPublicEmployer => tr!(
            "L'État et les collectivités ne peuvent pas recruter en contrat de professionnalisation : il faudrait un employeur privé.",
            "The State and local authorities cannot hire on a professionalisation contract: you would need a private employer."
        ).into(),
        ContratProAge { age, max } => trf!(
            "À {} ans (jusqu'à {} ans), vous pouvez signer un contrat de professionnalisation.",
            "At {} (up to age {}), you can sign a professionalisation contract.",
            age, max
        ),
        ContratProJobSeeker => tr!(
            "Demandeur d'emploi inscrit, vous pouvez signer un contrat de professionnalisation à tout âge.",
            "As a registered job seeker, you can sign a professionalisation contract at any age."
        ).into(),
        ContratProMinimaSociaux => tr!(
            "Bénéficiaire du RSA, de l'ASS ou de l'AAH, vous pouvez signer un contrat de professionnalisation à tout âge.",
            "As you receive the RSA, ASS or AAH benefits, you can sign a professionalisation contract at any age."
        ).into(),
        ContratProIfRegistered { max } => trf!(
            "Au-delà de {} ans, il faut être inscrit(e) à France Travail, ou toucher le RSA, l'ASS ou l'AAH : dites-nous si c'est votre cas.",
            "Past {}, you need to be registered with France Travail, or to receive the RSA, ASS or AAH benefits: tell us if that is your case.",
            max
        ),
        ContratProRegisterFirst { max } => trf!(
            "Au-delà de {} ans, il faut être inscrit(e) à France Travail, ou toucher le RSA, l'ASS ou l'AAH : vous inscrire vous l'ouvrirait.",
            "Past {}, you need to be registered with France Travail, or to receive the RSA, ASS or AAH benefits: registering would open it.",
            max
        ),
        ContratProIfMinimaSociaux { max } => trf!(
            "Au-delà de {} ans, possible si vous touchez le RSA, l'ASS ou l'AAH : dites-nous si c'est votre cas.",
            "Past {}, possible if you receive the RSA, ASS or AAH benefits: tell us if that is your case.",
            max
        ),
        ContratProOtherPublics { max } => trf!(
            "Au-delà de {} ans, il est réservé aux demandeurs d'emploi inscrits à France Travail, aux bénéficiaires du RSA, de l'ASS ou de l'AAH, et aux anciens titulaires d'un contrat aidé (CUI).",
            "Past {}, it is only for job seekers registered with France Travail, people receiving the RSA, ASS or AAH benefits, and former holders of a subsidised contract (CUI).",
            max
        ),
        ContratProTooYoung { age } => trf!(
            "À {} ans, c'est trop tôt : le contrat de professionnalisation commence à 16 ans.",
            "At {}, it is too early: the professionalisation contract starts at 16.",
            age
        ),
        ContratProAgeUnknown { max } => trf!(
            "Ouvert de 16 à {} ans, et au-delà aux demandeurs d'emploi inscrits et aux bénéficiaires du RSA, de l'ASS ou de l'AAH : indiquez votre âge.",
            "Open from 16 to {}, and beyond to registered job seekers and people receiving the RSA, ASS or AAH benefits: give your age.",
            max
        ),
        ProAEligible => tr!(
            "Possible si le titre figure sur la liste Pro-A de la branche de votre employeur : demandez à l'OPCO.",
            "Possible if the title is on the Pro-A list of your employer's sector: ask the OPCO."
        ).into(),
        ProACdiOnly => tr!("Réservé aux salariés en CDI.", "Only for employees on a permanent contract (CDI).").into(),
        ProADiplomaTooHigh { level, .. } => trf!(
            "Réservé aux salariés sans licence (bac+3) ; vous avez le niveau {}.",
            "Only for employees without a bachelor's degree; you have level {}.",
            level
        ),
        ProAEmployeesOnly => tr!(
            "Réservé aux salariés du privé en CDI.",
            "Only for private-sector employees on a permanent contract (CDI)."
        ).into(),
        PtpSeniorityMet { months, needed } => trf!(
            "Avec {} mois chez votre employeur, la condition de {} mois de salariat est remplie ; le dossier doit montrer un changement de métier.",
            "With {} months with your employer, the condition of {} months as an employee is met; the application must show a change of job.",
            months, needed
        ),
        PtpRqthNoSeniority => tr!(
            "Avec une RQTH, pas de condition d'ancienneté ; le dossier doit montrer un changement de métier.",
            "With an RQTH, there is no length-of-service condition; the application must show a change of job."
        ).into(),
        PtpSeniorityShort { months, needed } => trf!(
            "Il faut au moins {} mois chez votre employeur actuel ; vous en avez {}.",
            "It takes at least {} months with your current employer; you have {}.",
            needed, months
        ),
        PtpTotalToCheck { months, needed, in_company } => trf!(
            "Vous avez {} mois chez votre employeur (il en faut {}) ; il faut aussi {} mois de salariat en tout, emplois précédents compris : à vérifier.",
            "You have {} months with your employer ({} are needed); it also takes {} months as an employee in all, earlier jobs included: to be checked.",
            months, in_company, needed
        ),
        PtpSeniorityUnknown { needed, in_company } => trf!(
            "Il faut {} mois de salariat, dont {} chez votre employeur actuel : indiquez votre ancienneté.",
            "It takes {} months as an employee, {} of them with your current employer: give your length of service.",
            needed, in_company
        ),
        PtpCddRules => tr!(
            "En CDD : 24 mois de salariat sur 5 ans, dont 4 mois en CDD dans les 12 derniers mois.",
            "On a fixed-term contract (CDD): 24 months as an employee over 5 years, 4 of them on a CDD in the last 12 months."
        ).into(),
        PtpPrivateEmployeesOnly => tr!("Réservé aux salariés du privé.", "Only for private-sector employees.").into(),
        PtpAlreadyInTheJob => tr!(
            "Il sert à changer de métier ; comme conseiller numérique, vous êtes déjà dans ce métier.",
            "It is for changing jobs; as a conseiller numérique, you already do this job."
        ).into(),
        EmployerDecides => tr!(
            "C'est votre employeur qui décide : parlez-en avec lui (entretien professionnel).",
            "Your employer decides: talk it over with them (professional review)."
        ).into(),
        NoEmployer => tr!("Il faut un employeur.", "You need an employer.").into(),
        AgefiphTopUp => tr!(
            "Avec une RQTH, l'Agefiph peut compléter le financement et payer les aménagements.",
            "With an RQTH, the Agefiph can top up the funding and pay for adjustments."
        ).into(),
        FiphfpTopUp => tr!(
            "Avec une RQTH, le FIPHFP peut compléter le financement, par votre employeur public.",
            "With an RQTH, the FIPHFP can top up the funding, through your public employer."
        ).into(),
        RqthOnly => tr!(
            "Réservé aux personnes ayant une reconnaissance de handicap (RQTH).",
            "Only for people with an official disability recognition (RQTH)."
        ).into(),
        RqthUnknown => tr!(
            "Si vous avez une RQTH, des aides complémentaires existent : dites-le-nous.",
            "If you have an RQTH, extra help exists: tell us."
        ).into(),
        AgefiphPrivateOnly => tr!("Pour les agents publics, c'est le FIPHFP.", "For public agents, it is the FIPHFP.").into(),
        FiphfpPublicOnly => tr!("Pour le secteur privé, c'est l'Agefiph.", "For the private sector, it is the Agefiph.").into(),
        FranceVaeUnlikely => tr!(
            "Le titre n'est probablement pas sur France VAE : la VAE d'un titre professionnel passe en général par la DREETS/DDETS. À vérifier.",
            "The title is probably not on France VAE: the VAE of a professional title usually goes through the DREETS/DDETS. To be checked."
        ).into(),
        CnStateFunded => tr!(
            "Comme vous êtes recruté(e) comme conseiller numérique, l'État paie toute votre formation initiale.",
            "As you are hired as a conseiller numérique, the State pays for all your initial training."
        ).into(),
        CnAlreadyHoldsCcp1 => tr!(
            "Une seule formation initiale est financée par conseiller, et les titulaires d'un CCP1 peuvent en être dispensés : à vérifier avec votre structure et l'aide du dispositif (ANCT).",
            "Only one initial training is funded per conseiller, and CCP1 holders may be exempted from it: check with your organisation and the scheme's help desk (ANCT)."
        ).into(),
        CnHiredOnly => tr!(
            "Réservé aux personnes recrutées comme conseiller numérique.",
            "Only for people hired as conseiller numérique."
        ).into(),
        AfterPreviousStep => tr!("Après l'étape précédente.", "After the previous step.").into(),
        NeedsEmployerContract => tr!(
            "Trouver un employeur qui signe le contrat en alternance.",
            "Find an employer who signs the work-study contract."
        ).into(),
        VaeExperience { expected_months } => trf!(
            "Une expérience en lien avec le bloc : aucune durée minimale légale, environ {} en pratique.",
            "Experience related to the block: no legal minimum length, about {} in practice.",
            months(*expected_months)
        ),
    }
}

/// A warning in plain words; the catalog gives titles and blocks their names.
pub fn warning(w: &Warning, catalog: &Catalog) -> String {
    let title = |id: &str| {
        catalog
            .title(id)
            .map_or(id.to_string(), |t| t.short.to_string())
    };
    let block = |id: &str| block_name(catalog, id);
    match w {
        Warning::CompletionWindowClosed { title: t, deadline, .. } => trf!(
            "Vos blocs {0} restent acquis, mais ils ne permettaient de compléter le titre {0} que jusqu'au {1} (règle générale : un an après la fin du titre). Cette date est passée.",
            "You keep your {0} blocks, but they could only complete the {0} title until {1} (the general rule: one year after the title ends). That date has passed.",
            title(t), date(*deadline)
        ),
        Warning::CompletionWindowOpen { title: t, deadline, months_left, .. } => trf!(
            "Vous pouvez encore compléter le titre {} jusqu'au {} ({}), si vous êtes inscrit(e) à une session : à vérifier vite.",
            "You can still complete the {} title until {} ({}), if you are enrolled in a session: check quickly.",
            title(t), date(*deadline), months(*months_left)
        ),
        Warning::EquivalenceUnknown { block: b, target, ask } => trf!(
            "On ne sait pas si votre {} compte pour {} : l'équivalence n'a pas été trouvée. Demandez à : {}",
            "It is not known whether your {} counts for {}: the equivalence was not found. Ask: {}",
            block(b), the_block(catalog, target), cat(ask)
        ),
        Warning::EquivalencePresumed { block: b, target, ask } => trf!(
            "Votre {} compte probablement pour {}, sans confirmation officielle. Demandez à : {}",
            "Your {} probably counts for {}, without official confirmation. Ask: {}",
            block(b), the_block(catalog, target), cat(ask)
        ),
        Warning::VaeLittleExperience { months: m, expected, since, .. } => {
            let yours = m.map_or(String::new(), |m| {
                trf!(" (vous indiquez {})", " (you say {})", months(m))
            });
            trf!(
                "VAE : aucune durée minimale d'expérience n'est exigée par la loi depuis le {} ; environ {} d'expérience en lien avec le titre reste l'usage{}.",
                "VAE: the law has required no minimum length of experience since {}; about {} of experience related to the title remains the custom{}.",
                date(*since), months(*expected), yours
            )
        }
        Warning::AllBlocksHeld { if_complete: false } => tr!(
            "Vous avez tous les blocs du titre : demandez sa délivrance à la DREETS/DDETS (capitalisation des CCP).",
            "You hold every block of the title: ask the DREETS/DDETS to award it (capitalisation of the CCPs)."
        ).into(),
        Warning::AllBlocksHeld { if_complete: true } => tr!(
            "Si vous avez bien tous les blocs du titre (à vérifier : leur nombre n'est pas connu), demandez sa délivrance à la DREETS/DDETS (capitalisation des CCP).",
            "If you do hold every block of the title (to be checked: how many there are is not known), ask the DREETS/DDETS to award it (capitalisation of the CCPs)."
        ).into(),
        Warning::TitleHeld { title: t } => trf!(
            "Votre titre {} est acquis pour toujours : il reste valable, et le titre Médiateur numérique n'est pas exigé pour exercer comme médiateur numérique. Les parcours ci-dessous sont une option, pas une obligation.",
            "Your {} title is yours for life: it stays valid, and the Médiateur numérique title is not required to work as a digital mediator. The routes below are an option, not a requirement.",
            title(t)
        ),
        Warning::TargetBlockHeld { block: b } => {
            trf!("Vous avez déjà le {}.", "You already hold the {}.", block(b))
        }
        Warning::DurationUnknown { modality, scope } => trf!(
            "Durée inconnue pour {} ({}) : à demander à l'organisme.",
            "Duration unknown for {} ({}): ask the training organisation.",
            catalog.modality(modality).map_or(modality.as_str(), |m| cat(&m.name)),
            catalog.title(scope).map_or_else(|| block(scope), |t| t.short.to_string())
        ),
    }
}

/// « le CCP1 Médiateur numérique », « les autres blocs du titre Médiateur numérique »: a block
/// of the target with its article, for « compte pour … ».
pub fn the_block(catalog: &Catalog, id: &str) -> String {
    match catalog.block(id) {
        Some((t, b)) if b.placeholder => trf!(
            "les autres blocs du titre {}",
            "the other blocks of the {} title",
            t.short
        ),
        Some(_) => trf!("le {}", "the {}", block_name(catalog, id)),
        None => id.to_string(),
    }
}

/// « CCP1 REMN »: a block by its code and its title's short name (its id if unknown).
pub fn block_name(catalog: &Catalog, id: &str) -> String {
    catalog.block(id).map_or(id.to_string(), |(t, b)| {
        format!("{} {}", cat(&b.code), t.short)
    })
}

/// A held block in a few words, for the time line: « CCP1 REMN (équivalence à vérifier) ».
pub fn acquired_short(a: &crate::plan::Acquired, catalog: &Catalog) -> String {
    use crate::catalog::EquivalenceStatus as E;
    use crate::plan::Mapping;
    let name = block_name(catalog, &a.block);
    match a.mapping {
        Mapping::Same | Mapping::Equivalence(E::Official) => name,
        Mapping::Equivalence(E::Presumed) => trf!(
            "{} (équivalence à confirmer)",
            "{} (equivalence to be confirmed)",
            name
        ),
        Mapping::Equivalence(E::Unknown) => trf!(
            "{} (équivalence à vérifier)",
            "{} (equivalence to be checked)",
            name
        ),
        Mapping::None => trf!(
            "{} (ne compte pas pour ce titre)",
            "{} (does not count for this title)",
            name
        ),
    }
}

/// Where a step stands, as the person marks it (`short`: the printed form).
pub fn step_status(s: StepStatus, short: bool) -> &'static str {
    match (s, short) {
        (StepStatus::Todo, false) => tr!("À faire", "To do"),
        (StepStatus::InProgress, false) => tr!("En cours", "In progress"),
        (StepStatus::Done, false) => tr!("Fait", "Done"),
        (StepStatus::Skipped, false) => {
            tr!(
                "Passé (sans objet pour moi)",
                "Skipped (does not apply to me)"
            )
        }
        (StepStatus::Todo, true) => tr!("à faire", "to do"),
        (StepStatus::InProgress, true) => tr!("en cours", "in progress"),
        (StepStatus::Done, true) => tr!("fait", "done"),
        (StepStatus::Skipped, true) => tr!("passé", "skipped"),
    }
}

pub fn acquired(a: &crate::plan::Acquired, catalog: &Catalog) -> String {
    use crate::catalog::EquivalenceStatus as E;
    use crate::plan::Mapping;
    let block = |id: &str| block_name(catalog, id);
    let target = a
        .counts_for
        .as_deref()
        .map(|t| the_block(catalog, t))
        .unwrap_or_default();
    let what = match a.mapping {
        Mapping::Same => tr!(
            "compte pour le titre visé",
            "counts for the title you aim at"
        )
        .to_string(),
        Mapping::Equivalence(E::Official) => trf!(
            "compte pour {} (équivalence officielle)",
            "counts for {} (official equivalence)",
            target
        ),
        Mapping::Equivalence(E::Presumed) => trf!(
            "compte probablement pour {} (équivalence à confirmer)",
            "probably counts for {} (equivalence to be confirmed)",
            target
        ),
        Mapping::Equivalence(E::Unknown) => trf!(
            "ne compte pas encore : son équivalence avec {} est à vérifier",
            "does not count yet: its equivalence with {} is to be checked",
            target
        ),
        Mapping::None => tr!(
            "reste acquis, mais ne compte pour aucun bloc du titre visé",
            "stays yours, but counts for no block of the title you aim at"
        )
        .to_string(),
    };
    trf!("{} : {}.", "{}: {}.", block(&a.block), what)
}

/// What knowing an unknown field would change.
pub fn unknown(u: Unknown) -> &'static str {
    match u {
        Unknown::Situation => tr!(
            "Votre situation : elle décide de presque tous les financements.",
            "Your situation: it decides almost all the funding."
        ),
        Unknown::Age => tr!(
            "Votre âge : il ouvre ou ferme l'apprentissage et le contrat de professionnalisation.",
            "Your age: it opens or closes apprenticeship and the professionalisation contract."
        ),
        Unknown::Rqth => tr!(
            "Une reconnaissance de handicap (RQTH) : elle supprime la limite d'âge de l'apprentissage et ouvre les aides Agefiph ou FIPHFP.",
            "An official disability recognition (RQTH): it removes the age limit for apprenticeship and opens Agefiph or FIPHFP grants."
        ),
        Unknown::Experience => tr!(
            "Votre expérience : elle dit si la VAE est réaliste et combien de temps il faut avant.",
            "Your experience: it says whether VAE is realistic and how long it takes first."
        ),
        Unknown::DiplomaLevel => tr!(
            "Votre diplôme le plus élevé : il change le plafond du CPF et l'accès à Pro-A.",
            "Your highest diploma: it changes the CPF ceiling and access to Pro-A."
        ),
        Unknown::HoursPerWeek => tr!(
            "Votre temps disponible par semaine : il précise la durée des formations.",
            "Your time available per week: it makes course lengths more precise."
        ),
        Unknown::StartDate => tr!(
            "Votre date de début : elle permet d'afficher des dates plutôt que des mois.",
            "Your start date: it lets the app show dates rather than months."
        ),
        Unknown::Seniority => tr!(
            "Votre ancienneté : elle compte pour Transitions Pro.",
            "Your length of service: it counts for Transitions Pro."
        ),
        Unknown::Contract => tr!(
            "Votre contrat (CDI, CDD) : il compte pour Pro-A et Transitions Pro.",
            "Your contract (CDI, CDD): it counts for Pro-A and Transitions Pro."
        ),
        Unknown::Employer => tr!(
            "Votre employeur (entreprise, association, collectivité…) : il change le CPF, le contrat de professionnalisation et l'apprentissage.",
            "Your employer (company, association, local authority…): it changes the CPF, the professionalisation contract and apprenticeship."
        ),
        Unknown::Registered => tr!(
            "Votre inscription à France Travail : elle ouvre l'AIF, dispense de la participation au CPF et, au-delà de 25 ans, ouvre le contrat de professionnalisation.",
            "Your registration with France Travail: it opens the AIF, exempts you from the CPF contribution and, past 25, opens the professionalisation contract."
        ),
        Unknown::MinimaSociaux => tr!(
            "Si vous touchez le RSA, l'ASS ou l'AAH : au-delà de 25 ans, cela ouvre le contrat de professionnalisation.",
            "Whether you receive the RSA, ASS or AAH benefits: past 25, it opens the professionalisation contract."
        ),
        Unknown::RecentApprenticeship => tr!(
            "Si un contrat d'apprentissage s'est terminé il y a moins d'un an : entre 30 et 34 ans, cela peut rouvrir l'apprentissage.",
            "Whether an apprenticeship contract ended less than a year ago: from 30 to 34, it can open apprenticeship again."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_puts_figures_in_as_format_would() {
        assert_eq!(
            fill("{} à {}", &[&4, &"7\u{a0}mois"]),
            format!("{} à {}", 4, "7\u{a0}mois")
        );
        assert_eq!(
            fill("{0}, {1} et {0}", &[&"a", &2]),
            format!("{0}, {1} et {0}", "a", 2)
        );
        assert_eq!(fill("{{}} {} }}", &[&5]), format!("{{}} {} }}", 5));
        assert_eq!(fill("sans chiffre", &[]), "sans chiffre");
        assert_eq!(fill("« {} »", &[&"é"]), "« é »");
    }

    #[test]
    fn amounts_say_their_year_and_that_a_later_start_may_change_them() {
        set_lang(Lang::Fr);
        let participation = ToPay::AtLeast { cents: 10320 };
        assert_eq!(
            dated(participation, Some(2026), 2026),
            "103,20\u{a0}€ (montant 2026), plus ce que le financement ne couvre pas"
        );
        assert_eq!(
            dated(participation, Some(2026), 2027),
            "103,20\u{a0}€ (montant 2026 ; il peut changer d'ici votre début en 2027), plus ce que le financement ne couvre pas"
        );
        // No euros, no year: nothing to date.
        assert_eq!(dated(ToPay::Nothing, Some(2026), 2027), "Rien à payer");
        assert_eq!(
            dated(ToPay::AtLeast { cents: 0 }, Some(2026), 2026),
            "Rien, ou ce que le financement ne couvre pas"
        );
        assert_eq!(
            dated(ToPay::Fixed { cents: 500 }, None, 2026),
            "5\u{a0}€ à payer"
        );
    }

    #[test]
    fn fill_never_fails_on_a_text_format_would_refuse() {
        // A figure missing, a brace left open or alone: written as it can be, no panic.
        assert_eq!(fill("{} et {}", &[&1]), "1 et ");
        assert_eq!(fill("{7}", &[&1]), "");
        assert_eq!(fill("a { b", &[&1]), "a { b");
        assert_eq!(fill("a } b", &[]), "a } b");
        assert_eq!(fill("{x}", &[&1]), "");
    }

    #[test]
    fn the_english_file_is_read_only_when_well_formed() {
        let table = read_table("Bonjour\u{1f}Hello\u{1e}Oui\u{1f}Yes\u{1e}").unwrap();
        assert_eq!(table, [("Bonjour", "Hello"), ("Oui", "Yes")]);
        assert!(read_table("").is_err());
        assert!(read_table("Bonjour\u{1e}").is_err());
        assert!(read_table("Oui\u{1f}Yes\u{1e}Bonjour\u{1f}Hello\u{1e}").is_err());
        assert!(read_table("Oui\u{1f}Yes\u{1e}Oui\u{1f}Yes\u{1e}").is_err());
    }

    #[test]
    fn the_built_in_english_is_the_file_the_page_fetches() {
        assert!(ENGLISH_FILE.starts_with("english-") && ENGLISH_FILE.ends_with(".txt"));
        let table = read_table(bundled_english()).unwrap();
        assert!(table.len() > 400, "{}", table.len());
        assert_eq!(english("Vos parcours"), Some("Your routes"));
        assert_eq!(english("Financements"), Some("Funding"));
        assert_eq!(english("un texte que l'app ne montre pas"), None);
    }
}
