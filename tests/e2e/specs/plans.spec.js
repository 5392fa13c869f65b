// Plans that are never lost: several plans, damaged storage, share links, two tabs, files, print.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { FirstScreen, Plans, appRunning, axeViolations, screenshots, freshStart, fullShot } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('damaged storage: the app starts, keeps the raw value and lets the person export it', async ({ page }) => {
  const damaged = '{"schema":2,"plans":[{"id":"plan-1","name":"Léa","profile":{"held":[{"blo';
  await page.evaluate((v) => localStorage.setItem('parcours.plans', v), damaged);
  const s = new FirstScreen(page);
  await s.goto();
  await expect(s.messages).toContainText(
    'Une copie de ce qui était enregistré est gardée',
  );
  // The app works: answering plans at once.
  await s.block('CCP1 REMN').check();
  await expect(s.remaining).toContainText('Il vous reste');
  expect(await page.evaluate(() => localStorage.getItem('parcours.sauvegarde.1'))).toBe(damaged);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter la copie n° 1' }).click();
  const file = await (await download).path();
  expect(fs.readFileSync(file, 'utf8')).toBe(damaged);
  expect(await axeViolations(page)).toEqual([]);
  await fullShot(page, 'donnees-abimees.png');
  // Next visit: no message, the copy is still offered until the person removes it.
  await page.reload();
  await expect(s.question).toBeVisible();
  await expect(s.messages).toBeEmpty();
  await page.getByRole('button', { name: 'Supprimer la copie n° 1' }).click();
  expect(await page.evaluate(() => localStorage.getItem('parcours.sauvegarde.1'))).toBeNull();
});

test('a plan saved before the catalog changed keeps the rest of its answers, and says what it lost', async ({ page }) => {
  // As the release before a catalog change saved it: a block and a way of obtaining a block
  // that this catalog no longer has.
  const stored = JSON.stringify({
    schema: 2,
    plans: [{
      id: 'plan-1',
      name: 'Léa',
      profile: {
        version: 1,
        held: [{ block: 'remn-ccp1' }, { block: 'remn-ccp9' }],
        age: 38,
        situation: 'job-seeker',
        choices: [{ block: 'mn-ccp1', modality: 'vae-ancienne' }],
      },
      progress: { version: 1, steps: {} },
    }],
  });
  await page.evaluate((v) => localStorage.setItem('parcours.plans', v), stored);
  const s = new FirstScreen(page);
  await s.goto();
  await expect(s.messages).toContainText('Le plan « Léa » a été fait avec une version plus ancienne du catalogue.');
  await expect(s.messages).toContainText('« remn-ccp9 »');
  await expect(s.messages).toContainText('Le choix « vae-ancienne » pour CCP1 Médiateur numérique n\'est plus possible');
  await expect(s.messages).toContainText('Une copie de ce qui était enregistré est gardée');
  // Everything else is there, and plans at once.
  await expect(new Plans(page).name).toHaveValue('Léa');
  await expect(s.block('CCP1 REMN')).toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'Votre âge' })).toHaveValue('38');
  await expect(page.getByRole('group', { name: 'Quelle est votre situation ?' }).getByRole('radio', { name: 'Je cherche un emploi', exact: true })).toBeChecked();
  await expect(s.remaining).toContainText('Il vous reste');
  expect(await page.evaluate(() => localStorage.getItem('parcours.sauvegarde.1'))).toBe(stored);
  const now = JSON.parse(await page.evaluate(() => localStorage.getItem('parcours.plans')));
  expect(now.plans[0].profile.held).toEqual([{ block: 'remn-ccp1', obtained: null }]);
  expect(await axeViolations(page)).toEqual([]);
  // The next visit opens the plan as it is now, without a message.
  await page.reload();
  await expect(s.question).toBeVisible();
  await expect(s.messages).toBeEmpty();
  await expect(new Plans(page).name).toHaveValue('Léa');

  // A file exported by that release is imported the same way, saying what it lost.
  const file = test.info().outputPath('parcours-ines.json');
  fs.writeFileSync(file, JSON.stringify({
    format: 'parcours-plan',
    schema: 2,
    exported: '2026-01-05',
    name: 'Inès',
    profile: { version: 1, held: [{ block: 'cmn-ccp2' }, { block: 'cmn-ccp7' }], age: 29 },
  }));
  const plans = new Plans(page);
  await plans.manage();
  await page.getByLabel('Importer un plan (fichier .json exporté par Parcours)').setInputFiles(file);
  await expect(s.messages).toContainText('Le plan « Inès » a été importé et s\'affiche.');
  await expect(s.messages).toContainText('« cmn-ccp7 »');
  await expect(s.block('CCP2 CMN')).toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'Votre âge' })).toHaveValue('29');
});

test('a shared link opens beside an existing plan and leaves it intact', async ({ page }) => {
  const s = new FirstScreen(page);
  const plans = new Plans(page);
  await s.goto();
  await s.block('CCP1 Médiateur numérique').check();
  await plans.rename('Mon suivi');
  // The plans are written once the answers are quiet for a moment.
  const stored = () => page.evaluate(() => localStorage.getItem('parcours.plans'));
  await expect.poll(stored).toContain('"name":"Mon suivi"');
  const before = await stored();

  await page.goto('/?v=1&blocs=remn-ccp1&situation=agent-public&employeur=collectivite&age=40&couleur=bleu');
  await expect(page.getByText('Vous regardez un plan reçu par un lien.')).toBeVisible();
  await expect(page.getByText('« couleur » : paramètre inconnu')).toBeVisible();
  await expect(s.block('CCP1 REMN')).toBeChecked();
  await expect(s.block('CCP1 Médiateur numérique')).not.toBeChecked();
  // Changing the shared plan does not touch the person's plans.
  await s.fill('Votre âge', '41');
  expect(await page.evaluate(() => localStorage.getItem('parcours.plans'))).toBe(before);
  // « Vos plans », where the header's « Mes plans » leads, says where the plans are meanwhile,
  // and leads to the banner's buttons.
  await page.getByRole('link', { name: 'Mes plans' }).click();
  const mine = page.getByRole('region', { name: 'Vos plans' });
  await expect(mine).toContainText('vos propres plans reviennent quand vous le gardez ou le quittez');
  await mine.getByRole('link', { name: 'en haut de la page' }).click();
  await expect(page.locator('#lien-recu')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Revenir à mes plans' })).toBeInViewport();
  expect(await axeViolations(page)).toEqual([]);
  await fullShot(page, 'lien-partage.png');

  await page.getByRole('button', { name: 'Enregistrer comme nouveau plan' }).click();
  await expect(plans.shown).toHaveValue(/plan-2/);
  // The banner and its button are gone: the focus is on the plans' list, not lost.
  await expect(plans.shown).toBeFocused();
  await expect(plans.options).toHaveText(['Mon suivi', 'Plan partagé']);
  expect(new URL(page.url()).search).toBe('');
  await expect.poll(stored).toContain('"name":"Plan partagé"');
  const after = JSON.parse(await stored());
  expect(after.plans[0]).toEqual(JSON.parse(before).plans[0]);
  expect(after.plans[1].profile.age).toBe(41);
  // Back to the first plan: as it was.
  await plans.show('Mon suivi');
  await expect(s.block('CCP1 Médiateur numérique')).toBeChecked();
});

test('asking to delete a plan or to erase everything moves the focus into the question and back, by keyboard', async ({ page }) => {
  const s = new FirstScreen(page);
  const plans = new Plans(page);
  await s.goto();
  await plans.create();
  await expect(plans.options).toHaveText(['Mon plan', 'Nouveau plan']);
  await plans.manage();
  const ask = page.getByRole('button', { name: 'Supprimer ce plan', exact: true });
  const question = page.getByRole('group', { name: 'Confirmer la suppression du plan' });
  // The question takes the focus on its safe answer; « Annuler » brings it back.
  await ask.focus();
  await page.keyboard.press('Enter');
  await expect(question.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(ask).toBeFocused();
  await expect(plans.options).toHaveCount(2);
  // Asked again and confirmed: the plan is gone and the focus is back on the button.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(question.getByRole('button', { name: 'Oui, supprimer ce plan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(plans.options).toHaveText(['Mon plan']);
  await expect(ask).toBeFocused();
  // Erasing everything closes the folded part: the focus goes to the plan shown.
  const wipe = page.getByRole('button', { name: 'Effacer toutes mes données' });
  await wipe.focus();
  await page.keyboard.press('Enter');
  const erase = page.getByRole('group', { name: "Confirmer l'effacement de toutes les données" });
  await expect(erase.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(wipe).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(plans.shown).toBeFocused();
  await expect(page.getByText('Toutes vos données ont été effacées de ce navigateur.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a link too long or of a future version is refused politely, and the plans show', async ({ page }) => {
  const s = new FirstScreen(page);
  await page.goto('/?v=9&age=30');
  await expect(s.question).toBeVisible();
  await expect(s.messages).toContainText('Vos propres plans s\'affichent.');
  await page.goto(`/?v=1&x=${'a'.repeat(2100)}`);
  await expect(s.messages).toContainText('Ce lien est trop long');
});

test('the copy button gives the link that opens the same plan', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const s = new FirstScreen(page);
  await s.goto();
  await s.block('CCP1 REMN').check();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.getByText('Lien copié.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByRole('textbox', { name: 'Lien de ce plan' }).inputValue());
  expect(copied).toContain('blocs=remn-ccp1');
  await page.getByText('Afficher le QR code du lien').click();
  await expect(page.getByRole('img', { name: 'QR code du lien de ce plan' })).toBeVisible();
  const other = await context.newPage();
  await other.goto(copied);
  const t = new FirstScreen(other);
  await expect(t.block('CCP1 REMN')).toBeChecked();
  await expect(other.getByRole('group', { name: 'Quelle est votre situation ?' }).getByRole('radio', { name: 'Je cherche un emploi' })).toBeChecked();
});

test('two tabs: a change in one shows in the other, and nothing is overwritten', async ({ page, context }) => {
  const s = new FirstScreen(page);
  await s.goto();
  const other = await context.newPage();
  const t = new FirstScreen(other);
  await t.goto();
  await s.block('CCP1 REMN').check();
  await expect(t.block('CCP1 REMN')).toBeChecked();
  await expect(t.messages).toContainText('a été modifié dans un autre onglet');
  // The second tab adds its answer on top of the first's.
  await t.fill('Votre âge', '33');
  await expect(page.getByRole('spinbutton', { name: 'Votre âge' })).toHaveValue('33');
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('parcours.plans')));
  expect(stored.plans[0].profile.held).toEqual([{ block: 'remn-ccp1', obtained: null }]);
  expect(stored.plans[0].profile.age).toBe(33);
  // A plan deleted in one tab: the other says so.
  await new Plans(page).create();
  await expect(new Plans(other).options).toHaveText(['Mon plan', 'Nouveau plan']);
  await new Plans(other).show('Nouveau plan');
  await new Plans(page).deleteShown();
  await expect(t.messages).toContainText('Le plan affiché a été supprimé dans un autre onglet.');
  // Everything erased in one tab: the other says so, and starts again from a blank plan.
  await new Plans(page).manage();
  await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
  await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(t.messages).toContainText('Toutes les données de Parcours ont été effacées dans un autre onglet');
  await expect(t.messages).not.toContainText('modifié');
  await expect(t.block('CCP1 REMN')).not.toBeChecked();
  await expect(new Plans(other).options).toHaveText(['Mon plan']);
  expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('parcours.')))).toEqual([]);
});

test('a plan goes out as a file and comes back as a new plan', async ({ page }) => {
  const s = new FirstScreen(page);
  const plans = new Plans(page);
  await s.goto();
  await s.block('CCP2 REMN').check();
  await s.fill('Votre âge', '52');
  await plans.rename('Karim');
  await plans.manage();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter ce plan (fichier)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('parcours-karim.json');
  const saved = path.join(test.info().outputDir, 'parcours-karim.json');
  await file.saveAs(saved);
  const json = JSON.parse(fs.readFileSync(saved, 'utf8'));
  expect(json.format).toBe('parcours-plan');
  expect(json.profile.age).toBe(52);

  await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
  await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(s.block('CCP2 REMN')).not.toBeChecked();
  await plans.manage();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('parcours.')))).toEqual([]);

  await page.getByLabel('Importer un plan (fichier .json exporté par Parcours)').setInputFiles(saved);
  await expect(s.messages).toContainText('Le plan « Karim » a été importé');
  await expect(s.block('CCP2 REMN')).toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'Votre âge' })).toHaveValue('52');
  // A file that is not a plan is refused with a reason.
  const junk = path.join(test.info().outputDir, 'photo.json');
  fs.writeFileSync(junk, '{"type":"photo"}');
  await page.getByLabel('Importer un plan (fichier .json exporté par Parcours)').setInputFiles(junk);
  await expect(s.messages).toContainText("Import impossible : Ce fichier n'est pas un plan Parcours.");
});

test('without local storage the app works and says plans will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const s = new FirstScreen(page);
  await s.goto();
  await expect(s.messages).toContainText('ne permet pas d\'enregistrer vos plans');
  await s.block('CCP1 REMN').check();
  await expect(s.remaining).toContainText('Il vous reste');
  await new Plans(page).create();
  await expect(new Plans(page).options).toHaveText(['Mon plan', 'Nouveau plan']);
});

test('the print view fits the plan on paper: route, details, date, link, QR code and notice', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.answer('Êtes-vous inscrit(e) à France Travail ?', 'Oui');
  // What the browser does when printing starts (its menu, Ctrl+P or the page's button).
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByRole('region', { name: 'Version imprimable' });
  await expect(printed).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Où vous en êtes' })).toBeHidden();
  await expect(printed).toContainText('Parcours vers le titre Médiateur numérique — « Mon plan »');
  await expect(printed).toContainText('Données reprises le');
  await expect(printed).toContainText('Résultats indicatifs, non opposables');
  await expect(printed).toContainText('Où demander');
  await expect(printed.getByRole('img', { name: 'QR code du lien de ce plan' })).toBeVisible();
  await expect(printed).toContainText('?v=1&situation=demandeur-emploi');
  // The answers the plan rests on, as asked, and only those given.
  const answers = printed.locator('dl.reponses');
  await expect(answers.locator('dt')).toHaveText(['Objectif', 'Situation', 'Inscrit(e) à France Travail']);
  await expect(answers.locator('dd')).toHaveText(['Le titre complet « Médiateur numérique »', 'Je cherche un emploi', 'Oui']);
  // The glossary on paper holds the words the printed plan uses, and no other.
  const glossary = page.locator('#glossaire .imprime-seulement dl.glossaire dt');
  await expect(glossary.first()).toBeVisible();
  const terms = await glossary.allTextContents();
  const text = await printed.textContent();
  for (const term of terms) expect(text, term).toContain(term);
  // The whole glossary, as the page offers it (folded on screen).
  await page.emulateMedia({ media: 'screen' });
  await page.locator('#glossaire summary').click();
  await expect(page.locator('#glossaire details dl.glossaire dt').first()).toBeVisible();
  const all = await page.locator('#glossaire details dl.glossaire dt').count();
  await page.emulateMedia({ media: 'print' });
  expect(terms.length).toBeGreaterThan(0);
  expect(terms.length).toBeLessThan(all);
  await fullShot(page, 'impression.png');
  const pdf = await page.pdf({ format: 'A4', path: path.join(screenshots, 'impression.pdf') });
  expect(pdf.length).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(printed).toHaveCount(0);
});

test('an English shared plan, saved in a fresh browser, is the only plan and stays in English after a reload', async ({ page }) => {
  await page.goto('/?v=1&langue=en&situation=demandeur&age=30');
  await appRunning(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Save as a new plan' }).click();
  const shown = page.getByRole('combobox', { name: 'Plan shown' });
  await expect(shown.locator('option')).toHaveText(['Shared plan']);
  await page.reload();
  await appRunning(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
  await expect(shown.locator('option')).toHaveText(['Shared plan']);
  await expect(page.getByRole('spinbutton', { name: 'Your age' })).toHaveValue('30');
  expect(await axeViolations(page)).toEqual([]);
});

test("the shown plan's name is at the top of the questions and of the routes, and what is said follows a switch", async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  const plans = new Plans(page);
  const top = page.locator('#situation .plan-affiche');
  const routes = page.locator('#parcours .plan-affiche');
  // One plan without a name of its own: nothing to tell apart.
  await expect(top).toHaveCount(0);
  await plans.rename('Karima B.');
  await expect(top).toHaveText('Plan affiché : Karima B. · changer de plan');
  await plans.create();
  await expect(s.messages).toContainText("Un nouveau plan vierge s'affiche");
  await expect(top).toContainText('Plan affiché : Nouveau plan');
  await plans.show('Karima B.');
  await expect(top).toContainText('Plan affiché : Karima B.');
  await expect(routes).toContainText('Plan affiché : Karima B.');
  await expect(s.messages).not.toContainText('nouveau plan vierge');
  await expect(s.messages).toContainText('Le plan « Karima B. » s\'affiche.');
  // The way to switch leads to the plans' list, by keyboard too.
  await top.getByRole('link', { name: 'changer de plan' }).focus();
  await page.keyboard.press('Enter');
  await expect(plans.shown).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});
