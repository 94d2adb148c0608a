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

  it('each step is an entry in the browser history, titled with its own question', async () => {
    const { page, context } = await openPage();
    await start(page);
    await answer(page, 'commune', 'nanterre');
    await answer(page, 'need', 'renewal');
    await page.locator('[data-question="health"]').waitFor();
    // What the back button's list shows (a long press on it): one entry per screen, each with
    // the title of the screen it reopens, not the one shown after it.
    const cdp = await context.newCDPSession(page);
    const { entries } = await cdp.send('Page.getNavigationHistory');
    const steps = entries
      .filter((entry) => entry.url.startsWith('http'))
      .map((entry) => [new URL(entry.url).hash, entry.title.split(' – ')[0]]);
    expect(steps).toEqual([
      ['', 'Où déposer votre demande de titre de séjour ?'],
      ['#commune=', 'Dans quelle commune habitez-vous ?'],
      ['#commune=nanterre', 'Que souhaitez-vous faire ?'],
      [
        '#commune=nanterre&need=renewal',
        'Demandez-vous une carte de séjour pour vous soigner (« étranger malade ») ?',
      ],
    ]);
    await context.close();
  });
});
