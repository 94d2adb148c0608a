// A first visit: what it downloads stays within size-budget.json, the start screen is in the HTML
// itself (it shows before, and without, JavaScript), and a link with answers opens on its own
// step without the start screen flashing first.
import { readFileSync } from 'node:fs';
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

  it('a link with answers opens on its question, and no frame ever showed the start screen', async () => {
    const { page, context, errors } = await openPage({ path: '#commune=nanterre&need=first' });
    await page.locator('[data-question="health"]').waitFor();
    // Every frame of a fresh load, from before the first paint: was a start button visible?
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __framesWithStart: string[] }).__framesWithStart = seen;
      const check = () => {
        const button = document.querySelector('[data-action="start"]');
        if (button && button.checkVisibility({ visibilityProperty: true })) seen.push(document.readyState);
        if (!document.querySelector('[data-question]')) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.reload();
    await page.locator('[data-question="health"]').waitFor();
    const framesWithStart = await page.evaluate(
      () => (window as unknown as { __framesWithStart: string[] }).__framesWithStart,
    );
    expect(framesWithStart).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a plain address shows the start screen, then the app takes over (the start button works)', async () => {
    const { page, context } = await openPage();
    await page.locator('[data-action="start"]').click();
    await page.locator('[data-question="commune"]').waitFor();
    await context.close();
  });
});
