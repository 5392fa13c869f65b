//! « Partager ou imprimer »: the plan's link (readable, to copy), its QR code and printing.

use super::browser::{copy, print};
use super::page::page;
use crate::{tr, words};
use leptos::prelude::*;

/// The QR code of a link: byte mode, error correction level M (15 % of the code may be
/// damaged), the smallest version that holds it; `None` beyond version 40 (2,331 bytes).
pub fn qr_code(data: &[u8]) -> Option<qrcodegen::QrCode> {
    use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
    // Level M exactly, not raised when the version has room to spare: what tests/qr.rs reads.
    QrCode::encode_segments_advanced(
        &[QrSegment::make_bytes(data)],
        QrCodeEcc::Medium,
        Version::MIN,
        Version::MAX,
        None,
        false,
    )
    .ok()
}

/// The QR code of `text` as one SVG path, one square per dark module, with its quiet zone.
/// `None` if the text is too long for a QR code.
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    let code = qr_code(text.as_bytes())?;
    let width = code.size();
    let mut d = String::new();
    for y in 0..width {
        for x in 0..width {
            if code.get_module(x, y) {
                d.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((usize::try_from(width).unwrap_or(0) + 8, d))
}

/// The plan's QR code, drawn from the link (no image file, no `inner_html`).
pub fn qr_view(url: &str) -> impl IntoView {
    qr_path(url).map(|(size, d)| {
        view! {
            <svg class="qr" role="img" aria-label=words!("QR code du lien de ce plan", "QR code of this plan's link") viewBox=format!("0 0 {size} {size}") width="160" height="160"
                xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff"></rect>
                <path d=d fill="#000"></path>
            </svg>
        }
    })
}

#[component]
pub fn Share(printing: RwSignal<bool>) -> impl IntoView {
    // Whether the last copy was allowed; nothing to say before one, or once the link changes.
    let copied = RwSignal::new(None::<bool>);
    let qr_open = RwSignal::new(false);
    let link = page().link;
    Effect::new(move |_| {
        link.track();
        copied.set(None);
    });
    let select_all =
        |ev: leptos::ev::FocusEvent| event_target::<web_sys::HtmlInputElement>(&ev).select();
    view! {
        <section aria-labelledby="titre-partage" class="ecran">
            <h2 id="titre-partage">{words!("Partager ou imprimer ce plan", "Share or print this plan")}</h2>
            <p class="aide">
                {words!(
                    "Le lien contient vos réponses (dont votre solde CPF et vos devis, si vous les avez donnés), vos choix, le parcours que vous suivez et où vous en êtes, mais pas le nom du plan : la personne qui l'ouvre voit les mêmes parcours, sans rien toucher à ses propres plans. Ne le transmettez qu'à qui vous aide.",
                    "The link holds your answers (your CPF balance and quotes included, if you gave them), your choices, the route you follow and where you are in it, but not the plan's name: whoever opens it sees the same routes, without touching their own plans. Only pass it on to whoever helps you."
                )}
            </p>
            <p class="champ">
                <label for="lien-partage">{words!("Lien de ce plan", "Link to this plan")}</label>
                <input type="text" id="lien-partage" readonly=true prop:value=move || link.get()
                    on:focus=select_all />
            </p>
            <p class="boutons">
                <button type="button" on:click=move |_| copy(link.get_untracked(), copied)>{words!("Copier le lien", "Copy the link")}</button>
                <button type="button" class="secondaire" on:click=move |_| print(printing)>{words!("Imprimer ce plan", "Print this plan")}</button>
            </p>
            <p role="status" class="aide">{move || copied.get().map(|ok| if ok {
                tr!("Lien copié. Collez-le dans un courriel ou un message.", "Link copied. Paste it into an email or a message.")
            } else {
                tr!("La copie automatique n'est pas permise ici : sélectionnez le lien ci-dessus et copiez-le.", "Copying is not allowed here: select the link above and copy it.")
            })}</p>
            // Drawn when asked for: encoding a QR code at every answer would slow re-planning.
            <details class="qr-code" on:toggle=move |ev| qr_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{words!("Afficher le QR code du lien", "Show the link's QR code")}</summary>
                {move || qr_open.get().then(|| qr_view(&link.get()))}
                <p class="aide">{words!("Ce QR code ouvre le même lien sur un téléphone.", "This QR code opens the same link on a phone.")}</p>
            </details>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::qr_path;

    #[test]
    fn a_link_becomes_a_qr_code_with_its_quiet_zone() {
        let url = "https://example.org/parcours/?v=1&blocs=remn-ccp1&situation=salarie&employeur=collectivite&age=41";
        let (size, d) = qr_path(url).unwrap();
        // A link of this length needs a version 5 or 6 code (37 or 41 modules) plus 2 × 4.
        assert!((45..=49).contains(&size), "{size}");
        // The three finder patterns' corners are dark: top-left module at (4, 4).
        assert!(d.starts_with("M4 4h1v1h-1z"), "{}", &d[..20]);
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }
}
