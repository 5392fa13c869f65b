const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, screenshots, freshStart, fullShot, appRunning, dist, overflow } = require('./pages');

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
  const field = await new FirstScreen(page).open('CCP1 first, experience, then VAE');
  await expect(field).toContainText('The route best known in the field');
  await expect(field.locator('ol.etapes > li').nth(1)).toContainText('Work in the job: 12\u00a0months of experience');
  await field.locator('ol.etapes > li').nth(0).getByText('Details, funding and sources').click();
  await expect(field).toContainText('Your CPF rights stay yours (up to €5,000 in all). The contribution of €103.20 (2026 amount) is not due if you are registered with France Travail');
  await expect(field).toContainText('Subject to conditions');
  await expect(field).toContainText('if you find a job or volunteer work in digital mediation to gain the experience');
  await expect(field).toContainText('What the block covers:');
  await expect(field).toContainText('Welcome people and present what digital mediation offers');
  const sigles = field.locator('dl.sigles').first();
  await expect(sigles.locator('dd').first()).toHaveText(/^Skills operator \(opérateur de compétences\): /);
  await expect(page.locator('#situation dl.sigles dd:visible', { hasText: /^Personal training account \(compte personnel de formation\): / })).toHaveCount(1);
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
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
  await fullShot(page, 'english-320.png');
});

// The English is a file of its own (english-<hash>.txt), fetched only when asked for, so that a
// French reader's first load carries none of it.
const isEnglishFile = (url) => /\/english-[0-9a-f]{16}\.txt$/.test(new URL(url).pathname);

test('a French reader downloads no English; it comes once, when asked for', async ({ page }) => {
  // The wasm carries the interface's French, not its English.
  const wasm = fs.readFileSync(path.join(dist, fs.readdirSync(dist).find((f) => f.endsWith('_bg.wasm'))));
  expect(wasm.includes('Devenir médiateur numérique, bloc par bloc')).toBe(true);
  for (const english of ['Becoming a digital mediator', 'I am looking for a job', 'Your CPF rights pay for the training']) {
    expect(wasm.includes(english), english).toBe(false);
  }
  // Nor does the service worker fetch it ahead: it keeps it once asked for.
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  expect(sw).toContain('_bg.wasm');
  expect(sw).not.toContain('english-');
  const fetched = [];
  page.on('request', (r) => isEnglishFile(r.url()) && fetched.push(r.url()));
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await expect(page.locator('head link[href*="english-"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'English version' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
  await expect(page.getByRole('button', { name: 'Version française' })).toBeFocused();
  // Words with figures are filled in English too.
  await expect(page.getByText(/^You have the CCP1 Médiateur numérique and the Médiateur numérique title's other blocks left \(their number is not known\), and \d+ possible routes\./)).toBeVisible();
  expect(fetched).toHaveLength(1);
  // Back and forth: the file is not fetched again.
  await page.getByRole('button', { name: 'Version française' }).click();
  await page.getByRole('button', { name: 'English version' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(fetched).toHaveLength(1);

  // The next visit fetches it beside the wasm (a preload the app's own fetch takes: one request).
  fetched.length = 0;
  const unused = [];
  page.on('console', (m) => /preloaded.*not used/i.test(m.text()) && unused.push(m.text()));
  await page.reload();
  await appRunning(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
  await expect(page.locator('head link[rel=preload][as=fetch][href*="english-"]')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
  expect(fetched).toHaveLength(1);
  expect(unused).toEqual([]);
});

test.describe(() => {
  // The network cut here must not be answered by the service worker's copy.
  test.use({ serviceWorkers: 'block' });
  test('when the English cannot be loaded, the page stays French and says so in both languages', async ({ page }) => {
    // The file is slow to come, then does not: meanwhile the switch says it is loading.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(isEnglishFile, async (route) => {
      await held;
      await route.abort('internetdisconnected');
    });
    const s = new FirstScreen(page);
    await s.goto();
    await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
    const english = page.getByRole('button', { name: /^English version/ });
    await english.click();
    await expect(english).toHaveAttribute('aria-busy', 'true');
    await expect(english).toHaveAccessibleName('English version (loading…)');
    release();
    await expect(english).not.toHaveAttribute('aria-busy');
    await expect(english).toHaveAccessibleName('English version');
    await expect(s.messages).toContainText('La version anglaise n\'a pas pu être chargée');
    await expect(s.messages).toContainText('The English version could not be loaded: check your connection, then try again.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(s.question).toBeVisible();
    await expect(english).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Je cherche un emploi', exact: true })).toBeChecked();
    // A person who chose English before: the page opens, in French, and says why.
    await page.evaluate(() => localStorage.setItem('parcours.langue', 'en'));
    await page.reload();
    await appRunning(page);
    await expect(s.messages).toContainText('The English version could not be loaded');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('radio', { name: 'Je cherche un emploi', exact: true })).toBeChecked();
    // Once the file can be had again, the switch works.
    await page.unroute(isEnglishFile);
    await english.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
  });
});

test('a link made on the English page opens in English, without changing the reader’s own choice', async ({ page, browser }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  // Made on the French page, the link names no language.
  expect(await page.locator('#lien-partage').inputValue()).not.toContain('langue');
  await page.getByRole('button', { name: 'English version' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const link = await page.locator('#lien-partage').inputValue();
  expect(link).toMatch(/[?&]langue=en$/);

  // Someone who has never chosen a language opens it: in English from the loading screen on
  // (held there by a download that fails, the loading line says so in English).
  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.route('**/*.wasm', (r) => r.abort());
  await reader.goto(link);
  await expect(reader.locator('#avant-chargement .chargement')).toContainText('Parcours could not load');
  await expect(reader.locator('#avant-chargement h1')).toHaveText('Becoming a digital mediator, block by block');
  await reader.unroute('**/*.wasm');
  await reader.goto(link);
  await appRunning(reader);
  await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
  await expect(reader.getByText('You are looking at a plan received through a link.')).toBeVisible();
  await expect(reader.getByRole('radio', { name: 'I am looking for a job', exact: true })).toBeChecked();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
  expect(await axeViolations(reader)).toEqual([]);
  // Their own choice is not made for them: their next visit, without the link, is in French.
  expect(await reader.evaluate(() => localStorage.getItem('parcours.langue'))).toBeNull();
  await reader.goto('/');
  await appRunning(reader);
  await expect(reader.locator('html')).toHaveAttribute('lang', 'fr');
  await other.close();
});

test("an earlier title's block held stays shown, unfolded and ticked, when the page switches language", async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await s.block('CCP1 REMN').check();
  await page.getByRole('button', { name: 'English version' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const question = page.getByRole('group', { name: 'Which blocks (CCP) do you already hold?' });
  const remn = question.getByRole('checkbox', { name: /^CCP1 REMN: / });
  await expect(remn).toBeVisible();
  await expect(remn).toBeChecked();
});
