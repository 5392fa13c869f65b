// Where the wasm's bytes go: the release module through wasm-bindgen with its function names
// kept (before wasm-opt, whose output twiggy 0.7 cannot read), read by twiggy, summed by crate
// and by part of Parcours, with the largest items. Raw bytes of code and data, before
// compression; the names section itself is left out (it is not shipped).
// usage: node scripts/wasm-breakdown.mjs NAMED.wasm   (scripts/measure.sh runs it; twiggy on PATH)
import { execFileSync } from 'node:child_process';

const wasm = process.argv[2];
const csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', wasm], { maxBuffer: 1 << 28 }).toString();
const lines = csv.trim().split('\n').slice(1);
// Names may hold commas: the size is the first number after the name, so read from the right.
const items = lines.map((l) => {
  const cells = l.split(',');
  return { name: cells.slice(0, cells.length - 4).join(','), size: Number(cells[cells.length - 4]) };
});
const known = ['tachys', 'reactive_graph', 'leptos_dom', 'leptos', 'serde_path_to_error', 'serde_json', 'serde_core', 'serde', 'gloo_storage', 'gloo_utils', 'qrcodegen', 'percent_encoding', 'wasm_bindgen_futures', 'wasm_bindgen', 'web_sys', 'js_sys', 'hashbrown', 'indexmap', 'any_spawner', 'send_wrapper', 'slotmap', 'itoa', 'ryu', 'memchr', 'parcours_catalog'];
const group = (name) => {
  if (name.startsWith('"function names"') || name.startsWith('custom section') || name.startsWith('"')) return null;
  if (name.startsWith('data[')) return 'data segments: texts (French words, catalog strings) and tables';
  const parts = name.match(/parcours::(catalog|plan|store|i18n|ui)/);
  if (parts) return `parcours::${parts[1]}`;
  for (const k of known) if (new RegExp(`\\b${k}::`).test(name)) return k;
  if (/\b(core|alloc|std|dlmalloc)::/.test(name)) return 'std (core, alloc)';
  return 'other (glue, tables, types, exports)';
};
const sums = new Map();
let total = 0;
for (const it of items) {
  const g = group(it.name);
  if (!g) continue;
  sums.set(g, (sums.get(g) ?? 0) + it.size);
  total += it.size;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`wasm code and data, raw (names left out): ${kb(total)}`);
for (const [g, n] of [...sums].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${g.padEnd(66)} ${kb(n).padStart(10)} ${((100 * n) / total).toFixed(1).padStart(5)} %`);
}
console.log('largest items:');
for (const it of items.filter((i) => group(i.name)).sort((a, b) => b.size - a.size).slice(0, 15)) {
  console.log(`  ${kb(it.size).padStart(9)}  ${it.name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 110)}`);
}
