// The money and the time, worked out: the price against the CPF, who pays the rest, what is
// left for sure and at best, what the person lives on, and an employee's working time.
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, freshStart, printView } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

/** The value of a row of the money table of a route card. */
function moneyRow(card, label) {
  return card.locator('table.argent tr').filter({ has: card.page().getByRole('rowheader', { name: label, exact: true }) }).locator('td');
}

test('a CPF balance changes what is left to pay on the card, and travels by link', async ({ page, context }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.answer('Êtes-vous inscrit(e) à France Travail ?', 'Oui');
  await s.fill('Votre âge', '35');
  await s.answer('Touchez-vous l\'allocation chômage (ARE) ?', 'Oui');
  // Show the whole title's course on top, whatever the ranking puts there.
  await s.open('Le titre entier en formation');
  const card = s.route('Le titre entier en formation');
  await expect(moneyRow(card, 'Prix')).toHaveText(/13\s440\s€/);
  // No balance given: nothing of the CPF is sure, and the best case says so.
  await expect(moneyRow(card, 'Votre CPF')).toContainText('rien de sûr');
  await expect(moneyRow(card, 'Reste à payer, sûr')).toHaveText(/^13\s440\s€$/);
  await expect(moneyRow(card, 'Au mieux')).toContainText('rien');
  await expect(card.locator('.revenu')).toContainText('l\'AREF');
  await s.fill('Combien avez-vous sur votre CPF, en euros ? (facultatif)', '2000');
  await expect(moneyRow(card, 'Votre CPF')).toHaveText(/^2\s000\s€ sûrs/);
  await expect(moneyRow(card, 'Reste à payer, sûr')).toHaveText(/^11\s440\s€$/);
  await expect(card.locator('ul.conditions')).toContainText(/paie le reste \(jusqu'à 11\s440\s€\)/);
  expect(await axeViolations(page)).toEqual([]);
  // Followed, the route is the one printed, with its money and what the person lives on.
  await card.getByRole('button', { name: 'Je suis ce parcours' }).click();
  const printed = await printView(page);
  await expect(printed.locator('table.argent')).toContainText(/11\s440\s€/);
  await expect(printed).toContainText('Pendant la formation');
  await page.emulateMedia({ media: 'screen' });
  // The link carries the balance to another tab.
  const link = await page.getByRole('textbox', { name: 'Lien de ce plan' }).inputValue();
  expect(link).toContain('cpf=2000');
  expect(link).toContain('are=oui');
  const other = await context.newPage();
  await other.goto(link);
  const t = new FirstScreen(other);
  await expect(other.getByRole('spinbutton', { name: 'Combien avez-vous sur votre CPF, en euros ? (facultatif)' })).toHaveValue('2000');
  await expect(moneyRow(t.onTop, 'Reste à payer, sûr')).toHaveText(/^11\s440\s€$/);
});

test('an employee training on working time is told the day to ask the employer by', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je suis salarié(e) (entreprise, association)');
  await s.answer('Qui est votre employeur ?', 'Une entreprise privée');
  await s.answer('Quel est votre contrat ?', 'CDI');
  await s.fill('Votre âge', '45');
  await s.fill('Combien d\'heures par semaine pouvez-vous consacrer à une formation ?', '35');
  await s.answer('La formation, sur votre temps de travail ou en dehors ?', 'Sur mon temps de travail');
  // The day to ask by is today when the course would start at once: computed from the browser's clock.
  const today = await page.evaluate(() => {
    const d = new Date();
    return d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }).replace(/^1 /, '1er ');
  });
  await s.open('Le titre entier en formation');
  const card = s.route('Le titre entier en formation');
  await expect(card.locator('ul.conditions')).toContainText(`demandez-le au plus tard le ${today}, 120 jours avant le début`);
  await expect(card.locator('.revenu')).toContainText('maintenu pour les heures de formation sur votre temps de travail');
  // On top, « Pour commencer » asks the employer first, by the same day.
  await expect(s.onTop.locator('.commencer li').first()).toContainText(`Demandez à votre employeur son accord pour vous former sur votre temps de travail, au plus tard le ${today}`);
  // Outside working time: no agreement, and said so.
  await s.answer('La formation, sur votre temps de travail ou en dehors ?', 'En dehors de mon temps de travail');
  await expect(card.locator('ul.conditions')).not.toContainText('votre employeur accepte');
  await expect(card.locator('.revenu')).toContainText('pas d\'accord à demander');
  // At 8 hours a week the course stretches, which only holds if an organisation offers that pace.
  await expect(card.locator('ol.etapes')).not.toContainText('si un organisme propose ce rythme');
  await s.fill('Combien d\'heures par semaine pouvez-vous consacrer à une formation ?', '8');
  // Longer now, it may have left the top: opened again where it is.
  const slow = await s.open('Le titre entier en formation');
  await expect(slow.locator('ol.etapes')).toContainText('si un organisme propose ce rythme (à vérifier)');
  expect(await axeViolations(page)).toEqual([]);
});

test('a quote replaces the price of its block in every route, and the comparison reads the money', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.answer('Êtes-vous inscrit(e) à France Travail ?', 'Oui');
  const blocks = await s.open('Bloc par bloc, en formation');
  // CCP1's price is an estimate, said so, until a quote replaces it.
  await blocks.locator('ol.etapes > li').first().getByText('Détails, financements et sources').click();
  await expect(blocks).toContainText(/Prix : 896\s€ à 4\s928\s€ \(estimation : 12,80\s€ de l'heure/);
  const quote = blocks.getByRole('spinbutton', { name: 'Vous avez un devis ? Son montant, en euros' });
  // A wrong amount stays in the field with its error, and is not kept.
  await quote.fill('-5');
  await quote.blur();
  await expect(quote).toHaveAttribute('aria-invalid', 'true');
  await expect(blocks.getByText('Le montant du devis : un nombre entier')).toBeVisible();
  await quote.fill('2400');
  await quote.blur();
  await expect(quote).not.toHaveAttribute('aria-invalid', 'true');
  await expect(blocks).toContainText(/Prix : 2\s400\s€ \(votre devis\)/);
  expect(await page.getByRole('textbox', { name: 'Lien de ce plan' }).inputValue()).toContain('devis=mn-ccp1:formation:2400');
  // The same block taken the same way in another route has the quote's price too.
  const field = await s.open("Le CCP1 d'abord, l'expérience, puis la VAE");
  await field.locator('ol.etapes > li').first().getByText('Détails, financements et sources').click();
  await expect(field).toContainText(/Prix : 2\s400\s€ \(votre devis\)/);
  // Two routes compared: the money rows and what the person lives on.
  await blocks.getByRole('checkbox', { name: /^Comparer ce parcours/ }).check();
  await field.getByRole('checkbox', { name: /^Comparer ce parcours/ }).check();
  const table = page.getByRole('table', { name: 'Comparaison des parcours choisis' });
  for (const row of ['Prix', 'Votre CPF', 'Qui peut payer le reste', 'Reste à payer, sûr', 'Au mieux', 'Pendant la formation']) {
    await expect(table.locator('tr', { has: page.getByRole('rowheader', { name: row, exact: true }) })).toHaveCount(1);
  }
  // Bloc par bloc: the quote's 2 400 € for CCP1 plus the other blocks' estimate.
  const price = table.locator('tr', { has: page.getByRole('rowheader', { name: 'Prix', exact: true }) }).locator('td').first();
  await expect(price).toHaveText(/^10\s912\s€ à 14\s944\s€$/);
  expect(await axeViolations(page)).toEqual([]);
});
