// The change log (src/content/changes.ts): valid, newest first, one version per release, and kept
// in step with docs/routes.csv: a change of where people are sent always comes with an entry. The
// outcome screen announces a change for 90 days (tested against fixed dates).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS } from '../../machines/ids';
import { allRoutes } from '../../machines/walk';
import { CHANGES, RULES_VERSION, recentChange } from '../../src/content/changes';
import { CHANGE_TEXTS } from '../../src/content/changes-fr';
import { changeSchema, changeTextSchema, type Change } from '../../src/content/schema';
import { describeOutcome } from '../../src/screen/outcome';
import { ROUTES_FILE } from '../../scripts/routes';

/** The log as its schema types it (the data's literal types make every comparison look settled). */
const LOG: readonly Change[] = CHANGES;

const routesPath = fileURLToPath(new URL(`../../${ROUTES_FILE}`, import.meta.url));
const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

/** [major, minor, patch] of a version, for comparing. */
const parts = (version: string) => version.split('.').map(Number) as [number, number, number];
const compare = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

describe('every entry of the change log', () => {
  it.each(CHANGES.map((change) => [change.id, change] as const))('%s is valid', (id, change) => {
    const result = changeSchema.safeParse(change);
    expect(result.success, `${id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    const words = changeTextSchema.safeParse(CHANGE_TEXTS[id]);
    expect(words.success, `${id} (CHANGE_TEXTS): ${JSON.stringify(words.error?.issues)}`).toBe(true);
  });

  it('has a unique id that starts with its date', () => {
    expect(new Set(CHANGES.map((c) => c.id)).size).toBe(CHANGES.length);
    for (const change of CHANGES) expect(change.id.startsWith(`${change.date}-`), change.id).toBe(true);
  });

  it('comes newest first, by date and by version', () => {
    for (let i = 1; i < CHANGES.length; i++) {
      const [newer, older] = [LOG[i - 1]!, LOG[i]!];
      expect(newer.date >= older.date, `${newer.id} before ${older.id}`).toBe(true);
      expect(compare(newer.version, older.version), `${newer.id} before ${older.id}`).toBeGreaterThanOrEqual(
        0,
      );
    }
  });

  it('names each outcome and question at most once', () => {
    for (const change of CHANGES) {
      expect(new Set(change.outcomes).size, change.id).toBe(change.outcomes.length);
      expect(new Set(change.questions).size, change.id).toBe(change.questions.length);
    }
  });

  it('gives each version one date (a release), and the rules data the newest version', () => {
    const dates = new Map<string, Set<string>>();
    for (const change of CHANGES)
      dates.set(change.version, (dates.get(change.version) ?? new Set()).add(change.date));
    for (const [version, days] of dates) expect([...days], version).toHaveLength(1);
    expect(RULES_VERSION).toBe(CHANGES[0].version);
  });
});

it('a version that changes the routes is a new minor or major version (docs/open-data.md)', () => {
  const versions = [...new Set(LOG.map((c) => c.version))];
  const routesOf = (version: string) =>
    LOG.find((c) => c.version === version && c.routesSha256 !== undefined)?.routesSha256;
  for (let i = 1; i < versions.length; i++) {
    const [newer, older] = [versions[i - 1]!, versions[i]!];
    const changed = routesOf(newer) !== undefined && routesOf(newer) !== routesOf(older);
    if (!changed) continue;
    const [a, b] = [parts(newer), parts(older)];
    expect(a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]), `${newer} after ${older}`).toBe(true);
  }
});

it(`${ROUTES_FILE} has not changed since the newest entry that records it`, () => {
  const routes = readFileSync(routesPath, 'utf8').replaceAll('\r\n', '\n');
  const hash = createHash('sha256').update(routes).digest('hex');
  const newest = CHANGES.find((change) => 'routesSha256' in change);
  expect(
    newest && 'routesSha256' in newest ? newest.routesSha256 : undefined,
    `${ROUTES_FILE} changed: people are sent elsewhere. Add an entry to src/content/changes.ts ` +
      `(first in the list, with its French words in CHANGE_TEXTS) saying what changed and why, ` +
      `with routesSha256: '${hash}' (see docs/updating-rules.md)`,
  ).toBe(hash);
});

describe('"mis à jour le …" on an outcome changed in the last 90 days', () => {
  const entry = CHANGES.find((change) => change.outcomes.length > 0)!;
  const outcome = entry.outcomes[0]!;
  const after = (days: number) => day(entry.date) + days * 24 * 60 * 60 * 1000;

  it('is shown from the day of the change until 90 days after, with the entry it links to', () => {
    expect(recentChange([outcome], after(0))).toEqual({ date: entry.date, entryId: entry.id });
    expect(recentChange([outcome], after(89))).toEqual({ date: entry.date, entryId: entry.id });
    expect(recentChange([outcome], after(91))).toBeNull();
    expect(recentChange([outcome], after(-1))).toBeNull();
  });

  it('is never shown for an outcome no entry names', () => {
    const named = new Set<string>(CHANGES.flatMap((c) => c.outcomes));
    const unnamed = OUTCOME_IDS.filter((id) => !named.has(id));
    expect(unnamed.length).toBeGreaterThan(0);
    expect(recentChange(unnamed, after(1))).toBeNull();
  });

  it('is part of the screen model of every route to a changed outcome, and of no other', () => {
    const now = after(10);
    const recent = LOG.filter((c) => c.date === entry.date);
    const named = new Set<string>(recent.flatMap((c) => c.outcomes));
    for (const route of allRoutes()) {
      const { resolution } = route;
      const screen = describeOutcome({ answers: route.answers, trail: route.trail, resolution }, now);
      const concerned = named.has(resolution.outcome) || named.has(resolution.request ?? '');
      expect(screen.source.updated !== null, `${resolution.outcome} ${resolution.request ?? ''}`).toBe(
        concerned,
      );
      if (screen.source.updated) {
        const shown = CHANGES.find((c) => c.id === screen.source.updated!.entryId)!;
        expect(shown.date).toBe(screen.source.updated.date);
      }
      // A year later, nothing is announced.
      const later = describeOutcome({ answers: route.answers, trail: route.trail, resolution }, after(400));
      expect(later.source.updated).toBeNull();
    }
  });
});
