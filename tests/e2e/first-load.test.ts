// A first visit: what it downloads stays within size-budget.json, in five files, the start screen is in the HTML
// itself (it shows before, and without, JavaScript), and a link with answers opens on its own
// step without the start screen flashing first.
import { readFileSync } from 'node:fs';
import { RESUME_SCRIPT_TAG } from '../../scripts/resume-script.mjs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { measureBuild } from '../../scripts/bundle-size.mjs';
import { baseUrl, closeBrowser, openPage, sharedBrowser } from './session';

afterAll(closeBrowser);

describe('what a first visit downloads', () => {
  it('index.html and the JS and CSS it pulls in stay within the brotli budget of size-budget.json', () => {
    const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')) as { initialLoadBrotliBytes: number };
    const { initial, total } = measureBuild(inject('buildDir'));
    const detail = initial.map((file) => `${file.file}: ${file.brotli} B`).join(', ');
    expect(total.brotli, `initial load, brotli: ${detail}`).toBeLessThanOrEqual(
      budget.initialLoadBrotliBytes,
    );
  });

  it('is five files: the page, its entry script, the bundler runtime, the shared core and the stylesheet', () => {
    // Left to itself the bundler splits what the four pages share by which pages share it: nine
    // files, more than the six connections a browser opens to a host over HTTP/1.1
    // (oneFirstDownloadChunk in scripts/vite-plugins.mjs, ADR 5).
    const { initial } = measureBuild(inject('buildDir'));
    const shape = initial.map(({ file }) => file.replace(/-[\w-]{8}\.(js|css)$/, '.$1')).sort();
    expect(shape).toEqual([
      'assets/core.css',
      'assets/core.js',
      'assets/main.js',
      'assets/rolldown-runtime.js',
      'index.html',
    ]);
  });
});

describe('the first screen', () => {
  it('is in the served HTML: with JavaScript off, the start screen and its heading show', async () => {
    const context = await (await sharedBrowser()).newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await expect(page.locator('[data-action="start"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await context.close();
  });

  /**
   * Loads a link with answers, its scripts held back so the browser paints before they run, and
   * returns the frames in which the (prerendered) start screen was visible.
   */
  async function framesShowingStart(options: { withoutResumeScript: boolean }) {
    // No service worker: it would answer before the routes below can hold anything back.
    const context = await (await sharedBrowser()).newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/assets/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    if (options.withoutResumeScript) {
      // The same page without its inline resume script (scripts/resume-script.mjs).
      await page.route(/\/(index\.html)?(\?[^#]*)?$/, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(RESUME_SCRIPT_TAG, '');
        await route.fulfill({ response, body: html });
      });
    }
    // Every frame, from before the first paint: is a start button visible in it?
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __framesWithStart: string[] }).__framesWithStart = seen;
      const check = () => {
        const button = document.querySelector('[data-action="start"]');
        if (button?.checkVisibility({ visibilityProperty: true })) seen.push(document.readyState);
        if (!document.querySelector('[data-question]')) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto(new URL('#commune=nanterre&need=first', baseUrl()).toString());
    await page.locator('[data-question="health"]').waitFor();
    const frames = await page.evaluate(
      () => (window as unknown as { __framesWithStart: string[] }).__framesWithStart,
    );
    await context.close();
    expect(errors).toEqual([]);
    return frames;
  }

  it('a link with answers opens on its question, and no frame ever showed the start screen', async () => {
    expect(await framesShowingStart({ withoutResumeScript: false })).toEqual([]);
    // The check can fail: without the resume script the prerendered start screen does show first.
    expect((await framesShowingStart({ withoutResumeScript: true })).length).toBeGreaterThan(0);
  });

  it('the app has taken over the prerendered screen by the load event: a click after it always works', async () => {
    const { page, context } = await openPage({
      beforeLoad: async (loading) => {
        await loading.addInitScript(() => {
          addEventListener('load', () => {
            // createRoot marks its container; the prerendered markup alone has no such mark.
            const root = document.getElementById('root');
            const rendered =
              root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
            (window as unknown as { __renderedAtLoad: boolean }).__renderedAtLoad = rendered;
          });
        });
      },
    });
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(
      await page.evaluate(() => (window as unknown as { __renderedAtLoad: boolean }).__renderedAtLoad),
    ).toBe(true);
    await context.close();
  });

  it('a plain address shows the start screen, then the app takes over (the start button works)', async () => {
    const { page, context } = await openPage();
    await page.locator('[data-action="start"]').click();
    await page.locator('[data-question="commune"]').waitFor();
    await context.close();
  });
});
