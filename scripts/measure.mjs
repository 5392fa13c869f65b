// Sizes, load and interaction timings of the release build (see scripts/measure.sh).
// usage: NODE_PATH=tests/e2e/node_modules node scripts/measure.mjs DIST RUNS
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const require = createRequire(import.meta.url);
const { chromium } = require('@playwright/test');
const dist = process.argv[2] || 'dist';
const runs = Number(process.argv[3] || 7);
const root = new URL('..', import.meta.url).pathname;
const PORT = 8097;
const BUDGET = 100 * 1024;

const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

// 1. Sizes per file.
console.log(`${pad('file', 40)} ${num('raw', 9)} ${num('gzip', 9)} ${num('brotli', 9)}`);
const total = [0, 0, 0];
for (const f of readdirSync(dist).filter((f) => !/\.(br|gz)$/.test(f)).sort()) {
  const body = readFileSync(join(dist, f));
  if (!statSync(join(dist, f)).isFile()) continue;
  // What the release ships: its own .gz and .br copies (scripts/finish-dist.mjs writes them).
  const shipped = (ext, make) => (existsSync(join(dist, f + ext)) ? statSync(join(dist, f + ext)).size : make().length);
  const sizes = [
    body.length,
    shipped('.gz', () => gzipSync(body, { level: 9 })),
    shipped('.br', () => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  ];
  sizes.forEach((s, i) => (total[i] += s));
  console.log(`${pad(f, 40)} ${num(sizes[0], 9)} ${num(sizes[1], 9)} ${num(sizes[2], 9)}`);
}
console.log(`${pad('all files', 40)} ${num(total[0], 9)} ${num(total[1], 9)} ${num(total[2], 9)}\n`);

// 2. The page in Chromium, served with its .br files, throttled like an old phone on Slow 4G.
const server = spawn(process.execPath, [join(root, 'tests/e2e/serve.js'), dist, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});

async function throttled() {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

// Waits, without touching the page, until `expression` (evaluated in the page) gives a value.
// Playwright's own waits (waitForSelector, waitForFunction) first evaluate its selector engine in
// the page, a script that takes 100 to 150 ms of the page's main thread at 4x CPU, in the middle
// of the load: work a person's browser would not do (seen in traces, ninth session). A plain
// DevTools evaluation of a short expression costs well under a millisecond.
async function until(cdp, expression, timeout = 60_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    try {
      const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
      if (result.value !== null && result.value !== undefined && result.value !== false) return result.value;
    } catch {
      // The page is between two documents: ask again.
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${expression}`);
}
// The app itself running (the first screen drawn at build time replaced by the live one), as
// the page's clock reads it.
const RUNNING = `!document.getElementById('avant-chargement') && document.querySelector('ol.parcours > li') && performance.now()`;

const loads = [];
const ready = [];
let transferred = 0;
let requests = [];
// What the last run's first load transferred, request by request.
let fetched = [];
for (let i = 0; i < runs; i++) {
  const { context, page, cdp } = await throttled();
  // When the first route was drawn: the end of the first frame that laid it out (a task queued
  // from a frame's animation callback runs once that frame is rendered), or the first paint if
  // that came later. The first screen drawn at build time holds the route, but the first paint
  // usually comes before the parser has reached it.
  await page.addInitScript(() => {
    const look = () => {
      const route = document.querySelector('ol.parcours > li');
      if (!route || !route.getClientRects().length) return requestAnimationFrame(look);
      setTimeout(() => (window.__routeDrawn = performance.now()));
    };
    requestAnimationFrame(look);
  });
  const sizes = new Map();
  const urls = new Map();
  // Images the browser draws itself (the date field's calendar icon, a data: URL) are no request.
  cdp.on('Network.requestWillBeSent', (e) => !e.request.url.startsWith('data:') && urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => urls.has(e.requestId) && sizes.set(e.requestId, e.encodedDataLength));
  cdp.on('Network.loadingFailed', (e) => urls.has(e.requestId) && sizes.set(e.requestId, 0));
  // From the first byte: the first screen can show long before the page's 'load' event.
  await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'commit' });
  loads.push(await until(cdp, `(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return window.__routeDrawn && fcp && Math.max(window.__routeDrawn, fcp.startTime);
  })()`));
  ready.push(await until(cdp, RUNNING));
  await page.waitForLoadState('networkidle');
  // The page's icon is asked for late, sometimes after the network went quiet: wait for it
  // (and for anything still on its way), so that every run counts the same requests.
  const settled = Date.now() + 5_000;
  const icon = () => [...urls.values()].some((u) => u.endsWith('/icon.svg'));
  while (Date.now() < settled && (!icon() || [...urls.keys()].some((id) => !sizes.has(id)))) {
    await new Promise((r) => setTimeout(r, 50));
  }
  transferred = [...sizes.values()].reduce((a, b) => a + b, 0);
  requests = sizes.size;
  fetched = [...sizes].map(([id, bytes]) => [new URL(urls.get(id) ?? 'unknown:').pathname, bytes]);
  await context.close();
}

// 2b. A returning reader who chose English: the app runs once its English file is there too
// (fetched only by them, beside the wasm).
const readyEnglish = [];
for (let i = 0; i < runs; i++) {
  const { context, page, cdp } = await throttled();
  await page.addInitScript(() => localStorage.setItem('parcours.langue', 'en'));
  await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'commit' });
  readyEnglish.push(await until(cdp, `document.documentElement.lang === 'en' && ${RUNNING}`));
  await context.close();
}

// 3. Re-planning: an answer changes, the plan is recomputed, the page updated, and the browser
// draws it. Each answer is timed from its click to the last frame the browser paints for it:
// after the app's own work come style, layout and paint, and sometimes further passes of them
// (they are what a person waits for, and a timer in the page would not see them). The times come
// from a Chromium trace. Answers come one at a time, 600 ms apart, so that one answer's frames
// are done before the next one.
const ANSWERS = 90;
const { context, page } = await throttled();
await page.goto(`http://127.0.0.1:${PORT}/`);
await page.waitForFunction(() => !document.getElementById('avant-chargement') && document.querySelector('ol.parcours > li'), null, { timeout: 60_000 });
await page.waitForTimeout(1000);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await page.evaluate(async (n) => {
  const boxes = ['#bloc-remn-ccp1', '#bloc-mn-ccp1', '#bloc-cmn-ccp2'].map((s) => document.querySelector(s));
  const radios = [...document.querySelectorAll('input[name=situation]')];
  for (let i = 0; i < n; i++) {
    (i % 2 ? radios[i % radios.length] : boxes[i % boxes.length]).click();
    await new Promise((r) => setTimeout(r, 600));
  }
}, ANSWERS);
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
// The page's main thread is the one that dispatched the clicks.
const clickEvents = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
const mainThread = clickEvents[0]?.tid;
const clicks = clickEvents.filter((e) => e.tid === mainThread).map((e) => e.ts).sort((a, b) => a - b);
const paints = events
  .filter((e) => e.tid === mainThread && e.ph === 'X' && (e.name === 'Paint' || e.name === 'Commit'))
  .map((e) => e.ts + e.dur);
if (clicks.length !== ANSWERS) console.warn(`the trace holds ${clicks.length} clicks for ${ANSWERS} answers`);
// Of that, the browser's own work on the page (style, layout, paint and their hand-over to the
// compositor): the page's size and how much of it the answer changes or moves decide it, not how
// fast the app's code runs. Nested events (a paint inside a paint) count once.
const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
const renders = events
  .filter((e) => e.tid === mainThread && e.ph === 'X' && RENDER.has(e.name))
  .sort((a, b) => a.ts - b.ts);
const rendering = [];
// The first frame painted after the click: when the answer first shows (not budgeted; printed
// beside the budgeted figure, which waits for the last frame).
const firstFrames = [];
const replans = clicks.flatMap((click, i) => {
  const next = clicks[i + 1] ?? Infinity;
  const mine = paints.filter((t) => t > click && t < next);
  if (!mine.length) return [];
  const last = Math.max(...mine);
  let busy = 0;
  let reached = 0;
  for (const e of renders) {
    if (e.ts < click || e.ts > last || e.ts + e.dur <= reached) continue;
    busy += e.ts + e.dur - Math.max(e.ts, reached);
    reached = e.ts + e.dur;
  }
  rendering.push(busy / 1000);
  firstFrames.push((Math.min(...mine) - click) / 1000);
  return [(last - click) / 1000];
});
if (replans.length !== clicks.length) console.warn(`${clicks.length - replans.length} answers painted nothing`);
await context.close();
await browser.close();
server.kill();

const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`${pad('measure', 58)} ${num('value', 12)} ${num('budget', 10)}`);
console.log(`${pad(`first load, as transferred (${requests} requests, brotli)`, 58)} ${num(`${(transferred / 1024).toFixed(1)} KB`, 12)} ${num('100 KB', 10)}${transferred > BUDGET ? '  over' : ''}`);
for (const [file, bytes] of fetched) console.log(`${pad(`  ${file}`, 58)} ${num(`${(bytes / 1024).toFixed(1)} KB`, 12)}`);
console.log(`${pad(`first route visible, median of ${runs} (Slow 4G, CPU 4x)`, 58)} ${num(ms(median(loads)), 12)} ${num('1000 ms', 10)}${median(loads) > 1000 ? '  over' : ''}`);
console.log(`${pad('  each run', 58)} ${loads.map((x) => x.toFixed(0)).join(' ')}`);
console.log(`${pad(`app running (answers editable), median of ${runs}`, 58)} ${num(ms(median(ready)), 12)}`);
console.log(`${pad('  each run', 58)} ${ready.map((x) => x.toFixed(0)).join(' ')}`);
console.log(`${pad(`app running in English (a stored choice), median of ${runs}`, 58)} ${num(ms(median(readyEnglish)), 12)}`);
console.log(`${pad('  each run', 58)} ${readyEnglish.map((x) => x.toFixed(0)).join(' ')}`);
console.log(`${pad(`re-plan after an answer, to its last paint, p95 of ${replans.length} (CPU 4x)`, 58)} ${num(`${pct(replans, 95).toFixed(1)} ms`, 12)} ${num('16 ms', 10)}${pct(replans, 95) > 16 ? '  over' : ''}`);
console.log(`${pad('  median', 58)} ${num(`${median(replans).toFixed(1)} ms`, 12)}`);
console.log(`${pad("  of which the browser's style, layout and paint: p95", 58)} ${num(`${pct(rendering, 95).toFixed(1)} ms`, 12)}`);
console.log(`${pad('  and its median', 58)} ${num(`${median(rendering).toFixed(1)} ms`, 12)}`);
console.log(`${pad('re-plan to the first frame painted (not budgeted): p95', 58)} ${num(`${pct(firstFrames, 95).toFixed(1)} ms`, 12)}`);
console.log(`${pad('  and its median', 58)} ${num(`${median(firstFrames).toFixed(1)} ms`, 12)}`);
