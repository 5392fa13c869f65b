//! The browser, for the rest of the app: every call that only a browser answers, in one place.
//! Natively (tests, the first screen drawn at build time) each does nothing, or answers as a
//! browser with nothing special would.

use crate::catalog::{self, Date};
use crate::tr;
use leptos::prelude::*;

/// Today's date in the browser (the catalog's date natively, where there is no clock to ask).
pub fn today() -> Date {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        if let Some(d) = Date::new(now.get_full_year(), now.get_month() + 1, now.get_date()) {
            return d;
        }
    }
    catalog::official().meta.checked
}

/// The share link this page was opened with, if any (`?v=1&…`).
pub fn query() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        window().location().search().unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

pub fn forget_query() {
    #[cfg(target_arch = "wasm32")]
    {
        let w = window();
        if let (Ok(path), Ok(history)) = (w.location().pathname(), w.history()) {
            history
                .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
                .ok();
        }
    }
}

/// Registers the service worker that release builds carry (`sw.js`, next to the page), so
/// that after one visit the app works with no network. Where there is none (`trunk serve`),
/// or the browser refuses, the app simply stays online-only.
pub fn keep_offline() {
    #[cfg(target_arch = "wasm32")]
    {
        let promise = window().navigator().service_worker().register("./sw.js");
        leptos::task::spawn_local(async move {
            wasm_bindgen_futures::JsFuture::from(promise).await.ok();
        });
    }
}

/// Puts the focus on `selector` once the page has been drawn again (and, with `scroll`, brings
/// its top into view, as a phone needs for a topic of questions).
pub fn focus_later(selector: impl AsRef<str> + 'static, scroll: bool) {
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        use wasm_bindgen::JsCast;
        if let Some(e) = document()
            .query_selector(selector.as_ref())
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            e.focus().ok();
            if scroll {
                e.scroll_into_view();
            }
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (selector, scroll);
}

/// Offers `text` as a file to download (nothing leaves the page: the file is made here).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let fail = |_| {
            tr!(
                "Le fichier n'a pas pu être créé dans ce navigateur.",
                "The file could not be made in this browser."
            )
            .to_string()
        };
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).map_err(fail)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
        let a: web_sys::HtmlAnchorElement = document()
            .create_element("a")
            .map_err(fail)?
            .unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
        web_sys::Url::revoke_object_url(&url).ok();
        Ok(())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, mime, text);
        Ok(())
    }
}

/// The page's address without query (works under any sub-path).
pub fn base() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let l = window().location();
        let origin = l.origin().unwrap_or_default();
        let path = l.pathname().unwrap_or_default();
        format!("{origin}{path}")
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::from("http://localhost/")
    }
}

pub fn copy(text: String, done: RwSignal<String>) {
    #[cfg(target_arch = "wasm32")]
    {
        let promise = window().navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            done.set(if ok {
                tr!(
                    "Lien copié. Collez-le dans un courriel ou un message.",
                    "Link copied. Paste it into an email or a message."
                )
                .into()
            } else {
                tr!(
                    "La copie automatique n'est pas permise ici : sélectionnez le lien ci-dessus et copiez-le.",
                    "Copying is not allowed here: select the link above and copy it."
                )
                .into()
            });
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        done.set(tr!("Lien copié.", "Link copied.").into());
    }
}

/// Builds the printed version, lets it reach the page, then opens the browser's print dialog.
pub fn print(printing: RwSignal<bool>) {
    printing.set(true);
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        window().print().ok();
    });
}

/// Runs `save` once the answers have been quiet for a moment: each call before then starts the
/// wait again, so a person typing or clicking fast writes the storage once. Natively, at once.
pub fn after_quiet(pending: StoredValue<Option<TimeoutHandle>>, save: impl Fn() + Copy + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let later = set_timeout_with_handle(
            move || {
                pending.try_set_value(None);
                save();
            },
            std::time::Duration::from_millis(200),
        );
        if let Ok(h) = later {
            pending.set_value(Some(h));
            return;
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = pending;
    save();
}

/// Runs `flush` when the page is hidden or left (another app, a reload, closing the tab), so
/// that a save still waiting is written before the page goes.
pub fn on_leave(flush: impl Fn() + Clone + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let on_hide = flush.clone();
        let hide = window_event_listener_untyped("pagehide", move |_| on_hide());
        let hidden = window_event_listener_untyped("visibilitychange", move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            }
        });
        on_cleanup(move || {
            hide.remove();
            hidden.remove();
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = flush;
}

/// Runs `changed` with the key (`None`: everything was cleared) when another tab changes the
/// local storage. Natively there is no other tab.
pub fn on_other_tab_change(changed: impl Fn(Option<&str>) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            changed(ev.key().as_deref());
        });
        on_cleanup(move || handle.remove());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = changed;
}

/// Keeps `printing` true while the browser prints (its menu, Ctrl+P or the page's button).
pub fn while_printing(printing: RwSignal<bool>) {
    #[cfg(target_arch = "wasm32")]
    {
        let before = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
        let after = window_event_listener_untyped("afterprint", move |_| printing.set(false));
        on_cleanup(move || {
            before.remove();
            after.remove();
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = printing;
}
