import { afterAll, describe, expect, it } from 'vitest';
import { OUTCOME_IDS } from '../../machines/ids';
import { closeBrowser, openPage } from './session';

afterAll(closeBrowser);

describe('the rules overview in Chromium, with the real security headers', () => {
  it('shows a row per outcome and filters them, with no page error, CSP violation or outside request', async () => {
    const { page, context, requests, errors, cspViolations } = await openPage({
      path: 'overview.html',
      width: 1280,
    });
    await page.locator('[data-outcome-row]').first().waitFor();
    expect(await page.locator('[data-outcome-row]').count()).toBe(OUTCOME_IDS.length);
    await page.getByLabel('Filtrer les règles').fill('ANEF');
    await expect
      .poll(() => page.locator('[data-outcome-row]:visible').count())
      .toBeLessThan(OUTCOME_IDS.length);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it.each(['#%E0%A4%A', '#%', '#a=%ZZ', '#%C0%AF'])(
    'opens with the malformed fragment %s, every row shown and no page error',
    async (fragment) => {
      const { page, context, errors } = await openPage({ path: `overview.html${fragment}`, width: 1280 });
      await page.locator('[data-outcome-row]').first().waitFor();
      expect(await page.locator('[data-outcome-row]').count()).toBe(OUTCOME_IDS.length);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('opens a link to a row on that row', async () => {
    const id = await (async () => {
      const { page, context } = await openPage({ path: 'overview.html', width: 1280 });
      const last = await page.locator('[data-outcome-row]').last().getAttribute('id');
      await context.close();
      return last!;
    })();
    const { page, context, errors } = await openPage({
      path: `overview.html#${id}`,
      width: 1280,
      height: 700,
    });
    const row = page.locator(`[id="${id}"]`);
    await row.waitFor();
    await expect.poll(() => row.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(700);
    expect(errors).toEqual([]);
    await context.close();
  });
});
