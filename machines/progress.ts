// How many questions can still come, found by walking the machine itself, so the progress shown
// to the person never disagrees with the routing.
import { choicesAt, currentStep, startSnapshot, step, type WizardSnapshot } from './journey';

// Routing after the current question reads only the `need` answer (see the guards in
// wizard.ts), so the count is cached per question and need.
const cache = new Map<string, number>();

// The commune only decides between "outside the 92" and the rest: one of each is enough.
const COMMUNE_BRANCHES = ['nanterre', 'outside-92'];

function walk(snapshot: WizardSnapshot): number {
  const here = currentStep(snapshot);
  if (here.kind !== 'question') return 0;
  const choices = here.question === 'commune' ? COMMUNE_BRANCHES : choicesAt(snapshot, here.question);
  let longest = 0;
  // Through the cache, so each question (per need) is walked once: a step stays well under a frame.
  for (const answer of choices) {
    longest = Math.max(longest, questionsLeftAtMost(step(snapshot, { type: 'ANSWER', answer })));
  }
  return 1 + longest;
}

/** The largest number of questions left, the current one included. */
export function questionsLeftAtMost(snapshot: WizardSnapshot): number {
  const here = currentStep(snapshot);
  if (here.kind !== 'question') return 0;
  const key = `${here.question}|${snapshot.context.answers.need ?? ''}`;
  let count = cache.get(key);
  if (count === undefined) {
    count = walk(snapshot);
    cache.set(key, count);
  }
  return count;
}

/** Walks the whole tree once, filling the cache, so that no step pays for it (run it when idle). */
export function precomputeProgress(): void {
  questionsLeftAtMost(step(startSnapshot(), { type: 'START' }));
}
