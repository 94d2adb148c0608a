// /embed-demo.html, the demonstration for associations, shows a guide that works: served by
// `npm start` and by nginx as docs/deploying.md configures it, its own policy lets it frame the
// guide, and a question answered inside the frame leads to the next one (issue 11: it showed an
// empty frame under the app's `default-src 'none'`).
import { afterAll, describe, expect, it } from 'vitest';
import { SERVERS } from './servers';
import { closeBrowser, openPage } from './session';

afterAll(closeBrowser);

describe.each(SERVERS)('/embed-demo.html from $name', ({ url }) => {
  it('shows the guide in its iframe, and "Continuer" leads to the next question', async () => {
    const watched = await openPage({ url: new URL('embed-demo.html', url()).toString() });
    const frame = watched.page.frameLocator('iframe');
    await frame.locator('[data-action="start"]').click();
    const commune = frame.locator('[data-question="commune"]');
    await commune.locator('[data-answer="nanterre"]').check();
    await commune.locator('button[type="submit"]').click();
    await frame.locator('[data-question="need"]').waitFor();
    expect(watched.errors).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    await watched.context.close();
  });
});
