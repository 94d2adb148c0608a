// Locale keys built from ids. The ids are checked against the French file by
// tests/unit/locales.test.ts, so these casts cannot hide a missing key.
import type { ParseKeys } from 'i18next';
import type { QuestionId } from '../../machines/questions';
import type { CaveatId } from '../content/caveats';
import type { ChannelId } from '../content/channels';
import type { OutcomeId } from '../content/outcomes';

export type Key = ParseKeys;

export const questionTitle = (q: QuestionId) => `question.${q}.title` as Key;
export const questionHint = (q: QuestionId) => `question.${q}.hint` as Key;
export const answerLabel = (q: QuestionId, a: string) => `answer.${q}.${a}.label` as Key;
export const answerHint = (q: QuestionId, a: string) => `answer.${q}.${a}.hint` as Key;
export const outcomeKey = (o: OutcomeId, field: 'title' | 'what') => `outcome.${o}.${field}` as Key;
export const channelKey = (c: ChannelId, field: 'heading' | 'how') => `channel.${c}.${field}` as Key;
export const caveatKey = (c: CaveatId) => `caveat.${c}` as Key;

/** `t` for keys built from ids: the result is always a string (leaf keys only, see the test). */
export function textOf(t: (key: never, options?: never) => unknown, key: Key, values?: object): string {
  return String(t(key as never, values as never));
}
