// Where the time goes: one more journey per page with Chrome's timeline traced, and for each timed
// interaction the renderer main thread's work from the task that dispatched the input to the
// painted frame (the probe's marks), split into script, style, layout and paint. Tracing slows
// the page a little; these journeys are not part of the interaction figures.
import { journey } from './journey.mjs';
import { KINDS } from './report.mjs';
import { median, printTable } from './stats.mjs';

/**
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, pid: number, tid: number,
 *   args?: { data?: { message?: string } } }} TraceEvent
 * @typedef {{ script: number, style: number, layout: number, paint: number, total: number }} Split
 */

const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles']);
const LAYOUT = new Set(['Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage']);

/**
 * Records a trace over the session's page; the returned function stops it and hands the events over.
 * @param {import('./session.mjs').Session} session
 * @param {(events: TraceEvent[]) => void} collect
 */
async function startTrace({ cdp }, collect) {
  /** @type {TraceEvent[]} */
  const events = [];
  // The protocol's types give trace events as string maps; they hold numbers and objects too.
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(.../** @type {TraceEvent[]} */ (/** @type {unknown} */ (value))),
  );
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    collect(events);
  };
}

/**
 * Each interaction's main-thread work, by the id its trace marks carry.
 * @param {TraceEvent[]} events
 * @returns {Map<number, Split>}
 */
function splitByInteraction(events) {
  /** @type {Map<string, TraceEvent>} */
  const marks = new Map();
  for (const event of events) {
    const message = event.args?.data?.message;
    if (event.name === 'TimeStamp' && message?.startsWith('bench:')) marks.set(message, event);
  }
  const first = marks.values().next().value;
  if (!first) return new Map();
  // The page's main thread: the one the marks were made on.
  const main = events.filter(
    (e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X' && e.dur !== undefined,
  );
  const tasks = main.filter((e) => e.name === 'RunTask');
  /** @type {Map<number, Split>} */
  const splits = new Map();
  for (const [message, input] of marks) {
    const match = /^bench:input:(\d+)$/.exec(message);
    const painted = match && marks.get(`bench:painted:${match[1]}`);
    if (!match || !painted) continue;
    const task = tasks.find((t) => t.ts <= input.ts && input.ts <= t.ts + (t.dur ?? 0));
    const [from, to] = [task?.ts ?? input.ts, painted.ts];
    /** @param {(event: TraceEvent) => boolean} test */
    const sum = (test) =>
      main
        .filter(test)
        .reduce(
          (total, e) => total + Math.max(0, Math.min(to, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts)),
          0,
        ) / 1000;
    const total = sum((e) => e.name === 'RunTask');
    const style = sum((e) => STYLE.has(e.name));
    const layout = sum((e) => LAYOUT.has(e.name));
    const paint = sum((e) => PAINT.has(e.name));
    splits.set(Number(match[1]), { script: total - style - layout - paint, style, layout, paint, total });
  }
  return splits;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {[import('./journey.mjs').Target, import('./journey.mjs').Target]} targets
 */
export async function whereTheTimeGoes(browser, targets) {
  /** @type {Map<string, Map<string, Split[]>>} page → kind → splits */
  const byPage = new Map();
  for (const target of targets) {
    /** @type {TraceEvent[]} */
    let events = [];
    const samples = await journey(browser, target, 0, {
      traced: (session) =>
        startTrace(session, (collected) => {
          events = collected;
        }),
    });
    const splits = splitByInteraction(events);
    /** @type {Map<string, Split[]>} */
    const byKind = new Map();
    for (const sample of samples) {
      const split = splits.get(sample.id);
      if (split) byKind.set(sample.kind, [...(byKind.get(sample.kind) ?? []), split]);
    }
    byPage.set(target.name, byKind);
  }

  const [app, baseline] = targets.map((target) => byPage.get(target.name));
  /** @param {Split[] | undefined} splits @param {keyof Split} part */
  const cell = (splits, part) => (splits ? median(splits.map((s) => s[part])).toFixed(0) : '–');
  /** @type {(keyof Split)[]} */
  const parts = ['script', 'style', 'layout', 'paint', 'total'];
  const rows = [
    ['', 'app', '', '', '', '', 'baseline'],
    ['kind', 'script+', 'style', 'layout', 'paint', 'total', 'script+', 'style', 'layout', 'paint', 'total'],
  ];
  for (const { kind, label } of KINDS) {
    if (!app?.has(kind)) continue;
    const [a, b] = [app.get(kind), baseline?.get(kind)];
    rows.push([label, ...parts.map((p) => cell(a, p)), ...parts.map((p) => cell(b, p))]);
  }
  printTable(rows);
  console.log("  Medians in ms at 4×; script+: the rest of the main thread's work (script, mostly).");
}
