// Words: every key any screen of the guide names has its French text (the reference every other
// language mirrors, see locale-parity.test.ts), and nothing is empty or a placeholder.
import { describe, expect, it } from 'vitest';
import { ANSWERS } from '../../machines/ids';
import { french as fr, leaves } from '../support/french';
import { everyScreen, keysOf } from '../support/screens';

const french = leaves(fr);
const screens = everyScreen();

/** A key as i18next resolves it: itself, or its plural forms. */
const hasText = (key: string) => french.has(key) || (french.has(`${key}_one`) && french.has(`${key}_other`));

describe('every key a screen names has its French text', () => {
  it.each(screens.map(({ where, screen }) => [`${screen.kind} ${where}`, screen] as const))(
    '%s',
    (_, screen) => {
      const missing = [...keysOf(screen)].filter((key) => !hasText(key));
      expect(missing).toEqual([]);
    },
  );

  it('the walk covers every kind of screen and hundreds of outcomes', () => {
    const kinds = screens.map(({ screen }) => screen.kind);
    expect(new Set(kinds)).toEqual(new Set(['start', 'question', 'outcome']));
    expect(kinds.filter((k) => k === 'outcome').length).toBeGreaterThan(250);
  });
});

it('no French text is empty, and none is a raw key or a placeholder', () => {
  for (const [key, value] of french) {
    expect(value.trim(), key).not.toBe('');
    expect(value, key).not.toMatch(/TODO|TBD|lorem|\bxxx\b/i);
    expect(value, key).not.toBe(key);
  }
});

it('every <fr> mark is closed, and none is nested', () => {
  for (const [key, value] of french) {
    expect(value.replace(/<fr>[^<]*<\/fr>/g, ''), key).not.toMatch(/<\/?fr>/);
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
