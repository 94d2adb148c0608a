// What changed in the guide's rules, dated, newest first: shown on changes.html, carried by the
// open data (rules.json), and read by the outcome screen ("mis à jour le …" for 90 days). Each
// entry names the outcomes and questions concerned and where the change comes from. An entry that
// changes docs/routes.csv records the file's SHA-256 after it: tests/unit/changes.test.ts fails
// when the file changes without a new entry. How to add one: docs/updating-rules.md.
//
// The French words of each entry (a title, what changed) are in changes-fr.ts, keyed by entry id:
// the guide's first download carries only the dates and ids it reads here, and changes.html and
// rules.json add the words (measured: in this file, the words cost the first download 1.2 KB brotli).
import type { Change } from './schema';

/** docs/routes.csv after the release of 3 December 2026 (issues 12 and 17). */
const ROUTES_2026_12_03 = '37bd220e94c4028c8d0eade8a07d11629e59f6aee2dce4d961f5f016b97cb84a';

export const CHANGES = [
  {
    id: '2026-12-03-national-rules-read-again',
    date: '2026-12-03',
    version: '1.1.0',
    outcomes: [
      'first-french-family',
      'renew-french-family',
      'renew-visitor',
      'renew-eu',
      'renew-protection',
      'renew-student',
      'renew-ten-year',
      'receipt',
      'receipt-too-early',
      'ten-year-post',
      'first-family',
      'renew-family',
      'health',
      'first-talent',
      'renew-talent',
      'change-to-talent',
    ],
    questions: [],
    sources: [
      { kind: 'national', id: 'S14' },
      { kind: 'national', id: 'S16' },
      { kind: 'national', id: 'S9' },
      { kind: 'national', id: 'S7' },
      { kind: 'national', id: 'S11' },
      { kind: 'national', id: 'S13' },
      { kind: 'national', id: 'S22' },
    ],
    routesSha256: 'effb3254668bf5c844e46c193299173dae55e6855e36d23fd8baafb0f666a0b7',
  },
  {
    id: '2026-12-03-anef-national-rule',
    date: '2026-12-03',
    version: '1.0.0',
    outcomes: [
      'first-student',
      'renew-student',
      'first-protection',
      'renew-protection',
      'first-visitor',
      'renew-visitor',
      'first-french-family',
      'renew-french-family',
      'first-algerian-dependent',
      'first-eu',
      'renew-eu',
      'renew-ten-year',
      'sub-prefecture',
    ],
    questions: [],
    sources: [
      { kind: 'national', id: 'S1' },
      { kind: 'national', id: 'S9' },
      { kind: 'national', id: 'S14' },
      { kind: 'national', id: 'S16' },
      { kind: 'national', id: 'S18' },
      { kind: 'national', id: 'S2' },
      { kind: 'national', id: 'S7' },
    ],
    routesSha256: ROUTES_2026_12_03,
  },
  {
    id: '2026-12-03-anef-check-first',
    date: '2026-12-03',
    version: '1.0.0',
    outcomes: [
      'health',
      'first-family',
      'renew-family',
      'first-family-reunification',
      'renew-family-reunification',
      'first-talent',
      'renew-talent',
      'change-to-talent',
      'ten-year-post',
      'receipt',
      'receipt-too-early',
      'duplicate',
      'address-or-civil-status',
      'dcem',
    ],
    questions: [],
    sources: [
      { kind: 'national', id: 'S13' },
      { kind: 'national', id: 'S14' },
      { kind: 'national', id: 'S15' },
      { kind: 'national', id: 'S22' },
      { kind: 'national', id: 'S11' },
      { kind: 'national', id: 'S23' },
      { kind: 'national', id: 'S28' },
    ],
    routesSha256: ROUTES_2026_12_03,
  },
  {
    id: '2026-12-03-visa-eu-family-working-holiday',
    date: '2026-12-03',
    version: '1.0.0',
    outcomes: ['first-eu', 'aps-working-holiday'],
    questions: ['first-with-visa'],
    sources: [{ kind: 'table', rows: ['R18', 'R46'] }],
    routesSha256: ROUTES_2026_12_03,
  },
  {
    id: '2026-12-03-receipt-holders',
    date: '2026-12-03',
    version: '1.0.0',
    outcomes: ['receipt', 'receipt-too-early'],
    questions: ['renewal-card', 'receipt-window'],
    sources: [{ kind: 'table', rows: ['R37'] }],
    routesSha256: ROUTES_2026_12_03,
  },
  {
    id: '2026-12-03-dont-know',
    date: '2026-12-03',
    version: '1.0.0',
    outcomes: ['unsure'],
    questions: ['entry', 'renewal-card'],
    sources: [{ kind: 'table', rows: ['R45'] }],
    routesSha256: ROUTES_2026_12_03,
  },
  {
    id: '2026-12-03-subprefecture-appointment-page',
    date: '2026-12-03',
    version: '1.0.0',
    outcomes: ['sub-prefecture'],
    questions: [],
    sources: [
      { kind: 'page', target: 'T-RDV' },
      { kind: 'page', target: 'T-FAQ-NANTERRE' },
    ],
    routesSha256: ROUTES_2026_12_03,
  },
  {
    id: '2026-12-03-postal-codes',
    date: '2026-12-03',
    version: '1.0.0',
    outcomes: [],
    questions: ['commune'],
    sources: [
      {
        kind: 'dataset',
        title: 'Etalab, découpage administratif (@etalab/decoupage-administratif 6.0.0)',
        url: 'https://github.com/etalab/decoupage-administratif',
      },
    ],
  },
] as const satisfies readonly Change[];

export type ChangeId = (typeof CHANGES)[number]['id'];

/** The version of the rules data: the newest entry's. */
export const RULES_VERSION: string = CHANGES[0].version;

/** How long an outcome shows "mis à jour le …" after a change that concerns it. */
export const UPDATED_FOR_DAYS = 90;

/**
 * The newest change concerning any of `outcomes` made in the `UPDATED_FOR_DAYS` days up to `now`
 * (milliseconds since the epoch), or null.
 */
export function recentChange(
  outcomes: readonly string[],
  now: number,
): { date: string; entryId: ChangeId } | null {
  const since = now - UPDATED_FOR_DAYS * 24 * 60 * 60 * 1000;
  const entry = CHANGES.find((change) => {
    const day = Date.parse(`${change.date}T00:00:00Z`);
    return (
      day >= since &&
      day <= now &&
      (change.outcomes as readonly string[]).some((outcome) => outcomes.includes(outcome))
    );
  });
  return entry ? { date: entry.date, entryId: entry.id } : null;
}
