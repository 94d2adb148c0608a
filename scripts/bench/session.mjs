// A page under measurement, and one interaction timed as a person makes it: the page at rest
// first, a real input (a mouse press or a key held PRESS_MS), then the probe's figures.
import { installProbe } from './probe.mjs';

export const CPU_SLOWDOWN = 4;
// How long a person's finger, mouse button or key stays down. With 0 ms the release would be sent
// while the press is still being handled, and a click's time stamp is the release's.
export const PRESS_MS = 80;

/**
 * @typedef {{ page: import('playwright-core').Page, context: import('playwright-core').BrowserContext,
 *   cdp: import('playwright-core').CDPSession, inflight: () => number }} Session
 * @typedef {import('./probe.mjs').Expectation} Expectation
 * @typedef {import('./probe.mjs').ProbeWindow} ProbeWindow
 * @typedef {import('./probe.mjs').ProbeResult & { latency: number, later: boolean }} Timing
 */

/**
 * A fresh context (cold cache, no service worker: the baseline has none, and its background
 * downloads would only add noise), with the CPU slowed down and the probe installed.
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<Session>}
 */
export async function openSession(browser) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'fr-FR',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(installProbe);
  let inflight = 0;
  page.on('request', () => inflight++);
  page.on('requestfinished', () => inflight--);
  page.on('requestfailed', () => inflight--);
  return { page, context, cdp, inflight: () => inflight };
}

/** @param {number} duration */
export const pause = (duration) => new Promise((resolve) => setTimeout(resolve, duration));

/**
 * The page at rest: nothing being fetched, and the main thread idle (a person reads first).
 * False if it did not come to rest within 10 s.
 * @param {Session} session
 * @returns {Promise<boolean>}
 */
export async function settle(session) {
  for (let waited = 0; session.inflight() > 0 && waited < 10_000; waited += 20) await pause(20);
  return session.page.evaluate(() =>
    /** @type {ProbeWindow} */ (/** @type {unknown} */ (window)).__bench.quiet(),
  );
}

/**
 * Everything a click needs before the press (scrolling, the pointer moved over the element,
 * hover styles painted) done and settled; returns the press itself, to be timed.
 * @param {Session} session
 * @param {import('playwright-core').Locator} locator
 */
export async function aim(session, locator) {
  const { page } = session;
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not on screen: ${String(locator)}`);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const hit = await locator.evaluate(
    (element, { x, y }) => element.contains(document.elementFromPoint(x, y)),
    point,
  );
  if (!hit) throw new Error(`covered by another element: ${String(locator)}`);
  await page.mouse.move(point.x, point.y);
  await settle(session);
  return async () => {
    await page.mouse.down();
    await pause(PRESS_MS);
    await page.mouse.up();
  };
}

/**
 * One timed interaction: the page settled, the probe armed, the input made, then the probe's
 * figures. The latency is Event Timing's (input to next paint), unless what the interaction
 * should show (a new screen, another language) came in a later frame: then it runs until that
 * frame was painted. An interaction under Event Timing's 16 ms threshold has no entry: its
 * painted-frame time stands in.
 * @param {Session} session
 * @param {Expectation | null} expect
 * @param {() => Promise<void>} input
 * @returns {Promise<Timing>}
 */
export async function timed(session, expect, input) {
  const settled = await settle(session);
  await session.page.evaluate(
    (expectation) => /** @type {ProbeWindow} */ (/** @type {unknown} */ (window)).__bench.arm(expectation),
    expect,
  );
  await input();
  const result = await session.page.evaluate(() =>
    /** @type {ProbeWindow} */ (/** @type {unknown} */ (window)).__bench.finish(),
  );
  const later = result.frames > 1;
  return {
    ...result,
    later,
    settled: settled && result.settled,
    latency:
      result.eventTiming === null
        ? result.painted
        : later
          ? Math.max(result.eventTiming, result.painted)
          : result.eventTiming,
  };
}
