const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, screenshots, fullShot } = require('./pages');

test('the first question is answered, kept across a reload, and the page passes axe-core', async ({ page }) => {
  const screen = new FirstScreen(page);
  await screen.goto();
  await expect(screen.heading).toHaveText('Devenir médiateur numérique, bloc par bloc');
  expect(await axeViolations(page)).toEqual([]);

  const remnCcp1 = screen.block('CCP1 REMN');
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

test('the page shows real content before the app runs, and without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Devenir médiateur numérique, bloc par bloc');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // Chromium does not render <noscript> when scripts are disabled through DevTools: read the HTML.
  const html = await (await page.request.get('/')).text();
  expect(html).toMatch(/<noscript>\s*<p>Parcours a besoin de JavaScript/);
  await context.close();
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
  await expect(screen.remaining).toContainText('Il vous reste 1 bloc');
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
