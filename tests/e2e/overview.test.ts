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
});
