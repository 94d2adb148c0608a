// npm run bench: what a first visit downloads, and how fast the guide feels on a slow phone,
// measured against a minimal page on the same stack (scripts/bench/baseline/) built and timed in
// the same run. See docs/benchmark.md. Sizes are held to size-budget.json by
// tests/e2e/first-load.test.ts; the timings here are printed, never asserted.
//
// Environment: BENCH_RUNS (3) runs of BENCH_JOURNEYS (3) journeys per page for the interactions,
// BENCH_PROFILE=0 to skip the traced journeys (where the time goes), BENCH_LIGHTHOUSE_RUNS (5),
// LIGHTHOUSE_DIR (a separate install of lighthouse@12.2.3).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstScreens } from './bench/first-screen.mjs';
import { measureInteractions } from './bench/journey.mjs';
import { lighthouse } from './bench/lighthouse.mjs';
import { whereTheTimeGoes } from './bench/profile.mjs';
import { printInteractions } from './bench/report.mjs';
import { CPU_SLOWDOWN, PRESS_MS } from './bench/session.mjs';
import { kB, printTable } from './bench/stats.mjs';
import { launchBrowser } from './browser.mjs';
import { measureBuild } from './bundle-size.mjs';
import { startServer } from './serve.mjs';

/** @param {string} name @param {number} fallback */
function setting(name, fallback) {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
}
const RUNS = setting('BENCH_RUNS', 3);
const JOURNEYS = setting('BENCH_JOURNEYS', 3);
const LIGHTHOUSE_RUNS = setting('BENCH_LIGHTHOUSE_RUNS', 5);
const LOADS = 5;

const began = Date.now();
const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0)} s`;

/** @param {string} outDir @param {string[]} [options] */
function viteBuild(outDir, options = []) {
  execFileSync(
    'node_modules/.bin/vite',
    ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir', ...options],
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
}

/**
 * @param {import('./bundle-size.mjs').FileSizes[]} rows
 * @param {import('./bundle-size.mjs').Sizes} [total]
 */
function printSizes(rows, total) {
  const all = total ? [...rows, { file: 'total', ...total }] : rows;
  printTable([
    ['file', 'raw', 'gzip', 'brotli'],
    ...all.map((row) => [row.file, kB(row.raw), kB(row.gzip), kB(row.brotli)]),
  ]);
}

/** @param {string} dir @returns {Promise<{ server: import('node:http').Server, url: string }>} */
async function serve(dir) {
  const server = await startServer({ dir, port: 0 });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error(`no port to serve ${dir}`);
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

const dir = mkdtempSync(join(tmpdir(), 'titre-sejour-92-bench-'));
const appDir = join(dir, 'app');
const baselineDir = join(dir, 'baseline');
try {
  // ── Builds and sizes ───────────────────────────────────────────────────────────────────────
  viteBuild(appDir);
  viteBuild(baselineDir, ['--config', 'scripts/bench/baseline/vite.config.ts']);
  const sizes = measureBuild(appDir);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- JSON.parse gives `any`: the JSDoc cast is this file's `as`, which the rule cannot see (typescript-eslint#4824)
  const budget = /** @type {{ initialLoadBrotliBytes: number }} */ (
    JSON.parse(readFileSync('size-budget.json', 'utf8'))
  );
  console.log('\nInitial load (index.html and what it pulls in; gzip -9, brotli -11)');
  printSizes(sizes.initial, sizes.total);
  const verdict = sizes.total.brotli <= budget.initialLoadBrotliBytes ? 'within' : 'OVER';
  console.log(`  brotli budget ${kB(budget.initialLoadBrotliBytes)}: ${verdict} (size-budget.json)`);
  console.log('\nOther chunks (loaded later, on demand, or by other pages)');
  printSizes(sizes.lazy);
  const baselineSize = measureBuild(baselineDir).total;
  console.log(
    `\nThe baseline page's initial load: ${kB(baselineSize.raw)} raw, ${kB(baselineSize.brotli)} brotli`,
  );

  // ── Timings ────────────────────────────────────────────────────────────────────────────────
  // Two servers, two origins, the same headers: the guide's service worker cannot reach the baseline.
  const app = await serve(appDir);
  const baseline = await serve(baselineDir);
  /** @type {[import('./bench/journey.mjs').Target, import('./bench/journey.mjs').Target]} */
  const targets = [
    { name: 'app', url: app.url },
    { name: 'baseline', url: baseline.url },
  ];
  try {
    const browser = await launchBrowser();
    try {
      console.log(`\nFirst screen, CPU ${CPU_SLOWDOWN}× slower, loopback network, cold cache each load`);
      await firstScreens(
        browser,
        [
          { label: 'app, start screen', url: app.url, selector: '[data-action="start"]' },
          { label: 'baseline, start screen', url: baseline.url, selector: '[data-action="start"]' },
          {
            label: 'app, question from a link (#commune=nanterre&need=first)',
            url: `${app.url}#commune=nanterre&need=first`,
            selector: '[data-question="health"]',
          },
        ],
        LOADS,
      );

      console.log(
        `\nInteractions, CPU ${CPU_SLOWDOWN}× slower: Event Timing latency (input → next paint), a press held ` +
          `${PRESS_MS} ms,\nthe page at rest before each; ${RUNS} runs of ${JOURNEYS} journeys per page, ` +
          'app and baseline interleaved',
      );
      const samples = await measureInteractions(browser, targets, {
        runs: RUNS,
        journeys: JOURNEYS,
        onProgress: (done, total) => process.stderr.write(`  journey ${done}/${total} (${elapsed()})\r`),
      });
      process.stderr.write('\n');
      printInteractions(samples, ['app', 'baseline']);
      if (process.env.BENCH_PROFILE !== '0') {
        console.log(
          '\nWhere the time goes: one traced journey per page, main thread from the input to the painted frame',
        );
        await whereTheTimeGoes(browser, targets);
      }
    } finally {
      await browser.close();
    }
    await lighthouse(targets, LIGHTHOUSE_RUNS);
  } finally {
    app.server.close();
    baseline.server.close();
  }
  console.log(`\nDone in ${elapsed()}.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
