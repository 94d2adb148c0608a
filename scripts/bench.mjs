// npm run bench: what a first visit downloads, and how fast the guide feels on a slow phone.
// Builds the app into a temporary folder, prints the initial-load bytes (raw, gzip, brotli) and
// every other chunk, then in Chromium with the CPU slowed down 4× prints the time to the first
// screen and the latency from a click to the next screen painted (a person's click: the page has
// settled, the button is held down 80 ms). Sizes are held to
// size-budget.json by tests/e2e/size.test.ts; the timings here are printed, never asserted.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';
import { chromePath, launchBrowser } from './browser.mjs';
import { measureBuild } from './bundle-size.mjs';
import { startServer } from './serve.mjs';

const CPU_SLOWDOWN = 4;
const LOADS = 5;
const JOURNEYS = 5;
// How long a person's finger or mouse button stays down. Playwright's default (0 ms) sends the
// release while the press is still being handled, and the click's time stamp is the release's:
// the latency would then count the rest of the press, which no person waits for.
const PRESS_MS = 80;

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(0)} ms`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function printSizes(rows, total) {
  const width = Math.max(...rows.map((row) => row.file.length), 10);
  console.log(
    `  ${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`,
  );
  for (const row of [...rows, ...(total ? [{ file: 'total', ...total }] : [])]) {
    console.log(
      `  ${row.file.padEnd(width)}  ${kB(row.raw).padStart(9)}  ${kB(row.gzip).padStart(9)}  ${kB(row.brotli).padStart(9)}`,
    );
  }
}

// ── Build and sizes ────────────────────────────────────────────────────────────────────────────
const dir = mkdtempSync(join(tmpdir(), 'titre-sejour-92-bench-'));
try {
  execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--outDir', dir, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const sizes = measureBuild(dir);
  const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
  console.log('\nInitial load (index.html and what it pulls in; gzip -9, brotli -11)');
  printSizes(sizes.initial, sizes.total);
  const verdict = sizes.total.brotli <= budget.initialLoadBrotliBytes ? 'within' : 'OVER';
  console.log(`  brotli budget ${kB(budget.initialLoadBrotliBytes)}: ${verdict} (size-budget.json)`);
  console.log('\nOther chunks (loaded later, on demand, or by other pages)');
  printSizes(sizes.lazy);

  // ── Timings ────────────────────────────────────────────────────────────────────────────────
  const server = await startServer({ dir, port: 0 });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launchBrowser();
  try {
    console.log(`\nIn Chromium, CPU ${CPU_SLOWDOWN}× slower, loopback network, cold cache each load`);
    await firstScreen(browser, base, '', '[data-action="start"]', 'start screen');
    await firstScreen(
      browser,
      base,
      '#commune=nanterre&need=first',
      '[data-question="health"]',
      'question from a link',
    );
    await stepLatency(browser, base);
  } finally {
    await browser.close();
  }
  await lighthouse(base).finally(() => server.close());
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function slowPage(browser, rate = CPU_SLOWDOWN) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

/** Navigation start → the screen's marker in the DOM, first contentful paint, and the app's own render. */
async function firstScreen(browser, base, fragment, selector, label) {
  const runs = [];
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await slowPage(browser);
    await page.addInitScript((marker) => {
      const times = {};
      window.__firstScreen = times;
      let first;
      new MutationObserver(() => {
        const found = document.querySelector(marker);
        if (found && times.present === undefined) {
          times.present = performance.now();
          first = found;
        }
        // createRoot replaces the prerendered markup: the marker becomes a new element.
        if (found && first && found !== first && times.app === undefined) times.app = performance.now();
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === 'first-contentful-paint') times.fcp = entry.startTime;
      }).observe({ type: 'paint', buffered: true });
    }, selector);
    await page.goto(`${base}${fragment}`);
    await page.locator(selector).waitFor();
    await page.waitForFunction(() => window.__firstScreen.fcp !== undefined);
    runs.push(await page.evaluate(() => window.__firstScreen));
    await context.close();
  }
  const pick = (field) => runs.map((run) => run[field]).filter((value) => value !== undefined);
  const parts = [
    `in the DOM ${ms(median(pick('present')))}`,
    `first contentful paint ${ms(median(pick('fcp')))}`,
  ];
  if (pick('app').length > 0) parts.push(`rendered by the app ${ms(median(pick('app')))}`);
  console.log(`  ${label} (${fragment || 'no fragment'}), median of ${LOADS}: ${parts.join(', ')}`);
}

/** The next screen's marker: the question id, or the outcome id. */
function screenKey() {
  const screen = document.querySelector('[data-question], [data-outcome], [data-action="start"]');
  if (!screen) return '';
  return screen.getAttribute('data-question') ?? `outcome:${screen.getAttribute('data-outcome') ?? 'start'}`;
}

/**
 * Installs, in the page, a probe for the next click: from the click event's time stamp to the
 * first frame showing a different screen, then to just after that frame is painted (a task
 * queued from its requestAnimationFrame callback runs after the paint).
 */
function armProbe(keyFunctionSource) {
  const key = new Function(`return (${keyFunctionSource})()`);
  const before = key();
  window.__step = new Promise((resolve) => {
    addEventListener(
      'click',
      (event) => {
        const clickedAt = event.timeStamp;
        const frame = () =>
          requestAnimationFrame(() => {
            if (key() === before) return frame();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - clickedAt);
            channel.port2.postMessage(null);
          });
        frame();
      },
      { capture: true, once: true },
    );
  });
}

/**
 * A click as a person makes it: the mouse at the element's centre, pressed for PRESS_MS. Not a
 * locator action, whose checks run listeners in the page during the very click being timed.
 */
async function timedClick(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element to click is not on screen');
  await page.evaluate(armProbe, screenKey.toString());
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { delay: PRESS_MS });
  return page.evaluate(() => window.__step);
}

/** The page loaded and quiet: nothing left to fetch, and the main thread idle (a person reads first). */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(), { timeout: 2000 })));
}

async function stepLatency(browser, base) {
  // The longest journeys the machine can generate, walked through the hooks of decision-table.md §6.
  const { module } = await runnerImport('/tests/support/outcome-paths.ts', {
    configFile: false,
    logLevel: 'error',
  });
  const walks = module
    .outcomeWalks()
    .sort((a, b) => b.answers.length - a.answers.length || a.key.localeCompare(b.key))
    .slice(0, JOURNEYS);
  const steps = [];
  const cpu = [];
  for (const walk of walks) {
    const times = await journey(browser, base, walk, { slow: true });
    // The same journey without the slowdown, traced: the main thread's own CPU time per step,
    // which other programs on the machine do not inflate (wall-clock latency counts them).
    const cpuTimes = await journey(browser, base, walk, { slow: false });
    console.log(
      `  journey to ${walk.key}: ${times.map(ms).join(', ')} (CPU at 1×: ${cpuTimes.map(ms).join(', ')})`,
    );
    steps.push(...times);
    cpu.push(...cpuTimes);
  }
  console.log(
    `  step latency, click → next screen painted, over ${steps.length} steps: median ${ms(median(steps))}, max ${ms(Math.max(...steps))} (target: median ≤ 30 ms)`,
  );
  console.log(
    `  main-thread CPU of a step at 1×, click → paint: median ${ms(median(cpu))} (× ${CPU_SLOWDOWN} ≈ ${ms(CPU_SLOWDOWN * median(cpu))}), max ${ms(Math.max(...cpu))}`,
  );
}

/** Start, then each answer and "Continuer": the latency of each step, or with `slow: false` its main-thread CPU. */
async function journey(browser, base, walk, { slow }) {
  const { context, page, cdp } = await slowPage(browser, slow ? CPU_SLOWDOWN : 1);
  await page.goto(base);
  await settle(page);
  const trace = slow ? undefined : await startTrace(cdp);
  const times = [await timedClick(page, page.locator('[data-action="start"]'))];
  for (const { question, answer } of walk.answers) {
    const form = page.locator(`[data-question="${question}"]`);
    await form.locator(`[data-answer="${answer}"]`).check();
    times.push(await timedClick(page, form.locator('button[type="submit"]')));
  }
  await page.locator('[data-outcome]').waitFor();
  // Every other click only chose an answer: the steps are the start click and each "Continuer".
  const result = trace ? (await trace.stop()).filter((_, index) => index % 2 === 0) : times;
  await context.close();
  return result;
}

/**
 * A Chrome trace of the page, to read the renderer main thread's own CPU time for each click, from
 * the task that dispatches it to the next paint. Wall-clock latency also counts other programs on
 * the machine; thread CPU time does not.
 */
async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const onThread = (thread) =>
        events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
      const main = threads.map(onThread).sort((a, b) => b.length - a.length)[0] ?? [];
      const tasks = main.filter((e) => e.name === 'RunTask');
      const paints = main.filter((e) => e.name === 'Paint');
      const clicks = main.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
      return clicks.map((click) => {
        const task = tasks.find((t) => t.ts <= click.ts && click.ts + click.dur <= t.ts + t.dur);
        if (!task) return NaN;
        const paint = paints.find((p) => p.ts > task.ts + task.dur);
        const until = paint ? paint.ts + paint.dur : task.ts + task.dur;
        const busy = tasks.filter((t) => t.ts >= task.ts && t.ts < until);
        return busy.reduce((sum, t) => sum + (t.tdur ?? t.dur), 0) / 1000;
      });
    },
  };
}

/**
 * Lighthouse is not a dependency (about 150 packages): install it apart, without touching this
 * project (`npm i --prefix /tmp/lh lighthouse@12.2.3`), and point LIGHTHOUSE_DIR at that folder.
 * It drives the same Chromium, with its own simulated slow 4G and 4× CPU, through loopback only.
 */
async function lighthouse(url) {
  const dir = process.env.LIGHTHOUSE_DIR;
  const entry = dir && resolve(dir, 'node_modules/lighthouse/core/index.js');
  if (!entry || !existsSync(entry)) {
    console.log(
      '\nLighthouse: skipped (set LIGHTHOUSE_DIR to a folder where lighthouse@12.2.3 is installed)',
    );
    return;
  }
  const { default: run } = await import(pathToFileURL(entry).href);
  const launcher = await import(
    pathToFileURL(resolve(dir, 'node_modules/chrome-launcher/dist/index.js')).href
  );
  const chrome = await launcher.launch({
    chromePath: chromePath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--proxy-server=http://127.0.0.1:9',
      '--proxy-bypass-list=127.0.0.1;localhost',
    ],
  });
  try {
    // Lighthouse's trace sometimes misses the navigation on a busy machine (NO_NAVSTART): retry.
    let result;
    for (let attempt = 1; attempt <= 3; attempt++) {
      result = await run(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result.lhr.runtimeError) break;
    }
    if (result.lhr.runtimeError) {
      const { code, message } = result.lhr.runtimeError;
      console.log(`\nLighthouse ${result.lhr.lighthouseVersion}: ${code} (${message})`);
      return;
    }
    const { categories, audits } = result.lhr;
    const scores = Object.values(categories).map(
      (category) => `${category.title} ${Math.round(category.score * 100)}`,
    );
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ]
      .map((id) => `${audits[id].title} ${audits[id].displayValue}`)
      .join(', ');
    console.log(
      `\nLighthouse ${result.lhr.lighthouseVersion} (mobile, simulated slow 4G, 4× CPU): ${scores.join(', ')}`,
    );
    console.log(`  ${metrics}`);
  } finally {
    chrome.kill();
  }
}
