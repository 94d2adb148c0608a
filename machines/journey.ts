// Pure helpers around the wizard machine: the app keeps a snapshot and moves it with `step`, so a
// journey can be replayed from the URL fragment without an actor or a timer.
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { choicesAt, isTenYearBranch } from './flow';
import {
  isKnownAnswer,
  isQuestionId,
  QUESTION_IDS,
  type Answers,
  type OutcomeId,
  type QuestionId,
} from './ids';
import { wizardMachine, type WizardEvent } from './wizard';

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

export type Here =
  { kind: 'start' } | { kind: 'question'; question: QuestionId } | { kind: 'outcome'; outcome: OutcomeId };

export function startSnapshot(): WizardSnapshot {
  return initialTransition(wizardMachine)[0];
}

export function step(snapshot: WizardSnapshot, event: WizardEvent): WizardSnapshot {
  return transition(wizardMachine, snapshot, event)[0];
}

export function currentStep(snapshot: WizardSnapshot): Here {
  const value = snapshot.value;
  if (typeof value === 'string') return { kind: 'start' };
  if ('question' in value) return { kind: 'question', question: value.question as QuestionId };
  return { kind: 'outcome', outcome: value.outcome as OutcomeId };
}

export { choicesAt };

/** `renewal-card` asks about the one-year card in the ten-year branch, so its title differs there. */
export function asksAboutOneYearCard(context: WizardSnapshot['context'], question: QuestionId): boolean {
  return question === 'renewal-card' && isTenYearBranch(context);
}

/** The answers on the path to the current step, in the order they were given. */
export function trailAnswers(snapshot: WizardSnapshot): Array<{ question: QuestionId; answer: string }> {
  return snapshot.context.trail.map((question) => ({
    question,
    answer: snapshot.context.answers[question] ?? '',
  }));
}

export interface Replayed {
  snapshot: WizardSnapshot;
  /** Question ids (or unknown keys) whose answers were dropped because they do not or no longer apply. */
  dropped: string[];
}

/**
 * Walks the machine from the first question with the given answers, as far as they lead.
 * Unknown questions and answers are dropped; answers that may still apply further on are kept
 * (pre-selected when their question comes); answers off a finished path are dropped.
 */
export function replay(given: Record<string, string>, options: { started?: boolean } = {}): Replayed {
  const dropped: string[] = [];
  let known: Answers = {};
  for (const [key, answer] of Object.entries(given)) {
    if (answer === '') continue;
    if (isQuestionId(key) && isKnownAnswer(key, answer)) known[key] = answer;
    else dropped.push(key);
  }
  const started = options.started ?? Object.keys(given).length > 0;
  let snapshot = startSnapshot();
  if (!started) return { snapshot, dropped };
  snapshot = step(snapshot, { type: 'START' });
  for (;;) {
    const here = currentStep(snapshot);
    if (here.kind !== 'question') break;
    const answer = known[here.question];
    if (answer === undefined) break;
    const next = step(snapshot, { type: 'ANSWER', answer });
    if (next.context.trail.length === snapshot.context.trail.length) {
      // Known answer, but not one this question accepts on this path.
      dropped.push(here.question);
      known = Object.fromEntries(Object.entries(known).filter(([q]) => q !== here.question));
      break;
    }
    snapshot = next;
  }
  const used = new Set<string>(snapshot.context.trail);
  const leftOver = Object.fromEntries(Object.entries(known).filter(([q]) => !used.has(q)));
  if (currentStep(snapshot).kind === 'outcome') {
    dropped.push(...Object.keys(leftOver));
  } else if (Object.keys(leftOver).length > 0) {
    snapshot = step(snapshot, { type: 'REMEMBER', answers: leftOver });
  }
  return { snapshot, dropped: orderById(dropped) };
}

function orderById(keys: string[]): string[] {
  const rank = (key: string) => {
    const index = QUESTION_IDS.indexOf(key as QuestionId);
    return index === -1 ? QUESTION_IDS.length : index;
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b));
}

/**
 * After an answer is changed from the summary, the answers that still apply carry the person
 * forward to the first question that needs a new answer, or to the outcome.
 */
export function continueWithKeptAnswers(snapshot: WizardSnapshot): WizardSnapshot {
  return replay(snapshot.context.answers).snapshot;
}
