// What the bench runs inside each page (the guide and the baseline alike), installed before the
// page's own scripts with `page.addInitScript(installProbe)`. It must stand on its own: Playwright
// sends its source text, not its closure.

/**
 * @typedef {{ screen?: string, language?: string }} Expectation What an interaction should show:
 *   `screen`, a selector matching a shown element; `language`, the `<html lang>` it must switch to
 *   (with the shown heading changed). Without either, the next frame after the input will do.
 * @typedef {{ id: number, painted: number, frames: number, eventTiming: number | null,
 *   interactions: number, settled: boolean }} ProbeResult `id`: the interaction's number in
 *   the page (its trace marks carry it); `painted`: input → the frame showing what was expected,
 *   painted; `frames`: which frame after the input that was; `eventTiming`: the interaction's
 *   Event Timing latency, null under the 16 ms threshold; `interactions`: how many the browser counted.
 * @typedef {{ arm: (expect: Expectation | null) => void, finish: (timeoutMs?: number) => Promise<ProbeResult>,
 *   quiet: (limitMs?: number) => Promise<boolean> }} Probe
 * @typedef {Window & { __bench: Probe }} ProbeWindow
 */

/**
 * Keeps every Event Timing entry (the INP method: an interaction's latency is the longest
 * duration among its entries, from the input to the next paint) and times the interaction the
 * bench arms next until the frame that shows what it expects is painted.
 */
export function installProbe() {
  /** @type {PerformanceEventTiming[]} */
  const entries = [];
  const observer = new PerformanceObserver((list) => {
    entries.push(.../** @type {PerformanceEventTiming[]} */ (list.getEntries()));
  });
  // `durationThreshold` (16 ms, the least allowed) is not in TypeScript's DOM types yet.
  observer.observe(
    /** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16, buffered: true }),
  );

  /** Shown: not inside a hidden container (a screen prepared out of sight does not count). */
  const shown = (/** @type {string} */ selector) =>
    [...document.querySelectorAll(selector)].some((element) =>
      element.checkVisibility({ visibilityProperty: true }),
    );
  const heading = () =>
    [...document.querySelectorAll('h1')].find((element) =>
      element.checkVisibility({ visibilityProperty: true }),
    )?.textContent ?? '';

  /**
   * Quiet: three frames in a row each followed at once by an idle period, so nothing is queued
   * (React's deferred work included). A frame is asked for first: after an input, Chromium starts
   * no idle period until something asks for a frame. Resolves false if the page is never quiet.
   */
  async function quiet(limitMs = 10_000) {
    const start = performance.now();
    let streak = 0;
    while (streak < 3) {
      if (performance.now() - start > limitMs) return false;
      /** @type {number} */
      const framed = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      /** @type {IdleDeadline} */
      const deadline = await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
      streak = !deadline.didTimeout && performance.now() - framed < 50 ? streak + 1 : 0;
    }
    return true;
  }

  let armings = 0;
  /** @type {{ id: number, expect: Expectation | null, seen: Set<number>, count: number, painted: Promise<{ frames: number, painted: number }> } | undefined} */
  let armed;

  /** @type {Probe} */
  const bench = {
    arm(expect) {
      entries.push(.../** @type {PerformanceEventTiming[]} */ (observer.takeRecords()));
      const before = heading();
      const done = () =>
        expect?.screen
          ? shown(expect.screen)
          : expect?.language
            ? document.documentElement.lang === expect.language && heading() !== before
            : true;
      const id = ++armings;
      armed = {
        id,
        expect,
        seen: new Set(entries.map((entry) => entry.interactionId)),
        count: performance.interactionCount,
        painted: new Promise((resolve) => {
          // The first input the person makes: a click (its time stamp is the release's) or a key.
          const onInput = (/** @type {Event} */ event) => {
            if (!event.isTrusted) return;
            removeEventListener('click', onInput, true);
            removeEventListener('keydown', onInput, true);
            const at = event.timeStamp;
            // Marks in a trace, if one is recorded (where the time goes, see profile.mjs).
            console.timeStamp(`bench:input:${id}`);
            let frames = 0;
            // An animation frame callback, then a task: that task runs once the frame is painted.
            const check = () =>
              requestAnimationFrame(() => {
                frames++;
                if (!done()) {
                  check();
                  return;
                }
                const channel = new MessageChannel();
                channel.port1.onmessage = () => {
                  console.timeStamp(`bench:painted:${id}`);
                  resolve({ frames, painted: performance.now() - at });
                };
                channel.port2.postMessage(null);
              });
            check();
          };
          addEventListener('click', onInput, true);
          addEventListener('keydown', onInput, true);
        }),
      };
    },

    // The armed interaction's figures, once its frame is painted and the page is quiet again.
    async finish(timeoutMs = 20_000) {
      if (!armed) throw new Error('finish() without arm()');
      const { id, expect, seen, count, painted } = armed;
      armed = undefined;
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      let timer;
      /** @type {Promise<never>} */
      const late = new Promise((_, reject) => {
        const what = expect ? JSON.stringify(expect) : 'a frame';
        timer = setTimeout(() => reject(new Error(`${what} not painted within ${timeoutMs} ms`)), timeoutMs);
      });
      const result = await Promise.race([painted, late]).finally(() => clearTimeout(timer));
      const settled = await quiet();
      entries.push(.../** @type {PerformanceEventTiming[]} */ (observer.takeRecords()));
      /** @type {Map<number, number>} */
      const latencies = new Map();
      for (const entry of entries) {
        if (entry.interactionId === 0 || seen.has(entry.interactionId)) continue;
        latencies.set(entry.interactionId, Math.max(latencies.get(entry.interactionId) ?? 0, entry.duration));
      }
      return {
        id,
        painted: result.painted,
        frames: result.frames,
        eventTiming: latencies.size > 0 ? Math.max(...latencies.values()) : null,
        interactions: performance.interactionCount - count,
        settled,
      };
    },

    quiet,
  };
  Object.assign(window, { __bench: bench });
}
