// The screen model of a question: its title and hint, its answers with their hints, what is
// selected, and how far the person is. Keys only; the words are in locales/<lang>/translation.json.
import { asksAboutOneYearCard, choicesAt, type WizardSnapshot } from '../../machines/journey';
import { COMMUNES_92, DONT_KNOW, OUTSIDE_92, type Commune, type QuestionId } from '../../machines/ids';
import { questionsLeftAtMost } from '../../machines/walk';
import { referenceCore } from '../i18n/resources';
import type { Key } from '../i18n/keys';

export interface AnswerModel {
  id: string;
  label: Key;
  hint: Key | null;
}

export interface QuestionScreenModel {
  kind: 'question';
  /** Names the screen: the same question reached the same way keeps the same screen. */
  key: string;
  question: QuestionId;
  /** `commune`: a search field, then the communes grouped by arrondissement. */
  input: 'radios' | 'commune';
  title: Key;
  hint: Key | null;
  answers: AnswerModel[];
  /** "Je ne sais pas", shown apart after an "ou" divider. */
  dontKnow: AnswerModel | null;
  /** For `commune`: the communes, and the answer for people who live elsewhere. */
  communes: readonly Commune[];
  selected: string | undefined;
  progress: { current: number; total: number };
}

/** Whether the French reference (which every language mirrors) has this key. */
function exists(key: string): boolean {
  let node: unknown = referenceCore;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

const optional = (key: string): Key | null => (exists(key) ? (key as Key) : null);

function answerModel(question: QuestionId, answer: string): AnswerModel {
  return {
    id: answer,
    label: `answer.${question}.${answer}.label` as Key,
    hint: optional(`answer.${question}.${answer}.hint`),
  };
}

export function describeQuestion(snapshot: WizardSnapshot, question: QuestionId): QuestionScreenModel {
  const { context } = snapshot;
  const choices = choicesAt(context, question);
  const isCommune = question === 'commune';
  const offered = isCommune ? [OUTSIDE_92] : choices.filter((answer) => answer !== DONT_KNOW);
  const depth = context.trail.length;
  return {
    kind: 'question',
    key: `question:${question}:${depth}`,
    question,
    input: isCommune ? 'commune' : 'radios',
    title: asksAboutOneYearCard(context, question)
      ? 'question.renewal-card.titleTenYear'
      : `question.${question}.title`,
    hint: optional(`question.${question}.hint`),
    answers: offered.map((answer) => answerModel(question, answer)),
    dontKnow: choices.includes(DONT_KNOW) ? answerModel(question, DONT_KNOW) : null,
    communes: isCommune ? COMMUNES_92 : [],
    selected: context.answers[question],
    progress: { current: depth + 1, total: depth + questionsLeftAtMost(context, question) },
  };
}
