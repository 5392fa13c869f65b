// Trunk's post-build hook (Trunk.toml). For every build: the English file, which the page
// fetches when a person asks for English (`cargo run --example english`). For release builds:
//   0. the app's first screen, drawn natively (`cargo run --example prerender`), written into
//      index.html so that a slow connection shows the questions and routes while the app loads;
//   1. the JavaScript glue wasm-bindgen writes, minified (terser, from tools/package.json), and
//      its integrity hash in index.html updated to match;
//   2. the Content-Security-Policy, with the hash of the loader script Trunk writes inline;
//   3. the service worker, listing this build's files under a version made of their contents
//      (all but the English file: it is kept when first fetched);
//   4. pre-compressed copies of every file (.br, brotli 11; .gz, gzip 9) for static hosts.
// Besides terser, it uses Node's own zlib and crypto.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('finish-dist: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const root = new URL('..', import.meta.url).pathname;

// The English file, for every build (`trunk serve` too): the page fetches it when a person
// asks for English. Written by the app's own code (`cargo run --example english`), and checked
// against the name the wasm asks for.
let english;
try {
  english = execFileSync('cargo', ['run', '--quiet', '--example', 'english', '--', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
} catch (e) {
  console.error(`finish-dist: writing the English file failed\n${e.stderr || e.message}`);
  process.exit(1);
}
const wasmFile = readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
if (!/^english-[0-9a-f]{16}\.txt$/.test(english) || !wasmFile || !readFileSync(join(dir, wasmFile)).includes(english)) {
  console.error(`finish-dist: the wasm does not ask for the English file written (${english})`);
  process.exit(1);
}

// Its name, in the page's small script that fetches it early for a person who chose English.
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
if (!html.includes('__ENGLISH_FILE__')) {
  console.error('finish-dist: index.html has no __ENGLISH_FILE__ placeholder');
  process.exit(1);
}
html = html.replace('__ENGLISH_FILE__', english);
writeFileSync(indexPath, html);

if (process.env.TRUNK_PROFILE !== 'release') {
  console.log(`finish-dist: debug build, ${english} written`);
  process.exit(0);
}

// 0. The first screen, drawn by the app's own view code (natively, with no answer given).
// Drawn outside a browser, the view says (in debug builds) that it reads signals untracked:
// that output is shown only if drawing fails.
let first;
try {
  first = execFileSync('cargo', ['run', '--quiet', '--example', 'prerender'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (e) {
  console.error(`finish-dist: drawing the first screen failed\n${e.stderr || e.message}`);
  process.exit(1);
}
const drawn = /<!-- premier-ecran[^>]*-->[\s\S]*<!-- \/premier-ecran -->/;
if (!drawn.test(html) || !first.includes('id="parcours-affiche"')) {
  console.error('finish-dist: no first screen to write (placeholder or drawing missing)');
  process.exit(1);
}
html = html.replace(drawn, () => first);

// 1. The JavaScript glue, minified: about 41 KB to 19 KB, 6.5 KB to 4.9 KB with brotli. Trunk's
// own minifier (--minify) fails on wasm-bindgen's output. The file keeps its name (its hash
// still changes with its contents); the integrity Trunk wrote for it is computed again.
const { minify } = await import(join(root, 'tools', 'node_modules', 'terser', 'main.js'));
const glue = readdirSync(dir).filter((f) => /^parcours-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) {
  console.error(`finish-dist: expected one JavaScript glue file, found ${glue.length}`);
  process.exit(1);
}
const gluePath = join(dir, glue[0]);
const small = await minify(readFileSync(gluePath, 'utf8'), {
  module: true,
  ecma: 2020,
  compress: true,
  mangle: true,
});
writeFileSync(gluePath, small.code);
const integrity = `sha384-${createHash('sha384').update(small.code, 'utf8').digest('base64')}`;
const preload = new RegExp(`(href="\\./${glue[0].replace('.', '\\.')}"[^>]*integrity=")[^"]*(")`);
if (!preload.test(html)) {
  console.error(`finish-dist: no integrity attribute for ${glue[0]} in index.html`);
  process.exit(1);
}
html = html.replace(preload, (_, before, after) => `${before}${integrity}${after}`);

// 2. CSP: only this origin; scripts from it, WebAssembly, and the loader by its hash.
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
);
// The style sheet is written into the page (one round trip less before the first paint): it is
// allowed by its hash, and nothing else inline is.
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  `style-src 'self' ${styles.join(' ')}`.trim(),
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
if (!html.includes('<!-- csp -->')) {
  console.error('finish-dist: index.html has no <!-- csp --> placeholder');
  process.exit(1);
}
html = html.replace('<!-- csp -->', `<meta http-equiv="Content-Security-Policy" content="${csp}" />`);
writeFileSync(indexPath, html);

// 3. The service worker: this build's files, cached under a version made of their contents.
const files = readdirSync(dir)
  .filter((f) => !/\.(br|gz)$/.test(f) && f !== 'sw.js' && statSync(join(dir, f)).isFile())
  .sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
// Every file but the English one, which is kept only once a person has asked for it.
const precached = files.filter((f) => f !== 'index.html' && f !== english);
const sw = readFileSync(join(root, 'web', 'sw.js'), 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace("['__FILES__']", JSON.stringify(['./', ...precached.map((f) => `./${f}`)]));
writeFileSync(join(dir, 'sw.js'), sw);

// 4. Pre-compressed copies.
for (const f of readdirSync(dir).filter((f) => !/\.(br|gz)$/.test(f))) {
  const body = readFileSync(join(dir, f));
  writeFileSync(
    join(dir, `${f}.br`),
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  );
  writeFileSync(join(dir, `${f}.gz`), gzipSync(body, { level: 9 }));
}
console.log(`finish-dist: CSP with ${hashes.length} script and ${styles.length} style hash(es), sw.js precaching ${precached.length + 1} files, .br and .gz written`);
