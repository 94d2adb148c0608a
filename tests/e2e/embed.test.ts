// An association's page on another origin embeds the guide with embed.js: the iframe follows the
// app's height, ignores messages from anyone else, and hostile parameters never break the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESUME_SCRIPT } from '../../scripts/resume-script.mjs';
import { HEIGHT_STEP, reportedHeight } from '../../src/embed/resize';
import { startHostPage, type HostPage } from './host-page';
import { baseUrl, closeBrowser, openPage, sharedBrowser } from './session';

let host: HostPage;
let hostUrl: string;

beforeAll(async () => {
  // The two documented lines on "localhost", the app on "127.0.0.1": another origin, as an
  // association's site would be.
  host = await startHostPage(baseUrl());
  hostUrl = host.url(' data-lang="es" data-accent="#00695c"');
});

afterAll(async () => {
  await closeBrowser();
  await host.close();
});

async function iframeHeight(page: import('playwright-core').Page) {
  return page.locator('iframe').evaluate((frame: HTMLIFrameElement) => parseFloat(frame.style.height));
}

describe('embedding with embed.js', () => {
  it('the iframe takes the height of the app, and follows it after a step', async () => {
    const context = await (await sharedBrowser()).newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(hostUrl);
    const iframe = page.locator('iframe');
    await expect(iframe.getAttribute('title')).resolves.toBeTruthy();
    await expect(iframe.getAttribute('sandbox')).resolves.toContain('allow-scripts');
    await expect(iframe.getAttribute('src')).resolves.toMatch(
      /embed=1.*lang=es.*accent=%2300695c.*parentOrigin=http%3A%2F%2Flocalhost/,
    );
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-action="start"]').waitFor();
    await expect.poll(() => iframeHeight(page)).not.toBe(640);
    const startHeight = await iframeHeight(page);
    const contentHeight = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
    // The height is told rounded up to a step (src/embed/resize.ts): never less than the app's.
    expect(startHeight).toBe(Math.max(320, reportedHeight(contentHeight)));
    expect(startHeight - contentHeight).toBeGreaterThanOrEqual(0);
    expect(startHeight - contentHeight).toBeLessThan(HEIGHT_STEP);

    await frame.locator('[data-action="start"]').click();
    await frame.locator('[data-question="commune"]').waitFor();
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(startHeight + 500);

    // The embedded app has no site header or footer, but keeps the language picker and the
    // "not an official service" line, and shows the association's colour.
    await expect(frame.locator('.site-header').count()).resolves.toBe(0);
    await expect(frame.locator('#language-select').count()).resolves.toBe(1);
    await expect(frame.locator('.unofficial-banner').count()).resolves.toBe(1);
    const accent = await frame
      .locator('button[type="submit"]')
      .evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(accent).toBe('rgb(0, 105, 92)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores a resize message that does not come from the app in its iframe', async () => {
    const context = await (await sharedBrowser()).newContext();
    const page = await context.newPage();
    await page.goto(hostUrl);
    await page.frameLocator('iframe').locator('[data-action="start"]').waitFor();
    await expect.poll(() => iframeHeight(page)).not.toBe(640);
    // The app's own height settles first (its fonts and texts may still arrive): the same height
    // twice, 300 ms apart, before the stray message.
    let before = await iframeHeight(page);
    await expect
      .poll(async () => {
        await page.waitForTimeout(300);
        const now = await iframeHeight(page);
        const settled = now === before;
        before = now;
        return settled;
      })
      .toBe(true);
    await page.evaluate(() => {
      window.postMessage({ type: 'titre-sejour-92:resize', height: 5000 }, '*');
    });
    await page.waitForTimeout(200);
    expect(await iframeHeight(page)).toBe(before);
    await context.close();
  });
});

describe('hostile parameters leave a working page', () => {
  it.each([
    '?embed=1&lang=zz&accent=%3Cscript%3Ealert(1)%3C%2Fscript%3E#commune=%25%25',
    '?embed=1&accent=red;}body{display:none&header=7&parentOrigin=javascript:alert(1)',
    '?embed=yes&lang=../../etc/passwd#need=<img src=x onerror=alert(1)>',
    '?kiosk=1&idle=-1&lang=ar-XX#commune=nanterre&need=renewal&health=maybe',
  ])('%s', async (path) => {
    const { page, context, errors, cspViolations, requests } = await openPage({ path });
    await page.locator('h1').first().waitFor();
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    expect(errors.filter((e) => !e.startsWith('Titre de séjour 92: ignoring'))).toEqual([]);
    expect(cspViolations).toEqual([]);
    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    // Nothing from the URL became markup or style: the one inline script is index.html's own.
    const inline = await page.locator('script:not([src])').allTextContents();
    expect(inline).toEqual([RESUME_SCRIPT]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('body').evaluate((b) => getComputedStyle(b).display)).not.toBe('none');
    await context.close();
  });
});
