// Screenshots for review (tests/e2e/screenshots/, not committed): the newcomer's page, a REMN
// CCP1 holder's page, at 360 and 1280 px (the print view's is taken by glance.spec.js' print
// test). Each checks what a person needs to see first before it is taken.
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, freshStart, fullShot, overflow } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

for (const width of [360, 1280]) {
  test(`the newcomer's page at ${width} px: the recommended route and what to do first`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const s = new FirstScreen(page);
    await s.goto();
    await expect(page.locator('#parcours-affiche')).toHaveText('Votre parcours conseillé');
    await expect(s.onTop.locator('.commencer li').first()).toBeAttached();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await fullShot(page, `nouveau-${width}.png`);
  });

  test(`a REMN CCP1 holder's page at ${width} px: the equivalence to check is said before the routes`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/?v=1&blocs=remn-ccp1:2022-06-15&situation=salarie&employeur=collectivite&contrat=cdi&anciennete=30&age=41&experience=30');
    const s = new FirstScreen(page);
    await expect(page.locator('#avant-chargement')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole('region', { name: 'Vos parcours' })).toContainText('CCP1 REMN');
    await expect(s.onTop).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await fullShot(page, `titulaire-ccp1-remn-${width}.png`);
  });
}
