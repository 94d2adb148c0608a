// The rules overview (overview.html) shows the guide's own routes: every outcome once, every route
// once, each route replayed through the guide lands on the row that lists it, and every id it
// names has its French words.
import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS, QUESTION_IDS } from '../../machines/ids';
import { currentStep, replay } from '../../machines/journey';
import { allRoutes, SAMPLE_COMMUNES } from '../../machines/walk';
import { CHANNEL_IDS } from '../../src/content/channels';
import { SECTIONS } from '../../src/content/sections';
import { buildOverview, type OverviewRow, type Scope } from '../../src/overview/model';
import { french as fr } from '../support/french';

const overview = buildOverview();
const rows = overview.sections.flatMap((section) => section.rows);
const row = (id: string) => rows.find((r) => r.outcome === id)!;
const sectionOf = (id: string) => overview.sections.find((s) => s.rows.some((r) => r.outcome === id))?.id;
const communeFor = (scope: Scope) => SAMPLE_COMMUNES.find((c) => c === scope)!;
const answered = (route: OverviewRow['routes'][number], question: string, answer: string) =>
  route.steps.some((s) => s.question === question && s.answer === answer);

it('has one row per outcome, each in one section', () => {
  expect(rows.map((r) => r.outcome).sort()).toEqual([...OUTCOME_IDS].sort());
});

it('lists every route of the machine exactly once (one line per answers, for all its places)', () => {
  const listed = rows.reduce((sum, r) => sum + r.routes.reduce((n, route) => n + route.scope.length, 0), 0);
  expect(listed).toBe(allRoutes().length);
});

describe('each route, replayed through the guide, lands on the row that lists it', () => {
  it.each(rows.map((r) => [r.outcome, r] as const))('%s', (outcome, r) => {
    for (const route of r.routes) {
      for (const scope of route.scope) {
        const answers = Object.fromEntries([
          ['commune', communeFor(scope)],
          ...route.steps.map((s) => [s.question, s.answer]),
        ]) as Record<string, string>;
        const { snapshot, dropped } = replay(answers);
        expect(dropped, route.fragment).toEqual([]);
        expect(currentStep(snapshot), `${scope} ${route.fragment}`).toEqual({ kind: 'outcome', outcome });
      }
    }
  });
});

it('groups the outcomes like the préfecture’s table', () => {
  expect(overview.sections.map((s) => s.id)).toEqual(SECTIONS.map((s) => s.id));
  expect(sectionOf('follow-up')).toBe('preamble');
  expect(sectionOf('health')).toBe('preamble');
  expect(sectionOf('judgment')).toBe('preamble');
  expect(sectionOf('first-protection')).toBe('first-with-visa');
  expect(sectionOf('first-eu')).toBe('first-without-visa');
  expect(sectionOf('ten-year-post')).toBe('ten-year');
  expect(sectionOf('change-to-talent')).toBe('renewal');
  expect(sectionOf('aps-working-holiday')).toBe('other');
  for (const id of ['other-prefecture', 'sub-prefecture', 'not-covered'])
    expect(sectionOf(id)).toBe('outside-document');
});

describe('status per route where it differs from its row', () => {
  it('a change of status routed to a renewal row is our reading (inferred)', () => {
    const viaChange = row('renew-family').routes.find((r) => answered(r, 'change-target', 'family'))!;
    expect(row('renew-family').status).toBe('explicit');
    expect(viaChange.status).toBe('inferred');
  });

  it('a first 10-year card asked with a one-year renewal (R19) is inferred, with its own caveat and row', () => {
    const r19 = row('renew-family').routes.find((r) => answered(r, 'need', 'ten-year'))!;
    expect(r19.status).toBe('inferred');
    expect(r19.rows).toEqual(['R19']);
    expect(r19.caveats.map((c) => c.id)).toContain('ten-year-one-year');
    const frenchFamilyR19 = row('renew-french-family').routes.find((r) => answered(r, 'need', 'ten-year'))!;
    expect(frenchFamilyR19.caveats.map((c) => c.id)).not.toContain('not-ten-year-card');
    expect(overview.sections.find((s) => s.id === 'ten-year')!.seeAlso).toContain('renew-family');
  });

  it('the sous-préfecture row names the requests it takes over, for Antony and Boulogne-Billancourt only', () => {
    const sub = row('sub-prefecture');
    expect(sub.status).toBe('external');
    expect(sub.requests.map((r) => r.request)).toContain('first-family');
    expect(
      sub.requests.every((r) => r.scope.every((s) => s === 'antony' || s === 'boulogne-billancourt')),
    ).toBe(true);
    expect(row('first-family').elsewhere).toEqual([
      { outcome: 'sub-prefecture', scope: ['antony', 'boulogne-billancourt'] },
    ]);
  });

  it('a level A row (national rule) carries its record, and no sous-préfecture elsewhere', () => {
    expect(row('renew-eu').national?.level).toBe('A');
    expect(row('renew-eu').elsewhere).toEqual([]);
    expect(row('first-family').national?.level).toBe('B');
  });

  it('each not-covered route says its own case', () => {
    for (const route of row('not-covered').routes) {
      expect(route.notCovered).not.toBeNull();
      expect(route.caveats.map((c) => c.id)).toContain(`not-covered-${route.notCovered}`);
    }
  });
});

describe('French has a text for every id the overview names', () => {
  type Tree = { [key: string]: string | Tree };
  const overviewTexts = (fr as unknown as Tree).overview as Tree;
  const text = (group: string, id: string) => (overviewTexts[group] as Tree | undefined)?.[id];
  const expectText = (group: string, id: string) => {
    const value = text(group, id);
    expect(typeof value === 'string' && value.trim().length > 0, `overview.${group}.${id}`).toBe(true);
  };
  it.each([...QUESTION_IDS, 'renewal-card-one-year'])('question %s', (id) => expectText('question', id));
  it.each(CHANNEL_IDS)('channel %s', (id) => expectText('channel', id));
  it.each(SECTIONS.map((s) => s.id))('section %s', (id) => expectText('section', id));
  it.each(['explicit', 'inferred', 'external', 'not-covered'])('status %s', (id) => {
    expectText('status', id);
    expectText('legend', id);
  });
  it.each(['all', 'nanterre', 'antony', 'boulogne-billancourt', 'outside-92'])('scope %s', (id) =>
    expectText('scope', id),
  );
});
