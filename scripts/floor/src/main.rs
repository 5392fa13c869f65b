//! One answer, kept in local storage as JSON and read back naming a refused field, shown with
//! a link to it and that link's QR code: what each of Parcours' libraries does, once.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use qrcodegen::{QrCode, QrCodeEcc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Default, Serialize, Deserialize)]
struct Answers {
    name: String,
    age: Option<u32>,
}

fn read(text: &str) -> Result<Answers, String> {
    let mut reader = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut reader).map_err(|e| e.path().to_string())
}

fn qr(link: &str) -> String {
    let Ok(code) = QrCode::encode_text(link, QrCodeEcc::Medium) else {
        return String::new();
    };
    let mut path = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                path.push_str(&format!("M{x},{y}h1v1h-1z"));
            }
        }
    }
    path
}

fn main() {
    let stored = LocalStorage::raw()
        .get_item("floor")
        .ok()
        .flatten()
        .and_then(|t| read(&t).ok())
        .unwrap_or_default();
    let answers = RwSignal::new(stored);
    Effect::new(move |_| {
        let text = serde_json::to_string(&answers.get()).unwrap_or_default();
        let _ = LocalStorage::raw().set_item("floor", &text);
    });
    let link = move || {
        let name = answers.with(|a| a.name.clone());
        format!("https://example.org/?nom={}", utf8_percent_encode(&name, NON_ALPHANUMERIC))
    };
    mount_to_body(move || {
        view! {
            <main>
                <h1>"Parcours"</h1>
                <label for="nom">"Votre nom"</label>
                <input id="nom" prop:value=move || answers.with(|a| a.name.clone())
                    on:input=move |ev| answers.update(|a| a.name = event_target_value(&ev)) />
                <p>{link}</p>
                <svg viewBox="0 0 50 50" role="img" aria-label="QR"><path d=move || qr(&link()) /></svg>
            </main>
        }
    });
}
