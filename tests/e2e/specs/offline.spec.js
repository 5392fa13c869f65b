// Offline after the first visit, new releases picked up, nothing leaving the page, any sub-path.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { FirstScreen, Plans, axeViolations, serveCopy, dist } = require('./pages');

/** Waits until the service worker controls the page (the first visit installs it). */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit the app loads and works with the network off', async ({ page, context }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await controlled(page);
  await s.block('CCP1 REMN').check();
  // English, asked for once online, is kept for offline use too.
  await page.getByRole('button', { name: 'English version' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Version française' }).click();
  await context.setOffline(true);
  await page.reload();
  await expect(s.block('CCP1 REMN')).toBeChecked();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.open("Le CCP1 d'abord, l'expérience, puis la VAE");
  // A shared link opens offline too (the page is the same, whatever its query).
  await page.goto('/?v=1&blocs=mn-ccp1');
  await expect(s.block('CCP1 Médiateur numérique')).toBeChecked();
  await page.getByRole('button', { name: 'English version' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
  await context.setOffline(false);
});

test('a new release is picked up at the next visit, and the stored plan survives it', async ({ page }) => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'parcours-release-'));
  fs.cpSync(dist, copy, { recursive: true });
  // Serve this copy alone, uncompressed, so that the test can change files in place.
  for (const f of fs.readdirSync(copy)) if (/\.(br|gz)$/.test(f)) fs.rmSync(path.join(copy, f));
  const server = await serveCopy(copy, 8093);
  try {
    const s = new FirstScreen(page);
    await page.goto(server.url);
    await expect(s.question).toBeVisible();
    await controlled(page);
    await s.block('CCP2 REMN').check();
    await new Plans(page).rename('Avant la mise à jour');
    const before = await page.evaluate(() => caches.keys());
    // The next release: a new page and a new worker (as a real build changes both).
    const index = path.join(copy, 'index.html');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<title>', '<meta name="version" content="suivante" /><title>'));
    const sw = path.join(copy, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = "[^"]+"/, 'const VERSION = "suivante"'));
    await page.goto(server.url);
    await expect(page.locator('meta[name=version]')).toHaveAttribute('content', 'suivante');
    await page.waitForFunction(async () => (await caches.keys()).includes('parcours-suivante'));
    await page.waitForFunction(async () => (await caches.keys()).length === 1);
    expect(before).not.toContain('parcours-suivante');
    await expect(s.block('CCP2 REMN')).toBeChecked();
    await expect(new Plans(page).name).toHaveValue('Avant la mise à jour');
  } finally {
    server.close();
    fs.rmSync(copy, { recursive: true, force: true });
  }
});

test('a whole session: no request leaves the page, no CSP violation', async ({ page, baseURL, context }) => {
  const origin = new URL(baseURL).origin;
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const s = new FirstScreen(page);
  await s.goto();
  const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).toContain("default-src 'self'");
  await s.block('CCP1 REMN').check();
  await s.answer('Quelle est votre situation ?', 'Je suis salarié(e) (entreprise, association)');
  await s.fill('Votre âge', '38');
  const route = s.onTop;
  await route.getByText('Détails, financements et sources').first().click();
  await page.getByRole('checkbox', { name: /Comparer ce parcours/ }).nth(0).check();
  await page.locator('details.autre > summary').first().click();
  await page.getByRole('checkbox', { name: /Comparer ce parcours/ }).nth(1).check();
  await new Plans(page).create();
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Version imprimable' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/?v=1&blocs=mn-ccp1&situation=salarie');
  await expect(s.block('CCP1 Médiateur numérique')).toBeChecked();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
});

test('the same build works under a sub-path, share links included', async ({ page, context }) => {
  const server = await serveCopy(dist, 8094, '/parcours/');
  try {
    const s = new FirstScreen(page);
    await page.goto(`${server.url}?v=1&blocs=remn-ccp1&situation=demandeur-emploi`);
    await expect(s.block('CCP1 REMN')).toBeChecked();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const link = await page.getByRole('textbox', { name: 'Lien de ce plan' }).inputValue();
    expect(link.startsWith(`${server.url}?v=1&blocs=remn-ccp1`)).toBe(true);
    await page.getByRole('button', { name: 'Enregistrer comme nouveau plan' }).click();
    expect(new URL(page.url()).pathname).toBe('/parcours/');
    expect(await axeViolations(page)).toEqual([]);
    // The English file is found next to the page, under the sub-path.
    await page.getByRole('button', { name: 'English version' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
  } finally {
    server.close();
  }
});
