// How many questions can still come, found by walking the machine itself, so the progress shown
// to the person never disagrees with the routing.
import { choicesAt, currentStep, startSnapshot, step, type WizardSnapshot } from './journey';
import { QUESTIONS_LEFT } from './progress-table';

// Routing after the current question reads only the `need` answer (see the guards in
// wizard.ts), so the count depends on the question and the need alone.
const keyOf = (question: string, need: string | undefined) => `${question}|${need ?? ''}`;

// The commune only decides between "outside the 92" and the rest: one of each is enough.
const COMMUNE_BRANCHES = ['nanterre', 'outside-92'];

/** The largest number of questions left from a snapshot, found in `counts` or walked (and added). */
function countLeft(snapshot: WizardSnapshot, counts: Map<string, number>): number {
  const here = currentStep(snapshot);
  if (here.kind !== 'question') return 0;
  const key = keyOf(here.question, snapshot.context.answers.need);
  let count = counts.get(key);
  if (count === undefined) {
    const choices = here.question === 'commune' ? COMMUNE_BRANCHES : choicesAt(snapshot, here.question);
    let longest = 0;
    for (const answer of choices) {
      longest = Math.max(longest, countLeft(step(snapshot, { type: 'ANSWER', answer }), counts));
    }
    count = 1 + longest;
    counts.set(key, count);
  }
  return count;
}

// Walking the tree takes hundreds of machine transitions (a long pause on a slow phone), so the
// counts are walked ahead of time into progress-table.ts; a test keeps the table equal to the walk.
const known = new Map<string, number>(Object.entries(QUESTIONS_LEFT));

/** The largest number of questions left, the current one included. */
export function questionsLeftAtMost(snapshot: WizardSnapshot): number {
  return countLeft(snapshot, known);
}

/** The whole table, walked from the first question (`npm run routes` writes it to progress-table.ts). */
export function walkProgressTable(): Record<string, number> {
  const counts = new Map<string, number>();
  countLeft(step(startSnapshot(), { type: 'START' }), counts);
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
