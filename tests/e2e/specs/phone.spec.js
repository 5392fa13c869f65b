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
