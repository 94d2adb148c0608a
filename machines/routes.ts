// Every route through the wizard, found by walking the machine itself (`step` over `choicesAt`),
// never by re-reading its guards: the rules overview and docs/routes.csv are built from this, so
// they cannot disagree with the guide. Pure and synchronous, and free of `xstate/graph`.
import type { Resolution } from './wizard';
import {
  asksAboutOneYearCard,
  choicesAt,
  currentStep,
  startSnapshot,
  step,
  type WizardSnapshot,
} from './journey';
import { OUTSIDE_92, type Answers, type QuestionId } from './questions';

/**
 * One commune per arrondissement, and outside the département: routing reads only the
 * arrondissement (tests/unit/routes.test.ts checks every commune), so these stand for all 36.
 */
export const SAMPLE_COMMUNES = ['nanterre', 'antony', 'boulogne-billancourt', OUTSIDE_92] as const;

export interface RouteStep {
  question: QuestionId;
  answer: string;
  /** `renewal-card` asked about the one-year card (first 10-year card branch): its title differs. */
  oneYearCard: boolean;
}

export interface WizardRoute {
  /** The answers given, in order, the commune first. */
  steps: RouteStep[];
  resolution: Resolution;
  /** What the outcome screen reads: the answers on the path and their order. */
  answers: Answers;
  trail: QuestionId[];
}

/** Every route from the first question to an outcome, in the order the wizard offers the answers. */
export function allRoutes(communes: readonly string[] = SAMPLE_COMMUNES): WizardRoute[] {
  const routes: WizardRoute[] = [];
  const walk = (snapshot: WizardSnapshot, steps: RouteStep[]) => {
    const here = currentStep(snapshot);
    if (here.kind === 'outcome') {
      const { resolution, answers, trail } = snapshot.context;
      routes.push({ steps, resolution: resolution!, answers, trail });
      return;
    }
    if (here.kind !== 'question') throw new Error(`unexpected step ${JSON.stringify(here)}`);
    const choices = here.question === 'commune' ? communes : choicesAt(snapshot, here.question);
    const oneYearCard = asksAboutOneYearCard(snapshot, here.question);
    for (const answer of choices) {
      const next = step(snapshot, { type: 'ANSWER', answer });
      if (next.context.trail.length === snapshot.context.trail.length) {
        // An offered answer that goes nowhere: never drop a route silently.
        throw new Error(
          `${steps.map((s) => `${s.question}=${s.answer}`).join(' ')} ${here.question}=${answer} leads nowhere`,
        );
      }
      walk(next, [...steps, { question: here.question, answer, oneYearCard }]);
    }
  };
  walk(step(startSnapshot(), { type: 'START' }), []);
  return routes;
}

/** The route as a URL fragment of the guide (`commune=nanterre&need=first…`), without the `#`. */
export function routeFragment(steps: readonly RouteStep[]): string {
  const params = new URLSearchParams();
  for (const { question, answer } of steps) params.append(question, answer);
  return params.toString();
}
