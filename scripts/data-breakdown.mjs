// What the wasm's data segment holds: the catalog's texts (its facts' notes, names, sources'
// addresses), the interface's French words, and the rest (tables, field names, messages of
// the libraries). Each text is looked for in the module as the bytes the program reads; a
// text found twice is counted once, a text the optimiser dropped not at all.
// usage: node scripts/data-breakdown.mjs MODULE.wasm OUT_DIR   (the build's OUT_DIR: catalog.rs, english.txt)
import { readFileSync } from 'node:fs';

const [wasmPath, out] = process.argv.slice(2);
const wasm = readFileSync(wasmPath);
// The data section (id 11): its size, read from the module's section headers.
const leb = (at) => {
  let n = 0, shift = 0, b;
  do { b = wasm[at++]; n += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [n, at];
};
let at = 8, dataBytes = 0;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = leb(at + 1);
  if (id === 11) dataBytes += size;
  at = body + size;
}
// Rust string literals as databake writes them: "…" with \" \\ \n \u{…} escapes.
const unescape = (s) => s.replace(/\\u\{([0-9a-f]+)\}/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/\\(["\\'])/g, '$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
const catalog = new Set();
for (const m of readFileSync(`${out}/catalog.rs`, 'utf8').matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
  const s = unescape(m[1]);
  if (s.length > 2) catalog.add(s);
}
// english.txt: French \x1f English \x1e, for the catalog's texts and the interface's words.
const words = new Set();
for (const entry of readFileSync(`${out}/english.txt`, 'utf8').split('\x1e')) {
  const fr = entry.split('\x1f')[0];
  if (fr.length > 2 && !catalog.has(fr)) words.add(fr);
}
const found = (set) => {
  let n = 0, count = 0;
  for (const s of set) {
    if (wasm.indexOf(Buffer.from(s, 'utf8')) >= 0) { n += Buffer.byteLength(s); count += 1; }
  }
  return [n, count];
};
const [cat, catN] = found(catalog);
const [fr, frN] = found(words);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`data section: ${kb(dataBytes)}`);
console.log(`  the catalog's texts (${catN} of ${catalog.size}): ${kb(cat)}`);
console.log(`  the interface's French words (${frN} of ${words.size}): ${kb(fr)}`);
console.log(`  the rest (tables, names, the libraries' messages): ${kb(dataBytes - cat - fr)}`);
