#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer, through cargo-fuzz) of what Parcours reads from outside:
# the share-link decoder, the stored plans and their migrations, the plan-file import and the
# profile check. Not part of `make test`: a run takes minutes per target.
#
# usage: scripts/fuzz.sh [SECONDS]   (per target; default 600)
#        FUZZ_JOBS=2 scripts/fuzz.sh  (two targets at a time, one per core)
#
# It installs cargo-fuzz (pinned) under tools/cargo-fuzz, uses the nightly toolchain the machine
# image has (libFuzzer's instrumentation needs it; none can be downloaded here), seeds each
# corpus with the cases the tests hold (examples/fuzz_seeds.rs), runs each target, minimises its
# corpus (kept in fuzz/corpus/, committed), and prints each target's executions and coverage
# (libFuzzer's `cov` and `ft`). A crash stops the script with its input in fuzz/artifacts/: make
# it a regression test. Safe to run again: the corpus grows from where it was.
source "$(dirname "$0")/tools.sh"
cd "$ROOT"

SECONDS_PER_TARGET="${1:-600}"
JOBS="${FUZZ_JOBS:-1}"
CARGO_FUZZ_VERSION="0.13.1"
TARGETS=(share_link stored_plans plan_file profile_check)
FUZZ_TOOLS="$ROOT/tools/cargo-fuzz"
export PATH="$FUZZ_TOOLS/bin:$PATH"

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "scripts/fuzz.sh needs a nightly Rust toolchain (libFuzzer's instrumentation); none is installed." >&2
  exit 1
fi
if cargo-fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
  echo "cargo-fuzz $CARGO_FUZZ_VERSION: present"
else
  say "Installing cargo-fuzz $CARGO_FUZZ_VERSION (tools/cargo-fuzz)"
  light_install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked --root "$FUZZ_TOOLS"
fi

say "Seeding the corpora with the cases the tests hold"
SEEDS="$ROOT/target/fuzz-seeds"
rm -rf "$SEEDS"
cargo run --quiet --example fuzz_seeds -- "$SEEDS"
for t in "${TARGETS[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  cp -n "$SEEDS/$t/"* "fuzz/corpus/$t/" 2>/dev/null || true
done

say "Building the fuzz targets (nightly, release, with coverage instrumentation)"
(cd fuzz && cargo +nightly fuzz build)

LOGS="$ROOT/target/fuzz-logs"
mkdir -p "$LOGS"
run_one() {
  local t="$1"
  echo "fuzzing $t for ${SECONDS_PER_TARGET} s…"
  (cd fuzz && cargo +nightly fuzz run "$t" "corpus/$t" -- \
    -max_total_time="$SECONDS_PER_TARGET" -print_final_stats=1 -max_len=8192) >"$LOGS/$t.log" 2>&1
}
failed=()
running=0
for t in "${TARGETS[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true

say "Results"
printf '%-15s %12s %8s %8s %10s %s\n' target executions cov ft corpus found
for t in "${TARGETS[@]}"; do
  log="$LOGS/$t.log"
  execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
  last="$(grep -E '^#[0-9]+' "$log" | tail -1)"
  cov="$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*$')"
  ft="$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*$')"
  found="nothing"
  if ls "fuzz/artifacts/$t/"crash-* >/dev/null 2>&1; then
    found="CRASH: $(ls fuzz/artifacts/"$t"/crash-* | head -1)"
    failed+=("$t")
  fi
  # The corpus, minimised: only the inputs that reach new coverage stay in the repository.
  (cd fuzz && cargo +nightly fuzz cmin "$t" "corpus/$t" >"$LOGS/$t.cmin.log" 2>&1) || true
  printf '%-15s %12s %8s %8s %10s %s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$(ls "fuzz/corpus/$t" | wc -l)" "$found"
done
echo "Logs: $LOGS. Record the figures in docs/fuzzing.md."
if [ "${#failed[@]}" -gt 0 ]; then
  echo "Crashes in: ${failed[*]} (inputs in fuzz/artifacts/): make each a regression test." >&2
  exit 1
fi
