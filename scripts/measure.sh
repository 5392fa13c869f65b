#!/usr/bin/env bash
# Measures the performance budgets, outside the test command (it passes or fails nothing):
# transfer sizes per file (raw, gzip, brotli), the first load as Chromium receives it, the time
# to the first route and to re-plan after an answer (Slow 4G, 4x CPU slowdown, median of
# runs), and the planner's native benchmark.
# usage: scripts/measure.sh [RUNS]   (default 7)
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
say "Checking the tools"
need_build_tools
need_chromium
npm_ci "$ROOT/tests/e2e" "Playwright and axe-core"
say "Release build"
trunk build --release
say "Sizes, load and interaction in Chromium"
NODE_PATH="$ROOT/tests/e2e/node_modules" node scripts/measure.mjs dist "${1:-7}"
say "Planner benchmark (native, cargo bench)"
cargo bench --bench plan 2>/dev/null | tail -n +1
