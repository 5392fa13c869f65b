// The time line's axis follows the start month chosen on the page (not only through a link),
// and no route's axis writes past a phone's edge, with every route opened.
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, freshStart, overflow } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('choosing a start month on the page moves the axis of the route on top to that month', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  const axis = s.onTop.locator('ol.axe li');
  await expect(axis.first()).toHaveText('mois 1');
  await page.getByLabel('Quand voudriez-vous commencer ?').selectOption('2027-03');
  await expect(s.onTop.locator('ol.etapes > li').first()).toContainText('de mars à octobre 2027');
  await expect(axis.first()).toHaveText('mars 2027');
  // And back to no month: counted in months again.
  await page.getByLabel('Quand voudriez-vous commencer ?').selectOption('');
  await expect(axis.first()).toHaveText('mois 1');
});

test('at 320 px, with a start month and every other route opened, nothing writes past the edge', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto('/?v=1&situation=salarie&employeur=entreprise&contrat=cdi&age=45&debut=2027-03-01');
  await expect(page.locator('#avant-chargement')).toHaveCount(0, { timeout: 15_000 });
  const lines = page.locator('details.autre');
  const n = await lines.count();
  expect(n).toBeGreaterThan(2);
  for (let i = 0; i < n; i++) {
    await lines.nth(i).locator('summary').click();
    await expect(lines.nth(i).locator('ol.etapes > li').first()).toBeVisible();
  }
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
});
