//! The browser, for the rest of the app: every call that only a browser answers, in one place.
//! Natively (tests, the first screen drawn at build time) each does nothing, or answers as a
//! browser with nothing special would.

use crate::catalog::{self, Date};
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

/// Offers `text` as a file to download (nothing leaves the page: the file is made here).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), super::notice::Notice> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let fail = |_| super::notice::Notice::FileNotMade;
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

/// Copies `text` to the clipboard; `done` then says whether the browser allowed it.
pub fn copy(text: String, done: RwSignal<Option<bool>>) {
    #[cfg(target_arch = "wasm32")]
    {
        let promise = window().navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            done.set(Some(ok));
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        done.set(Some(true));
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
        // Where print media is set without those events (a browser's print preview, or a
        // test emulating it), the media query says so.
        let media = window().match_media("print").ok().flatten();
        let change = media.as_ref().map(|m| {
            use wasm_bindgen::JsCast;
            let query = m.clone();
            let f = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                printing.try_set(query.matches());
            });
            m.set_onchange(Some(f.as_ref().unchecked_ref()));
            f
        });
        // Browser objects live on the page's one thread; the cleanup only runs there.
        let kept = send_wrapper::SendWrapper::new((media, change));
        on_cleanup(move || {
            before.remove();
            after.remove();
            let (media, change) = kept.take();
            if let Some(m) = media {
                m.set_onchange(None);
            }
            drop(change);
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = printing;
}

/// Fetches the English file next to the page (its service worker keeps it for offline use)
/// and takes it in. Natively the English is built in.
pub async fn load_english() -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        use wasm_bindgen_futures::JsFuture;
        if crate::i18n::english_ready() {
            return Ok(());
        }
        let unreachable = |_| "no network?".to_string();
        let response: web_sys::Response =
            JsFuture::from(window().fetch_with_str(crate::i18n::ENGLISH_FILE))
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
        crate::i18n::install_english(text)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        crate::i18n::install_bundled_english();
        Ok(())
    }
}

/// Runs `task` with the element `id` marked busy meanwhile (`aria-busy`, which the style sheet
/// shows as « (chargement…) »); a second call while one runs does nothing.
pub fn while_busy(id: &'static str, task: impl std::future::Future<Output = ()> + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let element = document().get_element_by_id(id);
        if element
            .as_ref()
            .is_some_and(|e| e.has_attribute("aria-busy"))
        {
            return;
        }
        element
            .as_ref()
            .map(|e| e.set_attribute("aria-busy", "true"));
        leptos::task::spawn_local(async move {
            task.await;
            element.map(|e| e.remove_attribute("aria-busy"));
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (id, task);
}

/// The page's language and title, for the browser and screen readers.
pub fn name_page(lang: &str, title: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let d = document();
        if let Some(html) = d.document_element() {
            html.set_attribute("lang", lang).ok();
        }
        d.set_title(title);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, title);
}

/// Why a chosen file gave no text.
pub enum FileProblem {
    TooBig,
    Unreadable,
}

/// Reads the file chosen in the file input of `ev` as text, at most `max_bytes`, then empties
/// the input (choosing the same file again reads it again).
pub fn read_chosen_file(
    ev: &leptos::ev::Event,
    max_bytes: usize,
    done: impl FnOnce(Result<String, FileProblem>) + 'static,
) {
    #[cfg(target_arch = "wasm32")]
    {
        let input = event_target::<web_sys::HtmlInputElement>(ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > max_bytes as f64 {
            return done(Err(FileProblem::TooBig));
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            done(text.ok_or(FileProblem::Unreadable));
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (ev, max_bytes, done);
}

/// Runs `task` in the browser's event loop: also before the app has started (Leptos' own
/// `spawn_local` needs its executor, which mounting the app sets up).
pub fn spawn(task: impl std::future::Future<Output = ()> + 'static) {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(task);
    #[cfg(not(target_arch = "wasm32"))]
    drop(task);
}
