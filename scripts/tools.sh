# Installs what Parcours needs, each at a pinned version, only when missing.
# Sourced by scripts/run.sh and scripts/test.sh; safe to run again and again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# cargo install builds tools with their own release profile (Trunk's asks for fat LTO and one
# codegen unit: about 20 minutes on 2 cores). These tools only drive builds, so a lighter
# profile is enough and cuts the first install to a fraction of that.
light_install() {
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
    cargo install "$@"
}

need_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "wasm32-unknown-unknown: present"
  else
    say "Adding the Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

need_trunk() {
  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
    echo "trunk $TRUNK_VERSION: present"
  else
    say "Installing trunk $TRUNK_VERSION (cargo install, several minutes the first time)"
    light_install trunk --version "$TRUNK_VERSION" --locked
  fi
}

need_wasm_bindgen() {
  if [ -z "$WASM_BINDGEN_VERSION" ]; then
    echo "Cargo.lock does not name wasm-bindgen: run 'cargo generate-lockfile' first" >&2
    return 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] &&
    command -v wasm-bindgen-test-runner >/dev/null; then
    echo "wasm-bindgen $WASM_BINDGEN_VERSION: present"
  else
    say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
    # Not --locked: the registry lacks one of its locked dependency versions.
    light_install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

# Stamp-checked npm install: reinstalls only when the lockfile changed.
npm_ci() {
  local dir="$1" what="$2" stamp
  stamp="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$dir/node_modules/.parcours-stamp" ] && [ "$(cat "$dir/node_modules/.parcours-stamp")" = "$stamp" ]; then
    echo "$what: present"
  else
    say "Installing $what from $dir/package-lock.json"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
    echo "$stamp" >"$dir/node_modules/.parcours-stamp"
  fi
}

need_wasm_opt() {
  npm_ci "$ROOT/tools" "wasm-opt (npm binaryen@$BINARYEN_VERSION) and terser"
  wasm-opt --version | grep -q "version $BINARYEN_VERSION" || {
    echo "wasm-opt is not version $BINARYEN_VERSION" >&2
    return 1
  }
}

need_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    echo "chromium and chromedriver: present ($(chromium --version 2>/dev/null | head -n1))"
  else
    say "Installing Debian's chromium and chromium-driver"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  fi
}

need_build_tools() {
  need_wasm_target
  need_wasm_opt
  need_wasm_bindgen
  need_trunk
}
