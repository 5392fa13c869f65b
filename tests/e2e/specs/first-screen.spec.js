const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, screenshots, fullShot, appRunning } = require('./pages');

test('the first question is answered, kept across a reload, and the page passes axe-core', async ({ page }) => {
  const screen = new FirstScreen(page);
  await screen.goto();
  await expect(screen.heading).toHaveText('Devenir médiateur numérique, bloc par bloc');
  expect(await axeViolations(page)).toEqual([]);

  // The earlier titles' blocks are folded for a newcomer, and drawn only once unfolded.
  const remnCcp1 = screen.block('CCP1 REMN');
  await expect(remnCcp1).toHaveCount(0);
  await screen.question.getByText("J'ai des blocs ou un titre d'avant 2025").click();
  await expect(remnCcp1).not.toBeChecked();
  await remnCcp1.check();
  await expect(screen.remaining).toContainText('On ne sait pas si votre CCP1 REMN compte pour le CCP1 Médiateur numérique');
  await fullShot(page, 'premier-ecran.png');

  await page.reload();
  await expect(screen.question).toBeVisible();
  await expect(screen.block('CCP1 REMN')).toBeChecked();
  await expect(screen.block('CCP2 REMN')).not.toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
});

test('without JavaScript the page shows a newcomer\'s questions and routes, and says why it cannot do more', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Devenir médiateur numérique, bloc par bloc');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // The first screen is drawn at build time by the app's own view code: the routes a newcomer gets.
  await expect(page.locator('#avant-chargement #parcours-affiche')).toHaveText('Votre parcours conseillé');
  await expect(page.locator('#avant-chargement .route.conseille h4.nom-parcours')).toHaveText('Le titre entier en formation');
  expect(await page.locator('#avant-chargement ul.autres > li').count()).toBeGreaterThan(1);
  await expect(page.locator('#avant-chargement')).toContainText('Quels blocs (CCP) avez-vous déjà obtenus ?');
  // Chromium does not render <noscript> when scripts are disabled through DevTools: read the HTML.
  const html = await (await page.request.get('/')).text();
  expect(html).toMatch(/<noscript>\s*<p class="chargement">Parcours a besoin de JavaScript/);
  // Nothing in it breaks the page's Content-Security-Policy (no inline style attribute).
  expect(html).not.toMatch(/ style="/);
  await context.close();
});

test('while the app loads, a newcomer reads the first screen, not usable yet; a returning visitor waits for their own plan', async ({ page }) => {
  // The app is still on its way (its wasm never finishes arriving): what a slow connection shows.
  await page.route('**/*.wasm', () => {});
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Chargement de Parcours' })).toBeVisible();
  const preview = page.locator('#avant-chargement .apercu');
  await expect(preview.locator('.route.conseille')).toBeVisible();
  await expect(preview.getByText('Quels blocs (CCP) avez-vous déjà obtenus ?')).toBeVisible();
  // Readable, not usable: the questions and routes are inert; the heading, the main landmark
  // and the introduction reach screen readers as on the live page.
  await expect(preview.locator('.apercu-reste')).toHaveAttribute('inert', '');
  await expect(preview.locator('header.site')).toHaveAttribute('inert', '');
  await expect(preview.locator('.apercu-reste input').first()).toBeAttached();
  expect(await preview.locator('input, select, button, a, details').evaluateAll((all) => all.filter((e) => !e.closest('[inert]')).length)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);

  // Someone with plans kept here (or a chosen language) is not shown a newcomer's routes.
  await page.evaluate(() => localStorage.setItem('parcours.langue', 'fr'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(preview.locator('.route.conseille')).toBeHidden();
  await expect(preview.getByText('Quels blocs (CCP) avez-vous déjà obtenus ?')).toBeHidden();
  // And who chose English waits in English: the heading in English, the page marked as such.
  await page.evaluate(() => localStorage.setItem('parcours.langue', ' EN '));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Loading Parcours… Your answers will be editable in a moment.' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
  await expect(preview.getByText(/Parcours vous montre/)).toBeHidden();

  // Nor is someone opening a shared link.
  await page.evaluate(() => localStorage.clear());
  await page.goto('/?v=1&situation=demandeur');
  await expect(preview.locator('.route.conseille')).toBeHidden();
});

test('when the app cannot load, the page says so and how to go on, instead of loading for ever', async ({ page }) => {
  // The connection breaks while the app downloads.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/');
  const line = page.getByRole('status').filter({ hasText: 'Parcours' }).first();
  await expect(line).toHaveText("Parcours n'a pas pu se charger : la connexion a peut-être été coupée. Vérifiez-la, puis rechargez la page.");
  expect(await axeViolations(page)).toEqual([]);
  await fullShot(page, 'chargement-echoue.png');
  // A returning English reader is told in English.
  await page.evaluate(() => localStorage.setItem('parcours.langue', 'en'));
  await page.reload();
  await expect(line).toHaveText('Parcours could not load: the connection may have been cut. Check it, then reload the page.');
  // The connection is back: the link reloads the same address, and the app starts.
  await page.unroute('**/*.wasm');
  await line.getByRole('link', { name: 'reload the page' }).click();
  await appRunning(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
});

test('a browser without WebAssembly is told at once that it is too old, and what to do', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto('/');
  const line = page.getByRole('status').filter({ hasText: 'Parcours' }).first();
  await expect(line).toHaveText(/^Ce navigateur est trop ancien pour faire fonctionner Parcours\. Ouvrez cette page dans un navigateur à jour/);
  await expect(line.getByRole('link')).toHaveCount(0);
  // What it can still do: read a newcomer's questions and routes.
  await expect(page.locator('#avant-chargement .route.conseille')).toBeVisible();
});

test('every answer is reachable by keyboard alone', async ({ page }) => {
  const screen = new FirstScreen(page);
  await screen.goto();
  // The first stop is the skip link to the questions; then the first checkbox, ticked with space.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller aux questions' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const first = screen.block('CCP1 Médiateur numérique');
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(screen.remaining).toContainText("Il vous reste les autres blocs du titre Médiateur numérique (leur nombre n'est pas connu)");
});

test('nothing is requested outside the page origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const elsewhere = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) elsewhere.push(r.url());
  });
  const screen = new FirstScreen(page);
  await screen.goto();
  await screen.block('CCP1 CMN').check();
  await page.reload();
  await expect(screen.question).toBeVisible();
  expect(elsewhere).toEqual([]);
});

test('each checkbox and radio button has its label on its own line, however long the label', async ({ page }) => {
  // A block's label is long (its code, its title, what it covers) and its caveat wraps under
  // it: the label must still start beside its box, not on a line below it.
  for (const [width, path] of [[1280, '/'], [1280, '/?langue=en'], [360, '/'], [320, '/?langue=en']]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await appRunning(page);
    const apart = await page.evaluate(() =>
      [...document.querySelectorAll('main .choix')]
        .map((c) => [c.querySelector('input'), c.querySelector('label')])
        .filter(([box, label]) => box && label && box.offsetParent)
        .filter(([box, label]) => label.getBoundingClientRect().top >= box.getBoundingClientRect().bottom)
        .map(([, label]) => label.textContent),
    );
    expect(apart, `${width} px, ${path}`).toEqual([]);
  }
});
