// The routes as honest answers: each says how realistic it is for this person, what it depends
// on, what is sure to pay and the best case with its condition; on the page and on paper.
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, freshStart, fullShot, printView } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

/** The routes' names, in the order the page shows them: the one on top, then the others. */
async function routeNames(page) {
  const top = await page.locator('article.route.conseille h4.nom-parcours').allTextContents();
  const others = await page.locator('details.autre > summary > strong').allTextContents();
  return [...top, ...others];
}

/** What the browser does when printing starts (its menu, Ctrl+P or the page's button). */

test('an employee on a CDI reads what is sure to pay first, and a contrat pro as unlikely, with why', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je suis salarié(e) (entreprise, association)');
  await s.answer('Qui est votre employeur ?', 'Une entreprise privée');
  await s.answer('Quel est votre contrat ?', 'CDI');
  await s.fill('Depuis combien de mois travaillez-vous chez cet employeur ?', '30');
  await s.fill('Votre âge', '40');
  await s.fill(/Vos mois d'expérience/, '6');
  await s.answer('Avez-vous une reconnaissance de handicap (RQTH) ?', 'Non');

  // The route shown first depends on who pays what the CPF leaves (its balance is not known):
  // what is sure is the price, and the best case comes with who could pay.
  const first = s.onTop;
  await expect(first.locator('.faisabilite')).toHaveText('Sous conditions');
  await expect(first.locator('table.argent')).toContainText('Reste à payer, sûr');
  await expect(first.locator('table.argent')).toContainText(/Qui peut payer le reste.*Employeur/);
  await expect(first.locator('table.argent')).toContainText("rien, si l'un de ces financements paie le reste");

  // The contrat pro would mean leaving the CDI for a new employer, and rests on minimum incomes
  // rarely received in work: unlikely for this person, with both reasons, after the others.
  const pro = await s.open('En contrat de professionnalisation');
  await expect(pro.locator('.faisabilite')).toHaveText('Peu probable pour vous');
  await expect(pro.locator('.peu-probable')).toHaveText(
    "Peu probable parce que vous êtes en CDI : un contrat en alternance demande de quitter cet emploi pour un nouvel employeur ; le RSA, l'ASS ou l'AAH sont rarement touchés quand on travaille (vous ne l'avez pas indiqué).",
  );
  await expect(pro.locator('ul.conditions')).toContainText("si vous touchez le RSA, l'ASS ou l'AAH");
  await expect(pro.locator('ul.conditions')).toContainText('si un employeur vous embauche en alternance');
  const names = await routeNames(page);
  const at = (name) => names.indexOf(name);
  expect(at('En contrat de professionnalisation')).toBeGreaterThan(at('Le titre entier en formation'));
  expect(await axeViolations(page)).toEqual([]);
  await fullShot(page, 'salarie-cdi-conditions.png');

  // Answered « non », it closes, and says why.
  await s.answer("Touchez-vous le RSA, l'ASS ou l'AAH ?", 'Non');
  await expect(pro).toHaveCount(0);
  await expect(s.remaining).toContainText("Au-delà de 25 ans, il est réservé aux demandeurs d'emploi inscrits");
  // The answer travels with the link.
  await expect(page.locator('#lien-partage')).toHaveValue(/[?&]minima=non(&|$)/);

  // On paper: the same honest headline.
  const printed = await printView(page);
  await expect(printed).toContainText('Sous conditions');
  await expect(printed.locator('table.argent tr', { hasText: 'Reste à payer, sûr' })).toContainText(/13\s440\s€/);
  // The printout carries the money table and what the person lives on.
  await expect(printed.locator('table.argent')).toContainText("rien, si l'un de ces financements paie le reste");
  await expect(printed).toContainText('Pendant la formation');
  await expect(printed).toContainText('Données reprises le');
  await expect(printed).toContainText('sources consultées en 2025-2026');
});

test('a job seeker without experience sees VAE as unlikely, last, with the reason', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.answer('Êtes-vous inscrit(e) à France Travail ?', 'Oui');
  await s.fill('Votre âge', '24');
  await s.fill(/Vos mois d'expérience/, '0');
  const vae = await s.open('Le titre entier par la VAE');
  await expect(vae.locator('.faisabilite')).toHaveText('Peu probable pour vous');
  await expect(vae.locator('ul.conditions')).toContainText("si vous avez environ 12 mois d'expérience en lien avec le titre (vous indiquez 0 mois)");
  expect((await routeNames(page)).at(-1)).toBe('Le titre entier par la VAE');
  await expect(s.onTop.locator('.faisabilite')).toHaveText('Sous conditions');
  // Apprenticeship, paid and with nothing to pay, comes first though its length is not known;
  // the route says what put it before the next one.
  await expect(s.onTop.locator('h4.nom-parcours')).toHaveText('En apprentissage');
  await expect(s.onTop.locator('.pourquoi')).toContainText('il passe devant le suivant parce qu\'il laisse moins à payer à coup sûr');
  // Values from secondary or single sources are marked as such.
  await expect(await s.open('Le titre entier en formation')).toContainText('non confirmé');
  // The summary says how realistic the route on top is.
  await expect(s.remaining).toContainText(/En tête : « .* » \(Sous conditions\)/);
  expect(await axeViolations(page)).toEqual([]);

  const printed = await printView(page);
  await expect(printed).toContainText('Sous conditions');
  await expect(printed).toContainText('rien à payer pour vous');
  await expect(printed).toContainText('Le titre entier par la VAE (Peu probable pour vous');
});

test('a whole REMN title held is valid for life; the new title is offered as an option', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  // The earlier titles are folded for a newcomer; a holder opens them.
  await s.question.getByText("J'ai des blocs ou un titre d'avant 2025").click();
  const whole = s.question.getByRole('checkbox', { name: "J'ai le titre REMN complet (tous ses blocs)" });
  await whole.check();
  // Its blocks come with it.
  await expect(s.block('CCP2 REMN')).toBeChecked();
  await expect(s.block('CCP2 REMN')).toBeDisabled();
  const option = page.getByRole('heading', { name: 'Votre titre REMN reste valable' });
  await expect(option).toBeVisible();
  // Said as found, with where it was found.
  await expect(s.remaining).toContainText("Aucun texte n'exige le titre Médiateur numérique pour exercer, à notre connaissance");
  await expect(s.remaining.getByRole('link', { name: /^Source : Observatoire de l'inclusion numérique 2022/ })).toHaveAttribute('href', /labo\.societenumerique\.gouv\.fr/);
  await expect(s.remaining).toContainText('Ce que le titre Médiateur numérique ajouterait');
  await expect(s.remaining).toContainText('Votre titre REMN est acquis pour toujours');
  // No « window closed » for a title held whole.
  await expect(s.remaining).not.toContainText('Cette date est passée');
  await expect(page.locator('#lien-partage')).toHaveValue(/[?&]titres=remn(&|$)/);
  expect(await axeViolations(page)).toEqual([]);
  await fullShot(page, 'titre-remn-complet.png');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: "J'ai le titre REMN complet (tous ses blocs)" })).toBeChecked();
});
