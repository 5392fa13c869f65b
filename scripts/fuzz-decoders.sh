#!/usr/bin/env bash
# A long property run of the decoders of outside input (share links, stored values):
# arbitrary text, a million cases each by default (the stored-plans and file property tries
# arbitrary text, arbitrary bytes and real values cut anywhere, under every key, each case). Not part of `make test` (it takes minutes).
# usage: scripts/fuzz-decoders.sh [CASES]
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-1000000}"
echo "==> $cases cases per decoder property (release build)"
PROPTEST_CASES="$cases" cargo test --release --test properties -- \
  any_text_as_a_link_is_an_error_or_a_valid_profile \
  any_text_as_a_profile_is_an_error_or_a_plan_never_a_panic \
  any_stored_value_or_file_opens_never_a_panic
