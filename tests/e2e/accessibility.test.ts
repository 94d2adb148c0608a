// What a person using a keyboard, a screen reader, a small phone or a zoomed-in browser would
// notice: axe-core (WCAG 2.1 A and AA) on every screen, no sideways scrolling at 320 px and at
// 200 % zoom, a keyboard journey with focus on each new heading, visible focus, reduced motion.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeWalks, questionScreens } from '../support/outcome-paths';
import { axeViolations, overflowsSideways, showOutcome, showQuestion, showStart } from './screens';
import { baseUrl, closeBrowser, openPage, type Watched } from './session';

const questions = questionScreens();
const outcomes = outcomeWalks();
const pages: Watched[] = [];

async function page(options: Parameters<typeof openPage>[0]): Promise<Page> {
  const watched = await openPage(options);
  pages.push(watched);
  return watched.page;
}

afterAll(async () => {
  for (const { context } of pages) await context.close();
  await closeBrowser();
});

describe('on a 320 px wide phone, every screen passes axe-core and never scrolls sideways', () => {
  let narrow: Page;
  beforeAll(async () => {
    narrow = await page({ width: 320, height: 640 });
  });

  it('the start screen', async () => {
    await showStart(narrow);
    expect(await axeViolations(narrow)).toEqual([]);
    expect(await overflowsSideways(narrow)).toBe(false);
  });

  it.each(questions.map((screen) => [screen.key, screen] as const))('question %s', async (_key, screen) => {
    await showQuestion(narrow, screen);
    expect(await axeViolations(narrow)).toEqual([]);
    expect(await overflowsSideways(narrow)).toBe(false);
  });

  it.each(outcomes.map((walk) => [walk.key, walk] as const))('outcome %s', async (_key, walk) => {
    await showOutcome(narrow, walk);
    expect(await axeViolations(narrow)).toEqual([]);
    expect(await overflowsSideways(narrow)).toBe(false);
  });
});

describe('at 200 % zoom (a 1280 px window seen as 640 CSS px), nothing is lost', () => {
  let zoomed: Page;
  beforeAll(async () => {
    zoomed = await page({ width: 640, height: 400, deviceScaleFactor: 2 });
  });

  it.each(questions.map((screen) => [screen.key, screen] as const))(
    'question %s: no sideways scrolling, and "Continuer" can be reached and seen',
    async (_key, screen) => {
      await showQuestion(zoomed, screen);
      expect(await overflowsSideways(zoomed)).toBe(false);
      const submit = zoomed.locator(`[data-question="${screen.question}"] button[type="submit"]`);
      await submit.scrollIntoViewIfNeeded();
      const box = (await submit.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(640);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(400);
      // Nothing sits on top of it (a sticky bar, a dialog): a click at its centre reaches it.
      const hit = await submit.evaluate((button) => {
        const { x, y, width, height } = button.getBoundingClientRect();
        return button.contains(document.elementFromPoint(x + width / 2, y + height / 2));
      });
      expect(hit).toBe(true);
    },
  );

  it('after each step the new question is on screen and focused, even from the bottom of a long list', async () => {
    await showStart(zoomed);
    await zoomed.locator('[data-action="start"]').click();
    for (const [question, answer, next] of [
      ['commune', 'villeneuve-la-garenne', 'need'],
      ['need', 'renewal', 'health'],
    ] as const) {
      const form = zoomed.locator(`[data-question="${question}"]`);
      await form.locator(`[data-answer="${answer}"]`).check();
      await form.locator('button[type="submit"]').click();
      await zoomed.waitForFunction(() => document.activeElement?.tagName === 'H1');
      const heading = await zoomed.locator(`[data-question="${next}"] h1`).boundingBox();
      expect(heading!.y).toBeGreaterThanOrEqual(0);
      expect(heading!.y + heading!.height).toBeLessThanOrEqual(400);
    }
  });

  it('no outcome screen scrolls sideways, and its primary link fits', async () => {
    const overflowing: string[] = [];
    for (const walk of outcomes) {
      await showOutcome(zoomed, walk);
      const linkFits = await zoomed
        .locator('[data-outcome] [data-primary]')
        .evaluate((link) => link.getBoundingClientRect().right <= document.documentElement.clientWidth);
      if ((await overflowsSideways(zoomed)) || !linkFits) overflowing.push(walk.key);
    }
    expect(overflowing).toEqual([]);
  });
});

describe('with the keyboard alone', () => {
  let keyboard: Page;
  beforeAll(async () => {
    keyboard = await page({});
  });

  const focused = () =>
    keyboard.evaluate(() => {
      const element = document.activeElement;
      return {
        tag: element?.tagName ?? '',
        action: element?.getAttribute('data-action') ?? null,
        answer: element?.getAttribute('data-answer') ?? null,
        type: element?.getAttribute('type') ?? null,
        href: element?.getAttribute('href') ?? null,
        text: element?.textContent ?? '',
        screen:
          element?.closest('[data-question]')?.getAttribute('data-question') ??
          element?.closest('[data-outcome]')?.getAttribute('data-outcome') ??
          (element?.closest('.start') ? 'start' : null),
      };
    });

  /** Presses Tab until the focused element matches, as a person would (at most 40 times). */
  async function tabTo(matches: (element: Awaited<ReturnType<typeof focused>>) => boolean, shift = false) {
    for (let i = 0; i < 40; i++) {
      await keyboard.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
      if (matches(await focused())) return;
    }
    throw new Error(`Tab never reached the element (last: ${JSON.stringify(await focused())})`);
  }

  async function expectHeadingFocused(screen: string) {
    await keyboard.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await focused()).toMatchObject({ tag: 'H1', screen });
  }

  /** Tab to the question's radio buttons, Space on the first one, Tab to "Continuer", Enter. */
  async function answerFirstChoice(question: string) {
    await tabTo((element) => element.tag === 'INPUT' && element.type === 'radio');
    await keyboard.keyboard.press('Space');
    const chosen = await focused();
    expect(chosen.screen).toBe(question);
    await tabTo((element) => element.type === 'submit');
    await keyboard.keyboard.press('Enter');
    return chosen.answer;
  }

  it('a person reaches an outcome and comes back with Tab, Space and Enter; focus is on each heading', async () => {
    await showStart(keyboard);
    await tabTo((element) => element.action === 'start');
    await keyboard.keyboard.press('Enter');
    await expectHeadingFocused('commune');

    const given: Array<[string, string | null]> = [];
    for (const question of ['commune', 'need', 'health']) {
      given.push([question, await answerFirstChoice(question)]);
      if (question !== 'health') await expectHeadingFocused(given.length === 1 ? 'need' : 'health');
    }
    const outcome = await keyboard.locator('[data-outcome]').getAttribute('data-outcome');
    await expectHeadingFocused(outcome!);

    // Back through the questions with the "Retour" button, each answer still chosen.
    for (const [question, answer] of given.reverse()) {
      await tabTo((element) => element.tag === 'BUTTON' && element.type === 'button', true);
      await keyboard.keyboard.press('Enter');
      await expectHeadingFocused(question);
      expect(await keyboard.locator(`[data-answer="${answer}"]`).isChecked()).toBe(true);
    }
    await tabTo((element) => element.tag === 'BUTTON' && element.type === 'button', true);
    await keyboard.keyboard.press('Enter');
    await expectHeadingFocused('start');
  });

  it('arrowing through the language menu changes nothing; Enter applies the language (RGAA 7.4)', async () => {
    await showQuestion(
      keyboard,
      questions.find((screen) => screen.question === 'need')!,
    );
    await keyboard.locator('#language-select').focus();
    await keyboard.keyboard.press('ArrowDown');
    await keyboard.keyboard.press('ArrowDown');
    // Type-ahead moves the choice as the arrows do ("Português").
    await keyboard.keyboard.press('p');
    expect(await keyboard.locator('#language-select').inputValue()).toBe('pt');
    await keyboard.locator('[data-action="apply-language"]').waitFor();
    await keyboard.waitForTimeout(300);
    expect(await keyboard.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await keyboard.locator('[data-question="need"] h1').innerText()).toBe(
      'Que souhaitez-vous faire ?',
    );
    const chosen = await keyboard.locator('#language-select').inputValue();
    expect(chosen).not.toBe('fr');
    await keyboard.keyboard.press('Enter');
    await keyboard.waitForFunction((code) => document.documentElement.lang.startsWith(code), chosen);
    // The answers are kept: still the same question.
    expect(await keyboard.locator('[data-question="need"]').count()).toBe(1);
    await keyboard.goto(new URL('?lang=fr', baseUrl()).toString());
  });

  it('the skip link moves focus to the content and keeps the person on their question', async () => {
    await showQuestion(
      keyboard,
      questions.find((screen) => screen.question === 'health')!,
    );
    await keyboard.reload(); // Focus starts at the top of the page, as on arrival.
    await keyboard.locator('[data-question="health"]').waitFor();
    const before = keyboard.url();
    await keyboard.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'A', href: '#main' });
    await keyboard.keyboard.press('Enter');
    expect(await keyboard.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(keyboard.url()).toBe(before);
    expect(await keyboard.locator('[data-question="health"]').count()).toBe(1);
  });

  it('focus is always visible: a focused radio button and a focused button are outlined', async () => {
    await showQuestion(
      keyboard,
      questions.find((screen) => screen.question === 'need')!,
    );
    const indicator = () =>
      keyboard.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return { outline, boxShadow: style.boxShadow !== 'none' };
      });
    await tabTo((element) => element.tag === 'INPUT' && element.type === 'radio');
    expect(Object.values(await indicator())).toContain(true);
    await tabTo((element) => element.type === 'submit');
    expect(Object.values(await indicator())).toContain(true);
  });
});

describe('with reduced motion asked for', () => {
  /** Elements (and pseudo-elements) that would move: a transition or an animation with a duration. */
  const moving = (page: Page) =>
    page.evaluate(() => {
      const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) || 0));
      const found: string[] = [];
      for (const element of document.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          const transition = seconds(style.transitionDuration) + seconds(style.transitionDelay) > 0;
          const animation = style.animationName !== 'none' && seconds(style.animationDuration) > 0;
          if (transition || animation)
            found.push(`${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ''}`);
        }
      }
      if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
        found.push('html scroll-behavior');
      return found;
    });

  it('nothing moves on the start, question and outcome screens; without the preference, choices do', async () => {
    const still = await page({});
    const screens = [
      () => showStart(still),
      () =>
        showQuestion(
          still,
          questions.find((screen) => screen.question === 'commune')!,
        ),
      () =>
        showOutcome(
          still,
          outcomes.find((walk) => walk.expected.outcome === 'sub-prefecture')!,
        ),
    ];
    await still.emulateMedia({ reducedMotion: 'reduce' });
    for (const show of screens) {
      await show();
      expect(await moving(still)).toEqual([]);
    }
    // The check can fail: the same question screen has transitions when motion is welcome.
    await still.emulateMedia({ reducedMotion: 'no-preference' });
    await screens[1]!();
    expect((await moving(still)).length).toBeGreaterThan(0);
  });
});

describe('while checking accessibility', () => {
  it('no page asked anything of another host, failed, or broke the Content-Security-Policy', () => {
    const origin = new URL(baseUrl()).origin;
    for (const { requests, errors, cspViolations } of pages) {
      expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      expect(errors).toEqual([]);
      expect(cspViolations).toEqual([]);
    }
  });
});
