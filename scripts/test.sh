#!/usr/bin/env bash
# Runs every test: native (planner, catalog, codecs), components in headless Chromium
# (wasm-bindgen-test), and end to end with Playwright and axe-core against the release build.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
started=$SECONDS
say "Checking the tools"
need_build_tools
need_chromium
npm_ci "$ROOT/tests/e2e" "Playwright and axe-core"

say "Formatting and lints (native and wasm32)"
cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings

say "1/3 Native tests (catalog, planner, codecs)"
cargo test

say "2/3 Component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown --test web

say "3/3 End-to-end tests: release build, Playwright in Debian's Chromium, axe-core"
# A fresh release build: 'trunk serve' leaves its live-reload script in dist/.
trunk build --release
(cd tests/e2e && npx playwright test)

say "All tests passed in $((SECONDS - started)) s"
