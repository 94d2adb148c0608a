// The tree tested as a graph. xstate/graph generates paths from the machine itself; the route
// walker (machines/walk.ts) lists the routes docs/routes.csv and the overview are built from. They
// must agree: every walked route, replayed through the machine, ends where the walker says, and
// every outcome the machine can reach is on some walked route.
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { NOT_COVERED_CASES, OUTCOME_IDS, QUESTION_IDS } from '../../machines/ids';
import { currentStep, replay, step, type WizardSnapshot } from '../../machines/journey';
import { allRoutes, routeFragment, SAMPLE_COMMUNES } from '../../machines/walk';
import { wizardMachine, type WizardEvent } from '../../machines/wizard';
import { choicesAt } from '../../machines/flow';

function eventsAt(snapshot: WizardSnapshot): WizardEvent[] {
  const here = currentStep(snapshot);
  if (here.kind === 'start') return [{ type: 'START' }];
  if (here.kind === 'outcome') return [];
  const choices = here.question === 'commune' ? SAMPLE_COMMUNES : choicesAt(snapshot.context, here.question);
  return choices.map((answer) => ({ type: 'ANSWER', answer }));
}

const paths = getShortestPaths(wizardMachine, {
  events: eventsAt,
  serializeState: (s) => JSON.stringify([s.value, s.context.trail, s.context.answers]),
});
const routes = allRoutes();

function ending(snapshot: WizardSnapshot): string {
  const r = snapshot.context.resolution!;
  const detail = r.request ?? r.notCovered ?? '';
  return `${r.outcome}${detail ? `(${detail})` : ''}${r.tenYearOneYear ? ' via R19' : ''}`;
}

describe('the machine and the route walker agree', () => {
  it('every walked route, replayed through the machine, ends on the walker’s resolution', () => {
    for (const route of routes) {
      const { snapshot, dropped } = replay(
        Object.fromEntries(route.steps.map((s) => [s.question, s.answer])),
      );
      expect(dropped, routeFragment(route.steps)).toEqual([]);
      expect(snapshot.context.resolution, routeFragment(route.steps)).toEqual(route.resolution);
      expect(snapshot.context.trail).toEqual(route.trail);
    }
  });

  it('every ending the machine can reach (generated paths) is an ending of some walked route', () => {
    const walked = new Set(
      routes.map((r) => {
        const { outcome, request, notCovered, tenYearOneYear } = r.resolution;
        return `${outcome}${(request ?? notCovered) ? `(${request ?? notCovered})` : ''}${tenYearOneYear ? ' via R19' : ''}`;
      }),
    );
    const generated = paths
      .filter((p) => currentStep(p.state).kind === 'outcome')
      .map((p) => ending(p.state));
    expect(generated.length).toBeGreaterThan(60);
    for (const key of generated) expect(walked.has(key), key).toBe(true);
    expect([...walked].sort()).toEqual([...new Set(generated)].sort());
  });
});

describe('every outcome is reachable', () => {
  const reached = new Set(routes.map((r) => r.resolution.outcome));
  it.each(OUTCOME_IDS)('%s', (outcome) => {
    expect(reached.has(outcome)).toBe(true);
  });
  it.each(NOT_COVERED_CASES)('not covered, case %s', (notCovered) => {
    expect(routes.some((r) => r.resolution.notCovered === notCovered)).toBe(true);
  });
});

describe('every question is asked somewhere and leads on', () => {
  it.each(QUESTION_IDS)('%s', (question) => {
    expect(routes.some((r) => r.trail.includes(question))).toBe(true);
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
});

it('a shared link with a route’s answers opens on its outcome, with nothing dropped', () => {
  for (const route of routes) {
    const { snapshot, dropped } = replay(Object.fromEntries(new URLSearchParams(routeFragment(route.steps))));
    expect(dropped).toEqual([]);
    expect(currentStep(snapshot)).toEqual({ kind: 'outcome', outcome: route.resolution.outcome });
  }
});
