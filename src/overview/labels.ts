// Locale keys of the overview built from ids, and the texts shared by the page and its filter.
// tests/unit/overview.test.ts checks that every id has its French text, so the casts hide nothing.
import type { TFunction } from 'i18next';
import { ARRONDISSEMENTS, type QuestionId } from '../../machines/ids';
import type { RouteStep } from '../../machines/walk';
import { CAVEATS } from '../content/caveats';
import type { ChannelId } from '../content/channels';
import type { Status } from '../content/schema';
import type { SectionId } from '../content/sections';
import { TARGETS } from '../content/targets';
import { textOf, type Key } from '../i18n/keys';
import { plain } from '../i18n/rich';
import type { Text } from '../screen/text';
import type { OverviewRow, Scope } from './model';

export const outcomeTitleKey = (outcome: string) => `outcome.${outcome}.title` as Key;

export const ALL_92: readonly Scope[] = ARRONDISSEMENTS;

/** The id of an outcome's row, for links within the page. */
export const rowAnchor = (outcome: string) => `outcome-${outcome}`;

export const stepQuestionKey = (step: Pick<RouteStep, 'question' | 'oneYearCard'>) =>
  (step.oneYearCard
    ? 'overview.question.renewal-card-one-year'
    : `overview.question.${step.question}`) as Key;
export const questionKey = (question: QuestionId) => `overview.question.${question}` as Key;
export const channelLabelKey = (channel: ChannelId) => `overview.channel.${channel}` as Key;
export const statusKey = (status: Status) => `overview.status.${status}` as Key;
export const legendKey = (status: Status) => `overview.legend.${status}` as Key;
export const sectionKey = (section: SectionId) => `overview.section.${section}` as Key;
export const scopeKey = (scope: Scope | 'all') => `overview.scope.${scope}` as Key;

type T = TFunction;

// Intl formatters are slow to create: one per language, shared by every row and route.
const disjunctions = new Map<string, Intl.ListFormat>();

/** "arrondissement d'Antony or arrondissement de Boulogne-Billancourt", or the whole département. */
export function scopeText(t: T, language: string, scope: readonly Scope[]): string {
  if (ALL_92.every((s) => scope.includes(s)) && !scope.includes('outside-92'))
    return textOf(t, scopeKey('all'));
  const names = scope.map((s) => textOf(t, scopeKey(s)));
  let format = disjunctions.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'disjunction' });
    disjunctions.set(language, format);
  }
  return format.format(names);
}

export function answerText(t: T, step: RouteStep): string {
  return textOf(t, `answer.${step.question}.${step.answer}.label` as Key);
}

/** Everything a row shows, as one string for the text filter (ids included, for maintainers). */
export function rowSearchText(
  t: T,
  language: string,
  row: OverviewRow,
  wordsOf: (text: Text) => string,
): string {
  const caveats = [...row.caveats, ...row.routes.flatMap((r) => r.caveats)];
  const words = [
    row.outcome,
    textOf(t, outcomeTitleKey(row.outcome)),
    row.channel,
    textOf(t, channelLabelKey(row.channel)),
    row.channelQuote ?? '',
    row.requestQuote ?? '',
    ...[row.target, ...row.links, ...row.routes.flatMap((r) => r.links)].flatMap((l) => [l, TARGETS[l]]),
    ...caveats.flatMap(({ id, text }) => {
      const caveat = CAVEATS[id];
      return [
        id,
        wordsOf(text),
        'quote' in caveat ? caveat.quote : '',
        ...('link' in caveat ? [caveat.link, TARGETS[caveat.link]] : []),
      ];
    }),
    ...(row.national ? ['ANEF', row.national.basis, ...row.national.sources] : []),
    ...row.rows,
    textOf(t, statusKey(row.status)),
    ...row.requests.map((r) => textOf(t, outcomeTitleKey(r.request))),
    ...row.routes.flatMap((route) => [
      scopeText(t, language, route.scope),
      textOf(t, statusKey(route.status)),
      route.notCovered ?? '',
      ...route.rows,
      ...route.steps.flatMap((step) => [
        `${step.question}=${step.answer}`,
        textOf(t, stepQuestionKey(step)),
        answerText(t, step),
      ]),
    ]),
  ];
  return plain(words.join(' '));
}
