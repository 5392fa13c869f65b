//! Prints the first screen as HTML (see `parcours::ui::prerender`), for the release build.
fn main() {
    match parcours::ui::prerender::first_screen() {
        Ok(html) => print!("{html}"),
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::exit(1);
        }
    }
}
