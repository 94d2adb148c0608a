// The content data: valid against its schema (one definition, src/content/schema.ts), consistent
// with the routing's ids and lists, and faithful to decision-table.md where it pins a value.
import { describe, expect, it } from 'vitest';
import { NANTERRE_SERVICE } from '../../machines/flow';
import { isKnownAnswer, isQuestionId, OUTCOME_IDS } from '../../machines/ids';
import { CAVEATS } from '../../src/content/caveats';
import { CHANNELS } from '../../src/content/channels';
import { ANEF_GENERAL_SOURCES, NATIONAL_RULES, nationalRuleOf } from '../../src/content/national';
import { OUTCOME_RECORDS } from '../../src/content/outcomes';
import {
  caveatSchema,
  nationalRuleSchema,
  outcomeSchema,
  sourceSchema,
  targetUrlSchema,
} from '../../src/content/schema';
import { SOURCES } from '../../src/content/sources';
import { TARGETS } from '../../src/content/targets';
import { SPEC_CHANNELS, SPEC_LEVEL_A, SPEC_LEVEL_B } from './spec-routes';

function expectValid(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  id: string,
  v: unknown,
) {
  const result = schema.safeParse(v);
  expect(result.success, `${id}: ${JSON.stringify(result.error)}`).toBe(true);
}

describe('every record is valid against its schema', () => {
  it.each(OUTCOME_IDS)('outcome %s', (id) => expectValid(outcomeSchema, id, OUTCOME_RECORDS[id]));
  it.each(Object.entries(CAVEATS))('caveat %s', (id, caveat) => expectValid(caveatSchema, id, caveat));
  it.each(Object.entries(NATIONAL_RULES))('national rule %s', (id, rule) =>
    expectValid(nationalRuleSchema, id, rule),
  );
  it.each(Object.entries(SOURCES))('source %s', (id, source) => expectValid(sourceSchema, id, source));
  it.each(Object.entries(TARGETS))('target %s is an https URL or a mailto: address', (id, url) =>
    expectValid(targetUrlSchema, id, url),
  );
});

it('each outcome keeps the channel decision-table.md §4 gives it', () => {
  for (const id of OUTCOME_IDS) {
    if (id === 'sub-prefecture') continue;
    expect(OUTCOME_RECORDS[id].channel, id).toBe(SPEC_CHANNELS[id]);
  }
});

it('routes marked inferred name real questions and answers', () => {
  for (const [id, outcome] of Object.entries(OUTCOME_RECORDS)) {
    for (const via of [...(outcome.inferredVia ?? []), ...Object.keys(outcome.viaCaveats ?? {})]) {
      const [question, answer] = via.split('=') as [string, string];
      expect(isQuestionId(question) && isKnownAnswer(question, answer), `${id}: ${via}`).toBe(true);
    }
  }
});

it('every outcome has a source: a row of the document, or a status that is not "explicit"', () => {
  for (const [id, outcome] of Object.entries(OUTCOME_RECORDS)) {
    expect(outcome.rows.length > 0 || outcome.status !== 'explicit', id).toBe(true);
  }
});

it('the email addresses are written exactly as in the document (capital R kept)', () => {
  expect(TARGETS['T-MAIL-ALG']).toBe('mailto:pref-demandeRdv-salaries92@hauts-de-seine.gouv.fr');
  expect(TARGETS['T-MAIL-AES']).toBe('mailto:pref-admission-exceptionnelle-au-sejour@hauts-de-seine.gouv.fr');
});

it('the general notices apply where decision-table.md §2 says', () => {
  const channelsWith = (flag: 'freeAndNoWalkIn' | 'infoDeskClosed') =>
    Object.entries(CHANNELS)
      .filter(([, c]) => c.notices[flag])
      .map(([id]) => id)
      .sort();
  expect(channelsWith('freeAndNoWalkIn')).toEqual(
    [
      'appointment',
      'demarches-simplifiees',
      'email',
      'post',
      'antony',
      'sub-prefecture',
      'contact-form',
      'not-covered',
    ].sort(),
  );
  expect(channelsWith('infoDeskClosed')).toEqual(['contact-form', 'not-covered']);
  expect(OUTCOME_RECORDS['ten-year-post'].infoDeskClosed).toBe(true);
});

describe('national rules (decision-table.md §7, national-rules.md §4)', () => {
  it('level A and level B are exactly the outcomes national-rules.md §4 lists', () => {
    const level = (l: 'A' | 'B') =>
      Object.entries(NATIONAL_RULES)
        .filter(([, rule]) => rule.level === l)
        .map(([id]) => id)
        .sort();
    expect(level('A')).toEqual([...SPEC_LEVEL_A].sort());
    expect(level('B')).toEqual([...SPEC_LEVEL_B].sort());
  });

  it('every source is cited, by a record or by the general ANEF rules', () => {
    const cited = new Set<string>([
      ...Object.values(NATIONAL_RULES).flatMap((rule) => rule.sources),
      ...Object.values(ANEF_GENERAL_SOURCES).flat(),
    ]);
    expect([...cited].sort()).toEqual(Object.keys(SOURCES).sort());
  });
});

it('the Nanterre service list (routing) agrees with the content: its rows, minus level A', () => {
  // Editing a channel or a national level without the routing list fails here, instead of
  // silently sending people elsewhere.
  const expected = OUTCOME_IDS.filter(
    (id) =>
      ['appointment', 'demarches-simplifiees', 'post'].includes(OUTCOME_RECORDS[id].channel) &&
      nationalRuleOf(id)?.level !== 'A',
  );
  expect([...NANTERRE_SERVICE].sort()).toEqual([...expected].sort());
});
