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
//! downloads the English (issue 7). Natively, the English is built in.

use crate::catalog::{Catalog, Date};
use crate::plan::{Reason, Strength, ToPay, Unknown, Verdict, Warning};
use crate::store::StepStatus;
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
/// « de mars 2027 à janvier 2028 » or « en mars 2027 ». Else in months from the start, « du mois
/// 0 au mois 9 »; « dates à vérifier » when its duration is unknown.
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
        (None, Some(a), Some(e)) => trf!(
            "du mois {} au mois {}",
            "from month {} to month {}",
            a.min,
            e.max
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

pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => tr!("Vous y avez droit", "You are entitled to it"),
        Verdict::Check => tr!("Possible : à vérifier", "Possible: to be checked"),
        Verdict::NotEligible => tr!("Pas pour vous", "Not for you"),
    }
}

pub fn to_pay(t: ToPay) -> String {
    match t {
        ToPay::Nothing => tr!("Rien à payer", "Nothing to pay").into(),
        ToPay::Fixed { cents } => trf!("{} à payer", "{} to pay", euros(cents)),
        ToPay::AtLeast { cents: 0 } => tr!(
            "Rien, ou la part du devis non couverte",
            "Nothing, or the part of the quote not covered"
        )
        .into(),
        ToPay::AtLeast { cents } => trf!(
            "{}, plus la part du devis non couverte",
            "{}, plus the part of the quote not covered",
            euros(cents)
        ),
        ToPay::Unknown => tr!("À vérifier", "To be checked").into(),
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
            "Le parcours le plus courant sur le terrain",
            "The most common route in the field"
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
        CpfOpen { participation_cents, cap_eur } => trf!(
            "Vos droits CPF paient la formation (jusqu'à {} en tout). Il reste {} de participation à votre charge, sauf si votre employeur complète le financement.",
            "Your CPF rights pay for the training (up to {} in all). A contribution of {} is left for you to pay, unless your employer tops up the funding.",
            euros(cap_eur * 100), euros(*participation_cents)
        ),
        CpfJobSeekerExempt { cap_eur } => trf!(
            "Demandeur d'emploi, vous gardez vos droits CPF (jusqu'à {} en tout) et ne payez pas la participation forfaitaire.",
            "As a job seeker, you keep your CPF rights (up to {} in all) and do not pay the flat contribution.",
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
            "Il faut d'abord vous inscrire à France Travail.",
            "You first need to register with France Travail."
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
            "Surtout pour les demandeurs d'emploi ; certaines régions ouvrent d'autres publics (voir le catalogue du Carif-Oref).",
            "Mostly for job seekers; some regions open it to others (see the Carif-Oref catalogue)."
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
        ApprenticeExtendedAge { age, max, extended } => trf!(
            "À {} ans, au-delà de {} ans, c'est possible jusqu'à {} ans dans certains cas (contrat menant à un niveau supérieur, contrat précédent rompu) : à vérifier.",
            "At {}, past {}, it is possible up to age {} in some cases (a contract leading to a higher level, a previous contract broken off): to be checked.",
            age, max, extended
        ),
        ApprenticeTooOld { age, extended } => trf!(
            "À {} ans, au-delà de {} ans, l'apprentissage n'est possible qu'avec une RQTH, pour créer ou reprendre une entreprise, ou pour un sportif de haut niveau.",
            "At {}, past {}, apprenticeship is only possible with an RQTH, to start or take over a business, or for a top-level athlete.",
            age, extended
        ),
        ApprenticeTooYoung { age, min } => trf!(
            "À {} ans, l'apprentissage commence à {} ans (15 ans après le collège).",
            "At {}, apprenticeship starts at {} (15 after lower secondary school).",
            age, min
        ),
        ApprenticeAgeUnknown { max } => trf!(
            "Ouvert de 16 à {} ans, et sans limite avec une RQTH : indiquez votre âge.",
            "Open from 16 to {}, and with no limit with an RQTH: give your age.",
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
        ContratProOtherPublics { max } => trf!(
            "Au-delà de {} ans : seulement si vous êtes demandeur d'emploi inscrit, ou bénéficiaire du RSA, de l'ASS ou de l'AAH.",
            "Past {}: only if you are a registered job seeker, or receive the RSA, ASS or AAH benefits.",
            max
        ),
        ProAEligible => tr!(
            "Possible si le titre figure sur la liste Pro-A de la branche de votre employeur : demandez à l'OPCO.",
            "Possible if the title is on the Pro-A list of your employer's sector: ask the OPCO."
        ).into(),
        ProACdiOnly => tr!("Réservé aux salariés en CDI.", "Only for employees on a permanent contract (CDI).").into(),
        ProADiplomaTooHigh { level, below } => trf!(
            "Réservé aux salariés de niveau inférieur à {} ; vous avez le niveau {}.",
            "Only for employees below level {}; you have level {}.",
            below, level
        ),
        ProAEmployeesOnly => tr!(
            "Réservé aux salariés du privé en CDI.",
            "Only for private-sector employees on a permanent contract (CDI)."
        ).into(),
        PtpSeniorityMet { months } => trf!(
            "Avec {} mois d'ancienneté, la condition est remplie ; le dossier doit montrer un changement de métier.",
            "With {} months of service, the condition is met; the application must show a change of job.",
            months
        ),
        PtpRqthNoSeniority => tr!(
            "Avec une RQTH, pas de condition d'ancienneté ; le dossier doit montrer un changement de métier.",
            "With an RQTH, there is no length-of-service condition; the application must show a change of job."
        ).into(),
        PtpSeniorityShort { months, needed } => trf!(
            "Il faut {} mois de salariat (dont 12 dans l'entreprise) ; vous en avez {}.",
            "It takes {} months as an employee (12 of them with the company); you have {}.",
            needed, months
        ),
        PtpSeniorityUnknown { needed } => trf!(
            "Il faut {} mois de salariat, dont 12 dans l'entreprise : indiquez votre ancienneté.",
            "It takes {} months as an employee, 12 of them with the company: give your length of service.",
            needed
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
            "Recruté(e) comme conseiller numérique, l'État paie toute votre formation initiale.",
            "Hired as a conseiller numérique, the State pays for all your initial training."
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
            "On ne sait pas si votre {} compte pour le {} : l'équivalence n'a pas été trouvée. Demandez à : {}",
            "It is not known whether your {} counts for the {}: the equivalence was not found. Ask: {}",
            block(b), block(target), cat(ask)
        ),
        Warning::EquivalencePresumed { block: b, target, ask } => trf!(
            "Votre {} compte probablement pour le {}, sans confirmation officielle. Demandez à : {}",
            "Your {} probably counts for the {}, without official confirmation. Ask: {}",
            block(b), block(target), cat(ask)
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
        Warning::AllBlocksHeld => tr!(
            "Vous avez tous les blocs du titre : demandez sa délivrance à la DREETS/DDETS (capitalisation des CCP).",
            "You hold every block of the title: ask the DREETS/DDETS to award it (capitalisation of the CCPs)."
        ).into(),
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
    let target = a.counts_for.as_deref().map(block).unwrap_or_default();
    let what = match a.mapping {
        Mapping::Same => tr!(
            "compte pour le titre visé",
            "counts for the title you aim at"
        )
        .to_string(),
        Mapping::Equivalence(E::Official) => trf!(
            "compte pour le {} (équivalence officielle)",
            "counts for the {} (official equivalence)",
            target
        ),
        Mapping::Equivalence(E::Presumed) => trf!(
            "compte probablement pour le {} (équivalence à confirmer)",
            "probably counts for the {} (equivalence to be confirmed)",
            target
        ),
        Mapping::Equivalence(E::Unknown) => trf!(
            "ne compte pas encore : son équivalence avec le {} est à vérifier",
            "does not count yet: its equivalence with the {} is to be checked",
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
            "Votre inscription à France Travail : elle ouvre l'AIF et la POEC.",
            "Your registration with France Travail: it opens the AIF and the POEC."
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
