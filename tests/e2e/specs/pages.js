// Page objects: what a person (and a screen reader) sees, found by role and accessible name.
const path = require('node:path');
const { expect } = require('@playwright/test');

class FirstScreen {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1 });
    this.question = page.getByRole('group', { name: 'Quels blocs (CCP) avez-vous déjà obtenus ?' });
    this.remaining = page.getByRole('region', { name: 'Vos parcours' });
    /** Where the app tells the person what happened (storage, links, files). */
    this.messages = page.getByRole('status', { name: 'Messages' });
  }

  async goto() {
    await this.page.goto('/');
    await appRunning(this.page);
    await expect(this.question).toBeVisible();
  }

  /** A route, by its name (« Le CCP1 d'abord, l'expérience, puis la VAE »…): the one on top, or
   * one of the others once opened (see `open`). */
  route(name) {
    return this.page.getByRole('article', { name, exact: true });
  }

  /** The route on top: recommended, or the one the person chose to show there. */
  get onTop() {
    return this.page.locator('article.route.conseille');
  }

  /** The line of a route folded among the others. */
  line(name) {
    return this.page.locator('details.autre').filter({ has: this.page.locator('summary > strong', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
  }

  /** Opens a route where it is folded among the others; the route on top is open already. */
  async open(name) {
    const line = this.line(name);
    if ((await line.count()) > 0 && !(await line.evaluate((d) => d.open))) {
      await line.locator('summary').click();
    }
    await expect(this.route(name)).toBeVisible();
    return this.route(name);
  }

  async answer(question, option) {
    await this.page.getByRole('group', { name: question }).getByRole('radio', { name: option, exact: true }).check();
  }

  async fill(label, value) {
    const box = this.page.getByRole('spinbutton', { name: label });
    await box.fill(value);
    await box.blur();
  }

  /** The checkbox of a held block, by its visible label (« CCP1 REMN », « CCP2 CMN »…). The
   * earlier titles' blocks are folded for a newcomer: checking or unchecking one opens them
   * first, as a person would. */
  block(codeAndTitle) {
    const box = this.question.getByRole('checkbox', { name: new RegExp(`^${codeAndTitle} :`), includeHidden: true });
    const earlier = this.page.locator('details.anciens');
    const unfold = async () => {
      if (!(await earlier.evaluate((d) => d.open))) await earlier.locator('summary').click();
    };
    for (const act of ['check', 'uncheck', 'click']) {
      const original = box[act].bind(box);
      box[act] = async (...args) => {
        await unfold();
        return original(...args);
      };
    }
    return box;
  }
}

/** Runs axe-core in the page, every section drawn, and returns its violations (WCAG 2.1 A and
 * AA). */
async function axeViolations(page) {
  // Evaluated through DevTools, which the page's Content-Security-Policy rightly does not allow
  // as an inline script.
  await page.evaluate(require('node:fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await allDrawn(page, () =>
    page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const screenshots = path.join(__dirname, '..', 'screenshots');

/**
 * Opens the app's origin on an empty storage, once the app has started: a test that then
 * writes storage is not raced by an app still booting, which would read (and back up) it.
 */
async function freshStart(page) {
  await page.goto('/');
  await appRunning(page);
  await page.evaluate(() => localStorage.clear());
}

/**
 * Waits for the app itself: until then the page shows the first screen drawn at build time
 * (inert, inside #avant-chargement), which the app replaces when it starts.
 */
async function appRunning(page) {
  await expect(page.locator('#avant-chargement')).toHaveCount(0, { timeout: 15_000 });
}

/**
 * Runs `look` with every section of the page drawn, as a person scrolling through it sees them.
 * The sections after the questions are laid out only near the screen (content-visibility): far
 * from it they are blank, and they clip what passes their edges.
 */
async function allDrawn(page, look) {
  const each = (v) => page.evaluate((v) => document.querySelectorAll('main > section').forEach((s) => (s.style.contentVisibility = v)), v);
  await each('visible');
  try {
    return await look();
  } finally {
    await each('');
  }
}

/** How far the page goes past the screen's right edge, every section drawn. */
async function overflow(page) {
  return allDrawn(page, () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
}

/** A screenshot of the whole page for review, every section drawn. */
async function fullShot(page, name) {
  await allDrawn(page, () => page.screenshot({ path: path.join(screenshots, name), fullPage: true }));
}

module.exports = { FirstScreen, axeViolations, screenshots, freshStart, fullShot, appRunning, overflow };

/** « Vos plans »: the plan shown, its name, and the buttons that act on plans. */
class Plans {
  constructor(page) {
    this.page = page;
    this.shown = page.getByRole('combobox', { name: 'Plan affiché' });
    this.options = this.shown.locator('option');
    this.name = page.getByRole('textbox', { name: 'Nom de ce plan' });
  }

  async rename(name) {
    await this.name.fill(name);
    await this.name.blur();
    await expect(this.options.filter({ hasText: name })).toHaveCount(1);
  }

  async show(name) {
    await this.shown.selectOption({ label: name });
  }

  /** Opens « Exporter, importer, supprimer vos plans » (folded away on the first screen). */
  async manage() {
    const more = this.page.locator('details.gerer');
    if (!(await more.evaluate((d) => d.open))) await more.locator('summary').click();
  }

  async create() {
    await this.page.getByRole('button', { name: 'Nouveau plan' }).click();
  }

  async deleteShown() {
    await this.manage();
    await this.page.getByRole('button', { name: 'Supprimer ce plan' }).click();
    await this.page.getByRole('button', { name: 'Oui, supprimer ce plan' }).click();
  }
}

module.exports.Plans = Plans;

/** Serves DIR with serve.js (as any static host would) on PORT under BASE; `close()` stops it. */
async function serveCopy(dir, port, base = '/') {
  const { spawn } = require('node:child_process');
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'serve.js'), dir, String(port), base], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`serve.js exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}${base}`, close: () => child.kill() };
}

/** The release build the suite runs against. */
const dist = path.join(__dirname, '..', '..', '..', 'dist');

module.exports.serveCopy = serveCopy;

/** The print view, as the browser shows it once printing starts (its menu, Ctrl+P or the page's
 * button). */
async function printView(page) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByRole('region', { name: 'Version imprimable' });
  await expect(printed).toBeVisible();
  return printed;
}
module.exports.printView = printView;
module.exports.dist = dist;
