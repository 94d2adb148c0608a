// The screen model: what the current step shows, as a plain object of ids and locale keys,
// computed from the machine's snapshot and the content data. Views render it and nothing else,
// so every screen can be tested without a DOM (tests/unit/describe.test.ts).
//
// An outcome is described by `describeOutcome` (./outcome.ts), in the outcome screen's own chunk:
// it reads every outcome's content, which a first visit does not need. Here an outcome step is
// named, with the journey it ends, and described there.
import { currentStep, type WizardSnapshot } from '../../machines/journey';
import type { WizardContext } from '../../machines/wizard';
import { describeQuestion, type QuestionScreenModel } from './question';

export interface StartScreenModel {
  kind: 'start';
  key: 'start';
}

export interface OutcomeStep {
  kind: 'outcome';
  key: string;
  /** The journey it ends, for `describeOutcome`. */
  context: WizardContext;
}

export type ScreenModel = StartScreenModel | QuestionScreenModel | OutcomeStep;

export function describe(snapshot: WizardSnapshot): ScreenModel {
  const here = currentStep(snapshot);
  if (here.kind === 'start') return { kind: 'start', key: 'start' };
  if (here.kind === 'question') return describeQuestion(snapshot, here.question);
  const { resolution, trail } = snapshot.context;
  return {
    kind: 'outcome',
    key: `outcome:${here.outcome}:${resolution?.request ?? ''}:${resolution?.notCovered ?? ''}:${trail.length}`,
    context: snapshot.context,
  };
}

export type { QuestionScreenModel };
