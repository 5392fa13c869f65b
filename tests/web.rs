//! Component tests: the app mounted in headless Chromium, asserted on its DOM and on the
//! browser's real local storage. Run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use parcours::store::PROFILE_KEY;
use parcours::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

/// Mounts the app in a fresh container; the handle unmounts it when dropped.
async fn mounted() -> (HtmlElement, impl Drop) {
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

fn checkbox(root: &HtmlElement, block: &str) -> HtmlInputElement {
    root.query_selector(&format!("#bloc-{block}"))
        .unwrap()
        .unwrap()
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn first_screen_asks_which_blocks_are_held() {
    storage().remove_item(PROFILE_KEY).unwrap();
    let (root, _app) = mounted().await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Quels blocs (CCP) avez-vous déjà obtenus ?"),
        "{text}"
    );
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
        text.contains("Il vous reste 2 blocs pour le titre Médiateur numérique"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn a_checked_block_is_stored_and_changes_what_remains() {
    storage().remove_item(PROFILE_KEY).unwrap();
    let (root, _app) = mounted().await;
    checkbox(&root, "remn-ccp1").click();
    leptos::task::tick().await;
    let stored = storage()
        .get_item(PROFILE_KEY)
        .unwrap()
        .expect("the answer is stored");
    assert!(stored.contains("\"block\":\"remn-ccp1\""), "{stored}");
    let text = root.text_content().unwrap();
    // The REMN → Médiateur numérique equivalence is unknown: the page says so and where to ask.
    assert!(
        text.contains("On ne sait pas si votre CCP1 REMN compte pour le CCP1 Médiateur numérique"),
        "{text}"
    );
    checkbox(&root, "mn-ccp1").click();
    leptos::task::tick().await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("Il vous reste 1 bloc"));
}

#[wasm_bindgen_test]
async fn a_stored_answer_is_shown_checked_on_the_next_visit() {
    storage()
        .set_item(PROFILE_KEY, r#"{"version":1,"held":[{"block":"mn-ccp1"}]}"#)
        .unwrap();
    let (root, _app) = mounted().await;
    assert!(checkbox(&root, "mn-ccp1").checked());
    assert!(!checkbox(&root, "remn-ccp1").checked());
}

#[wasm_bindgen_test]
async fn damaged_storage_starts_fresh_and_says_so() {
    storage()
        .set_item(PROFILE_KEY, "{ceci n'est pas du JSON")
        .unwrap();
    let (root, _app) = mounted().await;
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("a message");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("Vous repartez d'une page vierge"));
    assert!(!checkbox(&root, "mn-ccp1").checked());
}

fn set_number(root: &HtmlElement, id: &str, value: &str) {
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
        if l.text_content().unwrap() == label {
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
    storage().remove_item(PROFILE_KEY).unwrap();
    let (root, _app) = mounted().await;
    assert!(root.text_content().unwrap().contains("En apprentissage"));
    radio(&root, "Je suis agent public (collectivité, État, hôpital)").click();
    leptos::task::tick().await;
    radio(&root, "Une collectivité (commune, département, région…)").click();
    set_number(&root, "age", "40");
    radio(&root, "Non").click();
    leptos::task::tick().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Parcours non proposés"), "{text}");
    assert!(text.contains("L'État et les collectivités ne peuvent pas recruter en contrat de professionnalisation"), "{text}");
    // An impossible age is named, not silently ignored.
    set_number(&root, "age", "200");
    leptos::task::tick().await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("age : 200 n'est pas possible"));
}

#[wasm_bindgen_test]
async fn switching_a_step_to_vae_puts_the_persons_route_first() {
    storage().remove_item(PROFILE_KEY).unwrap();
    let (root, _app) = mounted().await;
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#modalite-mn-ccp1-formation")
        .unwrap()
        .expect("a modality switch on the CCP1 training step")
        .unchecked_into();
    select.set_value("vae-bloc");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    let first = root.query_selector("ol.parcours > li h3").unwrap().unwrap();
    assert_eq!(first.text_content().unwrap(), "1. Votre parcours");
    let stored = storage().get_item(PROFILE_KEY).unwrap().unwrap();
    assert!(stored.contains(r#""modality":"vae-bloc""#), "{stored}");
}

#[wasm_bindgen_test]
async fn a_step_marked_done_moves_the_progress_and_is_kept() {
    storage().remove_item(PROFILE_KEY).unwrap();
    storage()
        .remove_item(parcours::store::PROGRESS_KEY)
        .unwrap();
    {
        let (root, _app) = mounted().await;
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
        let label = root
            .query_selector("label[for=avancement-terrain]")
            .unwrap()
            .unwrap();
        assert_eq!(
            label.text_content().unwrap(),
            "Avancement : 1 étape(s) sur 3 derrière vous"
        );
    }
    let stored = storage()
        .get_item(parcours::store::PROGRESS_KEY)
        .unwrap()
        .unwrap();
    assert!(
        stored.contains(r#""terrain/mn-ccp1/formation":"done""#),
        "{stored}"
    );
    // Next visit: the mark is still there.
    let (root, _app) = mounted().await;
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#etat-terrain-0")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(select.value(), "fait");
}

#[wasm_bindgen_test]
async fn held_blocks_are_listed_with_what_they_count_for() {
    storage()
        .set_item(
            PROFILE_KEY,
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
    // Step details point to the official starting points.
    let links = root
        .query_selector_all("a[href^='https://www.francecompetences.fr/recherche/rncp/40695/']")
        .unwrap();
    assert!(links.length() > 0);
}
