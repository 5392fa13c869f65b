//! Property tests over generated profiles: the planner's invariants hold for every situation.

// Native only: clippy.toml's list of sorts and collections is for the wasm's size.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use parcours::catalog::{self, Date, EquivalenceStatus};
use parcours::i18n;
use parcours::plan::*;
use parcours::store::Progress;
use proptest::prelude::*;
use proptest::sample::subsequence;

fn today() -> Date {
    Date::parse("2026-11-29").unwrap()
}

/// A date from the first day of month `from` to the 28th of month `to` (year, month 1–12).
fn date_between(from: (u32, u32), to: (u32, u32)) -> impl Strategy<Value = Date> {
    let (a, b) = (from.0 * 12 + from.1 - 1, to.0 * 12 + to.1 - 1);
    (a..=b, 1u32..=28).prop_map(|(m, d)| Date::new(m / 12, m % 12 + 1, d).unwrap())
}

fn situation() -> impl Strategy<Value = Situation> {
    prop_oneof![
        Just(Situation::JobSeeker),
        Just(Situation::Employee),
        Just(Situation::PublicAgent),
        Just(Situation::SelfEmployed),
        Just(Situation::ConseillerNumerique),
        Just(Situation::Student),
        Just(Situation::NoActivity),
    ]
}

fn employer() -> impl Strategy<Value = Employer> {
    prop_oneof![
        Just(Employer::PrivateCompany),
        Just(Employer::Association),
        Just(Employer::LocalAuthority),
        Just(Employer::State),
        Just(Employer::Hospital),
    ]
}

fn contract() -> impl Strategy<Value = Contract> {
    prop_oneof![
        Just(Contract::Cdi),
        Just(Contract::Cdd),
        Just(Contract::Other)
    ]
}

fn all_blocks() -> Vec<String> {
    catalog::official()
        .titles
        .iter()
        .flat_map(|t| t.blocks.iter().map(|b| b.id.to_string()))
        .collect()
}

fn target_blocks() -> Vec<String> {
    catalog::official()
        .target_title()
        .unwrap()
        .blocks
        .iter()
        .map(|b| b.id.to_string())
        .collect()
}

/// Any valid profile, unknowns included.
fn profile() -> impl Strategy<Value = Profile> {
    let held = subsequence(all_blocks(), 0..=4).prop_flat_map(|blocks| {
        let n = blocks.len();
        (
            Just(blocks),
            proptest::collection::vec(proptest::option::of(date_between((2025, 8), (2026, 11))), n),
        )
    });
    let titles = subsequence(vec!["cmn".to_string(), "remn".into(), "mn".into()], 0..=1);
    let situation_part = (
        proptest::option::of(situation()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(employer()),
        proptest::option::of(contract()),
        proptest::option::of(0i64..=600),
    );
    let person_part = (
        proptest::option::of(14i64..=100),
        proptest::option::of(any::<bool>()),
        proptest::option::of(0i64..=8),
        proptest::option::of(1i64..=60),
        proptest::option::of(0i64..=600),
        proptest::option::of(date_between((2026, 2), (2029, 1))),
    );
    let status_part = (
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
    );
    let target = prop_oneof![
        Just(Target::FullTitle),
        proptest::sample::select(target_blocks()).prop_map(|block| Target::Block { block }),
    ];
    let choices = subsequence(target_blocks(), 0..=2).prop_flat_map(|blocks| {
        let n = blocks.len();
        (
            Just(blocks),
            proptest::collection::vec(
                proptest::sample::select(vec!["formation", "vae-bloc", "cn-initiale"]),
                n,
            ),
        )
    });
    (
        held,
        titles,
        situation_part,
        person_part,
        status_part,
        target,
        choices,
        money_part(),
    )
        .prop_map(
            |(
                (blocks, dates),
                titles,
                (situation, registered, employer, contract, seniority),
                (age, rqth, diploma, hours, experience, start),
                (rsa_ass_aah, recent_apprenticeship),
                target,
                (cb, cm),
                (cpf_euros, cpf_hours, working_time, receives_are, quotes),
            )| {
                Profile {
                    version: PROFILE_VERSION,
                    held: blocks
                        .into_iter()
                        .zip(dates)
                        .map(|(block, obtained)| HeldBlock { block, obtained })
                        .collect(),
                    held_titles: titles
                        .into_iter()
                        .map(|title| HeldTitle {
                            title,
                            obtained: None,
                        })
                        .collect(),
                    experience_months: experience,
                    activities: vec![],
                    situation,
                    registered_job_seeker: registered,
                    employer,
                    contract,
                    seniority_months: seniority,
                    age,
                    rqth,
                    rsa_ass_aah,
                    recent_apprenticeship,
                    diploma_level: diploma,
                    hours_per_week: hours,
                    target,
                    start,
                    choices: cb
                        .into_iter()
                        .zip(cm)
                        .map(|(block, m)| Choice {
                            block,
                            modality: m.to_string(),
                        })
                        .collect(),
                    cpf_euros,
                    cpf_hours,
                    working_time,
                    receives_are,
                    quotes,
                }
            },
        )
}

/// The money answers: a CPF balance or not, working time, the ARE, and quotes for some blocks
/// or the title taken some way.
#[allow(clippy::type_complexity)]
fn money_part() -> impl Strategy<
    Value = (
        Option<i64>,
        Option<i64>,
        Option<WorkingTime>,
        Option<bool>,
        Vec<Quote>,
    ),
> {
    let mut scopes = target_blocks();
    scopes.push("mn".into());
    let quote = (
        proptest::sample::select(scopes),
        proptest::sample::select(vec!["formation", "vae-bloc", "vae-titre", "apprentissage"]),
        0i64..=20_000,
    )
        .prop_map(|(scope, modality, euros)| Quote {
            scope,
            modality: modality.into(),
            euros,
        });
    (
        proptest::option::of(0i64..=10_000),
        proptest::option::of(0i64..=400),
        proptest::option::of(prop_oneof![
            Just(WorkingTime::OnWorkingTime),
            Just(WorkingTime::OutsideWorkingTime)
        ]),
        proptest::option::of(any::<bool>()),
        // One quote for a block taken one way: the page replaces it when a new one is typed.
        proptest::collection::vec(quote, 0..=2).prop_map(|mut quotes| {
            quotes.dedup_by(|a, b| a.scope == b.scope && a.modality == b.modality);
            quotes
        }),
    )
}

fn counted(plan: &Plan, with_unknown: bool) -> Vec<String> {
    plan.acquired
        .iter()
        .filter(|a| match a.mapping {
            Mapping::Same
            | Mapping::Equivalence(EquivalenceStatus::Official | EquivalenceStatus::Presumed) => {
                true
            }
            Mapping::Equivalence(EquivalenceStatus::Unknown) => with_unknown,
            Mapping::None => false,
        })
        .filter_map(|a| a.counts_for.clone())
        .collect()
}

/// The employer counts only while the situation has one.
fn is_public(p: &Profile) -> bool {
    p.situation == Some(Situation::PublicAgent)
        || (employed(p) && p.employer.is_some_and(|e| e.is_public()))
}

fn employed(p: &Profile) -> bool {
    matches!(
        p.situation,
        Some(Situation::Employee | Situation::PublicAgent | Situation::ConseillerNumerique)
    )
}

/// Every title held whole has a CCP1, and so do the blocks named « …-ccp1 ».
fn holds_a_ccp1(p: &Profile) -> bool {
    p.held.iter().any(|h| h.block.ends_with("-ccp1")) || !p.held_titles.is_empty()
}

/// The sure amount of a step, read independently: the lowest amount among its eligible,
/// non-top-up options; unknown when there is none.
fn sure_amount(s: &Step) -> ToPay {
    s.funding
        .iter()
        .filter(|o| o.verdict == Verdict::Eligible && !o.top_up)
        .map(|o| o.to_pay)
        .min_by_key(|t| t.rank())
        .unwrap_or(match s.kind {
            StepKind::Experience => ToPay::Nothing,
            StepKind::Obtain => ToPay::Unknown,
        })
}

/// What is left for sure on each step that obtains a block, recomputed on its own from the
/// step's price and funding verdicts: a scheme open for sure that pays everything leaves
/// nothing; otherwise the CPF, open for sure, pays the lower of what is left of the balance and
/// the highest price (nothing sure when the balance is not known), and the person pays the rest
/// of the highest price, plus the CPF's participation when the CPF pays and they are not a
/// registered job seeker. `None` when the price is to ask.
fn oracle_left_sure(p: &Profile, r: &Route) -> Vec<Option<u32>> {
    let c = catalog::official();
    let participation = c.rules.cpf_participation_cents.value.unwrap();
    let exempt = p.situation == Some(Situation::JobSeeker) && p.registered_job_seeker == Some(true);
    let mut balance = p
        .cpf_euros
        .filter(|_| !is_public(p))
        .map(|e| e as u32 * 100);
    r.steps
        .iter()
        .filter(|s| s.kind == StepKind::Obtain)
        .map(|s| {
            let price = s.money.price?;
            let full = s
                .funding
                .iter()
                .any(|o| !o.top_up && o.verdict == Verdict::Eligible && o.to_pay == ToPay::Nothing);
            if full || price.max == 0 {
                return Some(0);
            }
            let cpf = s
                .funding
                .iter()
                .find(|o| o.scheme == "cpf" && o.verdict != Verdict::NotEligible);
            let share = match (cpf, balance) {
                (Some(_), Some(b)) => {
                    balance = Some(b - b.min(price.max));
                    b.min(price.max)
                }
                _ => 0,
            };
            let sure = if cpf.is_some_and(|o| o.verdict == Verdict::Eligible) {
                share
            } else {
                0
            };
            let charged = if sure > 0 && !exempt {
                participation
            } else {
                0
            };
            Some(price.max - sure + charged)
        })
        .collect()
}

/// An independent reading of the rules: what must never be shown as open.
fn against_its_rule(p: &Profile, o: &FundingOption) -> Option<String> {
    let c = catalog::official();
    let open = o.verdict != Verdict::NotEligible;
    let bad = match o.scheme.as_str() {
        "apprentissage-opco" => {
            (o.verdict == Verdict::Eligible
                && p.rqth != Some(true)
                && !p.age.is_some_and(|a| (16..=29).contains(&a)))
                // Under 15, never; 30 to 34 with no recent contract and no RQTH, closed.
                || (open && p.age.is_some_and(|a| a < 15))
                // At 15, collège must be finished, RQTH or not: never sure.
                || (o.verdict == Verdict::Eligible && p.age == Some(15))
                || (open
                    && p.rqth == Some(false)
                    && p.recent_apprenticeship == Some(false)
                    && p.age.is_some_and(|a| a >= 30))
        }
        "contrat-pro-opco" => {
            (open && is_public(p) && employed(p))
                || (o.verdict == Verdict::Eligible
                    && !p.age.is_some_and(|a| (16..=25).contains(&a))
                    && p.rsa_ass_aah != Some(true)
                    && !(p.situation == Some(Situation::JobSeeker)
                        && p.registered_job_seeker == Some(true)))
                // Past 25 with no minimum income and not a job seeker: closed.
                || (open
                    && p.age.is_some_and(|a| a > 25)
                    && p.rsa_ass_aah == Some(false)
                    && p.situation.is_some()
                    && p.situation != Some(Situation::JobSeeker))
        }
        "aif" | "poec" => {
            let registers = matches!(
                p.situation,
                Some(Situation::JobSeeker | Situation::NoActivity)
            );
            o.verdict == Verdict::Eligible
                || (open && p.situation.is_some() && !registers)
                // Registering opens them: « à vérifier », never closed for that alone.
                || (!open
                    && ((p.registered_job_seeker == Some(false)
                        && matches!(p.situation, None | Some(Situation::JobSeeker)))
                        || p.situation == Some(Situation::NoActivity)))
        }
        "poei" => {
            let registers = matches!(
                p.situation,
                Some(Situation::JobSeeker | Situation::NoActivity)
            );
            (open && p.situation.is_some() && !registers)
                || (!open && p.situation == Some(Situation::NoActivity))
        }
        // Regional rules vary: never closed, never sure.
        "prf" => o.verdict != Verdict::Check,
        "cn-etat" => {
            // Only for a conseiller numérique, and to check when a CCP1 is already held.
            o.verdict == Verdict::Eligible
                && (p.situation != Some(Situation::ConseillerNumerique) || holds_a_ccp1(p))
        }
        "cpf" => {
            // From 16 (15 for an apprentice, whose training the CPF does not pay).
            let too_young = open && p.age.is_some_and(|a| a < 16);
            let wrong_who = too_young
                || o.verdict == Verdict::Eligible
                    && (is_public(p)
                        || !matches!(
                            p.situation,
                            Some(
                                Situation::JobSeeker
                                    | Situation::Employee
                                    | Situation::SelfEmployed
                                    | Situation::ConseillerNumerique
                            )
                        ));
            let participation = c.rules.cpf_participation_cents.value.unwrap();
            // Only a registered job seeker is exempt from the contribution.
            let wrong_pay = o.verdict == Verdict::Eligible
                && match (p.situation, p.registered_job_seeker, o.to_pay) {
                    (Some(Situation::JobSeeker), Some(true), ToPay::AtLeast { cents }) => {
                        cents != 0
                    }
                    (Some(_), _, ToPay::AtLeast { cents }) => cents != participation,
                    _ => true,
                };
            wrong_who || wrong_pay
        }
        "cpf-public" => open && p.situation.is_some() && !is_public(p),
        "pro-a" => {
            open && p.situation.is_some()
                && (!matches!(
                    p.situation,
                    Some(Situation::Employee | Situation::ConseillerNumerique)
                ) || is_public(p)
                    || matches!(p.contract, Some(Contract::Cdd | Contract::Other))
                    || p.diploma_level.is_some_and(|l| l >= 6))
        }
        "ptp" => {
            open && p.situation.is_some()
                && (p.situation != Some(Situation::Employee)
                    || is_public(p)
                    || (p.rqth != Some(true)
                        && p.contract == Some(Contract::Cdi)
                        && p.seniority_months.is_some_and(|m| m < 12)))
                // 12 to 23 months with the employer: earlier jobs may make up the 24; under 12
                // with the contract not said, the CDD rule may open it.
                || (!open
                    && p.situation == Some(Situation::Employee)
                    && !is_public(p)
                    && (p.seniority_months.is_some_and(|m| m >= 12)
                        || (p.contract.is_none() && p.seniority_months.is_some())))
        }
        "plan-employeur" => open && p.situation.is_some() && !employed(p),
        "agefiph" | "fiphfp" => open && p.rqth == Some(false),
        _ => false,
    };
    bad.then(|| format!("{} {:?} ({:?}) for {:?}", o.scheme, o.verdict, o.reason, p))
}

/// Any profile the stored form can hold, beyond what the form lets a person answer: every
/// activity, any number, and texts with quotes, backslashes, control and non-Latin characters.
fn any_stored_profile() -> impl Strategy<Value = Profile> {
    let activities = subsequence(
        vec![
            Activity::Welcoming,
            Activity::Workshops,
            Activity::ManagingSpace,
            Activity::Other,
        ],
        0..=4,
    );
    let text = "(\\PC|[\\x00-\\x1f\"\\\\/\\x7f\u{2028}]){0,12}";
    (
        profile(),
        activities,
        proptest::option::of(any::<i64>()),
        any::<u32>(),
        proptest::option::of(date_between((2015, 1), (2030, 12))),
        (text, text),
    )
        .prop_map(
            |(mut p, activities, age, version, obtained, (block, modality))| {
                p.activities = activities;
                p.age = age;
                p.version = version;
                p.held_titles.iter_mut().for_each(|t| t.obtained = obtained);
                p.choices.push(Choice { block, modality });
                p
            },
        )
}

/// JSON texts near a profile's stored form: mostly values each field may hold, sometimes one it
/// may not (of another kind, out of range, unknown, missing, written twice, or nested anyhow).
fn near_profile_json() -> impl Strategy<Value = String> {
    type Text = BoxedStrategy<String>;
    fn one_of(items: &[&'static str]) -> Text {
        proptest::sample::select(items.to_vec())
            .prop_map(str::to_string)
            .boxed()
    }
    // Mostly a value the field may hold, now and then one it may not.
    fn pick(right: &[&'static str], wrong: &[&'static str]) -> Text {
        prop_oneof![12 => one_of(right), 1 => one_of(wrong)].boxed()
    }
    fn object(members: Vec<Text>) -> Text {
        members
            .prop_shuffle()
            .prop_map(|m| {
                let m: Vec<String> = m.into_iter().filter(|x| !x.is_empty()).collect();
                format!("{{{}}}", m.join(", "))
            })
            .boxed()
    }
    fn list(item: Text) -> Text {
        proptest::collection::vec(item, 0..3)
            .prop_map(|v| format!("[{}]", v.join(",")))
            .boxed()
    }
    // A member, sometimes left out.
    fn member(key: &'static str, value: Text, weight: u32) -> Text {
        prop_oneof![
            weight => value.prop_map(move |v| format!("\"{key}\": {v}")),
            1 => Just(String::new())
        ]
        .boxed()
    }
    let date = || {
        pick(
            &["\"2025-07-13\"", "\"2026-01-31\"", "null"],
            &["\"2025-02-30\"", "\"13/07/2025\"", "20250713"],
        )
    };
    let id = || {
        pick(
            &["\"mn-ccp1\"", "\"formation\"", "\"\\u00e9\\n\""],
            &["null", "1"],
        )
    };
    let int = || {
        pick(
            &["0", "1", "31", "-1", "600", "null", "9223372036854775807"],
            &[
                "-0",
                "1.0",
                "1e2",
                "\"31\"",
                "9223372036854775808",
                "-9223372036854775809",
            ],
        )
    };
    let boolean = || pick(&["true", "false", "null"], &["0", "\"true\""]);
    let junk = || one_of(&["{}", "[]", "\"x\"", "{\"other\":1}", "[null]"]);
    let extra = || {
        prop_oneof![
            12 => Just(String::new()),
            1 => one_of(&["\"other\": 1", "\"block\": \"mn-ccp1\"", "\"kind\": \"block\""])
        ]
        .boxed()
    };
    let item = |members: Vec<Text>| prop_oneof![12 => object(members), 1 => junk()].boxed();
    let held = |id_key: &'static str| {
        list(item(vec![
            member(id_key, id(), 12),
            member("obtained", date(), 3),
            extra(),
        ]))
    };
    let fields: Vec<(&'static str, Text)> = vec![
        (
            "version",
            pick(&["1"], &["0", "2", "-1", "4294967296", "null", "\"1\""]),
        ),
        ("held", held("block")),
        ("held_titles", held("title")),
        ("experience_months", int()),
        (
            "activities",
            list(pick(
                &[
                    "\"welcoming\"",
                    "\"workshops\"",
                    "\"managing-space\"",
                    "\"other\"",
                ],
                &["\"Welcoming\"", "null"],
            )),
        ),
        (
            "situation",
            pick(
                &[
                    "\"job-seeker\"",
                    "\"employee\"",
                    "\"public-agent\"",
                    "\"self-employed\"",
                    "\"conseiller-numerique\"",
                    "\"student\"",
                    "\"no-activity\"",
                    "null",
                ],
                &["\"job_seeker\"", "1"],
            ),
        ),
        ("registered_job_seeker", boolean()),
        (
            "employer",
            pick(
                &[
                    "\"private-company\"",
                    "\"association\"",
                    "\"local-authority\"",
                    "\"state\"",
                    "\"hospital\"",
                    "null",
                ],
                &["\"State\""],
            ),
        ),
        (
            "contract",
            pick(&["\"cdi\"", "\"cdd\"", "\"other\"", "null"], &["\"CDI\""]),
        ),
        ("seniority_months", int()),
        ("age", int()),
        ("rqth", boolean()),
        ("rsa_ass_aah", boolean()),
        ("recent_apprenticeship", boolean()),
        ("diploma_level", int()),
        ("hours_per_week", int()),
        (
            "target",
            item(vec![
                member(
                    "kind",
                    pick(&["\"full-title\"", "\"block\""], &["\"title\"", "null"]),
                    12,
                ),
                member("block", id(), 2),
                extra(),
            ]),
        ),
        ("start", date()),
        (
            "choices",
            list(item(vec![
                member("block", id(), 12),
                member("modality", id(), 12),
                extra(),
            ])),
        ),
    ];
    let members: Vec<Text> = fields
        .into_iter()
        .map(|(k, v)| member(k, v, 1))
        .chain([prop_oneof![
            12 => Just(String::new()),
            1 => one_of(&["\"other\": null", "\"age\": 30"])
        ]
        .boxed()])
        .collect();
    object(members)
}

proptest! {
    // PROPTEST_CASES overrides the count (scripts/fuzz-decoders.sh runs a million).
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(600),
        ..ProptestConfig::default()
    })]

    /// The app's own sort (lighter than the standard one in the wasm) orders as the standard
    /// library's stable sort does, items with equal keys included.
    #[test]
    fn the_short_list_sort_is_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..40)) {
        let mut ours = v.clone();
        parcours::sort::sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
        let mut std = v;
        std.sort_by_key(|x| x.0);
        prop_assert_eq!(ours, std);
    }

    #[test]
    fn the_planner_keeps_its_promises(p in profile()) {
        let c = catalog::official();
        let plan = plan(&p, c, today()).map_err(|e| TestCaseError::fail(format!("refused a valid profile: {e}")))?;

        // Deterministic.
        prop_assert_eq!(&plan, &parcours::plan::plan(&p, c, today()).unwrap());

        let wanted: Vec<String> = match &p.target {
            Target::FullTitle => target_blocks(),
            Target::Block { block } => vec![block.clone()],
        };
        let held = counted(&plan, false);
        for r in &plan.routes {
            // Every route reaches the target (an equivalence to confirm counts on its own route).
            let conditional = r.strengths.contains(&Strength::IfEquivalenceConfirmed);
            let mut reached = counted(&plan, conditional);
            reached.extend(r.steps.iter().flat_map(|s| s.blocks.iter().cloned()));
            for b in &wanted {
                prop_assert!(reached.contains(b), "route {} does not reach {}", r.id, b);
            }
            let mut prev_end = Some(parcours::catalog::Range { min: 0, max: 0 });
            for s in &r.steps {
                // No step obtains again a block that already counts.
                for b in &s.blocks {
                    prop_assert!(!held.contains(b), "route {} re-obtains {}", r.id, b);
                }
                // Durations and dates are coherent and chained.
                prop_assert_eq!(s.start, prev_end, "route {} step {} does not start where the last ended", r.id, s.scope);
                if let Some(m) = s.months {
                    prop_assert!(m.min <= m.max);
                }
                match (s.start, s.months, s.end) {
                    (Some(a), Some(m), Some(e)) => prop_assert!(e.min == a.min + m.min && e.max == a.max + m.max),
                    (_, _, None) => {}
                    other => prop_assert!(false, "end without start or months: {:?}", other),
                }
                prev_end = s.end;
                // Calendar dates only when the route has a first day (the start asked for, moved
                // only by an employer's notice), and exactly the months from it.
                match (r.begins, s.start, s.end) {
                    (Some(day), Some(a), Some(e)) => {
                        prop_assert_eq!(s.dates, Some((day.add_months(a.min), day.add_months(e.max))));
                        if let Some((from, until)) = s.dates {
                            prop_assert!(from <= until, "route {} step {} ends before it starts", r.id, s.scope);
                        }
                    }
                    _ => prop_assert_eq!(s.dates, None, "route {} step {} has dates without a start", r.id, s.scope),
                }
                // Every verdict has its reason in words, and sources the catalog knows.
                for o in s.funding.iter() {
                    prop_assert!(!i18n::reason(&o.reason).is_empty());
                    prop_assert!(!o.sources.is_empty(), "{} has no source", o.scheme);
                    for src in &o.sources {
                        prop_assert!(c.source(src).is_some(), "unknown source {}", src);
                    }
                    if let Some(why) = against_its_rule(&p, o) {
                        prop_assert!(false, "shown open against its rule: {}", why);
                    }
                }
            }
            prop_assert_eq!(r.months, prev_end);
            // The first day is the one asked for, unless a notice on working time moves it later.
            let notice = r.conditions.iter().any(|c| matches!(c, Condition::EmployerAgreement { .. }));
            if r.begins != p.start {
                prop_assert!(notice && p.working_time == Some(WorkingTime::OnWorkingTime), "route {} begins {:?}", r.id, r.begins);
                prop_assert!(r.begins > p.start.or(Some(today())), "route {} begins earlier than asked", r.id);
            }
        }
        // The person's own choice, when made, comes first.
        if !p.choices.is_empty() && !plan.remaining.is_empty() {
            prop_assert_eq!(plan.routes.first().map(|r| r.id.as_str()), Some("votre-choix"));
        }
        // Otherwise the route shown first is one the person can take whenever there is one.
        if p.choices.is_empty() && plan.routes.iter().any(|r| r.feasibility == Feasibility::Firm) {
            prop_assert_eq!(plan.routes[0].feasibility, Feasibility::Firm, "{:?}", plan.routes.iter().map(|r| (&r.id, r.feasibility)).collect::<Vec<_>>());
        }
        for r in &plan.routes {
            // Routes go from the most to the least realistic (the person's choice aside).
            // A firm route has no condition; another has at least one, said in words.
            prop_assert_eq!(r.feasibility == Feasibility::Firm, r.conditions.is_empty(), "route {}: {:?}", r.id, r.conditions);
            // The money against its oracle: what is left for sure, step by step.
            let oracle = oracle_left_sure(&p, r);
            let obtain: Vec<&Step> = r.steps.iter().filter(|s| s.kind == StepKind::Obtain).collect();
            for (s, want) in obtain.iter().zip(&oracle) {
                prop_assert_eq!(s.money.left_sure, *want, "route {} step {}", r.id, s.scope);
                if let Some(price) = s.money.price {
                    // What is sure never exceeds the highest price, and the best case is lower.
                    prop_assert!(s.money.cpf_sure <= price.max, "route {} step {}", r.id, s.scope);
                    prop_assert!(s.money.cpf_sure <= s.money.cpf_up_to);
                    prop_assert!(s.money.left_best <= s.money.left_sure, "route {} step {}: best {:?} > sure {:?}", r.id, s.scope, s.money.left_best, s.money.left_sure);
                    // A quote replaces the catalog's price wherever that block is taken that way.
                    if let Some(q) = p.quotes.iter().rev().find(|q| Some(&q.scope) == Some(&s.scope) && s.modality.as_ref() == Some(&q.modality)) {
                        prop_assert_eq!(price, parcours::catalog::Range { min: q.euros as u32 * 100, max: q.euros as u32 * 100 });
                    }
                }
                // A step whose price is not covered for sure, or is to ask, is never firm.
                let uncovered = s.money.left_sure.is_none_or(|c| c > 0) && s.money.paid_by.is_none();
                if uncovered {
                    prop_assert!(r.feasibility != Feasibility::Firm, "route {} is firm with {} uncovered", r.id, s.scope);
                }
                // The headline amount is the sure one.
                let sure = match s.money.left_sure {
                    Some(0) => ToPay::Nothing,
                    Some(cents) => ToPay::Fixed { cents },
                    None => sure_amount(s),
                };
                prop_assert_eq!(s.to_pay, sure, "route {} step {}", r.id, s.scope);
                // A best case is lower than the sure amount, and says which scheme gives it.
                if let Some(b) = &s.best_case {
                    prop_assert!(b.to_pay.rank() < s.to_pay.rank());
                    prop_assert!(!b.if_agreed.is_empty());
                    for scheme in &b.if_agreed {
                        let o = s.funding.iter().find(|o| &o.scheme == scheme);
                        prop_assert!(o.is_some_and(|o| o.verdict != Verdict::NotEligible), "{} in a best case", scheme);
                        prop_assert!(scheme != "poec", "a POEC none was found for lowers a cost");
                    }
                }
            }
            let sure = r.steps.iter().fold(ToPay::Nothing, |acc, s| acc.plus(s.to_pay));
            prop_assert_eq!(r.to_pay, sure, "route {}", r.id);
            if let Some(b) = &r.best_case {
                prop_assert!(b.to_pay.rank() < r.to_pay.rank());
            }
        }
        // « Le moins à payer, à coup sûr »: the lowest sure amount among every route shown (a route
        // that holds only if an equivalence is confirmed aside), when the amounts differ.
        let shown: Vec<&Route> = plan.routes.iter().filter(|r| !r.strengths.contains(&Strength::IfEquivalenceConfirmed) && r.feasibility != Feasibility::Unlikely).collect();
        let least = shown.iter().map(|r| r.to_pay.rank()).min();
        let most = shown.iter().map(|r| r.to_pay.rank()).max();
        for r in &shown {
            let expected = least != most && Some(r.to_pay.rank()) == least;
            prop_assert_eq!(r.strengths.contains(&Strength::LeastToPay), expected, "route {}", r.id);
        }
        let order: Vec<Feasibility> = plan.routes.iter().filter(|r| !r.strengths.contains(&Strength::Chosen)).map(|r| r.feasibility).collect();
        prop_assert!(order.windows(2).all(|w| w[0] <= w[1]), "{:?}", order);
        // « Peu probable » exactly when a condition rarely holds for this person, with why.
        use parcours::plan::likelihood::{uncertain, unlikely_because};
        for r in &plan.routes {
            prop_assert_eq!(&r.unlikely, &unlikely_because(&r.conditions, &p), "route {}", r.id);
            prop_assert_eq!(r.feasibility == Feasibility::Unlikely, !r.unlikely.is_empty(), "route {}", r.id);
        }
        // Within a class, the fewer uncertain conditions first (where no earlier rule applies:
        // the person's choice, a conseiller numérique's funded training, long experience, an
        // equivalence to confirm).
        let long = p.experience_months.is_some_and(|m| m >= 36);
        if p.situation != Some(Situation::ConseillerNumerique) && !long {
            let plain = |r: &Route| !r.strengths.contains(&Strength::Chosen);
            let eq = |r: &Route| r.strengths.contains(&Strength::IfEquivalenceConfirmed);
            for w in plan.routes.windows(2) {
                if plain(&w[0]) && plain(&w[1]) && w[0].feasibility == w[1].feasibility && eq(&w[0]) == eq(&w[1]) {
                    prop_assert!(
                        uncertain(&w[0].conditions, &p) <= uncertain(&w[1].conditions, &p),
                        "{} before {}", w[0].id, w[1].id
                    );
                }
            }
        }
        if plan.routes.len() < 2 {
            prop_assert_eq!(plan.first_because, None);
        }
        // A POEI never lowers the cost of a route to the whole title, whatever its steps.
        if matches!(p.target, Target::FullTitle) {
            for r in &plan.routes {
                let poei = |v: &Vec<String>| v.iter().any(|s| s == "poei");
                prop_assert!(!r.best_case.as_ref().is_some_and(|b| poei(&b.if_agreed)), "route {}", r.id);
                prop_assert!(!poei(&r.money.could_close), "route {}", r.id);
            }
        }
        // Nothing left: no route. Something left: at least one route.
        prop_assert_eq!(plan.remaining.is_empty(), plan.routes.is_empty());
        // The plan's JSON form reads back the same.
        let json = serde_json::to_string(&plan).unwrap();
        prop_assert_eq!(serde_json::from_str::<Plan>(&json).unwrap(), plan);
        let json = serde_json::to_string(&p).unwrap();
        prop_assert_eq!(serde_json::from_str::<Profile>(&json).unwrap(), p);
    }

    #[test]
    fn a_profile_travels_through_a_share_link_unchanged(p in profile()) {
        use parcours::store::link;
        let query = link::encode(&p);
        prop_assert!(query.len() <= link::MAX_LINK_CHARS, "{} chars", query.len());
        let back = link::decode(&query, catalog::official(), today())
            .map_err(|e| TestCaseError::fail(format!("{e:?} for {query}")))?;
        prop_assert!(back.ignored.is_empty(), "{:?} for {}", back.ignored, query);
        // What the situation does not ask (an employer for a job seeker) is not carried.
        let mut carried = p.clone();
        carried.forget_unasked();
        prop_assert_eq!(back.profile, carried);
    }

    #[test]
    fn any_text_as_a_link_is_an_error_or_a_valid_profile(text in "\\PC{0,300}", tail in "[a-z=&%0-9,:+-]{0,120}") {
        use parcours::store::link;
        for query in [text.clone(), format!("v=1&{tail}"), format!("{text}&{tail}")] {
            if let Ok(d) = link::decode(&query, catalog::official(), today()) {
                // Whatever a link says, what it yields can be planned.
                prop_assert!(plan(&d.profile, catalog::official(), today()).is_ok());
            }
        }
    }

    #[test]
    fn answers_saved_with_an_earlier_catalog_lose_only_what_this_one_lacks(
        p in profile(),
        stale in proptest::collection::vec(0usize..6, 1..6),
        stem in "[a-z]{3,8}-[0-9]{2}",
    ) {
        let c = catalog::official();
        // A profile this catalog fits is left as it is.
        let mut same = p.clone();
        prop_assert!(same.fit(c, today()).is_empty());
        prop_assert_eq!(&same, &p);
        // What an earlier catalog allowed and this one does not, added to it.
        let mut old = p.clone();
        let mut expected = p.clone();
        let mut added = 0;
        for (i, kind) in stale.iter().enumerate() {
            let gone = format!("{stem}-{i}");
            prop_assume!(c.block(&gone).is_none() && c.title(&gone).is_none() && c.modality(&gone).is_none());
            match kind {
                0 => old.held.push(HeldBlock { block: gone, obtained: None }),
                1 => old.held_titles.push(HeldTitle { title: gone, obtained: None }),
                2 => old.choices.push(Choice { block: gone, modality: "formation".into() }),
                3 => old.choices.push(Choice { block: "mn-ccp1".into(), modality: gone }),
                4 if old.target == Target::FullTitle => old.target = Target::Block { block: gone },
                5 if !p.held.is_empty() && old.held[0].obtained != Date::parse("2099-01-01").ok() => {
                    // A date the catalog (or the calendar) no longer allows: the block stays.
                    old.held[0].obtained = Date::parse("2099-01-01").ok();
                    expected.held[0].obtained = None;
                }
                _ => continue,
            }
            added += 1;
        }
        let taken_out = old.fit(c, today());
        prop_assert_eq!(&old, &expected);
        prop_assert_eq!(taken_out.len(), added, "{:?}", taken_out);
        prop_assert!(plan(&old, c, today()).is_ok());
    }

    #[test]
    fn after_fitting_only_values_no_catalog_decides_are_refused(p in any_stored_profile()) {
        let mut p = p;
        p.fit(catalog::official(), today());
        if let Err(e) = p.check(catalog::official(), today()) {
            let field = e.field.as_str();
            prop_assert!(
                ["version", "age", "experience_months", "seniority_months", "diploma_level", "hours_per_week"].contains(&field),
                "{}", e
            );
        }
    }

    #[test]
    fn impossible_numbers_are_refused_naming_the_field(
        field in 0usize..5,
        value in prop_oneof![i64::MIN..-1, 601i64..i64::MAX],
    ) {
        let mut p = Profile::new();
        let name = ["age", "experience_months", "seniority_months", "diploma_level", "hours_per_week"][field];
        match field {
            0 => p.age = Some(value),
            1 => p.experience_months = Some(value),
            2 => p.seniority_months = Some(value),
            3 => p.diploma_level = Some(value),
            _ => p.hours_per_week = Some(value),
        }
        let err = plan(&p, catalog::official(), today()).unwrap_err();
        prop_assert_eq!(err.field, name);
    }

    #[test]
    fn any_text_as_a_profile_is_an_error_or_a_plan_never_a_panic(text in ".{0,200}") {
        if let Ok(p) = serde_json::from_str::<Profile>(&text) {
            let _ = plan(&p, catalog::official(), today());
        }
        // What local storage may hold: anything. The decoders answer, never panic.
        if let Ok((p, _)) = parcours::store::decode_profile(&text, catalog::official(), today()) {
            prop_assert!(plan(&p, catalog::official(), today()).is_ok());
        }
        let _ = parcours::store::decode_progress(&text);
    }

    #[test]
    fn the_stored_form_reads_back_what_it_wrote(p in any_stored_profile()) {
        use parcours::store::codec;
        // The stored text is serde_json's, compact or laid out for a file, and reads back.
        let ours = parcours::store::encode_profile(&p);
        prop_assert_eq!(&ours, &serde_json::to_string(&p).unwrap());
        let pretty = codec::to_pretty_text(&p);
        for text in [ours, pretty] {
            prop_assert_eq!(codec::from_text::<Profile>(&text, "profile"), Ok(p.clone()));
        }
    }

    #[test]
    fn what_the_stored_form_refuses_is_said_naming_a_field(text in near_profile_json()) {
        use parcours::store::codec;
        // Accepted exactly when serde_json accepts it; refused with a message in words that
        // names a field or says where the text breaks, never serde's own English.
        let theirs = serde_json::from_str::<Profile>(&text);
        match (theirs, codec::from_text::<Profile>(&text, "profile")) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
            (Err(_), Err(e)) => {
                let e = parcours::i18n::unreadable(&e);
                prop_assert!(e.starts_with('«') || e.starts_with("texte mal formé") || e.starts_with("le texte s'arrête"), "{}: {}", text, e);
                prop_assert!(!e.contains("expected") && !e.contains("invalid"), "{}: {}", text, e);
            }
            (a, b) => prop_assert!(false, "{}\nserde: {:?}\nours: {:?}", text, a, b),
        }
    }

    #[test]
    fn a_plan_travels_through_a_file_and_through_storage_unchanged(p in profile(), name in "\\PC{0,100}") {
        use parcours::store::plans::{self, Book, Memory};
        let mut book = Book::default();
        let id = book.add(&name, p.clone(), Progress::default());
        let saved = book.get(&id).unwrap().clone();
        let file = plans::export_file(&saved, today());
        let back = plans::import_file(&file, catalog::official(), today())
            .map_err(|e| TestCaseError::fail(format!("{e:?} for {file}")))?;
        prop_assert_eq!(back.name, saved.name.clone());
        prop_assert_eq!(back.profile, p);
        prop_assert!(back.taken_out.is_empty(), "{:?}", back.taken_out);
        let mut kv = Memory::default();
        plans::save(&mut kv, &book).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let opened = plans::open(&mut kv, catalog::official(), today());
        prop_assert!(opened.notices.is_empty(), "{:?}", opened.notices);
        prop_assert_eq!(opened.book, book);
    }

    #[test]
    fn any_stored_value_or_file_opens_never_a_panic(
        text in "\\PC{0,300}",
        bytes in proptest::collection::vec(any::<u8>(), 0..300),
        p in profile(),
        cut in 0usize..4000,
    ) {
        use parcours::store::plans::{self, Book, Kv, Memory, PLANS_KEY, V1_PROFILE_KEY, V1_PROGRESS_KEY};
        // A real stored value cut anywhere, arbitrary text, and arbitrary bytes as text.
        let mut book = Book::default();
        book.add("Léa", p, Progress::default());
        let good = book.encode().unwrap();
        let truncated: String = good.chars().take(cut).collect();
        let lossy = String::from_utf8_lossy(&bytes).into_owned();
        for raw in [text.as_str(), truncated.as_str(), lossy.as_str()] {
            for key in [PLANS_KEY, V1_PROFILE_KEY, V1_PROGRESS_KEY] {
                let mut kv = Memory::default();
                kv.set(key, raw).unwrap();
                let opened = plans::open(&mut kv, catalog::official(), today());
                prop_assert!(!opened.book.plans.is_empty());
                for plan in &opened.book.plans {
                    prop_assert!(parcours::plan::plan(&plan.profile, catalog::official(), today()).is_ok());
                }
                // What could not be read is kept, word for word.
                if !opened.notices.is_empty() {
                    prop_assert!(plans::backups(&kv).iter().any(|(_, v)| v == raw), "{raw}");
                }
            }
            if let Ok(back) = plans::import_file(raw, catalog::official(), today()) {
                prop_assert!(plan(&back.profile, catalog::official(), today()).is_ok());
            }
        }
    }

    #[test]
    fn unknown_ids_are_refused_naming_the_field(id in "[a-z0-9-]{1,20}") {
        prop_assume!(catalog::official().block(&id).is_none());
        let mut p = Profile::new();
        p.held.push(HeldBlock { block: id.clone(), obtained: None });
        prop_assert_eq!(plan(&p, catalog::official(), today()).unwrap_err().field, "held[0].block");
        let mut p = Profile::new();
        p.target = Target::Block { block: id };
        prop_assert_eq!(plan(&p, catalog::official(), today()).unwrap_err().field, "target.block");
    }
}

#[test]
fn a_profile_of_a_future_version_is_refused() {
    let p: Profile = serde_json::from_str(r#"{"version": 7}"#).unwrap();
    assert_eq!(
        plan(&p, catalog::official(), today()).unwrap_err().field,
        "version"
    );
}
