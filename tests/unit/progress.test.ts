// "Question 3 sur 5 au plus": the most questions a person can still be asked, counted at run time
// by walking the routes from where they are. Checked against counts worked out by hand from
// decision-table.md §3, and against the longest walked route through each question screen.
import { expect, it } from 'vitest';
import { replay } from '../../machines/journey';
import { questionsLeftAtMost } from '../../machines/walk';
import { describeQuestion } from '../../src/screen/question';
import { ROUTES } from '../support/screens';

function progressAfter(answers: Record<string, string>) {
  const { snapshot } = replay(answers, { started: true });
  const here = snapshot.value as { question: string };
  return describeQuestion(snapshot, here.question as never).progress;
}

it.each([
  // commune, need, health, entry, first-with-visa, algerian: the longest way through the guide.
  [{}, { current: 1, total: 6 }],
  [{ commune: 'nanterre' }, { current: 2, total: 6 }],
  [
    { commune: 'nanterre', need: 'renewal' },
    { current: 3, total: 5 },
  ],
  // A récépissé holder on the renewal branch is asked when it ends.
  [
    { commune: 'nanterre', need: 'renewal', health: 'no' },
    { current: 4, total: 5 },
  ],
  [
    { commune: 'nanterre', need: 'other' },
    { current: 3, total: 4 },
  ],
  [
    { commune: 'nanterre', need: 'aes' },
    { current: 3, total: 3 },
  ],
  [
    { commune: 'nanterre', need: 'ten-year' },
    { current: 3, total: 5 },
  ],
] as const)('after %j: %j', (answers, expected) => {
  expect(progressAfter(answers)).toEqual(expected);
});

it('never promises fewer questions than some route through the screen really asks', () => {
  for (const route of ROUTES) {
    for (let i = 0; i < route.steps.length; i++) {
      const answers = Object.fromEntries(route.steps.slice(0, i).map((s) => [s.question, s.answer]));
      const { snapshot } = replay(answers, { started: true });
      const { trail } = snapshot.context;
      const left = questionsLeftAtMost(snapshot.context, route.steps[i]!.question);
      expect(trail.length + left).toBeGreaterThanOrEqual(route.steps.length);
    }
  }
});
