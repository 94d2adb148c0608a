import { afterAll, describe, expect, it } from 'vitest';
import { answer, closeBrowser, openPage, start } from './session';

afterAll(closeBrowser);

describe('the production build in Chromium', () => {
  it('a person reaches an outcome, with no page error and no request outside the app', async () => {
    const { page, context, requests, errors, cspViolations } = await openPage();
    await start(page);
    await answer(page, 'commune', 'nanterre');
    await answer(page, 'need', 'renewal');
    await answer(page, 'health', 'no');
    await answer(page, 'renewal-card', 'student');
    const outcome = page.locator('[data-outcome]');
    await expect(outcome.getAttribute('data-outcome')).resolves.toBe('renew-student');
    await expect(outcome.getAttribute('data-channel')).resolves.toBe('anef');
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
