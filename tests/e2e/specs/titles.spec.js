// The titles and their neighbours: the history CMN → REMN → Médiateur numérique with what
// carries over, the level-4 title only proposed, and the certifications close to the job, each
// with its sources; folded until asked for, and mentioned in the plans they concern.
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, freshStart } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('the titles section opens from the held-blocks question and tells the history with its sources', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  const section = page.getByRole('region', { name: 'Les titres et les certifications voisines' });
  // Folded, and its contents not drawn until opened: the page stays short.
  await expect(section.locator('ol.titres')).toHaveCount(0);
  await s.question.getByRole('link', { name: /voir leur histoire/ }).click();
  await expect(page).toHaveURL(/#titres$/);
  const history = section.locator('ol.titres > li');
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toContainText('(CMN)');
  await expect(history.nth(1)).toContainText('(REMN)');
  await expect(history.nth(2)).toContainText('Médiateur numérique');
  await expect(history.nth(1)).toContainText('En vigueur depuis le : 13 juillet 2019');
  await expect(history.nth(2)).toContainText('En vigueur depuis le : 13 juillet 2025');
  // The REMN's end of validity rests on an unconfirmed reading: marked so, with its caveat.
  await expect(history.nth(1).locator('li', { hasText: /^Fin de validité/ })).toContainText('(non confirmé)');
  // What carries over: the REMN's CCP1 toward the new title is not known, and said so.
  await expect(section.locator('ul.equivalences li', { hasText: 'CCP1 REMN → CCP1 Médiateur numérique' })).toContainText('à vérifier');
  // The level-4 title: proposed, no trace of its creation.
  await expect(section.locator('#fiche-mn-niveau4-propose')).toContainText('aucune trace de sa création');
  // The neighbours, each with its sources.
  for (const id of ['pix', 'clea-numerique', 'rs5142']) {
    const item = section.locator(`#fiche-${id}`);
    await expect(item).toBeVisible();
    await item.locator('summary', { hasText: /^Sources/ }).click();
    expect(await item.locator('details.sources a[href^="https://"]').count()).toBeGreaterThan(0);
  }
  await expect(section.locator('#fiche-rs5142')).toContainText('RS5142');
  expect(await axeViolations(page)).toEqual([]);
});

test('a conseiller numérique sees Pix in the plan, and someone who managed a space sees RS5142', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  const mention = page.locator('ul.voisines');
  await expect(mention).toHaveCount(0);
  await s.answer('Quelle est votre situation ?', 'Je suis recruté(e) comme conseiller numérique');
  await expect(mention).toContainText('Vous êtes conseiller numérique : Certification Pix');
  await page.getByRole('checkbox', { name: /J'ai déjà géré ou développé un espace/ }).check();
  await expect(mention.locator('li')).toHaveCount(2);
  await expect(mention).toContainText('Piloter un tiers-lieu');
  // Kept in the link.
  await expect(page.locator('#lien-partage')).toHaveValue(/[?&]activites=gestion-espace(&|$)/);
  // Its link opens the section on the certification.
  await mention.getByRole('link', { name: 'En savoir plus sur Pix' }).click();
  await expect(page.locator('#fiche-pix')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
