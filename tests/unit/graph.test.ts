// The tree tested as a graph: paths generated from the machine itself prove that every outcome
// is reachable, every question leads on, and nothing is a dead end.
import { describe, expect, it } from 'vitest';
import { ANSWERS, QUESTION_IDS } from '../../machines/questions';
import { choicesAt, currentStep, replay, step } from '../../machines/journey';
import { NOT_COVERED_CASES, OUTCOME_IDS } from '../../src/content/outcomes';
import { describeEnding, eventsAt, paths } from '../support/outcome-paths';

// One commune per arrondissement stands for all of its communes (routing reads only the
// arrondissement; tests/unit/routes.test.ts checks every commune separately).
const endings = paths.filter((path) => currentStep(path.state).kind === 'outcome');

function firstPathTo(key: string) {
  return endings.find((path) => describeEnding(path.state) === key);
}

describe('every outcome is reachable', () => {
  const reached = new Set(endings.map((path) => describeEnding(path.state)));
  const expected = [
    ...OUTCOME_IDS.filter((id) => id !== 'not-covered' && id !== 'sub-prefecture'),
    ...NOT_COVERED_CASES.map((c) => `not-covered(${c})`),
  ];
  it.each(expected)('%s can be reached', (key) => {
    const path = firstPathTo(key);
    expect(path, `no path reaches ${key}`).toBeDefined();
    expect(reached.has(key)).toBe(true);
  });

  it('a resident of the Antony arrondissement is sent to the sous-préfecture for a Nanterre request', () => {
    expect([...reached].filter((key) => key.startsWith('sub-prefecture(')).length).toBeGreaterThan(25);
  });
});

describe('every question is reachable and leads on', () => {
  const asked = new Set(
    paths.map((path) => currentStep(path.state)).flatMap((s) => (s.kind === 'question' ? [s.question] : [])),
  );
  it.each(QUESTION_IDS)('question %s is asked on some path', (question) => {
    expect(asked.has(question)).toBe(true);
  });

  it('no question state is a dead end: every offered answer moves the journey on', () => {
    for (const path of paths) {
      const here = currentStep(path.state);
      if (here.kind !== 'question') continue;
      for (const event of eventsAt(path.state)) {
        const next = step(path.state, event);
        expect(next.context.trail.length, `${here.question} ${JSON.stringify(event)}`).toBe(
          path.state.context.trail.length + 1,
        );
      }
    }
  });

  it('every answer id of the specification is offered somewhere', () => {
    for (const question of QUESTION_IDS) {
      const offered = new Set(
        paths
          .filter((p) => {
            const s = currentStep(p.state);
            return s.kind === 'question' && s.question === question;
          })
          .flatMap((p) => choicesAt(p.state, question)),
      );
      for (const answer of ANSWERS[question]) {
        if (question === 'commune') continue;
        expect(offered.has(answer), `${question}=${answer}`).toBe(true);
      }
    }
  });
});

describe('one generated path per outcome', () => {
  const byKey = new Map<string, (typeof endings)[number]>();
  for (const path of endings) {
    const key = describeEnding(path.state);
    if (!byKey.has(key)) byKey.set(key, path);
  }
  it.each([...byKey.keys()].sort())('%s: the same answers from a shared link land there too', (key) => {
    const path = byKey.get(key)!;
    const answers = Object.fromEntries(
      path.state.context.trail.map((q) => [q, path.state.context.answers[q]!]),
    );
    const { snapshot, dropped } = replay(answers);
    expect(dropped).toEqual([]);
    expect(describeEnding(snapshot)).toBe(key);
    expect(snapshot.value).toEqual({ outcome: snapshot.context.resolution!.outcome });
  });
});
