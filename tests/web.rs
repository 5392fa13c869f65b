//! Component tests: the app mounted in headless Chromium, asserted on its DOM and on the
//! browser's real local storage. Run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use parcours::store::plans::{BACKUP_PREFIX, PLANS_KEY, V1_PROFILE_KEY};
use parcours::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

/// A browser where Parcours never ran: every key of Parcours removed.
fn fresh() -> web_sys::Storage {
    let s = storage();
    let keys: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with("parcours."))
        .collect();
    for k in keys {
        s.remove_item(&k).unwrap();
    }
    s
}

/// Lets the browser run its queued tasks (a `toggle` event is one) for `ms`: only inside the
/// waits for a condition below, never before an assertion.
async fn yield_to_browser(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Whether `condition` holds, checked after each task the browser runs, for two seconds at most:
/// a test waits for what it expects, never for a fixed time (a loaded machine is slower).
async fn until(condition: impl Fn() -> bool) -> bool {
    for _ in 0..200 {
        if condition() {
            return true;
        }
        yield_to_browser(10).await;
    }
    condition()
}

/// The element, once the page has built it (at most two seconds).
async fn soon(root: &HtmlElement, selector: &str) -> Option<web_sys::Element> {
    for _ in 0..100 {
        if let Some(e) = root.query_selector(selector).unwrap() {
            return Some(e);
        }
        yield_to_browser(20).await;
    }
    None
}

/// The stored plans once they hold `part`: the app writes them once the answers are quiet for a
/// moment (two seconds at most here).
async fn saved_with(part: &str) -> String {
    until(|| stored_plans().contains(part)).await;
    stored_plans()
}

/// The stored plans as they are now (nothing yet: empty).
fn stored_plans() -> String {
    storage().get_item(PLANS_KEY).unwrap().unwrap_or_default()
}

/// Mounts the app in a fresh container; the handle unmounts it when dropped.
/// Opens the route `id` where it is folded among the other routes (the route on top is open).
async fn open_route(root: &HtmlElement, id: &str) {
    let Some(name) = root
        .query_selector(&format!("details.autre #parcours-{id}"))
        .unwrap()
    else {
        return;
    };
    let summary: HtmlElement = name.parent_element().unwrap().unchecked_into();
    let details = summary.parent_element().unwrap();
    if !details.has_attribute("open") {
        summary.click();
    }
    // Its steps are drawn on the `toggle` event, in a task of its own.
    assert!(
        until(|| details.query_selector("ol.etapes").unwrap().is_some()).await,
        "the route {id} did not open"
    );
}

async fn mounted() -> (HtmlElement, impl Drop) {
    // The release page fetches its English file; here, nothing serves it: the copy built in.
    parcours::i18n::install_bundled_english();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    leptos::task::tick().await;
    (container.clone(), Unmount(Some(handle), container))
}

struct Unmount<T>(Option<T>, HtmlElement);
impl<T> Drop for Unmount<T> {
    fn drop(&mut self) {
        drop(self.0.take());
        self.1.remove();
    }
}

/// A held block's checkbox. The earlier titles' blocks are folded for a newcomer, and drawn
/// once unfolded: unfolded here first, as a person would.
async fn checkbox(root: &HtmlElement, block: &str) -> HtmlInputElement {
    let selector = format!("#bloc-{block}");
    if root.query_selector(&selector).unwrap().is_none() {
        unfold_earlier_titles(root);
    }
    soon(root, &selector)
        .await
        .unwrap_or_else(|| panic!("no checkbox {selector}"))
        .unchecked_into()
}

fn unfold_earlier_titles(root: &HtmlElement) {
    if let Some(d) = root.query_selector("details.anciens").unwrap() {
        d.set_attribute("open", "").unwrap();
    }
}

#[wasm_bindgen_test]
async fn first_screen_asks_which_blocks_are_held() {
    fresh();
    let (root, _app) = mounted().await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Quels blocs (CCP) avez-vous déjà obtenus ?"),
        "{text}"
    );
    // The current title's blocks; the earlier titles' are folded, and drawn once unfolded.
    let boxes = root
        .query_selector_all("input[type=checkbox][id^=bloc-]")
        .unwrap();
    assert_eq!(boxes.length(), 2);
    unfold_earlier_titles(&root);
    soon(&root, "#bloc-cmn-ccp3").await;
    // One checkbox per block of the three successive titles, each with its label.
    let boxes = root
        .query_selector_all("input[type=checkbox][id^=bloc-]")
        .unwrap();
    assert_eq!(boxes.length(), 8);
    for block in ["mn-ccp1", "remn-ccp1", "remn-ccp3", "cmn-ccp2"] {
        let label = root
            .query_selector(&format!("label[for=bloc-{block}]"))
            .unwrap();
        assert!(label.is_some(), "no label for {block}");
    }
    assert!(
        text.contains("Il vous reste le CCP1 Médiateur numérique et les autres blocs du titre Médiateur numérique (leur nombre n'est pas connu)"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn a_checked_block_is_stored_and_changes_what_remains() {
    fresh();
    let (root, _app) = mounted().await;
    checkbox(&root, "remn-ccp1").await.click();
    leptos::task::tick().await;
    let stored = saved_with("\"block\":\"remn-ccp1\"").await;
    assert!(stored.contains("\"block\":\"remn-ccp1\""), "{stored}");
    let text = root.text_content().unwrap();
    // The REMN → Médiateur numérique equivalence is unknown: the page says so and where to ask.
    assert!(
        text.contains("On ne sait pas si votre CCP1 REMN compte pour le CCP1 Médiateur numérique"),
        "{text}"
    );
    checkbox(&root, "mn-ccp1").await.click();
    leptos::task::tick().await;
    assert!(root.text_content().unwrap().contains(
        "Il vous reste les autres blocs du titre Médiateur numérique (leur nombre n'est pas connu)"
    ));
}

#[wasm_bindgen_test]
async fn answers_stored_by_schema_1_are_migrated_and_shown() {
    fresh()
        .set_item(
            V1_PROFILE_KEY,
            r#"{"version":1,"held":[{"block":"mn-ccp1"}]}"#,
        )
        .unwrap();
    let (root, _app) = mounted().await;
    assert!(checkbox(&root, "mn-ccp1").await.checked());
    assert!(!checkbox(&root, "remn-ccp1").await.checked());
    assert!(storage().get_item(V1_PROFILE_KEY).unwrap().is_none());
    assert!(stored_plans().contains(r#""schema":2"#));
}

#[wasm_bindgen_test]
async fn damaged_storage_starts_fresh_keeps_a_copy_and_says_so() {
    fresh()
        .set_item(PLANS_KEY, "{ceci n'est pas du JSON")
        .unwrap();
    let (root, _app) = mounted().await;
    let status = root
        .query_selector("[role=status] .statut")
        .unwrap()
        .expect("a message")
        .text_content()
        .unwrap();
    assert!(status.contains("illisibles"), "{status}");
    assert!(
        status.contains("Une copie de ce qui était enregistré est gardée"),
        "{status}"
    );
    assert!(!checkbox(&root, "mn-ccp1").await.checked());
    assert_eq!(
        storage()
            .get_item(&format!("{BACKUP_PREFIX}1"))
            .unwrap()
            .as_deref(),
        Some("{ceci n'est pas du JSON")
    );
    assert!(root
        .text_content()
        .unwrap()
        .contains("Exporter la copie n° 1"));
}

fn button(root: &HtmlElement, text: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let b: HtmlElement = buttons.item(i).unwrap().unchecked_into();
        if b.text_content().unwrap() == text {
            return b;
        }
    }
    panic!("no button « {text} »");
}

fn plan_names(root: &HtmlElement) -> Vec<String> {
    let options = root.query_selector_all("#plan-choisi option").unwrap();
    (0..options.length())
        .map(|i| options.item(i).unwrap().text_content().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn several_plans_are_kept_apart_renamed_and_deleted() {
    fresh();
    let (root, _app) = mounted().await;
    checkbox(&root, "remn-ccp1").await.click();
    set_field(&root, "plan-nom", "Léa");
    leptos::task::tick().await;
    button(&root, "Nouveau plan").click();
    leptos::task::tick().await;
    assert_eq!(plan_names(&root), vec!["Léa", "Nouveau plan"]);
    // The name field shows the name as kept: made unique, or named when left empty (the
    // field's value is set in a task of its own, hence the wait).
    let name_field = |root: &HtmlElement| {
        root.query_selector("#plan-nom")
            .unwrap()
            .unwrap()
            .unchecked_into::<HtmlInputElement>()
            .value()
    };
    set_field(&root, "plan-nom", "Léa");
    until(|| name_field(&root) == "Léa (2)").await;
    assert_eq!(name_field(&root), "Léa (2)", "{:?}", plan_names(&root));
    set_field(&root, "plan-nom", "   ");
    until(|| name_field(&root) == "Plan sans nom").await;
    assert_eq!(name_field(&root), "Plan sans nom");
    // Written with a trailing space, kept without: the field shows it once the name is kept.
    set_field(&root, "plan-nom", "Plan sans nom ");
    until(|| name_field(&root) == "Plan sans nom").await;
    assert_eq!(name_field(&root), "Plan sans nom");
    set_field(&root, "plan-nom", "Nouveau plan");
    until(|| plan_names(&root) == ["Léa", "Nouveau plan"]).await;
    assert_eq!(plan_names(&root), vec!["Léa", "Nouveau plan"]);
    // The new plan starts blank; the first keeps its answer.
    assert!(!checkbox(&root, "remn-ccp1").await.checked());
    checkbox(&root, "mn-ccp1").await.click();
    leptos::task::tick().await;
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#plan-choisi")
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.set_value("plan-1");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert!(checkbox(&root, "remn-ccp1").await.checked());
    assert!(!checkbox(&root, "mn-ccp1").await.checked());
    let stored = saved_with(r#""name":"Nouveau plan""#).await;
    assert!(
        stored.contains(r#""name":"Léa""#) && stored.contains(r#""name":"Nouveau plan""#),
        "{stored}"
    );
    // Deleting asks first, then keeps the other plan.
    button(&root, "Supprimer ce plan").click();
    leptos::task::tick().await;
    button(&root, "Oui, supprimer ce plan").click();
    leptos::task::tick().await;
    assert_eq!(plan_names(&root), vec!["Nouveau plan"]);
    assert!(checkbox(&root, "mn-ccp1").await.checked());
    until(|| !stored_plans().contains("Léa")).await;
    assert!(!stored_plans().contains("Léa"));
}

#[wasm_bindgen_test]
async fn delete_all_my_data_leaves_nothing_of_parcours() {
    let s = fresh();
    s.set_item(&format!("{BACKUP_PREFIX}1"), "vieux").unwrap();
    let (root, _app) = mounted().await;
    checkbox(&root, "remn-ccp1").await.click();
    leptos::task::tick().await;
    until(|| s.get_item(PLANS_KEY).unwrap().is_some()).await;
    assert!(s.get_item(PLANS_KEY).unwrap().is_some());
    button(&root, "Effacer toutes mes données").click();
    leptos::task::tick().await;
    button(&root, "Oui, tout effacer").click();
    leptos::task::tick().await;
    let left: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with("parcours."))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert!(!checkbox(&root, "remn-ccp1").await.checked());
    assert!(root
        .text_content()
        .unwrap()
        .contains("Toutes vos données ont été effacées"));
}

/// Types `value` into the field `#id` and confirms it, as leaving the field does.
fn set_field(root: &HtmlElement, id: &str, value: &str) {
    let input: HtmlInputElement = root
        .query_selector(&format!("#{id}"))
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value(value);
    let event = web_sys::Event::new("change").unwrap();
    input.dispatch_event(&event).unwrap();
}

fn radio(root: &HtmlElement, label: &str) -> HtmlInputElement {
    let labels = root.query_selector_all("label").unwrap();
    for i in 0..labels.length() {
        let l: web_sys::HtmlLabelElement = labels.item(i).unwrap().unchecked_into();
        // Questions that do not apply are in the page, hidden: only the shown ones count.
        let shown = l.closest("[hidden]").unwrap().is_none();
        if shown && l.text_content().unwrap() == label {
            let id = l.html_for();
            return root
                .query_selector(&format!("#{id}"))
                .unwrap()
                .unwrap()
                .unchecked_into();
        }
    }
    panic!("no radio labelled {label}");
}

#[wasm_bindgen_test]
async fn answers_change_the_routes_at_once() {
    fresh();
    let (root, _app) = mounted().await;
    assert!(root.text_content().unwrap().contains("En apprentissage"));
    radio(&root, "Je suis agent public (collectivité, État, hôpital)").click();
    leptos::task::tick().await;
    radio(&root, "Une collectivité (commune, département, région…)").click();
    set_field(&root, "age", "40");
    radio(&root, "Non").click();
    leptos::task::tick().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Parcours non proposés"), "{text}");
    assert!(text.contains("L'État et les collectivités ne peuvent pas recruter en contrat de professionnalisation"), "{text}");
    // An impossible age is said at its field, in words, and the routes stay those of age 40.
    set_field(&root, "age", "200");
    leptos::task::tick().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Votre âge : entre 14 et 100 ans"), "{text}");
    assert!(text.contains("Parcours non proposés"), "{text}");
}

#[wasm_bindgen_test]
async fn switching_a_step_to_vae_puts_the_persons_route_first() {
    fresh();
    let (root, _app) = mounted().await;
    // The switch is in the step's details, built when they open, in a route that may be
    // folded among the others.
    open_route(&root, "formation-blocs").await;
    let summaries = root
        .query_selector_all("ol.etapes details > summary")
        .unwrap();
    // One at a time, as a person would.
    for i in 0..summaries.length() {
        let summary = summaries.item(i).unwrap().unchecked_into::<HtmlElement>();
        summary.click();
        // The `toggle` event comes in a task of its own, and the details are built on it:
        // wait until this one holds more than its summary.
        let details = summary.parent_element().unwrap();
        assert!(
            until(|| details.child_element_count() > 1).await,
            "details {i} were not built"
        );
    }
    let select: web_sys::HtmlSelectElement = soon(&root, "#modalite-formation-blocs-mn-ccp1")
        .await
        .expect("a modality switch on the CCP1 training step")
        .unchecked_into();
    select.set_value("vae-bloc");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    // In a suggested route, the way chosen applies only when confirmed.
    let on_top = || {
        root.query_selector("#parcours-affiche")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert!(!on_top().contains("selon vos choix"), "{}", on_top());
    let choose: HtmlElement = select
        .parent_element()
        .and_then(|p| p.query_selector("button").unwrap())
        .expect("« Choisir cette façon » beside the switch")
        .unchecked_into();
    // Its name says for which block (the words after the dash are for screen readers only).
    assert_eq!(
        choose.text_content().unwrap(),
        "Choisir cette façon — CCP1 Médiateur numérique"
    );
    choose.click();
    leptos::task::tick().await;
    assert_eq!(on_top(), "Votre parcours, selon vos choix");
    let stored = saved_with(r#""modality":"vae-bloc""#).await;
    assert!(stored.contains(r#""modality":"vae-bloc""#), "{stored}");
}

#[wasm_bindgen_test]
async fn a_step_marked_done_moves_the_progress_and_is_kept() {
    fresh();
    {
        let (root, _app) = mounted().await;
        open_route(&root, "terrain").await;
        // Marks are for the route the person follows: none asked for before.
        assert!(root.query_selector("#etat-terrain-0").unwrap().is_none());
        let follow: HtmlElement = root
            .query_selector("#parcours-terrain")
            .unwrap()
            .and_then(|name| {
                let route = name.closest("details").unwrap()?;
                route.query_selector(".suivre button").unwrap()
            })
            .expect("« Je suis ce parcours » on the route")
            .unchecked_into();
        follow.click();
        assert!(until(|| root.query_selector("#etat-terrain-0").unwrap().is_some()).await);
        // Followed, the route comes on top.
        assert!(root
            .query_selector(".route.conseille #parcours-terrain")
            .unwrap()
            .is_some());
        let label = || {
            root.query_selector("label[for=avancement-terrain]")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap()
        };
        assert_eq!(label(), "Avancement : aucune étape sur 3 derrière vous");
        let select: web_sys::HtmlSelectElement = root
            .query_selector("#etat-terrain-0")
            .unwrap()
            .expect("a status on each step")
            .unchecked_into();
        select.set_value("fait");
        select
            .dispatch_event(&web_sys::Event::new("change").unwrap())
            .unwrap();
        leptos::task::tick().await;
        assert_eq!(label(), "Avancement : 1 étape sur 3 derrière vous");
    }
    let stored = saved_with(r#""terrain/mn-ccp1/formation":"done""#).await;
    assert!(stored.contains(r#""followed":"terrain""#), "{stored}");
    assert!(
        stored.contains(r#""terrain/mn-ccp1/formation":"done""#),
        "{stored}"
    );
    // Next visit: the route is still followed, on top, and the mark is still there.
    let (root, _app) = mounted().await;
    assert_eq!(
        root.query_selector("#parcours-affiche")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Le parcours que vous suivez"
    );
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#etat-terrain-0")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(select.value(), "fait");
}

#[wasm_bindgen_test]
async fn held_blocks_are_listed_with_what_they_count_for() {
    fresh()
        .set_item(
            V1_PROFILE_KEY,
            r#"{"version":1,"held":[{"block":"remn-ccp1"},{"block":"mn-ccp1"}]}"#,
        )
        .unwrap();
    let (root, _app) = mounted().await;
    let list = root
        .query_selector("ul.acquis")
        .unwrap()
        .expect("a list of held blocks")
        .text_content()
        .unwrap();
    assert!(list.contains("CCP1 REMN : ne compte pas encore : son équivalence avec le CCP1 Médiateur numérique est à vérifier."), "{list}");
    assert!(
        list.contains("CCP1 Médiateur numérique : compte pour le titre visé."),
        "{list}"
    );
    // Step details (built when opened) point to the official starting points.
    let summary: HtmlElement = root
        .query_selector(".conseille ol.etapes details > summary")
        .unwrap()
        .unwrap()
        .unchecked_into();
    summary.click();
    soon(&root, ".conseille ol.etapes details a").await;
    let links = root
        .query_selector_all("a[href^='https://www.francecompetences.fr/recherche/rncp/40695/']")
        .unwrap();
    assert!(links.length() > 0);
}

#[wasm_bindgen_test]
async fn the_english_switch_speaks_english_keeps_the_answers_and_is_remembered() {
    fresh();
    let (root, app) = mounted().await;
    checkbox(&root, "remn-ccp1").await.click();
    radio(&root, "Je suis agent public (collectivité, État, hôpital)").click();
    leptos::task::tick().await;
    let french_plans = saved_with(r#""situation":"public-agent""#).await;
    // Reached and pressed as a person would: the focus is on it.
    let switch = button(&root, "English version");
    switch.focus().unwrap();
    switch.click();
    let html = document().document_element().unwrap();
    // The words change in place, in the next task: wait for their English.
    until(|| {
        root.text_content()
            .is_some_and(|t| t.contains("Becoming a digital mediator"))
    })
    .await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert!(document().title().starts_with("Parcours: becoming"));
    let text = root.text_content().unwrap();
    for english in [
        "Becoming a digital mediator, block by block",
        "Which blocks (CCP) do you already hold?",
        "What is your situation?",
        // The planner's words and the catalog's, in English too.
        "It is not known whether your CCP1 REMN counts for the CCP1 Médiateur numérique",
        "Your region's DREETS/DDETS",
        "Indicative results, not binding",
        "Accreditation of prior experience",
    ] {
        assert!(text.contains(english), "no « {english} » in:\n{text}");
    }
    assert!(!text.contains("Où vous en êtes"), "{text}");
    // The default plan name reads in the page's language; nothing is renamed in storage.
    assert_eq!(plan_names(&root), ["My plan"]);
    assert!(text.contains("Other CCPs Médiateur numérique"), "{text}");
    // The answers stay as they were, checked on the page and in storage.
    assert!(checkbox(&root, "remn-ccp1").await.checked());
    assert!(radio(
        &root,
        "I am a public agent (local authority, State, hospital)"
    )
    .checked());
    assert_eq!(stored_plans(), french_plans);
    assert_eq!(
        storage().get_item("parcours.langue").unwrap().as_deref(),
        Some("en")
    );
    // Focus stays on the switch, the same element, now offering French.
    let focused = document().active_element().unwrap();
    assert_eq!(focused.id(), "langue");
    assert!(
        focused.is_same_node(Some(&switch)),
        "the switch was drawn again"
    );
    assert_eq!(focused.get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(focused.text_content().unwrap(), "Version française");
    // An impossible answer is said in English at its field.
    set_field(&root, "age", "200");
    leptos::task::tick().await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Your age: between 14 and 100 years old"),
        "{text}"
    );
    set_field(&root, "age", "");
    drop(app);

    // The next visit opens in English; switching back is French again.
    let (root, _app) = mounted().await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("Which blocks (CCP) do you already hold?"));
    button(&root, "Version française").click();
    leptos::task::tick().await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("fr"));
    assert!(root
        .text_content()
        .unwrap()
        .contains("Quels blocs (CCP) avez-vous déjà obtenus ?"));
    assert_eq!(
        storage().get_item("parcours.langue").unwrap().as_deref(),
        Some("fr")
    );
}
