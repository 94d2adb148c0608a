// The generated journeys of tests/unit/graph.test.ts, shared with the browser tests: shortest
// paths through the machine, one per distinct resolution (sub-prefecture and not-covered per
// request and case), with what the outcome screen must show for each.
import { getShortestPaths } from 'xstate/graph';
import { asksAboutOneYearCard, choicesAt, currentStep, type WizardSnapshot } from '../../machines/journey';
import type { QuestionId } from '../../machines/questions';
import { SAMPLE_COMMUNES } from '../../machines/routes';
import { wizardMachine, type WizardEvent } from '../../machines/wizard';
import { presentOutcome } from '../../src/content/present';
import { TARGETS } from '../../src/content/targets';
import { writeFragment } from '../../src/state/fragment';

/** The events the graph walk tries at a step: the answers the current question offers. */
export function eventsAt(snapshot: WizardSnapshot): WizardEvent[] {
  const here = currentStep(snapshot);
  if (here.kind === 'start') return [{ type: 'START' }];
  if (here.kind === 'outcome') return [];
  const choices = here.question === 'commune' ? SAMPLE_COMMUNES : choicesAt(snapshot, here.question);
  return choices.map((answer) => ({ type: 'ANSWER', answer }));
}

const serializeState = (snapshot: WizardSnapshot) =>
  JSON.stringify([snapshot.value, snapshot.context.trail, snapshot.context.answers]);

export function describeEnding(snapshot: WizardSnapshot): string {
  const r = snapshot.context.resolution!;
  const detail = r.request ?? r.notCovered ?? '';
  return `${r.outcome}${detail ? `(${detail})` : ''}${r.tenYearOneYear ? ' via R19' : ''}`;
}

export interface OutcomeWalk {
  /** `outcome(request or case)[ via R19]`, as graph.test.ts names it. */
  key: string;
  answers: Array<{ question: QuestionId; answer: string }>;
  /** The URL fragment of the outcome screen. */
  fragment: string;
  expected: {
    outcome: string;
    channel: string;
    href: string;
    request: string | null;
    subprefecture: string | null;
    notCovered: string | null;
  };
}

export interface QuestionScreenCase {
  /** The question id, with the variant of its choices when a branch changes them. */
  key: string;
  question: QuestionId;
  fragment: string;
  choices: readonly string[];
}

/** Every shortest path from the start screen to every distinct step of the machine. */
export const paths = getShortestPaths(wizardMachine, { events: eventsAt, serializeState });

function answersOf(snapshot: WizardSnapshot) {
  return snapshot.context.trail.map((question) => ({
    question,
    answer: snapshot.context.answers[question]!,
  }));
}

/** One shortest path per distinct resolution key, sorted by key. */
export function outcomeWalks(): OutcomeWalk[] {
  const byKey = new Map<string, OutcomeWalk>();
  for (const { state } of paths) {
    if (currentStep(state).kind !== 'outcome') continue;
    const key = describeEnding(state);
    if (byKey.has(key)) continue;
    const { resolution, answers, trail } = state.context;
    const shown = presentOutcome(resolution!, answers, trail);
    byKey.set(key, {
      key,
      answers: answersOf(state),
      fragment: writeFragment(state),
      expected: {
        outcome: shown.outcome,
        channel: shown.channel,
        href: TARGETS[shown.target],
        request: shown.outcome === 'sub-prefecture' ? shown.request : null,
        subprefecture: shown.subprefecture,
        notCovered: resolution!.notCovered,
      },
    });
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** One URL per question screen (per set of choices a branch offers), reached by its shortest path. */
export function questionScreens(): QuestionScreenCase[] {
  const byKey = new Map<string, QuestionScreenCase>();
  for (const { state } of paths) {
    const here = currentStep(state);
    if (here.kind !== 'question') continue;
    const key = asksAboutOneYearCard(state, here.question)
      ? `${here.question} (ten-year branch)`
      : here.question;
    if (!byKey.has(key)) {
      byKey.set(key, {
        key,
        question: here.question,
        fragment: writeFragment(state),
        choices: choicesAt(state, here.question),
      });
    }
  }
  return [...byKey.values()];
}
