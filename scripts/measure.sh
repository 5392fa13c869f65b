#!/usr/bin/env bash
# Measures the performance budgets, outside the test command (it passes or fails nothing):
# transfer sizes per file (raw, gzip, brotli), the first load as Chromium receives it, the time
# to the first route and to re-plan after an answer (Slow 4G, 4x CPU slowdown, median of
# runs), the page's height and element count in a few situations, Lighthouse's mobile preset
# (median of 3 runs), and the planner's native benchmark.
# It ends with where the wasm's bytes go (twiggy) and the first load's floor (scripts/floor.sh).
# usage: scripts/measure.sh [--baseline REV] [RUNS]   (RUNS: default 7)
#   --baseline REV  also builds REV (a commit, a tag, HEAD~3…) in a separate worktree with its
#                   own target directory, and measures both builds alternately, run by run, so
#                   that the machine's noise falls on both; each figure comes with their ratio.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
baseline=""
runs=7
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) baseline="${2:?--baseline needs a revision}"; shift 2 ;;
    *) runs="$1"; shift ;;
  esac
done
say "Checking the tools"
need_build_tools
TWIGGY_VERSION="0.7.0"
if "$ROOT/tools/twiggy/bin/twiggy" --version 2>/dev/null | grep -q "$TWIGGY_VERSION"; then
  echo "twiggy $TWIGGY_VERSION: present"
else
  say "Installing twiggy $TWIGGY_VERSION (tools/twiggy, for measuring only)"
  light_install twiggy --version "$TWIGGY_VERSION" --locked --root "$ROOT/tools/twiggy"
fi
need_chromium
npm_ci "$ROOT/tests/e2e" "Playwright and axe-core"
npm_ci "$ROOT/tools/measure" "Lighthouse (measuring only)"
say "Release build"
trunk build --release
base_dist=""
if [ -n "$baseline" ]; then
  rev="$(git rev-parse --verify "$baseline^{commit}")"
  # Outside this workspace: cargo refuses a package inside a workspace that does not list it
  # (every revision from before the catalog became a workspace crate).
  tree="${PARCOURS_BASELINE_TREE:-${TMPDIR:-/tmp}/parcours-baseline/tree}"
  say "Baseline: building $baseline (${rev:0:10}) in $tree"
  # One worktree, moved to the revision asked for; its own target directory, since two
  # checkouts sharing one confuse cargo.
  if [ ! -e "$tree/.git" ]; then
    git worktree prune
    mkdir -p "$(dirname "$tree")"
    git worktree add --detach "$tree" "$rev"
  else
    git -C "$tree" checkout --quiet --detach "$rev"
  fi
  # The build's own node tools (the dist's finishing script) are this checkout's.
  [ -e "$tree/tools/node_modules" ] || ln -s "$ROOT/tools/node_modules" "$tree/tools/node_modules"
  (cd "$tree" && CARGO_TARGET_DIR="$ROOT/target/baseline/target" trunk build --release --dist "$ROOT/target/baseline/dist")
  base_dist="$ROOT/target/baseline/dist"
fi
say "Sizes, load, interaction and the page's shape in Chromium${baseline:+ (this build and $baseline, alternately)}"
NODE_PATH="$ROOT/tests/e2e/node_modules" node scripts/measure.mjs dist "$runs" $base_dist
say "Lighthouse, mobile preset, in Debian's Chromium${baseline:+ (this build and $baseline, alternately)}"
CHROME_PATH="${CHROMIUM:-/usr/bin/chromium}" node scripts/lighthouse.mjs dist 3 $base_dist
say "Planner benchmark (native, cargo bench)"
cargo bench --bench plan
say "Where the wasm's bytes go (twiggy $TWIGGY_VERSION, by crate and part of Parcours)"
# The release module Trunk built, through wasm-bindgen with its names kept. twiggy cannot read
# wasm-opt's output (it panics on it), so this is the module before wasm-opt: the shares hold,
# the total is before the last shrinking.
mkdir -p target/breakdown
wasm-bindgen --keep-debug --target web --out-dir target/breakdown target/wasm32-unknown-unknown/release/parcours.wasm
PATH="$ROOT/tools/twiggy/bin:$PATH" node scripts/wasm-breakdown.mjs target/breakdown/parcours_bg.wasm
say "What the data segment holds: the catalog's texts, the French words, the rest"
# The build's own catalog and word list, from the release build that made dist/.
out_dir=$(ls -td target/wasm32-unknown-unknown/release/build/parcours-*/out | head -n 1)
node scripts/data-breakdown.mjs dist/*.wasm "$out_dir"
bash scripts/floor.sh
