// Words: every id of the machine and the content has its French text, and nothing is empty.
import { describe, expect, it } from 'vitest';
import { ANSWERS, QUESTION_IDS, TEN_YEAR_RENEWAL_CARDS } from '../../machines/questions';
import { CAVEATS } from '../../src/content/caveats';
import { CHANNEL_IDS } from '../../src/content/channels';
import { OUTCOME_IDS } from '../../src/content/outcomes';
import { french as fr, leaves } from '../support/french';

const french = leaves(fr);

function expectText(key: string) {
  const value = french.get(key);
  expect(value, `missing French text for ${key}`).toBeTypeOf('string');
  expect(value!.trim().length, `empty French text for ${key}`).toBeGreaterThan(0);
}

describe('French has a text for every id', () => {
  it.each(QUESTION_IDS)('question %s and each of its answers', (question) => {
    expectText(`question.${question}.title`);
    for (const answer of ANSWERS[question]) {
      if (question === 'commune' && answer !== 'outside-92') continue; // proper nouns, in content
      expectText(`answer.${question}.${answer}.label`);
    }
  });

  it('the ten-year branch of renewal-card has its own title', () => {
    expect(TEN_YEAR_RENEWAL_CARDS.length).toBeGreaterThan(0);
    expectText('question.renewal-card.titleTenYear');
  });

  it.each(OUTCOME_IDS)('outcome %s', (outcome) => {
    expectText(`outcome.${outcome}.title`);
    expectText(`outcome.${outcome}.what`);
  });

  it.each(CHANNEL_IDS)('channel %s', (channel) => {
    for (const field of ['heading', 'how']) expectText(`channel.${channel}.${field}`);
  });

  it.each(Object.keys(CAVEATS))('caveat %s', (caveat) => {
    expectText(`caveat.${caveat}`);
  });
});

it('no French text is empty, and none is a raw key or a placeholder', () => {
  for (const [key, value] of french) {
    expect(value.trim(), key).not.toBe('');
    expect(value, key).not.toMatch(/TODO|TBD|lorem|\bxxx\b/i);
    expect(value, key).not.toBe(key);
  }
});

it('every locale key for an answer belongs to a real question and answer', () => {
  for (const key of french.keys()) {
    const match = /^answer\.([^.]+)\.([^.]+)\./.exec(key);
    if (!match) continue;
    const [, question, answer] = match as unknown as [string, keyof typeof ANSWERS, string];
    expect((ANSWERS[question] as readonly string[] | undefined)?.includes(answer), key).toBe(true);
  }
});
