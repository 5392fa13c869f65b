//! Prints the first screen as HTML (see `parcours::ui::prerender`), for the release build.
fn main() {
    print!("{}", parcours::ui::prerender::first_screen());
}
