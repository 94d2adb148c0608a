// Every screen of the guide as the screen model describes it: each question screen (per branch)
// and each outcome of every walked route. Shared by the unit tests of words and of the model.
import { currentStep, replay } from '../../machines/journey';
import { allRoutes, routeFragment, type WalkedRoute } from '../../machines/walk';
import { describe, type ScreenModel as Step } from '../../src/screen/describe';
import { describeOutcome, type OutcomeScreenModel } from '../../src/screen/outcome';

/** A screen as shown: an outcome step described in full. */
export type ScreenModel = Exclude<Step, { kind: 'outcome' }> | OutcomeScreenModel;

function shown(step: Step): ScreenModel {
  return step.kind === 'outcome' ? describeOutcome(step.context) : step;
}

export const ROUTES: WalkedRoute[] = allRoutes();

export function outcomeOf(route: WalkedRoute): OutcomeScreenModel {
  return describeOutcome({ answers: route.answers, trail: route.trail, resolution: route.resolution });
}

/** Every screen on the way of every route: the start, each question (once per branch), each outcome. */
export function everyScreen(): Array<{ where: string; screen: ScreenModel }> {
  const seen = new Map<string, ScreenModel>();
  seen.set('start', shown(describe(replay({}).snapshot)));
  for (const route of ROUTES) {
    for (let i = 0; i <= route.steps.length; i++) {
      const answers = Object.fromEntries(route.steps.slice(0, i).map((s) => [s.question, s.answer]));
      const { snapshot } = replay(answers, { started: true });
      const here = currentStep(snapshot);
      const where =
        here.kind === 'outcome' ? routeFragment(route.steps) : routeFragment(route.steps.slice(0, i));
      if (!seen.has(where)) seen.set(where, shown(describe(snapshot)));
    }
  }
  return [...seen].map(([where, screen]) => ({ where, screen }));
}

/** Every locale key a screen model names, its values' keys included. */
export function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (/^[a-z][\w-]*(\.[\w-]+)+$/.test(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) keysOf(item, out);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) keysOf(item, out);
  }
  return out;
}
