// Ten languages in the real browser: a full journey through the test hooks gives the same
// channel and link in every language; right-to-left languages mirror and never scroll sideways at
// 320 px; only French and the chosen language are fetched; switching keeps every answer; a
// translation that cannot load leaves a working guide in French with a notice.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { OUTCOME_RECORDS } from '../../src/content/outcomes';
import FRENCH from '../../locales/fr/translation.json';
import { closeBrowser, openPage, type Watched } from './session';
import { overflowsSideways } from './screens';

afterAll(closeBrowser);

// Montrouge is in the Antony arrondissement: a request the table sends to « démarches
// simplifiées » and no national rule moved goes to the sous-préfecture. The expected outcome,
// request, channel and link are those of the approved routes file for the arrondissement's
// sample commune (routing reads only the arrondissement).
const JOURNEY: Array<[string, string]> = [
  ['commune', 'montrouge'],
  ['need', 'renewal'],
  ['health', 'no'],
  ['renewal-card', 'entrepreneur'],
];
const EXPECTED = (() => {
  const fragment = JOURNEY.map(([q, a]) => `${q}=${q === 'commune' ? 'antony' : a}`).join('&');
  const row = readFileSync('docs/routes.csv', 'utf8')
    .split('\n')
    .find((line) => line.startsWith(`${fragment},`))!
    .split(',');
  return { outcome: row[1], request: row[2], channel: row[4], target: row[7] };
})();

/** Texts that would betray a missing translation: a raw key, or translators' markup. */
async function leakedKeysOrMarkup(watched: Watched): Promise<string[]> {
  const text = await watched.page.locator('body').innerText();
  const raw =
    text.match(
      /\b(app|start|nav|question|answer|outcome|channel|caveat|status|source|notice|result|summary)\.[a-z-]+\.[a-z-]+/g,
    ) ?? [];
  const markup = text.match(/<\/?fr>/g) ?? [];
  return [...raw, ...markup];
}

describe.each(LANGUAGES.map((l) => [l.code, l] as const))('in %s', (code, language) => {
  it('a journey by the test hooks reaches the same outcome, channel and link; the page is in that language', async () => {
    const watched = await openPage({ path: `?lang=${code}`, width: 320, height: 720 });
    const { page, context } = watched;
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language.htmlLang);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(language.dir);
    await page.locator('[data-action="start"]').click();
    for (const [question, answer] of JOURNEY) {
      const form = page.locator(`[data-question="${question}"]`);
      await form.locator(`[data-answer="${answer}"]`).check();
      expect(await overflowsSideways(page), `${code}: ${question} scrolls sideways at 320 px`).toBe(false);
      await form.locator('button[type="submit"]').click();
    }
    const outcome = page.locator('[data-outcome]');
    await outcome.waitFor();
    expect(EXPECTED).toMatchObject({
      outcome: 'sub-prefecture',
      request: 'renew-entrepreneur',
      channel: 'sub-prefecture',
    });
    expect(EXPECTED.target).toMatch(/^https:\/\//);
    expect(await outcome.getAttribute('data-outcome')).toBe(EXPECTED.outcome);
    expect(await outcome.getAttribute('data-request')).toBe(EXPECTED.request);
    expect(await outcome.getAttribute('data-channel')).toBe(EXPECTED.channel);
    expect(await outcome.locator('[data-primary]').getAttribute('href')).toBe(EXPECTED.target);
    // The préfecture's words stay in French, marked as such, whatever the language.
    expect(await outcome.locator('blockquote[lang="fr"]').allTextContents()).toContainEqual(
      expect.stringContaining(OUTCOME_RECORDS['renew-entrepreneur'].request!),
    );
    expect(await overflowsSideways(page), `${code}: the outcome scrolls sideways at 320 px`).toBe(false);
    expect(await leakedKeysOrMarkup(watched)).toEqual([]);
    if (code !== 'fr') expect(await page.locator('.translation-notice').count()).toBe(1);
    expect(watched.errors).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    await context.close();
  });
});

describe('loading and switching', () => {
  it('only French and the chosen language are fetched', async () => {
    const watched = await openPage({ path: '?lang=es#commune=nanterre' });
    await expect.poll(() => watched.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await watched.page.waitForTimeout(500);
    const chunks = (kind: string) =>
      watched.requests.filter((url) => new RegExp(`/assets/${kind}-[^/]*\\.js$`).test(url));
    // Spanish: its question words; French: already in the first download.
    expect(chunks('translation')).toHaveLength(1);
    // At most Spanish and French outcome words (fetched ahead while the person answers).
    expect(chunks('results').length).toBeLessThanOrEqual(2);
    await watched.context.close();
  });

  it('switching language mid-way keeps the step and every answer', async () => {
    const { page, context } = await openPage({ path: '#commune=nanterre&need=renewal&health=no' });
    await page.locator('[data-question="renewal-card"]').waitFor();
    await page.locator('#language-select').selectOption('ar');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('[data-question]').getAttribute('data-question')).toBe('renewal-card');
    const url = new URL(page.url());
    expect(url.hash).toBe('#commune=nanterre&need=renewal&health=no');
    expect(url.searchParams.get('lang')).toBe('ar');
    await page.locator('.back-link').click();
    expect(await page.locator('[data-answer="no"]').isChecked()).toBe(true);
    await context.close();
  });

  it('an unknown language falls back to French without an error', async () => {
    const { page, context, errors } = await openPage({ path: '?lang=klingon#commune=' });
    await page.locator('[data-question="commune"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a translation that cannot be fetched leaves the guide in French, with a notice, answers kept', async () => {
    const { page, context } = await openPage({
      path: '?lang=ru#commune=nanterre&need=first',
      beforeLoad: async (p) => {
        await p.route(/\/assets\/(translation|results|overview|kiosk)-[^/]*\.js$/, (route) => route.abort());
      },
    });
    await page.locator('[data-question="health"]').waitFor();
    expect(await page.locator('[role="alert"]').innerText()).toContain("n'a pas pu être chargée");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('h1').innerText()).toBe(FRENCH.question.health.title);
    // Closing the notice puts focus back on the question, not on the page (RGAA 12.8).
    await page.locator('[role="alert"] button').click();
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await context.close();
  });
});
