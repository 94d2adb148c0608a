// Every outcome, reached the way a person reaches it: one route per distinct ending, read from the
// approved docs/routes.csv, clicked through the test hooks of decision-table.md §6 in the
// production build, and checked against what that file says the person must get.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeWalks } from '../support/outcome-paths';
import { clickHook } from './screens';
import { baseUrl, closeBrowser, openPage, type Watched } from './session';

const walks = outcomeWalks();
let watched: Watched;

beforeAll(async () => {
  watched = await openPage();
});

afterAll(async () => {
  await watched.context.close();
  await closeBrowser();
});

describe('each outcome, reached by clicking through its questions', () => {
  it.each(walks.map((walk) => [walk.key, walk] as const))(
    '%s shows its channel and link',
    async (_key, walk) => {
      const { page } = watched;
      // Back to the start screen: an empty fragment, as after "Recommencer" and a reload.
      await page.goto(new URL('#', baseUrl()).toString());
      await clickHook(page, '[data-action="start"]');
      for (const { question, answer } of walk.answers) {
        await clickHook(page, `[data-question="${question}"] [data-answer="${answer}"]`);
        await clickHook(page, `[data-question="${question}"] button[type="submit"]`);
      }

      const shown = await page.locator('[data-outcome]').evaluate((element) => ({
        outcome: element.getAttribute('data-outcome'),
        channel: element.getAttribute('data-channel'),
        request: element.getAttribute('data-request'),
        subprefecture: element.getAttribute('data-subprefecture'),
        national: element.getAttribute('data-national'),
        primary: element.querySelector('[data-primary]')?.getAttribute('href'),
        caveats: [...element.querySelectorAll('[data-caveat]')].map((c) => c.getAttribute('data-caveat')),
      }));
      const { expected } = walk;
      expect(shown.outcome).toBe(expected.outcome);
      expect(shown.channel).toBe(expected.channel);
      expect(shown.primary, 'the primary action').toBe(expected.href);
      expect(shown.national).toBe(expected.national);
      expect(shown.request).toBe(expected.request);
      expect(shown.subprefecture).toBe(expected.subprefecture);
      if (expected.notCovered) expect(shown.caveats).toContain(`not-covered-${expected.notCovered}`);
      await expect
        .poll(() => page.evaluate(() => window.location.hash), {
          message: 'the URL holds the answers, for refresh and sharing',
        })
        .toBe(walk.fragment);
    },
  );

  it('no walk asked anything of another host, failed, or broke the Content-Security-Policy', () => {
    const origin = new URL(baseUrl()).origin;
    expect(watched.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
  });
});
