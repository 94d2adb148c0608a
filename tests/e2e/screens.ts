// Reaching a screen by its URL fragment (a same-document navigation, as a shared link or the
// browser's back button does) and checking it with axe-core.
import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';
import type { OutcomeWalk, QuestionScreenCase } from '../support/outcome-paths';
import { baseUrl } from './session';

/** Shows a question screen and waits until it is the one asked for. */
export async function showQuestion(page: Page, screen: QuestionScreenCase) {
  await page.goto(new URL(screen.fragment, baseUrl()).toString());
  await page.locator(`[data-question="${screen.question}"]`).waitFor();
}

/** Shows an outcome screen and waits until it is the one of this walk (outcome, request, answers). */
export async function showOutcome(page: Page, walk: OutcomeWalk) {
  await page.goto(new URL(walk.fragment, baseUrl()).toString());
  await waitForOutcome(page, walk);
}

/**
 * Waits until a page or frame shows the outcome of this walk: outcome, request, case and the
 * answers summed up (a walk "via R19" shows the same outcome as the walk before it, after other
 * questions).
 */
export async function waitForOutcome(where: Page | Frame, walk: OutcomeWalk) {
  await where.waitForFunction(
    ({ outcome, request, notCovered, questions }) => {
      const screen = document.querySelector('[data-outcome]');
      if (screen?.getAttribute('data-outcome') !== outcome) return false;
      if (screen.getAttribute('data-request') !== request) return false;
      if (notCovered && !screen.querySelector(`[data-caveat="not-covered-${notCovered}"]`)) return false;
      const answered = [...screen.querySelectorAll('[data-summary]')].map((row) =>
        row.getAttribute('data-summary'),
      );
      return answered.join(' ') === questions.join(' ');
    },
    {
      outcome: walk.expected.outcome,
      request: walk.expected.request,
      notCovered: walk.expected.notCovered,
      questions: walk.answers.map((step) => step.question),
    },
  );
}

export async function showStart(page: Page) {
  await page.goto(baseUrl());
  await page.locator('[data-action="start"]').waitFor();
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The WCAG 2.1 A and AA violations axe-core finds on the page, one line per rule and element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact ?? ''}): ${node.target.join(' ')}`),
    );
  }, WCAG_21_AA);
}

/** Whether the page scrolls sideways. */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * A real mouse click at the centre of the element a hook names, once it is on screen: the
 * browser's own hit testing decides what is clicked, so a hidden or covered hook fails. Faster
 * than a locator action (no polling for stability), for the walks through every outcome.
 */
export async function clickHook(page: Page, selector: string) {
  const point = await page.evaluate(async (wanted) => {
    for (let frame = 0; frame < 300; frame++) {
      const element = document.querySelector(wanted);
      if (element) {
        element.scrollIntoView({ block: 'center' });
        const box = element.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return null;
  }, selector);
  if (!point) throw new Error(`${selector} never showed (on ${page.url()})`);
  await page.mouse.click(point.x, point.y);
}
