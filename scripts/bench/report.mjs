// The interactions table: per kind of interaction (and per detail under it), each page's median
// and p98, the app's ratios to the baseline against the targets, and each run's median ratio.
import { median, percentile, printTable, times, verdict } from './stats.mjs';

/** @typedef {import('./journey.mjs').Sample} Sample */

const TARGET_MEDIAN = 1.2;
const TARGET_P98 = 2;

/** The kinds, in the order printed; `start` has no target of its own. */
export const KINDS = [
  { kind: 'select', label: 'select an answer', target: true },
  { kind: 'type', label: 'type in the commune search', target: true },
  { kind: 'continue', label: 'Continue', target: true },
  { kind: 'back', label: 'Back', target: true },
  { kind: 'change', label: 'change an answer (summary)', target: true },
  { kind: 'language', label: 'switch language (warm)', target: true },
  { kind: 'start', label: 'start (no target)', target: false },
];

/**
 * @param {Sample[]} samples
 * @param {[string, string]} pages the app's name, then the baseline's
 */
export function printInteractions(samples, [app, baseline]) {
  const runs = [...new Set(samples.map((s) => s.run))];
  /** @param {Sample[]} group @param {string} page */
  const latencies = (group, page) => group.filter((s) => s.page === page).map((s) => s.latency);
  /** @param {Sample[]} group */
  const medianRatio = (group) => median(latencies(group, app)) / median(latencies(group, baseline));

  /** @param {string} label @param {Sample[]} group @param {boolean} target */
  const row = (label, group, target) => {
    const [a, b] = [latencies(group, app), latencies(group, baseline)];
    const ratio = medianRatio(group);
    const p98Ratio = percentile(a, 98) / percentile(b, 98);
    const perRun = runs.map((run) => medianRatio(group.filter((s) => s.run === run)));
    return [
      label,
      `${a.length}/${b.length}`,
      median(a).toFixed(0),
      percentile(a, 98).toFixed(0),
      median(b).toFixed(0),
      percentile(b, 98).toFixed(0),
      `${times(ratio)} ${target ? verdict(ratio, TARGET_MEDIAN) : ' '}`,
      `${times(p98Ratio)} ${target ? verdict(p98Ratio, TARGET_P98) : ' '}`,
      perRun.map((value) => (Number.isFinite(value) ? value.toFixed(2) : '–')).join(' '),
    ];
  };

  /** @type {string[][]} */
  const rows = [
    ['', 'n', 'app', '', 'baseline', '', 'app ÷ baseline', '', 'median ratio'],
    ['kind', 'app/base', 'median', 'p98', 'median', 'p98', 'median', 'p98', 'run by run'],
  ];
  for (const { kind, label, target } of KINDS) {
    const group = samples.filter((s) => s.kind === kind);
    if (group.length === 0) continue;
    rows.push(row(label, group, target));
    const details = [...new Set(group.map((s) => s.detail))].filter(Boolean);
    if (details.length < 2) continue;
    for (const detail of details) {
      rows.push(
        row(
          `  ${detail}`,
          group.filter((s) => s.detail === detail),
          false,
        ),
      );
    }
  }
  printTable(rows);

  /** @param {(sample: Sample) => boolean} test @param {string} page */
  const count = (test, page) =>
    `${samples.filter((s) => s.page === page && test(s)).length}/${samples.filter((s) => s.page === page).length}`;
  console.log(`  In ms. Targets, per kind: median ≤ ${TARGET_MEDIAN}×, p98 ≤ ${TARGET_P98}× the baseline's.`);
  console.log(
    `  What the interaction should show (a screen, a language) came in a later frame than the input's next ` +
      `paint,\n  timed to that frame: app ${count((s) => s.later, app)}, baseline ${count((s) => s.later, baseline)}.`,
  );
  /** @type {Array<[(sample: Sample) => boolean, string]>} */
  const notes = [
    [(s) => s.eventTiming === null, "under Event Timing's 16 ms threshold (painted frame used)"],
    [(s) => s.interactions !== 1, 'counted by the browser as other than one interaction'],
    [(s) => !s.settled, 'on a page that did not come to rest within 10 s'],
  ];
  for (const [test, text] of notes) {
    if (samples.some(test))
      console.log(`  ${text}: app ${count(test, app)}, baseline ${count(test, baseline)}.`);
  }
}
