// Time to the first screen: navigation start → the screen's hook in the DOM, first contentful
// paint, and (the prerendered markup being replaced, not hydrated) the screen rendered by the
// page's own script. Cold cache each load, CPU slowed down, loopback network.
import { CPU_SLOWDOWN } from './session.mjs';
import { median, ms } from './stats.mjs';

/**
 * @typedef {{ label: string, url: string, selector: string }} Load
 * @typedef {{ present?: number, app?: number, fcp?: number }} Times
 * @typedef {Window & { __firstScreen: Times }} TimesWindow
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {Load} load
 * @returns {Promise<Times>}
 */
async function loadOnce(browser, { url, selector }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript((marker) => {
      /** @type {Times} */
      const times = {};
      Object.assign(window, { __firstScreen: times });
      /** @type {Element | undefined} */
      let first;
      new MutationObserver(() => {
        const found = document.querySelector(marker);
        if (found && times.present === undefined) {
          times.present = performance.now();
          first = found;
        }
        // The page's script replaces the prerendered markup: the hook becomes a new element.
        if (found && first && found !== first && times.app === undefined) times.app = performance.now();
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === 'first-contentful-paint') times.fcp = entry.startTime;
      }).observe({ type: 'paint', buffered: true });
    }, selector);
    await page.goto(url);
    await page.locator(selector).waitFor();
    await page.waitForFunction(
      () => /** @type {TimesWindow} */ (/** @type {unknown} */ (window)).__firstScreen.fcp !== undefined,
    );
    return await page.evaluate(
      () => /** @type {TimesWindow} */ (/** @type {unknown} */ (window)).__firstScreen,
    );
  } finally {
    await context.close();
  }
}

/**
 * Each load `count` times, the loads interleaved; prints the medians.
 * @param {import('playwright-core').Browser} browser
 * @param {Load[]} loads
 * @param {number} count
 */
export async function firstScreens(browser, loads, count) {
  /** @type {Times[][]} */
  const runs = loads.map(() => []);
  for (let i = 0; i < count; i++) {
    for (const [index, load] of loads.entries()) runs[index]?.push(await loadOnce(browser, load));
  }
  for (const [index, load] of loads.entries()) {
    const pick = (/** @type {keyof Times} */ field) =>
      (runs[index] ?? []).map((run) => run[field]).filter((value) => value !== undefined);
    const parts = [
      `in the DOM ${ms(median(pick('present')))}`,
      `first contentful paint ${ms(median(pick('fcp')))}`,
    ];
    if (pick('app').length > 0) parts.push(`rendered by its script ${ms(median(pick('app')))}`);
    console.log(`  ${load.label}, median of ${count}: ${parts.join(', ')}`);
  }
}
