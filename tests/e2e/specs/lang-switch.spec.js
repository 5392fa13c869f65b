// A switch of language re-words the page where it stands: nothing is drawn again, so what the
// person chose to see (the route on top, an open step) and where they are (the focus) stay.
const { test, expect } = require('@playwright/test');
const { FirstScreen, axeViolations, freshStart, appRunning } = require('./pages');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

/** The words of the page outside the messages (a reload has none to say), a text and the
 * names given to elements for screen readers, in reading order. Folded parts count too: a
 * person opening them reads them. */
async function words(page) {
  return page.evaluate(() => {
    const status = document.querySelector('main [role="status"]');
    const out = [];
    const walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (status.contains(n)) continue;
      if (n.nodeType === Node.TEXT_NODE) {
        const t = n.textContent.replace(/\s+/g, ' ').trim();
        if (t) out.push(t);
      } else {
        for (const a of ['aria-label', 'title', 'placeholder', 'lang']) {
          if (n.hasAttribute(a)) out.push(`[${a}=${n.getAttribute(a)}]`);
        }
      }
    }
    return out;
  });
}

/** Opens every folded part of the page, and those they hold, so that their words are drawn. */
async function openAll(page) {
  for (let round = 0; round < 40; round++) {
    const opened = await page.evaluate(() => {
      const closed = [...document.querySelectorAll('main details:not([open])')];
      for (const d of closed) d.open = true;
      return closed.length;
    });
    if (opened === 0) return;
    // Their contents are drawn on the toggle event, after a frame.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  }
  throw new Error('folded parts kept appearing');
}

/** A few answers, given on the page, as a person would. */
async function answerSome(s) {
  await s.answer('Quelle est votre situation ?', 'Je cherche un emploi');
  await s.fill('Votre âge', '24');
}

/** Three routes compared (the comparison is not kept: a reload asks for it again). */
async function compareThree(page) {
  await openAll(page);
  for (const box of (await page.getByRole('checkbox', { name: /^(Comparer ce parcours|Compare this route)/ }).all()).slice(0, 3)) {
    await box.check();
  }
  await expect(page.locator('.comparaison table')).toBeVisible();
}

/** Switches the language there and back; each time, every word drawn reads as on the page
 * opened afresh in that language, with every folded part open (and `again` done once more,
 * for what a reload does not keep). */
async function switchAndCompare(page, again = async () => {}) {
  for (const [button, lang] of [['English version', 'en'], ['Version française', 'fr']]) {
    await openAll(page);
    await page.evaluate(() => {
      for (const e of document.querySelectorAll('main *')) e.beforeSwitch = true;
    });
    await page.getByRole('button', { name: button }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const switched = await words(page);
    // Words change in place: of well over a thousand elements, only lists whose items are
    // words (the acronyms explained, what would make the routes more precise, the plans' names)
    // are drawn again.
    const [all, redrawn] = await page.evaluate(() => {
      const elements = [...document.querySelectorAll('main *')];
      return [elements.length, elements.filter((e) => !e.beforeSwitch).length];
    });
    expect(all).toBeGreaterThan(1000);
    expect(redrawn, `${redrawn} of ${all} elements drawn again`).toBeLessThanOrEqual(30);
    await page.reload();
    await appRunning(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await again(page);
    await openAll(page);
    expect(switched).toEqual(await words(page));
  }
}

test('switched in place, the page reads word for word as the page opened in that language', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await answerSome(s);
  // One route followed, and three compared (the routes opened first, to reach their boxes).
  await s.onTop.getByRole('button', { name: 'Je suis ce parcours' }).click();
  await compareThree(page);
  await switchAndCompare(page, compareThree);
});

test('a shared link with a start month, switched in place, reads as opened in that language', async ({ page }) => {
  // With a part the page sets aside, and says so under the link's banner.
  await page.goto('/?v=1&situation=salarie&employeur=entreprise&contrat=cdi&age=41&debut=2027-03-01&couleur=bleu');
  await appRunning(page);
  await expect(page.getByText('Vous regardez un plan reçu par un lien.')).toBeVisible();
  await expect(page.getByText('« couleur » : paramètre inconnu')).toBeVisible();
  await switchAndCompare(page);
});

test('what the storage or a link had to say changes language with the page', async ({ page }) => {
  // A link from a newer Parcours is refused, and the person's own plans are shown.
  await page.goto('/?v=9&age=30');
  await appRunning(page);
  const messages = page.getByRole('status', { name: 'Messages' });
  await expect(messages).toContainText('Ce lien a été fait par une version plus récente de Parcours (version « 9 »)');
  await page.getByRole('button', { name: 'English version' }).click();
  await expect(messages).toContainText('This link was made by a newer version of Parcours (version “9”)');
  await expect(messages).toContainText('Your own plans are shown.');
  await expect(messages).not.toContainText('Ce lien');
});

test('a switch keeps the route on top, an open step, the focus and the page itself; a notice changes language', async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  // A notice: a new blank plan, said at the top.
  await page.getByRole('button', { name: 'Nouveau plan' }).click();
  await expect(s.messages).toContainText('Un nouveau plan vierge');
  await answerSome(s);
  // Another route shown on top, by the person's choice, and one of its steps opened.
  const chosen = 'Le titre entier en formation';
  await s.open(chosen);
  await s.route(chosen).getByRole('button', { name: 'Afficher ce parcours en haut' }).click();
  await expect(s.onTop).toHaveAccessibleName(chosen);
  const details = s.onTop.locator('ol.etapes > li').first().locator('details').first();
  await details.locator(':scope > summary').click();
  await expect(details).toHaveAttribute('open', '');
  // Inside it, a scheme's « En savoir plus », opened too.
  const more = details.locator('details.en-savoir-plus').first();
  await more.locator(':scope > summary').click();
  await expect(more).toContainText('Pour qui');
  // Marks on elements outside the words that change: the same objects after the switch.
  await page.evaluate(() => {
    window.kept = {
      main: document.querySelector('main'),
      age: document.querySelector('#situation input[type="number"]'),
      top: document.querySelector('article.route.conseille'),
      more: document.querySelector('article.route.conseille details.en-savoir-plus[open]'),
    };
  });
  const english = page.getByRole('button', { name: 'English version' });
  await english.focus();
  await page.keyboard.press('Enter');

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming a digital mediator, block by block');
  await expect(page.getByRole('button', { name: 'Version française' })).toBeFocused();
  await expect(s.messages).toContainText('A new blank plan is shown.');
  // The names Parcours gives plans by itself follow too; the number that keeps them apart stays.
  await expect(page.getByRole('combobox', { name: 'Plan shown' }).locator('option')).toHaveText(['My plan', 'New plan']);
  await expect(s.messages).not.toContainText('vierge');
  await expect(s.onTop).toHaveAccessibleName('The whole title in training');
  await expect(details).toHaveAttribute('open', '');
  await expect(details.locator(':scope > summary')).toContainText('Details, funding and sources');
  await expect(more).toHaveAttribute('open', '');
  await expect(more).toContainText('Who it is for');
  const same = await page.evaluate(() => ({
    main: window.kept.main === document.querySelector('main'),
    age: window.kept.age === document.querySelector('#situation input[type="number"]'),
    top: window.kept.top === document.querySelector('article.route.conseille'),
    more: window.kept.more === document.querySelector('article.route.conseille details.en-savoir-plus[open]'),
  }));
  expect(same).toEqual({ main: true, age: true, top: true, more: true });
  await expect(page.getByRole('spinbutton', { name: 'Your age' })).toHaveValue('24');
  expect(await axeViolations(page)).toEqual([]);

  // And back: French again, the same elements still.
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(s.messages).toContainText('Un nouveau plan vierge');
  await expect(s.onTop).toHaveAccessibleName(chosen);
  await expect(details).toHaveAttribute('open', '');
  expect(await page.evaluate(() => window.kept.main === document.querySelector('main'))).toBe(true);
});

test("an answer changes the route's words in place: its fixed words stay the same nodes, in both languages", async ({ page }) => {
  const s = new FirstScreen(page);
  await s.goto();
  await answerSome(s);
  // The words of the route on top that no answer changes (the money's caption and headings,
  // « Pour commencer », the heading of the other routes), as text nodes, kept in `window[name]`.
  const fixed = (name) => page.evaluate((name) => {
    const sel = ['table.argent caption', 'table.argent th', '.commencer h4', 'p.revenu strong'].map((x) => `article.route.conseille ${x}`).join(', ');
    window[name] = [...document.querySelectorAll(`${sel}, #titre-autres`)].flatMap((e) => [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
    return window[name].map((n) => n.textContent.trim());
  }, name);
  const expected = {
    fr: ["L'argent", 'Prix', 'Pour commencer', 'Pendant la formation :', 'Les autres parcours possibles'],
    en: ['The money', 'Price', 'To get started', 'During the course:', 'The other possible routes'],
  };
  for (const lang of ['fr', 'en']) {
    expect(await fixed('before')).toEqual(expect.arrayContaining(expected[lang]));
    const card = await s.onTop.textContent();
    // Holding CCP1 or not changes the route on top: its price, its steps, its money.
    await page.locator('#bloc-mn-ccp1').click();
    await expect.poll(() => s.onTop.textContent()).not.toBe(card);
    // Of the fixed words still shown (a row may go with its money), none is a new node.
    await fixed('after');
    const redrawn = await page.evaluate(() => {
      const texts = new Set(window.before.map((n) => n.textContent));
      return window.after.filter((n) => texts.has(n.textContent) && !window.before.includes(n)).map((n) => n.textContent);
    });
    expect(redrawn, 'fixed words drawn again by an answer').toEqual([]);
    if (lang === 'fr') {
      await page.getByRole('button', { name: 'English version' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
  }
});
