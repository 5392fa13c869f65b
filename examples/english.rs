//! Writes the English file (`english-<hash>.txt`, see `parcours::i18n`) into the directory
//! given, next to the page: scripts/finish-dist.mjs runs it for every build. Prints its name.
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let path = std::path::Path::new(&dir).join(parcours::i18n::ENGLISH_FILE);
    if let Err(e) = std::fs::write(&path, parcours::i18n::bundled_english()) {
        eprintln!("{}: {e}", path.display());
        std::process::exit(1);
    }
    println!("{}", parcours::i18n::ENGLISH_FILE);
}
