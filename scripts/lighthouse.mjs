// Lighthouse's mobile preset (its default: a Moto G class phone, simulated Slow 4G and 4x CPU)
// over served release builds, in Debian's Chromium: the median of RUNS runs of the performance
// score, LCP, TBT, TTI and total transfer size, in both of Lighthouse's throttling modes:
// simulated (the default: figures worked out from an unthrottled load) and applied (`devtools`:
// the page really loaded on Slow 4G with a 4x slower CPU, what a phone feels). With a second build, both are served and run
// alternately, each figure printed for both with their ratio (see scripts/measure.sh).
// usage: node scripts/lighthouse.mjs DIST RUNS [BASELINE_DIST]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
// Lighthouse is installed for measuring only, in tools/measure (scripts/measure.sh).
const require = createRequire(join(root, 'tools/measure/package.json'));
const { default: lighthouse } = await import(pathToFileURL(require.resolve('lighthouse')));
const chromeLauncher = await import(pathToFileURL(require.resolve('chrome-launcher')));

const [dist, runsArg, baselineDist] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const builds = [{ name: 'this build', dist, port: 8093 }];
if (baselineDist) builds.push({ name: 'baseline', dist: baselineDist, port: 8094 });

const servers = builds.map((b) => spawn(process.execPath, [join(root, 'tests/e2e/serve.js'), b.dist, String(b.port)], { stdio: ['ignore', 'pipe', 'inherit'] }));
process.on('exit', () => servers.forEach((s) => s.kill()));
// Stopped by a signal (Ctrl-C, a kill), the script ends through 'exit' too.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(1));
await Promise.all(servers.map((s) => new Promise((resolve) => s.stdout.once('data', resolve))));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const modes = ['simulate', 'devtools'];
for (const b of builds) b.results = { simulate: [], devtools: [] };
for (let i = 0; i < runs; i++) {
  for (const mode of modes) {
    for (const b of builds) {
      const { lhr } = await lighthouse(`http://127.0.0.1:${b.port}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        throttlingMethod: mode,
      });
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      b.results[mode].push({
        score: (lhr.categories.performance.score ?? NaN) * 100,
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        tti: audit('interactive'),
        bytes: audit('total-byte-weight'),
      });
    }
  }
}
await chrome.kill();
// The servers go now: while they run, the script would never end.
servers.forEach((s) => s.kill());

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);
const [cur, base] = builds;
for (const mode of modes) {
console.log(`${pad(`Lighthouse mobile, ${mode === 'simulate' ? 'simulated' : 'applied (devtools)'} throttling, median of ${runs}`, 62)} ${num(cur.name, 12)}${base ? ` ${num(base.name, 12)} ${num('ratio', 7)}` : ''} ${num('budget', 10)}`);
const rows = [
  ['performance score', 'score', (x) => x.toFixed(0), '98', (x) => x < 98],
  ['largest contentful paint (LCP)', 'lcp', (x) => `${x.toFixed(0)} ms`, '1200 ms', (x) => x > 1200],
  ['total blocking time (TBT)', 'tbt', (x) => `${x.toFixed(0)} ms`, '150 ms', (x) => x > 150],
  ['time to interactive (TTI)', 'tti', (x) => `${x.toFixed(0)} ms`, '', () => false],
  ['total transfer size', 'bytes', (x) => `${(x / 1024).toFixed(1)} KB`, '', () => false],
];
for (const [label, key, show, budget, over] of rows) {
  const get = (b) => median(b.results[mode].map((r) => r[key]));
  const a = get(cur);
  const r = base ? ` ${num(show(get(base)), 12)} ${num((a / get(base)).toFixed(2), 7)}` : '';
  console.log(`${pad(`  ${label}`, 62)} ${num(show(a), 12)}${r} ${num(budget, 10)}${over(a) ? '  over' : ''}`);
}
}
