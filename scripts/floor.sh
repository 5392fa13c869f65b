#!/usr/bin/env bash
# The first load's floor: a bare Leptos page with the libraries Parcours uses, each doing one
# small thing (scripts/floor/), built as Parcours is (same versions, profile, wasm-bindgen,
# wasm-opt -Oz), and its files' sizes in brotli -q 11. scripts/measure.sh ends with it.
# usage: scripts/floor.sh
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
need_build_tools
say "The floor: a bare Leptos page with Parcours' libraries (scripts/floor)"
# Parcours' lock file: the same versions as the app (cargo keeps only what the page uses).
cp Cargo.lock scripts/floor/Cargo.lock
(cd scripts/floor && CARGO_TARGET_DIR="$ROOT/target/floor" trunk build --release --dist "$ROOT/target/floor-dist")
node -e '
const fs = require("fs"), z = require("zlib"), dir = process.argv[1];
let total = 0;
for (const f of fs.readdirSync(dir).sort()) {
  const b = fs.readFileSync(`${dir}/${f}`);
  const br = z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += br;
  console.log(`  ${f.padEnd(20)} ${String(b.length).padStart(8)} B raw ${String(br).padStart(8)} B brotli`);
}
console.log(`  first load of the floor: ${(total / 1024).toFixed(1)} KB brotli (measure.mjs counts KB of 1,024 bytes)`);
' "$ROOT/target/floor-dist"
