// The route at a glance: the recommended route first in one card (why, what to do now, with
// official links), the other routes one line each, opened in place and put on top on demand.
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, freshStart } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

/** The « Pour commencer » actions of the route on top, as (text, link) pairs. */
async function actions(s) {
  const items = s.onTop.locator('.commencer li');
  return items.evaluateAll((lis) => lis.map((li) => [li.textContent, li.querySelector('a')?.href ?? null]));
}

test('a registered job seeker reads the route on top, why it comes first, and what to do now', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.answer('Êtes-vous inscrit(e) à France Travail ?', 'Oui');
  await s.fill('Votre âge', '35');
  await expect(page.locator('#parcours-affiche')).toHaveText('Votre parcours conseillé');
  await expect(s.onTop.locator('.faisabilite')).toHaveText('Ouvert à vous');
  await expect(s.onTop.locator('.pourquoi')).toHaveText(/^Il vient en premier parce qu'il vous est ouvert sans condition/);
  const todo = await actions(s);
  expect(todo.length).toBeGreaterThanOrEqual(2);
  expect(todo.length).toBeLessThanOrEqual(3);
  // Each action has its official page (https), and one says where the funding is asked for.
  for (const [text, href] of todo) {
    expect(href, text).toMatch(/^https:\/\//);
  }
  expect(todo.map(([t]) => t).join(' ')).toMatch(/Mon Compte Formation|France Travail|Carif-Oref/);
  // The sure amount and the best case are in the card, with the duration.
  await expect(s.onTop).toContainText('Reste à payer, sûr');
  await expect(s.onTop).toContainText('Durée');
  // The other routes are one line each: name, feasibility, duration, amount; steps not drawn.
  const lines = page.locator('details.autre');
  expect(await lines.count()).toBeGreaterThan(2);
  await expect(lines.first().locator('summary .faisabilite')).toBeVisible();
  await expect(lines.first().locator('ol.etapes')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('an employee on a CDI is told to ask the employer or a scheme, each with its link', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je suis salarié(e) (entreprise, association)');
  await s.answer('Qui est votre employeur ?', 'Une entreprise privée');
  await s.answer('Quel est votre contrat ?', 'CDI');
  await s.fill('Votre âge', '40');
  const todo = await actions(s);
  expect(todo.length).toBeGreaterThanOrEqual(2);
  for (const [text, href] of todo) {
    expect(href, text).toMatch(/^https:\/\//);
  }
  // A scheme still to check is said to be so, never shown as sure.
  for (const [text] of todo.filter(([t]) => t.includes('peut vous financer'))) {
    expect(text).toContain('(à vérifier)');
  }
});

test('another route opens in place, by mouse or keyboard, and can be shown on top and back', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  const top = await s.onTop.locator('h4.nom-parcours').textContent();
  const line = page.locator('details.autre').first();
  const name = await line.locator('summary > strong').textContent();
  // By keyboard: the line's summary takes the focus, Enter opens it and draws its steps.
  await line.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(s.route(name).locator('ol.etapes > li').first()).toBeVisible();
  await s.route(name).getByRole('button', { name: 'Afficher ce parcours en haut' }).click();
  await expect(page.locator('#parcours-affiche')).toHaveText("Le parcours que vous avez choisi d'afficher");
  await expect(s.onTop.locator('h4.nom-parcours')).toHaveText(name);
  await expect(page.locator('#parcours-affiche')).toBeFocused();
  // The recommended route is now among the others, folded.
  await expect(s.line(top)).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  await s.onTop.getByRole('button', { name: 'Revenir au parcours conseillé' }).click();
  await expect(page.locator('#parcours-affiche')).toHaveText('Votre parcours conseillé');
  await expect(s.onTop.locator('h4.nom-parcours')).toHaveText(top);
});

test('the diploma is chosen by its name, changes the CPF ceiling, and is kept', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.answer('Êtes-vous inscrit(e) à France Travail ?', 'Oui');
  const diploma = page.getByRole('combobox', { name: 'Votre diplôme le plus élevé' });
  await expect(diploma).toHaveValue('');
  const first = s.onTop.locator('ol.etapes > li').first();
  await first.getByText('Détails, financements et sources').click();
  await expect(first).toContainText(/5\s000\s€/);
  await diploma.selectOption({ label: 'Aucun diplôme' });
  await expect(first).toContainText(/8\s000\s€/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Votre diplôme le plus élevé' })).toHaveValue('0');
  await diploma.selectOption({ label: 'Bac+3 (licence, BUT)' });
  await expect(page.locator('#lien-partage')).toHaveValue(/[?&]diplome=6(&|$)/);
});

test('the plans menu comes after the results, and the header links to it', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  const order = await page.evaluate(() => {
    const at = (sel) => [...document.querySelectorAll('main *')].indexOf(document.querySelector(sel));
    return [at('#situation'), at('#parcours'), at('#titre-plans')];
  });
  expect(order[0]).toBeLessThan(order[1]);
  expect(order[1]).toBeLessThan(order[2]);
  await page.getByRole('link', { name: 'Mes plans' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#titre-plans$/);
});
