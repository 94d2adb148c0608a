// The one graph walker: every route from a question to an outcome, found by following `nextStep`
// (flow.ts) over the answers each question offers. docs/routes.csv, the rules overview, the
// progress count and the tests all use it. Pure, synchronous, and free of XState: walking the
// whole tree takes about a millisecond, from one question a small fraction of that.
import { choicesAt, isTenYearBranch, nextStep, type Resolution, type RoutingContext } from './flow';
import { OUTSIDE_92, type Answers, type QuestionId } from './ids';

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

export interface WalkedRoute {
  /** The answers given, in order, the commune first. */
  steps: RouteStep[];
  resolution: Resolution;
  /** The answers on the path, keyed by question. */
  answers: Answers;
  trail: QuestionId[];
}

/** Called at each outcome reached, with the steps that led there (a shared stack: copy to keep). */
type Visit = (steps: readonly RouteStep[], resolution: Resolution, context: RoutingContext) => void;

/** Depth-first walk from `question`, with the steps taken so far on a stack (pushed and popped). */
function walk(
  question: QuestionId,
  context: RoutingContext,
  steps: RouteStep[],
  communes: readonly string[],
  visit: Visit,
) {
  const choices = question === 'commune' ? communes : choicesAt(context, question);
  const oneYearCard = question === 'renewal-card' && isTenYearBranch(context);
  for (const answer of choices) {
    const next = nextStep(context, question, answer);
    if (!next) {
      // An offered answer that goes nowhere: never drop a route silently.
      const where = steps.map((s) => `${s.question}=${s.answer}`).join(' ');
      throw new Error(`${where} ${question}=${answer} leads nowhere`);
    }
    const after = {
      answers: { ...context.answers, [question]: answer },
      trail: [...context.trail, question],
    };
    steps.push({ question, answer, oneYearCard });
    if ('question' in next) walk(next.question, after, steps, communes, visit);
    else visit(steps, next.resolution, after);
    steps.pop();
  }
}

/** Every route from the first question to an outcome, in the order the guide offers the answers. */
export function allRoutes(communes: readonly string[] = SAMPLE_COMMUNES): WalkedRoute[] {
  const routes: WalkedRoute[] = [];
  walk('commune', { answers: {}, trail: [] }, [], communes, (steps, resolution, { answers, trail }) =>
    routes.push({ steps: [...steps], resolution, answers, trail: [...trail] }),
  );
  return routes;
}

/**
 * The largest number of questions a person can still be asked, the current one included, for
 * the progress line ("Question 3 sur 5 au plus"). Walked at each step, from the current question:
 * well under a millisecond.
 */
export function questionsLeftAtMost(context: RoutingContext, question: QuestionId): number {
  let most = 0;
  walk(question, context, [], SAMPLE_COMMUNES, (steps) => {
    if (steps.length > most) most = steps.length;
  });
  return most;
}

/** The route as a URL fragment of the guide (`commune=nanterre&need=first…`), without the `#`. */
export function routeFragment(steps: readonly Pick<RouteStep, 'question' | 'answer'>[]): string {
  const params = new URLSearchParams();
  for (const { question, answer } of steps) params.append(question, answer);
  return params.toString();
}
