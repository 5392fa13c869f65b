//! Where the person was on the page, kept for a reload of the same tab (a phone reloads a page
//! left in the background): the topic of questions shown, or the routes. Kept in the tab's
//! session storage, so another tab, or a visit days later, starts at the top.

/// Where the person was: a topic of questions (from 0), or the routes.
// Natively nothing is kept: only the tests read the codes.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Question(usize),
    Routes,
}

#[cfg(target_arch = "wasm32")]
const KEY: &str = "parcours.place";

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
impl Place {
    fn code(self) -> String {
        match self {
            Place::Question(n) => format!("question-{n}"),
            Place::Routes => "parcours".into(),
        }
    }

    /// Read back from its code; anything else (another version's, hand-edited) is no place.
    pub fn from_code(code: &str) -> Option<Place> {
        match code {
            "parcours" => Some(Place::Routes),
            _ => code
                .strip_prefix("question-")?
                .parse()
                .ok()
                .map(Place::Question),
        }
    }
}

/// Where this tab was before a reload, if anywhere.
pub fn kept() -> Option<Place> {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo_storage::Storage;
        let code = gloo_storage::SessionStorage::raw().get_item(KEY).ok()??;
        Place::from_code(&code)
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Keeps `topic` (the topic of questions shown) as the place, or the routes when the person has
/// scrolled down to them. Where storage refuses, a reload starts at the top.
pub fn keep(topic: usize) {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo_storage::Storage;
        let routes = leptos::prelude::document()
            .get_element_by_id("parcours")
            .is_some_and(|s| {
                let height = leptos::prelude::window()
                    .inner_height()
                    .ok()
                    .and_then(|h| h.as_f64())
                    .unwrap_or(0.0);
                s.get_bounding_client_rect().top() < height / 2.0
            });
        let place = if routes {
            Place::Routes
        } else {
            Place::Question(topic)
        };
        gloo_storage::SessionStorage::raw()
            .set_item(KEY, &place.code())
            .ok();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = topic;
}

#[cfg(test)]
mod tests {
    use super::Place;

    #[test]
    fn a_place_reads_back_from_its_code_and_nothing_else_does() {
        for p in [Place::Question(0), Place::Question(4), Place::Routes] {
            assert_eq!(Place::from_code(&p.code()), Some(p));
        }
        for code in [
            "",
            "question-",
            "question--1",
            "question-x",
            "routes",
            "Parcours",
        ] {
            assert_eq!(Place::from_code(code), None, "{code}");
        }
    }
}
