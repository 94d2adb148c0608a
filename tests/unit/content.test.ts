// The content data: valid against its schema, consistent with the machine's ids, and faithful to
// decision-table.md where the specification pins a value.
import { describe, expect, it } from 'vitest';
import { ANSWERS, isKnownAnswer, isQuestionId } from '../../machines/questions';
import { CAVEATS } from '../../src/content/caveats';
import { CHANNELS } from '../../src/content/channels';
import { COMMUNES } from '../../src/content/communes';
import { OUTCOMES } from '../../src/content/outcomes';
import { caveatSchema, outcomeSchema, targetUrlSchema } from '../../src/content/schema';
import { TARGETS } from '../../src/content/targets';

describe('every outcome record is valid', () => {
  it.each(Object.entries(OUTCOMES))('%s', (id, outcome) => {
    const result = outcomeSchema.safeParse(outcome);
    expect(result.success, `${id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
  });
});

describe('every caveat record is valid', () => {
  it.each(Object.entries(CAVEATS))('%s', (id, caveat) => {
    const result = caveatSchema.safeParse(caveat);
    expect(result.success, `${id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
  });
});

describe('every target is an https URL or a mailto: address', () => {
  it.each(Object.entries(TARGETS))('%s', (_, url) => {
    expect(targetUrlSchema.safeParse(url).success).toBe(true);
  });
});

it('routes marked inferred name real questions and answers', () => {
  for (const [id, outcome] of Object.entries(OUTCOMES)) {
    for (const via of 'inferredVia' in outcome ? outcome.inferredVia : []) {
      const [question, answer] = via.split('=') as [string, string];
      expect(isQuestionId(question) && isKnownAnswer(question, answer), `${id}: ${via}`).toBe(true);
    }
  }
});

it('every outcome has a source: a row of the document, or an external status', () => {
  for (const [id, outcome] of Object.entries(OUTCOMES)) {
    expect(outcome.rows.length > 0 || outcome.status !== 'explicit', id).toBe(true);
  }
});

it('the 36 communes of the specification: 17 + 11 + 8, ids unique', () => {
  const count = (a: string) => COMMUNES.filter((c) => c.arrondissement === a).length;
  expect([count('nanterre'), count('antony'), count('boulogne-billancourt')]).toEqual([17, 11, 8]);
  expect(new Set(COMMUNES.map((c) => c.id)).size).toBe(36);
  expect(ANSWERS.commune).toHaveLength(37);
});

it('the email addresses are written exactly as in the document (capital R kept)', () => {
  expect(TARGETS['T-MAIL-ALG']).toBe('mailto:pref-demandeRdv-salaries92@hauts-de-seine.gouv.fr');
  expect(TARGETS['T-MAIL-AES']).toBe('mailto:pref-admission-exceptionnelle-au-sejour@hauts-de-seine.gouv.fr');
});

it('the general notices apply where decision-table.md §2 says', () => {
  const withFreeNotice = Object.entries(CHANNELS)
    .filter(([, c]) => c.notices.freeAndNoWalkIn)
    .map(([id]) => id)
    .sort();
  expect(withFreeNotice).toEqual(
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
  const withInfoDesk = Object.entries(CHANNELS)
    .filter(([, c]) => c.notices.infoDeskClosed)
    .map(([id]) => id)
    .sort();
  expect(withInfoDesk).toEqual(['contact-form', 'not-covered']);
  expect('infoDeskClosed' in OUTCOMES['ten-year-post']).toBe(true);
});
