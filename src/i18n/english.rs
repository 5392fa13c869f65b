//! The English file: build.rs gathers every English text into `english-<hash>.txt`, which the
//! page fetches when a person asks for English (natively, the copy built in). Its table, and the
//! lookup of a French text's English.

use std::sync::OnceLock;

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

/// Takes the English file's contents (fetched by `ui::browser::load_english`). Kept for the page's life:
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

/// What the page says when the English file cannot be loaded, in both languages (the person
/// asked for English; the page stays French).
pub fn english_unavailable() -> &'static str {
    "La version anglaise n'a pas pu être chargée : vérifiez votre connexion, puis réessayez. \
     La page reste en français. — The English version could not be loaded: check your \
     connection, then try again. The page stays in French."
}

#[cfg(test)]
mod tests {
    use super::*;

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
