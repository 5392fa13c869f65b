// The route at a glance: the recommended route first in one card (why, what to do now, with
// official links), the other routes one line each, opened in place and put on top on demand.
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, freshStart, fullShot } = require('./pages');

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
  // Its price is not covered for sure (the CPF balance is not known): conditional, and why first.
  await expect(s.onTop.locator('.faisabilite')).toHaveText('Sous conditions');
  await expect(s.onTop.locator('.pourquoi')).toHaveText(/^(Il vient en premier|Aucun parcours ne vous est ouvert sans condition)/);
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
  // Asking one's own employer comes first when the course would be on working time (not said
  // yet: on working time, or outside it); it has no official page, every other action has one.
  expect(todo[0][0]).toMatch(/^Si vous voulez vous former sur votre temps de travail, demandez-en l'accord à votre employeur, au plus tard le /);
  expect(todo[0][1]).toBeNull();
  for (const [text, href] of todo.slice(1)) {
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

test('when an answer puts another route on top, the card shows that route in every part, and stays the same card', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  const name = s.onTop.locator('h4.nom-parcours');
  await expect(name).toHaveText('Le titre entier en formation');
  await expect(s.onTop.locator('ol.etapes > li strong')).toHaveText(['Le titre Médiateur numérique entier']);
  const follow = s.onTop.getByRole('button', { name: 'Je suis ce parcours' });
  await follow.evaluate((button) => (window.followBefore = button));
  // CCP1 held: the other blocks by VAE come on top (as long as a course at an unknown pace).
  await page.locator('#bloc-mn-ccp1').check();
  await expect(name).toHaveText('Par la VAE');
  // The same card, its words changed in place: what did not change is the same element (a
  // keyboard's focus or a screen reader's place on it is kept)…
  expect(await follow.evaluate((button) => button === window.followBefore)).toBe(true);
  // …and each part is the new route's: its name for assistive technologies, its steps, and its
  // line gone from the others.
  await expect(s.route('Par la VAE')).toHaveClass(/conseille/);
  await expect(s.onTop.locator('ol.etapes > li strong')).toHaveText(['Autres CCP Médiateur numérique']);
  await expect(s.line('Par la VAE')).toHaveCount(0);
  // Compared and followed, it is the route on top that is, not the one before.
  await s.onTop.getByRole('checkbox', { name: 'Comparer ce parcours (trois au plus)' }).check();
  const other = page.locator('details.autre').first();
  await other.locator('summary').click();
  await other.getByRole('checkbox', { name: 'Comparer ce parcours (trois au plus)' }).check();
  const compared = page.getByRole('table', { name: 'Comparaison des parcours choisis' });
  await expect(compared).toContainText('Par la VAE');
  await expect(compared).not.toContainText('Le titre entier en formation');
  await follow.click();
  await expect(page.locator('#parcours-affiche')).toHaveText('Le parcours que vous suivez');
  await expect(name).toHaveText('Par la VAE');
  await expect(s.onTop.getByRole('combobox', { name: /^Où en êtes-vous/ })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

test("on a phone the time line's month labels do not overlap, with or without a start month", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const s = new FirstScreen(page);
  await s.goto();
  // The labels written on the axis (a label may be kept for its mark only, its text unseen).
  const written = () =>
    s.onTop.locator('ol.axe li').evaluateAll((marks) =>
      marks
        .filter((m) => getComputedStyle(m).color !== 'rgba(0, 0, 0, 0)')
        .map((m) => {
          const text = document.createRange();
          text.selectNodeContents(m);
          const r = text.getBoundingClientRect();
          return { label: m.textContent, left: r.left, right: r.right };
        }),
    );
  const apart = (labels) => labels.every((a, i) => labels.slice(i + 1).every((b) => a.right <= b.left || b.right <= a.left));
  // A newcomer's route: seven months, marks at months 1, 3, 5 and 7.
  await expect(s.onTop.locator('ol.axe li')).toHaveCount(4);
  let labels = await written();
  expect(labels.map((l) => l.label)).toEqual(['mois 1', 'mois 7']);
  expect(apart(labels), JSON.stringify(labels)).toBe(true);
  // With a start month (here from a link) the labels are months and years, longer still.
  await page.goto('/?v=1&debut=2027-09-01');
  await expect(s.onTop.locator('ol.axe li').first()).toHaveText('septembre 2027');
  labels = await written();
  expect(labels.length).toBe(2);
  expect(apart(labels), JSON.stringify(labels)).toBe(true);
  // On a wide screen every label is written, and none overlaps either.
  await page.setViewportSize({ width: 1280, height: 800 });
  labels = await written();
  expect(labels.length).toBe(4);
  expect(apart(labels), JSON.stringify(labels)).toBe(true);
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

test("the browser's own print shows the plan: the route, what to do and the link fit on the first A4 page", async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.answer('Êtes-vous inscrit(e) à France Travail ?', 'Oui');
  // An A4 page's width at 96 dpi; print media as the browser's own print sets it (no event).
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByRole('region', { name: 'Version imprimable' });
  await expect(printed).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Où vous en êtes' })).toBeHidden();
  await expect(printed).toContainText('Pour commencer');
  await expect(printed.getByRole('img', { name: 'QR code du lien de ce plan' })).toBeVisible();
  // Route, steps, actions, link, QR code and notice end within one A4 page (its height at
  // 96 dpi, less a margin of 1.5 cm top and bottom); the details start the next page.
  const end = await printed.evaluate((section) => {
    const top = section.getBoundingClientRect().top;
    const notice = section.querySelector('.lien-imprime').nextElementSibling;
    return notice.getBoundingClientRect().bottom - top;
  });
  expect(end).toBeLessThan(1123 - 2 * 57);
  expect(await page.locator('.page-suivante').evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
  await fullShot(page, 'impression.png');
  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toHaveCount(0);
});

test('each acronym is explained once, where the page first needs it; the glossary at the end has them all', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.answer('Êtes-vous inscrit(e) à France Travail ?', 'Oui');
  await s.onTop.locator('ol.etapes > li').first().getByText('Détails, financements et sources').click();
  // What the person sees: a question hidden in their situation explains nothing to them.
  const explained = await page.locator('main dl.sigles dt:visible').allTextContents();
  expect(explained.length).toBeGreaterThan(3);
  const twice = explained.filter((t, i) => explained.indexOf(t) !== i);
  expect(twice, `explained more than once: ${twice}`).toEqual([]);
  // For a job seeker, the CPF is explained with the first question they see that names it; the
  // employer's question, which names it too, is hidden for them.
  const cpf = page.locator('dl.sigles:visible', { has: page.locator('dt', { hasText: /^CPF$/ }) });
  await expect(cpf).toHaveCount(1);
  expect(await cpf.evaluate((dl) => dl.closest('fieldset')?.querySelector('legend')?.textContent)).toBe('Vous');
  // The full glossary, at the end: folded, and drawn only once opened.
  await expect(page.locator('dl.glossaire')).toHaveCount(0);
  await page.locator('#glossaire summary').click();
  await expect(page.locator('dl.glossaire dt').first()).toBeVisible();
  const glossary = await page.locator('dl.glossaire dt').allTextContents();
  for (const term of explained) expect(glossary).toContain(term);
});

test('the time line: a month axis, each kind of step drawn its own way, opened by mouse or keyboard, read as a list', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.answer('Êtes-vous inscrit(e) à France Travail ?', 'Oui');
  const field = await s.open("Le CCP1 d'abord, l'expérience, puis la VAE");
  // Read as an ordered list: each step says what it is and when, in words.
  const steps = field.locator('ol.etapes > li');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText(/du mois 1 au mois \d+/);
  await expect(steps.nth(1)).toContainText("Travailler dans le métier");
  await expect(steps.nth(2)).toContainText("VAE d'un bloc");
  // The axis counts months from 1 without a start date; it is for the eye only.
  await expect(field.locator('ol.axe li').first()).toHaveText('mois 1');
  expect(await field.locator('ol.axe').getAttribute('aria-hidden')).toBe('true');
  // Training, experience and VAE look different (and their words differ, as above).
  const look = (i) => steps.nth(i).locator('.barre').evaluate((b) => {
    const st = getComputedStyle(b);
    return `${st.backgroundImage} ${st.backgroundColor} ${st.boxShadow}`;
  });
  const [training, experience, vae] = [await look(0), await look(1), await look(2)];
  expect(experience).toContain('repeating-linear-gradient');
  expect(new Set([training, experience, vae]).size).toBe(3);
  // By mouse: a click on a step's bar opens its details.
  await steps.nth(0).locator('.frise').click();
  await expect(steps.nth(0).locator(':scope > details')).toHaveJSProperty('open', true);
  await expect(steps.nth(0)).toContainText('Financements');
  // By keyboard: its « Détails » opens with Enter.
  await steps.nth(2).locator(':scope > details > summary').focus();
  await page.keyboard.press('Enter');
  await expect(steps.nth(2).locator(':scope > details')).toHaveJSProperty('open', true);
  await expect(steps.nth(2)).toContainText('Financements');
  expect(await axeViolations(page)).toEqual([]);
});
