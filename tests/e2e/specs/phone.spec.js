// A phone shows the questions one topic at a time. Every question page, whatever it draws, fits
// the screen at 360 and 320 px in both languages; the question the person was on comes back
// after a reload.
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, freshStart, overflow, screenshots } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

const words = {
  fr: { next: 'Question suivante', last: 'Voir vos parcours', of: /^Question (\d+) sur (\d+)/, employee: 'Je suis salarié(e) (entreprise, association)', situation: 'Quelle est votre situation ?' },
  en: { next: 'Next question', last: 'See your routes', of: /^Question (\d+) of (\d+)/, employee: 'I am an employee (company, association)', situation: 'What is your situation?' },
};

/** Walks every question page with the « next » button, as a person would, calling `look` on
 * each with its number; the count comes from the page itself, so a question added later is
 * walked too. */
async function eachQuestion(page, w, look) {
  const counter = page.locator('p.pas-a-pas.aide');
  const [, first, total] = (await counter.textContent()).match(w.of);
  expect(first).toBe('1');
  for (let n = 1; n <= Number(total); n++) {
    await expect(counter).toHaveText(new RegExp(w.of.source.replace('(\\d+)', String(n))));
    await look(n);
    if (n < Number(total)) await page.getByRole('button', { name: w.next }).click();
  }
  await expect(page.getByRole('link', { name: w.last })).toBeVisible();
}

for (const lang of ['fr', 'en']) {
  test(`every question page fits a phone's screen, at 360 and 320 px (${lang})`, async ({ page }) => {
    const w = words[lang];
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(lang === 'en' ? '/?langue=en' : '/');
    await expect(page.locator('#avant-chargement')).toHaveCount(0, { timeout: 15_000 });
    await eachQuestion(page, w, async (n) => {
      // An employee: the situation's page then draws its most fields (employer, contract,
      // working time, the CPF balance).
      const situation = page.getByRole('group', { name: w.situation });
      if ((await situation.isVisible())) await situation.getByRole('radio', { name: w.employee, exact: true }).check();
      for (const width of [360, 320]) {
        await page.setViewportSize({ width, height: 780 });
        expect(await overflow(page), `question ${n} at ${width} px`).toBeLessThanOrEqual(0);
      }
      await page.setViewportSize({ width: 360, height: 780 });
      if (n === 4) await page.screenshot({ path: path.join(screenshots, `question-4-${lang}-360.png`), fullPage: false });
    });
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a reload on a phone comes back to the question the person was on, with what they typed', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const s = new FirstScreen(page);
  await s.goto();
  const next = page.getByRole('button', { name: 'Question suivante' });
  for (let i = 0; i < 3; i++) await next.click();
  await expect(page.locator('p.pas-a-pas.aide')).toHaveText(/^Question 4 sur 5/);
  // An age typed, the field not left, then the page reloaded (a phone does it to a page left in
  // the background).
  await page.getByRole('spinbutton', { name: 'Votre âge' }).fill('19');
  await page.reload();
  await expect(page.locator('#avant-chargement')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('p.pas-a-pas.aide')).toHaveText(/^Question 4 sur 5/);
  await expect(page.getByRole('spinbutton', { name: 'Votre âge' })).toHaveValue('19');
  await expect(page.getByRole('spinbutton', { name: 'Votre âge' })).toBeInViewport();
  // Down at the routes, following one: a reload comes back to it.
  await page.getByRole('button', { name: 'Question suivante' }).click();
  await page.getByRole('link', { name: 'Voir vos parcours' }).click();
  await s.onTop.getByRole('button', { name: 'Je suis ce parcours' }).click();
  await expect(page.locator('#parcours-affiche')).toHaveText('Le parcours que vous suivez');
  await page.reload();
  await expect(page.locator('#avant-chargement')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('#parcours-affiche')).toBeInViewport();
  await expect(page.locator('#parcours-affiche')).toHaveText('Le parcours que vous suivez');
  // Another tab starts at the top, on question 1.
  const other = await page.context().newPage();
  await other.setViewportSize({ width: 360, height: 780 });
  await other.goto('/');
  await expect(other.locator('#avant-chargement')).toHaveCount(0, { timeout: 15_000 });
  await expect(other.locator('p.pas-a-pas.aide')).toHaveText(/^Question 1 sur 5/);
});

/** Words of `root` broken over two lines (a word drawn in more than one piece). */
function brokenWords(root) {
  return root.evaluate((el) => {
    const broken = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent.matchAll(/[^\s'’\-/]+/g)) {
        const r = document.createRange();
        r.setStart(node, m.index);
        r.setEnd(node, m.index + m[0].length);
        if (r.getClientRects().length > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

test('the comparison of three routes reads on a 320 px phone, with only the rows that apply to the person', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.fill('Votre âge', '24');
  await s.onTop.getByRole('checkbox', { name: /Comparer ce parcours/ }).check();
  for (const line of (await page.locator('details.autre').all()).slice(0, 2)) {
    await line.locator('summary').click();
    await line.getByRole('checkbox', { name: /Comparer ce parcours/ }).check();
  }
  const table = page.getByRole('table', { name: 'Comparaison des parcours choisis' });
  await expect(table.getByRole('columnheader')).toHaveCount(3);
  // A job seeker has no job to keep; pay during the course is said by the income row.
  expect(await table.getByRole('rowheader').allTextContents()).not.toContain('Vous gardez votre emploi');
  expect(await table.getByRole('rowheader').allTextContents()).not.toContain('Payé(e) pendant la formation');
  expect(await table.getByRole('rowheader').allTextContents()).toContain('Pendant la formation');
  await page.setViewportSize({ width: 320, height: 720 });
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(await brokenWords(table)).toEqual([]);
  // Each line names its route.
  await expect(table.getByRole('row', { name: /^Durée/ }).getByRole('cell').first()).toHaveAttribute('data-parcours', /.+ : $/);
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, 'comparaison-320.png'), fullPage: false });
  expect(await axeViolations(page)).toEqual([]);
  // An employee has a job to keep: the row is there.
  await page.setViewportSize({ width: 1280, height: 800 });
  await s.answer('Quelle est votre situation ?', 'Je suis salarié(e) (entreprise, association)');
  await expect(table.getByRole('rowheader', { name: 'Vous gardez votre emploi' })).toHaveCount(1);
});
