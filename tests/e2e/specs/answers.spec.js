// Answers as a person types them: a valid one is kept at once; a wrong one is said at its field,
// in words, and never reaches the routes, the storage or a link.
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, freshStart } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

/** The names of the routes shown (the one on top and the others' lines). */
async function routeNames(page) {
  return page.locator('article.route.conseille h4.nom-parcours, details.autre summary > strong').allTextContents();
}

test('a mistyped age is said at the field, and the routes of the last valid answers stay', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  const age = page.getByRole('spinbutton', { name: 'Votre âge' });
  // A valid age is kept as it is typed, without leaving the field.
  await age.fill('31');
  const link = page.locator('#lien-partage');
  await expect(link).toHaveValue(/[?&]age=31(&|$)/);
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).join(' '))).toContain('"age":31');
  const before = await routeNames(page);
  expect(before.length).toBeGreaterThan(2);
  // 3 for 31: on its way to a number, no error while typing; said once the field is left.
  await age.fill('3');
  await expect(age).not.toHaveAttribute('aria-invalid', 'true');
  await age.blur();
  await expect(age).toHaveAttribute('aria-invalid', 'true');
  const error = page.locator('#age-erreur');
  await expect(error).toHaveText('Votre âge : entre 14 et 100 ans');
  await expect(age).toHaveAccessibleDescription(/entre 14 et 100 ans/);
  // The routes are those of age 31; nothing refused is written anywhere on the page.
  expect(await routeNames(page)).toEqual(before);
  await expect(page.getByText("n'est pas possible")).toHaveCount(0);
  // 150 is wrong at once (no digit makes it right), and not kept either: the share link and the
  // storage still say 31.
  await age.fill('150');
  await expect(age).toHaveAttribute('aria-invalid', 'true');
  await expect(link).toHaveValue(/[?&]age=31(&|$)/);
  // A valid answer given after it is saved: by then the wrong one would have been too.
  await s.answer('Êtes-vous inscrit(e) à France Travail ?', 'Oui');
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).join(' '))).toContain('"registered_job_seeker":true');
  expect(await page.evaluate(() => Object.values(localStorage).join(' '))).toContain('"age":31');
  expect(await axeViolations(page)).toEqual([]);
  // Made right, the error goes.
  await age.fill('45');
  await expect(age).not.toHaveAttribute('aria-invalid', 'true');
  await expect(error).toBeHidden();
});

test('hours a week out of range, and a number with a decimal, are said at the field', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  const hours = page.getByRole('spinbutton', { name: /^Combien d'heures par semaine/ });
  await hours.fill('10');
  const before = await routeNames(page);
  await hours.fill('70');
  await expect(page.locator('#heures-erreur')).toHaveText('Vos heures par semaine : entre 1 et 60 heures');
  expect(await routeNames(page)).toEqual(before);
  await hours.fill('7.5');
  await hours.blur();
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  // Emptied, the answer is « not known »: valid.
  await hours.fill('');
  await expect(hours).not.toHaveAttribute('aria-invalid', 'true');
});

test("a plan's name typed without leaving the field is kept through a reload", async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.fill('Votre âge', '40');
  const name = page.getByRole('textbox', { name: 'Nom de ce plan' });
  await name.fill('Karima B.');
  await page.reload();
  await expect(page.locator('#avant-chargement')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('textbox', { name: 'Nom de ce plan' })).toHaveValue('Karima B.');
});

test('following a route is said in one person, in both languages', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  const follow = s.onTop.locator('p.suivre');
  await expect(follow).toHaveText("Je suis ce parcours pour noter où j'en suis, étape par étape");
  await page.getByRole('button', { name: 'English version' }).click();
  await expect(page.locator('article.route.conseille p.suivre')).toHaveText('I follow this route to note where I am, step by step');
});
