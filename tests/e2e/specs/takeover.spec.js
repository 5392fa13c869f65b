// The first screen drawn at build time is taken over by the app (hydration) for a newcomer: the
// nodes a person already sees stay the same objects. When the page is not what was drawn, the
// app draws its own and says why in the console; should a hydration fail all the same, the page
// loads once more and the app draws its own (src/ui/takeover.rs).
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, appRunning } = require('./pages');

/** Holds the app's wasm (the first request only) until `release` is called. */
async function holdApp(page) {
  let release;
  const held = new Promise((r) => (release = r));
  let first = true;
  await page.route('**/*.wasm', async (route) => {
    if (first) {
      first = false;
      await held;
    }
    await route.continue();
  });
  return () => release();
}

function consoleOf(page) {
  const lines = [];
  page.on('console', (m) => lines.push(m.text()));
  return lines;
}

const MARKED = ['h1', '#situation', '#parcours-affiche', '.route.conseille', '.route.conseille .barre', '#debut'];

test('a newcomer keeps the nodes drawn at build time: the app adopts them, and they work', async ({ page }) => {
  const said = consoleOf(page);
  const release = await holdApp(page);
  await page.goto('/');
  await expect(page.locator('#avant-chargement .apercu #parcours-affiche')).toHaveText('Votre parcours conseillé');
  // Marks that only the very same objects keep (a property, not an attribute).
  await page.evaluate((marked) => marked.forEach((s) => (document.querySelector(s).memePage = true)), MARKED);
  release();
  await appRunning(page);

  for (const s of MARKED) {
    expect(await page.evaluate((s) => document.querySelector(s)?.memePage === true && document.querySelector(s).isConnected, s), s).toBe(true);
  }
  // What the loading page wore is gone: nothing inert, no loading line, the bars sized.
  await expect(page.locator('[inert]')).toHaveCount(0);
  await expect(page.locator('.chargement, .apercu, [data-hydratation]')).toHaveCount(0);
  expect(await page.locator('.route.conseille .barre').first().evaluate((e) => e.style.width)).toMatch(/^\d+%$/);
  // The start months are counted from the browser's today (none were drawn at build time).
  expect(await page.locator('#debut option').count()).toBe(25);
  expect(said.filter((l) => l.startsWith('Parcours:'))).toEqual([]);

  // The answers work on the adopted nodes, and the page stays accessible.
  const screen = new FirstScreen(page);
  await screen.block('CCP1 Médiateur numérique').check();
  await expect(screen.remaining).toContainText('Il vous reste 1 bloc');
  await page.locator('#debut').selectOption({ index: 3 });
  await expect(page.locator('.route.conseille')).toContainText(/\b20\d\d\b/);
  expect(await axeViolations(page)).toEqual([]);
});

test('a first screen changed before the app starts (a translation) is drawn again, and the console says why', async ({ page }) => {
  const said = consoleOf(page);
  const release = await holdApp(page);
  await page.goto('/');
  await expect(page.locator('#avant-chargement .apercu #parcours-affiche')).toBeVisible();
  await page.evaluate(() => {
    const h = document.querySelector('#parcours-affiche');
    h.innerHTML = '<font style="vertical-align: inherit;">Your recommended route</font>';
    document.querySelector('h1').memePage = true;
  });
  release();
  await appRunning(page);
  await expect(page.locator('#parcours-affiche')).toHaveText('Votre parcours conseillé');
  expect(await page.evaluate(() => document.querySelector('h1').memePage)).toBeUndefined();
  expect(said.some((l) => l.includes('the first screen was changed after it loaded'))).toBe(true);
  const screen = new FirstScreen(page);
  await screen.block('CCP1 Médiateur numérique').check();
  await expect(screen.remaining).toContainText('Il vous reste 1 bloc');
});

test('a returning visitor and a shared link get their own page, drawn by the app, with nothing said', async ({ page }) => {
  const said = consoleOf(page);
  await page.goto('/');
  await appRunning(page);
  await page.evaluate(() => localStorage.setItem('parcours.langue', 'fr'));
  await page.goto('/?v=1&situation=demandeur-emploi&inscrit=oui&age=35');
  await appRunning(page);
  await expect(page.locator('[inert]')).toHaveCount(0);
  await expect(page.locator('.route.conseille')).toBeVisible();
  expect(said.filter((l) => l.startsWith('Parcours:'))).toEqual([]);
});

test('should a hydration fail all the same, the page loads once more and the app draws its own', async ({ page }) => {
  const said = consoleOf(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const release = await holdApp(page);
  await page.goto('/');
  await expect(page.locator('#avant-chargement .apercu #parcours-affiche')).toBeVisible();
  // A node the app did not draw where it expects a text, with the counts kept (a heading becomes
  // a span holding a comment): the checks before hydrating cannot see it; the hydration stops.
  await page.evaluate(() => {
    const h = document.querySelector('#parcours-affiche');
    const other = document.createElement('span');
    const comments = [...h.childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE);
    other.append(document.createComment('ailleurs'), ...comments.slice(1));
    h.replaceWith(other);
  });
  release();
  await appRunning(page);
  await expect(page.locator('#parcours-affiche')).toHaveText('Votre parcours conseillé');
  expect(errors.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => sessionStorage.getItem('parcours.hydratation-echouee'))).toBe('1');
  expect(said.some((l) => l.includes('could not be taken over earlier in this tab'))).toBe(true);
  const screen = new FirstScreen(page);
  await screen.block('CCP1 Médiateur numérique').check();
  await expect(screen.remaining).toContainText('Il vous reste 1 bloc');
});
