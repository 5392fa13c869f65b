// The catalog's own texts reach the page: each scheme offered for a step says who it is for,
// what it pays and its conditions once « En savoir plus » is opened, and each way of taking a
// block says what it asks to get in. Read from catalog/catalog.toml, so a text corrected there
// is the text looked for here.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, freshStart } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

/** The catalog's funding schemes: id, name, who, pays, conditions (one-line TOML strings). */
function schemes() {
  const toml = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'catalog', 'catalog.toml'), 'utf8');
  return toml
    .split('[[funding]]')
    .slice(1)
    .map((part) => {
      const one = (key) => JSON.parse(part.match(new RegExp(`^${key} = (".*")$`, 'm'))[1]);
      const list = part.match(/^conditions = (\[.*\])$/m);
      return { id: one('id'), name: one('name'), who: one('who'), pays: one('pays'), conditions: list ? JSON.parse(list[1]) : [] };
    });
}

test("each scheme offered for a step says who it is for, what it pays and its conditions, from the catalog", async ({ page }) => {
  const all = schemes();
  expect(all.length).toBeGreaterThan(10);
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  const route = await s.open('Bloc par bloc, en formation');
  const step = route.locator('ol.etapes > li').first();
  await step.getByText('Détails, financements et sources').click();
  // The way's entry requirements, as the catalog words them.
  await expect(step.locator('ul.prerequis')).toContainText('Aucun prérequis officiel trouvé');
  // The schemes not open to this person are folded: opened too, each has its facts.
  const closed = step.locator('details.fermes > summary');
  if ((await closed.count()) > 0) await closed.click();
  const lines = step.locator('ul.financements > li');
  const count = await lines.count();
  expect(count).toBeGreaterThan(2);
  let checked = 0;
  for (let i = 0; i < count; i++) {
    const line = lines.nth(i);
    const name = (await line.locator('strong').first().textContent()).trim();
    const scheme = all.find((x) => x.name === name);
    expect(scheme, name).toBeTruthy();
    // Folded: not drawn until opened.
    await expect(line.locator('dl.faits')).toHaveCount(0);
    await line.locator('details.en-savoir-plus > summary').click();
    const facts = line.locator('dl.faits');
    await expect(facts).toContainText(scheme.who);
    await expect(facts).toContainText(scheme.pays);
    for (const c of scheme.conditions) await expect(facts).toContainText(c);
    checked++;
  }
  expect(checked).toBe(count);
  // The POEI's hours, as corrected in the catalog.
  const poei = all.find((x) => x.id === 'poei');
  await expect(step).toContainText(poei.pays);
  expect(await axeViolations(page)).toEqual([]);
});

test('in English, a scheme says who it is for in English', async ({ page }) => {
  const s = new FirstScreen(page);
  await page.goto('/?langue=en');
  await expect(page.locator('#avant-chargement')).toHaveCount(0, { timeout: 15_000 });
  const route = page.getByRole('article', { name: 'The whole title in training', exact: true });
  await expect(route).toBeVisible();
  const step = route.locator('ol.etapes > li').first();
  await step.getByText('Details, funding and sources').click();
  const cpf = step.locator('ul.financements > li', { hasText: 'Compte personnel de formation' }).first();
  await cpf.locator('details.en-savoir-plus > summary').click();
  await expect(cpf.locator('dl.faits')).toContainText('Private-sector employees, the self-employed and job seekers');
  await expect(step.locator('ul.prerequis')).toContainText('No official prerequisite found');
});
