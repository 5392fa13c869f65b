const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, screenshots, freshStart, fullShot, overflow } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test("a newcomer gets the field route: CCP1 first, experience, then the other blocks", async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.answer('Êtes-vous inscrit(e) à France Travail ?', 'Oui');
  await s.fill('Votre âge', '24');
  await s.fill(/Vos mois d'expérience/, '0');
  const field = await s.open("Le CCP1 d'abord, l'expérience, puis la VAE");
  await expect(field).toContainText('Le parcours le plus connu sur le terrain');
  await expect(field.locator('ol.etapes > li')).toHaveCount(3);
  await expect(field.locator('ol.etapes > li').nth(0)).toContainText('CCP1 Médiateur numérique');
  await expect(field.locator('ol.etapes > li').nth(1)).toContainText("Travailler dans le métier : 12 mois d'expérience");
  await expect(field.locator('ol.etapes > li').nth(2)).toContainText("VAE d'un bloc");
  await field.locator('ol.etapes > li').nth(0).getByText('Détails, financements et sources').click();
  await expect(field).toContainText('Demandeur d\'emploi inscrit à France Travail, vous gardez vos droits CPF');
  // The acronyms of the details that no question explained are explained under them, in one
  // sentence each; the CPF was explained with the first question that names it, not again here.
  const sigles = field.locator('dl.sigles').first();
  await expect(sigles.locator('dt', { hasText: /^OPCO$/ })).toBeVisible();
  await expect(sigles.locator('dd').first()).toHaveText(/^Opérateur de compétences : /);
  await expect(field.locator('dl.sigles dt', { hasText: /^CPF$/ })).toHaveCount(0);
  await expect(page.locator('#situation dl.sigles dd:visible', { hasText: /^Compte personnel de formation : / })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  await fullShot(page, 'nouvelle-venue.png');
});

test('a REMN CCP1 holder in a local authority is told what to check and what is closed', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.block('CCP1 REMN').check();
  await s.answer('Quelle est votre situation ?', 'Je suis agent public (collectivité, État, hôpital)');
  await s.answer('Qui est votre employeur ?', 'Une collectivité (commune, département, région…)');
  await s.fill('Votre âge', '40');
  await s.answer('Avez-vous une reconnaissance de handicap (RQTH) ?', 'Non');
  await expect(s.remaining).toContainText('On ne sait pas si votre CCP1 REMN compte pour le CCP1 Médiateur numérique');
  await expect(s.remaining).toContainText('jusqu\'au 13 juillet 2026');
  await s.open('Si votre bloc est reconnu');
  // The held block is drawn on each route's time line, with what is still to check.
  await expect(s.route('Si votre bloc est reconnu').locator('.acquis-frise')).toHaveText('Déjà acquis : CCP1 REMN (équivalence à vérifier)');
  const closed = page.getByRole('heading', { name: 'Parcours non proposés' });
  await expect(closed).toBeVisible();
  await expect(s.remaining).toContainText("L'État et les collectivités ne peuvent pas recruter en contrat de professionnalisation");
  expect(await axeViolations(page)).toEqual([]);
  await fullShot(page, 'ccp1-remn-collectivite.png');
});

test('switching a step from training to VAE changes the route at once', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  const blocks = await s.open('Bloc par bloc, en formation');
  await blocks.locator('ol.etapes > li').nth(0).getByText('Détails, financements et sources').click();
  // In a suggested route, looking through the ways with the arrow keys changes nothing yet…
  const suggested = blocks.getByRole('combobox', { name: /Changer de façon d'obtenir ce bloc/ }).first();
  await suggested.focus();
  await page.keyboard.press('ArrowDown');
  await expect(suggested).toHaveValue('vae-bloc');
  await expect(s.route('Votre parcours')).toHaveCount(0);
  // …« Choisir cette façon » makes it the person's own route, at the top.
  await page.keyboard.press('Tab');
  await expect(blocks.getByRole('button', { name: 'Choisir cette façon' }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  const mine = s.route('Votre parcours');
  await expect(mine).toBeVisible();
  await expect(page.locator('#parcours-affiche')).toHaveText('Votre parcours, selon vos choix');
  await expect(s.onTop).toHaveAccessibleName('Votre parcours');
  await expect(mine.locator('ol.etapes > li').nth(0)).toContainText("VAE d'un bloc");
  await expect(mine.locator('ol.etapes > li').nth(1)).toContainText('Formation continue');
  // The focus follows the choice to that block's switch in « Votre parcours », its details
  // open; the suggested route still shows its own way, in its line and in its switch.
  const chosen = mine.locator('ol.etapes > li').nth(0).getByRole('combobox', { name: /Changer de façon d'obtenir ce bloc/ });
  await expect(chosen).toBeFocused();
  await expect(chosen).toHaveValue('vae-bloc');
  await expect(blocks.locator('ol.etapes > li').nth(0)).toContainText('Formation continue');
  await expect(suggested).toHaveValue('formation');
  // Choosing the way a route already has changes nothing.
  await blocks.getByRole('button', { name: 'Choisir cette façon' }).first().click();
  await expect(mine.locator('ol.etapes > li').nth(0)).toContainText("VAE d'un bloc");
  // The same block's switch open in two routes: each has its own id, so each label names its own.
  await mine.locator('ol.etapes > li').nth(1).getByText('Détails, financements et sources').click();
  const others = blocks.locator('ol.etapes > li').nth(1);
  await others.getByText('Détails, financements et sources').click();
  const switches = page.getByRole('combobox', { name: /Changer de façon d'obtenir ce bloc/ });
  await expect(switches).toHaveCount(4);
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  // Repeated in every step, each control tells a screen reader which block it is about (the
  // words are hidden on screen, where the step's line says it).
  const buttons = blocks.getByRole('button', { name: /^Choisir cette façon/ });
  await expect(buttons).toHaveCount(2);
  await expect(buttons.nth(0)).toHaveAccessibleName('Choisir cette façon — CCP1 Médiateur numérique');
  await expect(buttons.nth(1)).toHaveAccessibleName('Choisir cette façon — Autres CCP Médiateur numérique');
  await expect(others.getByRole('combobox', { name: /^Changer/ })).toHaveAccessibleName(
    "Changer de façon d'obtenir ce bloc — Autres CCP Médiateur numérique :",
  );
  await expect(others.locator(':scope > details > summary')).toHaveAccessibleName(
    'Détails, financements et sources — Autres CCP Médiateur numérique',
  );
  await expect(buttons.nth(0)).toHaveText('Choisir cette façon — CCP1 Médiateur numérique');
  expect(await buttons.nth(0).evaluate((b) => b.getBoundingClientRect().width)).toBeLessThan(200);
  // Changing a way in « Votre parcours » draws its step again: the focus stays on that block's
  // switch, the details stay open, and the keyboard can go on from there.
  const second = mine.locator('ol.etapes > li').nth(1).getByRole('combobox', { name: /Changer de façon d'obtenir ce bloc/ });
  await second.focus();
  await second.selectOption({ label: "VAE d'un bloc" });
  await expect(mine.locator('ol.etapes > li').nth(1)).toContainText("VAE d'un bloc");
  const again = mine.locator('ol.etapes > li').nth(1).getByRole('combobox', { name: /Changer de façon d'obtenir ce bloc/ });
  await expect(again).toBeFocused();
  await expect(again).toHaveValue('vae-bloc');
  await expect(others.getByRole('combobox', { name: /Changer de façon d'obtenir ce bloc/ })).toHaveValue('formation');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Revenir aux parcours proposés' }).focus();
  await page.keyboard.press('Enter');
  await expect(s.route('Votre parcours')).toHaveCount(0);
  // The button is gone with the choices: the focus is on « Vos parcours », not lost.
  await expect(page.locator('#parcours')).toBeFocused();
});

test('the whole flow works by keyboard alone', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  // Reach the situation question by Tab (focus lands on its checked answer, « je ne sais pas »),
  // choose with the arrow keys as in any radio group, then type the age.
  const jobSeeker = page.getByRole('radio', { name: 'Je cherche un emploi' });
  const inSituation = () => page.evaluate(() => document.activeElement && document.activeElement.name === 'situation');
  for (let i = 0; i < 40 && !(await inSituation()); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('radio', { name: 'Je ne sais pas, ou je préfère ne pas le dire' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(jobSeeker).toBeFocused();
  await expect(jobSeeker).toBeChecked();
  const age = page.getByRole('spinbutton', { name: 'Votre âge' });
  for (let i = 0; i < 40 && !(await age.evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(age).toBeFocused();
  await page.keyboard.type('45');
  await page.keyboard.press('Tab');
  // Open the apprenticeship step's details from the keyboard: at 45 with no RQTH given,
  // apprenticeship stays possible only in the listed cases.
  // The route is folded among the others: opened from the keyboard too.
  await s.line('En apprentissage').locator('summary').focus();
  await page.keyboard.press('Enter');
  const apprenticeship = s.route('En apprentissage');
  await expect(apprenticeship).toBeVisible();
  await apprenticeship.getByText('Détails, financements et sources').focus();
  await page.keyboard.press('Enter');
  await expect(apprenticeship.getByRole('heading', { name: 'Financements' })).toBeVisible();
  await expect(apprenticeship).toContainText("À 45 ans, au-delà de 34 ans");
});

test('no horizontal scroll on a 320 px wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const s = new FirstScreen(page);
  await s.goto();
  await page.getByText('Détails, financements et sources').first().click();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
  await fullShot(page, 'telephone-320.png');
});

test('on a phone the questions come one topic at a time, and all stay editable', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const s = new FirstScreen(page);
  await s.goto();
  const step = page.getByText(/^Question \d sur 5/);
  await expect(step).toHaveText('Question 1 sur 5 · toutes restent modifiables');
  await expect(s.question).toBeVisible();
  await expect(page.getByRole('group', { name: 'Quelle est votre situation ?' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Question précédente' })).toBeDisabled();
  await page.getByRole('button', { name: 'Question suivante' }).click();
  await expect(step).toHaveText('Question 2 sur 5 · toutes restent modifiables');
  await expect(s.question).toBeHidden();
  await expect(page.getByRole('group', { name: 'Que visez-vous ?' })).toBeVisible();
  await page.getByRole('button', { name: 'Question suivante' }).click();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await expect(page.getByRole('group', { name: 'Êtes-vous inscrit(e) à France Travail ?' })).toBeVisible();
  await page.getByRole('button', { name: 'Question suivante' }).click();
  await s.fill('Votre âge', '27');
  await page.getByRole('button', { name: 'Question suivante' }).click();
  await expect(step).toHaveText('Question 5 sur 5 · toutes restent modifiables');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(screenshots, 'telephone-questions.png'), fullPage: false });
  await page.getByRole('link', { name: 'Voir vos parcours' }).click();
  await expect(page.getByRole('heading', { name: 'Vos parcours', exact: true })).toBeInViewport();
  // Back to an earlier answer: still there, still editable.
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Question précédente' }).click();
  await expect(page.getByRole('group', { name: 'Quelle est votre situation ?' }).getByRole('radio', { name: 'Je cherche un emploi' })).toBeChecked();
  // A wide screen shows every topic at once.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(s.question).toBeVisible();
  await expect(page.getByRole('group', { name: 'Avez-vous une reconnaissance de handicap (RQTH) ?' })).toBeVisible();
  await expect(step).toBeHidden();
});

test('two routes compared side by side', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await (await s.open('Bloc par bloc, en formation')).getByRole('checkbox', { name: /Comparer ce parcours/ }).check();
  await (await s.open("Le CCP1 d'abord, l'expérience, puis la VAE")).getByRole('checkbox', { name: /Comparer ce parcours/ }).check();
  const table = page.getByRole('table', { name: 'Comparaison des parcours choisis' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Bloc par bloc, en formation', "Le CCP1 d'abord, l'expérience, puis la VAE"]);
  await expect(table.getByRole('row', { name: /Durée/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(screenshots, 'comparaison.png'), fullPage: false });
  // An answer that changes the routes changes the table at once, as it does the routes.
  const duration = table.getByRole('row', { name: /Durée/ }).getByRole('cell').nth(0);
  const before = await duration.textContent();
  const hours = page.getByLabel('Combien d\'heures par semaine pouvez-vous consacrer à une formation ?');
  await hours.fill('7');
  await hours.press('Tab');
  await expect(duration).not.toHaveText(before);
  const line = s.route('Bloc par bloc, en formation').locator('p', { hasText: 'Durée' });
  await expect(line).toContainText(await duration.textContent());
});

test('following a route: its marks survive a reload and travel with the link', async ({ page, browser }) => {
  const s = new FirstScreen(page);
  await s.goto();
  const name = "Le CCP1 d'abord, l'expérience, puis la VAE";
  let field = await s.open(name);
  // Marks are asked for on the route the person follows, and on no other.
  await expect(field.getByRole('combobox', { name: 'Où en êtes-vous ?' })).toHaveCount(0);
  await field.getByRole('button', { name: 'Je suis ce parcours' }).click();
  await expect(page.locator('#parcours-affiche')).toHaveText('Le parcours que vous suivez');
  await expect(page.locator('#parcours-affiche')).toBeFocused();
  field = s.onTop;
  await expect(field.locator('h4.nom-parcours')).toHaveText(name);
  await expect(field).toContainText('Avancement : aucune étape sur 3 derrière vous');
  const statuses = field.getByRole('combobox', { name: 'Où en êtes-vous ?' });
  await expect(statuses).toHaveCount(3);
  await expect(page.getByRole('combobox', { name: 'Où en êtes-vous ?' })).toHaveCount(3);
  await statuses.first().selectOption({ label: 'Fait' });
  await expect(field).toContainText('Avancement : 1 étape sur 3 derrière vous');
  await statuses.nth(1).selectOption({ label: 'Passé (sans objet pour moi)' });
  await expect(field).toContainText('Avancement : 2 étapes sur 3 derrière vous');
  expect(await axeViolations(page)).toEqual([]);
  await page.reload();
  await expect(s.onTop.locator('h4.nom-parcours')).toHaveText(name);
  await expect(s.onTop).toContainText('Avancement : 2 étapes sur 3 derrière vous');
  // The link carries the route followed and its marks: a counsellor sees the same.
  const link = await page.locator('#lien-partage').inputValue();
  // What the share box says the link holds is what it holds: the route followed and the marks,
  // not the plan's name.
  const says = page.locator('section[aria-labelledby="titre-partage"] p.aide').first();
  await expect(says).toContainText('le parcours que vous suivez et où vous en êtes');
  await expect(says).toContainText('mais pas le nom du plan');
  expect(decodeURIComponent(link)).not.toContain('Mon plan');
  expect(link).toMatch(/[?&]suivi=terrain(&|$)/);
  expect(decodeURIComponent(link)).toContain('mn-ccp1.formation:fait');
  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.locator('#parcours-affiche')).toHaveText('Le parcours que vous suivez');
  await expect(other.locator('article.route.conseille')).toContainText('Avancement : 2 étapes sur 3 derrière vous');
  await other.close();
});

test('a start month puts each step in the calendar, is kept, and goes with the link', async ({ page }) => {
  const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  const s = new FirstScreen(page);
  await s.goto();
  await s.open('Le titre entier en formation');
  const step = () => s.route('Le titre entier en formation').locator('ol.etapes > li').first();
  // What would make the routes more precise: folded under the routes, with how many answers.
  const folded = page.locator('details.preciser');
  await expect(folded.locator('summary')).toHaveText(/^Ce qui préciserait vos parcours \(\d+ réponses\)$/);
  // Its list is drawn once unfolded, not before.
  await expect(folded.locator('ul')).toHaveCount(0);
  await folded.locator('summary').click();
  const precise = folded.locator('ul');
  await expect(step()).toContainText('du mois 1 au mois 7 (7 mois)');
  await expect(precise).toContainText('Votre date de début');
  // The months offered start with this one; the fourth from now, chosen, starts the route.
  const start = page.getByLabel('Quand voudriez-vous commencer ?');
  const offered = await start.locator('option').allTextContents();
  expect(offered[0]).toBe('Je ne sais pas');
  expect(offered).toHaveLength(25);
  const now = new Date();
  const from = new Date(now.getFullYear(), now.getMonth() + 3, 1);
  const until = new Date(from.getFullYear(), from.getMonth() + 7, 1);
  expect(offered[4]).toBe(`${MOIS[from.getMonth()]} ${from.getFullYear()}`);
  await start.selectOption({ index: 4 });
  const said = from.getFullYear() === until.getFullYear()
    ? `de ${MOIS[from.getMonth()]} à ${MOIS[until.getMonth()]} ${until.getFullYear()} (7 mois)`
    : `de ${MOIS[from.getMonth()]} ${from.getFullYear()} à ${MOIS[until.getMonth()]} ${until.getFullYear()} (7 mois)`;
  await expect(step()).toContainText(said);
  await expect(step()).not.toContainText('du mois');
  await expect(precise).not.toContainText('Votre date de début');
  const month = `${from.getFullYear()}-${String(from.getMonth() + 1).padStart(2, '0')}`;
  await expect(page.locator('#lien-partage')).toHaveValue(new RegExp(`[?&]debut=${month}-01(&|$)`));
  expect(await axeViolations(page)).toEqual([]);
  // Kept with the plan.
  await page.reload();
  await expect(step()).toContainText(said);
  await expect(page.getByLabel('Quand voudriez-vous commencer ?')).toHaveValue(month);
  // A link (or a plan) with a month outside the next two years shows it, and its steps.
  await page.goto('/?v=1&debut=2031-03-15');
  await expect(step()).toContainText('de mars à octobre 2031 (7 mois)');
  await expect(page.getByLabel('Quand voudriez-vous commencer ?')).toHaveValue('2031-03');
  await expect(page.getByLabel('Quand voudriez-vous commencer ?').locator('option:checked')).toHaveText('mars 2031');
  // Back to « Je ne sais pas », the steps count months from today again.
  await page.goto('/');
  await page.getByLabel('Quand voudriez-vous commencer ?').selectOption('');
  await expect(step()).toContainText('du mois 1 au mois 7');
});
