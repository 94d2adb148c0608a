// The answer screens as applicants meet them (issue 12), every outcome walked: on a 360×740 phone
// the whole primary action is on the first screen, in all ten languages; nothing scrolls sideways
// at 320 and 360 px with the text at 200 %, on every screen, in every language; each outcome prints
// on one A4 page with the date, the guide's name, the address and a QR code; the kiosk ticket too.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { outcomeWalks, questionScreens, type OutcomeWalk } from '../support/outcome-paths';
import { waitForOutcome } from './screens';
import { baseUrl, closeBrowser, openPage, type Watched } from './session';

const outcomes = outcomeWalks();
const questions = questionScreens();
const opened: Watched[] = [];

afterAll(async () => {
  for (const { context } of opened) await context.close();
  await closeBrowser();
});

async function open(options: Parameters<typeof openPage>[0]): Promise<Page> {
  const watched = await openPage(options);
  opened.push(watched);
  return watched.page;
}

/** Shows a screen by its fragment in a page already open (a same-document navigation). */
async function show(page: Page, fragment: string, selector: string) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, fragment);
  await page.waitForFunction((wanted) => document.querySelector(wanted) !== null, selector);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Waits until the page's words are those of `code` (its namespaces fetched, `<html lang>` set). */
async function inLanguage(page: Page, code: string) {
  const htmlLang = LANGUAGES.find((l) => l.code === code)!.htmlLang;
  await page.waitForFunction((lang) => document.documentElement.lang === lang, htmlLang);
}

/** Shows a walk's outcome in a page already open, once it is that very outcome (not the one before). */
async function showWalk(page: Page, walk: OutcomeWalk) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, walk.fragment);
  await waitForOutcome(page, walk);
  await page.evaluate(() => window.scrollTo(0, 0));
}

const frame = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));

describe.each(LANGUAGES.map((l) => l.code))('in %s', (code) => {
  let phone: Page;
  beforeAll(async () => {
    phone = await open({ width: 360, height: 740, path: `?lang=${code}#commune=` });
    await inLanguage(phone, code);
  });

  it('on a 360×740 phone, every outcome shows its whole primary action without scrolling', async () => {
    const below: string[] = [];
    for (const walk of outcomes) {
      await show(phone, walk.fragment, '[data-outcome] [data-primary]');
      const box = await phone.locator('[data-primary]').boundingBox();
      if (!box || box.y < 0 || box.y + box.height > 740)
        below.push(`${walk.key} (bottom ${box && Math.round(box.y + box.height)})`);
    }
    expect(below).toEqual([]);
  });

  it('with the text at 200 %, no screen scrolls sideways at 320 or at 360 px', async () => {
    // Through the CSSOM (the CSP refuses inline style sheets), as a browser's text-size setting does.
    await phone.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const overflowing: string[] = [];
    const screens = [
      ...questions.map((q) => ({
        key: `question ${q.key}`,
        fragment: q.fragment,
        selector: `[data-question="${q.question}"]`,
      })),
      ...outcomes.map((o) => ({ key: `outcome ${o.key}`, fragment: o.fragment, selector: '[data-outcome]' })),
    ];
    for (const width of [320, 360]) {
      await phone.setViewportSize({ width, height: 740 });
      for (const screen of screens) {
        await show(phone, screen.fragment, screen.selector);
        await frame(phone);
        const sideways = await phone.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
        );
        if (sideways) overflowing.push(`${width} ${screen.key}`);
      }
    }
    expect(overflowing).toEqual([]);
  });
});

/** The number of pages of a PDF (its page objects). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

describe('printing', () => {
  it('every outcome prints on one A4 page, with the guide’s name, the date, its address and a QR code', async () => {
    const page = await open({ path: '#commune=' });
    const tooLong: string[] = [];
    for (const walk of outcomes) {
      await showWalk(page, walk);
      // Only paper shows the header: the browser announces the print, the header is rendered then.
      expect(await page.locator('.print-header').count()).toBe(0);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.print-header svg path').getAttribute('d')).toMatch(/^M\d/);
      const header = await page.locator('.print-header').innerText();
      expect(header).toContain('Titre de séjour 92');
      expect(header).toMatch(/Imprimé le (1er|\d{1,2}) \S+ \d{4}/);
      expect(header).toContain(walk.fragment);
      // The primary action written out in full: its address is printed.
      const printed = await page.locator('[data-outcome]').innerText();
      expect(printed).toContain(walk.expected.href.replace(/^mailto:/, ''));
      // Back to no emulation: a 'screen' emulation would also apply to the PDF.
      await page.emulateMedia({ media: null });
      const pages = pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      if (pages !== 1) tooLong.push(`${walk.key}: ${pages} pages`);
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    }
    expect(tooLong).toEqual([]);
  });

  it('the kiosk ticket prints on one A4 page, its QR codes included', async () => {
    const kiosk = await open({ path: '?kiosk=1' });
    await kiosk.locator('[data-action="start"]').click();
    for (const [question, answer] of [
      ['commune', 'antony'],
      ['need', 'renewal'],
      ['health', 'no'],
      ['renewal-card', 'worker'],
    ] as const) {
      const form = kiosk.locator(`[data-question="${question}"]`);
      await form.locator(`[data-answer="${answer}"]`).check();
      await form.locator('button[type="submit"]').click();
    }
    await kiosk.locator('[data-outcome] [data-qr][data-primary] svg').waitFor();
    expect(pageCount(await kiosk.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
  });
});

describe('the counter sheet', () => {
  it.each(['ar', 'zh'])(
    'printed in %s: the answer in that language, then in French, each in its own direction, on two A4 pages at most',
    async (code) => {
      const walk = outcomes.find((w) => w.key === 'sub-prefecture(renew-worker)')!;
      const page = await open({ path: `?lang=${code}${walk.fragment}` });
      await inLanguage(page, code);
      await page.locator('[data-outcome]').waitFor();
      // What the browser does before printing: the French copy is rendered for the print.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      const copy = page.locator('[data-french-copy]');
      expect(await copy.getAttribute('lang')).toBe('fr');
      expect(await copy.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
      expect(await copy.locator('.outcome-header h2').innerText()).toBe(
        "Adressez-vous à la sous-préfecture d'Antony",
      );
      const own = page.locator('[data-outcome] .outcome-header h1');
      expect(await own.evaluate((e) => getComputedStyle(e).direction)).toBe(code === 'ar' ? 'rtl' : 'ltr');
      expect(await own.innerText()).not.toBe("Adressez-vous à la sous-préfecture d'Antony");
      // Both copies write the action out in full.
      for (const part of [page.locator('[data-outcome] > .primary-action'), copy.locator('.primary-action')])
        expect(await part.innerText()).toContain('https://www.hauts-de-seine.gouv.fr/Prendre-un-rendez-vous');
      await page.emulateMedia({ media: null });
      const pages = pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(2);
    },
  );
});

describe('the counter sheet, every outcome', () => {
  // Russian and Persian are the longest translations of the results (more words, taller script).
  it.each(['ru', 'fa'])('printed in %s, every outcome fits on two A4 pages', async (code) => {
    const page = await open({ path: `?lang=${code}#commune=` });
    await inLanguage(page, code);
    const tooLong: string[] = [];
    for (const walk of outcomes) {
      await showWalk(page, walk);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.locator('[data-french-copy]').waitFor({ state: 'attached' });
      await page.locator('.print-header svg').waitFor({ state: 'attached' });
      const pages = pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      if (pages > 2) tooLong.push(`${walk.key}: ${pages} pages`);
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    }
    expect(tooLong).toEqual([]);
  });
});

describe('copying an address', () => {
  it('the copy button puts the address on the clipboard and says so to screen readers', async () => {
    const page = await open({ path: '#commune=nanterre&need=aes&aes-kind=question' });
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    const action = page.locator('.primary-action');
    const status = action.locator('[role="status"]');
    expect(await status.textContent()).toBe('');
    await action.getByRole('button', { name: "Copier l'adresse e-mail" }).click();
    await expect.poll(() => status.textContent()).toBe('Adresse copiée.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'pref-admission-exceptionnelle-au-sejour@hauts-de-seine.gouv.fr',
    );
  });
});
