const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, screenshots, freshStart, fullShot } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('the English switch: by keyboard, the whole page in English, answers kept, remembered', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.fill('Votre âge', '24');
  // The switch is in the header, reached by Tab like everything else, and says its language.
  const english = page.getByRole('button', { name: 'English version' });
  await expect(english).toHaveAttribute('lang', 'en');
  // From the age field, back up to the header by Shift+Tab.
  await page.getByRole('spinbutton', { name: 'Votre âge' }).focus();
  for (let i = 0; i < 80 && !(await english.evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(english).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/^Parcours: becoming a digital mediator/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
  // Focus stays on the switch, which now offers French.
  const french = page.getByRole('button', { name: 'Version française' });
  await expect(french).toBeFocused();
  await expect(french).toHaveAttribute('lang', 'fr');
  // The answers given in French are kept.
  await expect(page.getByRole('radio', { name: 'I am looking for a job', exact: true })).toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'Your age' })).toHaveValue('24');

  // The planner's words and the catalog's, in English.
  const routes = page.getByRole('region', { name: 'Your routes' });
  await expect(routes).toContainText('Indicative results, not binding');
  const field = page.getByRole('article', { name: /^\d+\. CCP1 first, experience, then VAE$/ });
  await expect(field).toContainText('The most common route in the field');
  await expect(field.locator('ol.etapes > li').nth(1)).toContainText('Work in the job: 12\u00a0months of experience');
  await field.locator('ol.etapes > li').nth(0).getByText('Details, funding and sources').click();
  await expect(field).toContainText('As a job seeker, you keep your CPF rights (up to €5,000 in all)');
  await expect(field).toContainText('What the block covers:');
  await expect(field).toContainText('Welcome people and present what digital mediation offers');
  const sigles = field.locator('dl.sigles').first();
  await expect(sigles.locator('dd').first()).toHaveText(/^Personal training account \(compte personnel de formation\): /);
  // Sources are French documents, marked as such for screen readers.
  await field.locator('details.sources summary').first().click();
  await expect(field.locator('details.sources a').first()).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Words and acronyms' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Accessibility' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await fullShot(page, 'english.png');

  // The next visit opens in English.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // And back to French.
  await page.getByRole('button', { name: 'Version française' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(s.question).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Je cherche un emploi', exact: true })).toBeChecked();
});

test('in English too, no horizontal scroll at 320 px and the phone steps through the questions', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('parcours.langue', 'en'));
  await page.goto('/');
  await expect(page.getByRole('group', { name: 'Which blocks (CCP) do you already hold?' })).toBeVisible();
  await expect(page.getByText(/^Question \d of 5/)).toHaveText('Question 1 of 5 · you can change any answer');
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('group', { name: 'What are you aiming at?' })).toBeVisible();
  await page.getByText('Details, funding and sources').first().click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
  await fullShot(page, 'english-320.png');
});
