// One journey through a page, every kind of interaction timed on the way. The guide and the
// baseline answer to the same hooks (docs/benchmark.md), so the same journey drives either.
import { aim, openSession, pause, PRESS_MS, timed } from './session.mjs';

/**
 * The questions walked and the answer that goes on: the same ids on both pages (the baseline
 * mirrors the guide's journey to an outcome, list sizes included: 37, 8, 2 and 16 answers).
 * @type {Array<{ question: string, answer: string }>}
 */
const PLAN = [
  { question: 'commune', answer: 'nanterre' },
  { question: 'need', answer: 'renewal' },
  { question: 'health', answer: 'no' },
  { question: 'renewal-card', answer: 'worker' },
];

const START = '[data-action="start"]';
const OUTCOME = '[data-outcome]';
/** @param {string} id */
const question = (id) => `[data-question="${id}"]`;

/**
 * @typedef {{ page: string, run: number, kind: string, detail: string }
 *   & import('./session.mjs').Timing} Sample
 * @typedef {{ name: string, url: string }} Target
 * @typedef {import('./session.mjs').Session} Session
 * @typedef {import('./session.mjs').Expectation} Expectation
 * @typedef {(kind: string, detail: string, expect: Expectation | null, input: () => Promise<void>) => Promise<void>} Record
 */

/**
 * Walks one journey on one page: start, back to the start and start again; the language switched
 * back and forth; on each question, back and forth, other answers selected before the right one
 * (and, on the communes, typing in the search), Continue; at the outcome, back and forth, then
 * each answer changed from the summary.
 * @param {import('playwright-core').Browser} browser
 * @param {Target} target
 * @param {number} run
 * @param {{ traced?: (session: Session) => Promise<() => Promise<void>> }} [options] `traced`
 *   starts recording a trace and returns what stops it, before the page is left.
 * @returns {Promise<Sample[]>}
 */
export async function journey(browser, target, run, { traced } = {}) {
  const session = await openSession(browser);
  const { page } = session;
  const stopTrace = await traced?.(session);
  /** @type {Sample[]} */
  const samples = [];
  /** @type {Record} */
  const record = async (kind, detail, expect, input) => {
    samples.push({ page: target.name, run, kind, detail, ...(await timed(session, expect, input)) });
  };
  /**
   * @param {string} kind
   * @param {string} detail
   * @param {import('playwright-core').Locator} locator
   * @param {string} [screen] the hook of the screen the click should show
   */
  const click = async (kind, detail, locator, screen) =>
    record(kind, detail, screen ? { screen } : null, await aim(session, locator));
  /** A shown screen: a screen prepared out of sight, hidden, does not count. */
  const shown = (/** @type {string} */ selector) => page.locator(`${selector}:visible`);
  const back = (/** @type {string} */ screen, /** @type {string} */ detail) =>
    click('back', detail, page.locator('.back-link:visible').first(), screen);
  const proceed = (/** @type {string} */ from, /** @type {string} */ screen) =>
    click(
      'continue',
      screen === OUTCOME ? 'to the result' : 'to a question',
      shown(question(from)).locator('button[type="submit"]'),
      screen,
    );

  try {
    await page.goto(target.url);
    await page.locator(START).waitFor();
    await click('start', '', page.locator(START), question('commune'));
    await back(START, 'to the start');
    await click('start', '', page.locator(START), question('commune'));

    // On the list of 37. A first switch there and back, unmeasured, fetches what it needs.
    await switchLanguage(session, 'ar');
    await switchLanguage(session, 'fr');
    for (let i = 0; i < 2; i++) {
      await switchLanguage(session, 'ar', (expect, input) => record('language', 'fr → ar', expect, input));
      await switchLanguage(session, 'fr', (expect, input) => record('language', 'ar → fr', expect, input));
    }

    for (const [index, { question: id, answer }] of PLAN.entries()) {
      const previous = PLAN[index - 1];
      const next = PLAN[index + 1];
      // Back and forth first: an answer selected but not yet submitted need not survive them.
      if (previous) {
        await back(question(previous.question), 'to a question');
        await proceed(previous.question, question(id));
      }
      const form = shown(question(id));
      const answers = await form
        .locator('[data-answer]')
        .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-answer') ?? ''));
      const others = answers.filter((other) => other !== answer);
      const long = answers.length > 30;
      // Other answers first (on the long list, one far down), then the one that goes on.
      const picks = [...(long ? [others[3], others[22]] : [others[0]]), answer];
      for (const pick of picks) {
        if (pick === undefined) throw new Error(`too few answers to ${id}: ${answers.join(', ')}`);
        const detail = long ? `in the list of ${answers.length}` : 'in a short list';
        await click('select', detail, form.locator(`[data-answer="${pick}"]`));
      }
      if (id === 'commune') await typeInSearch(session, record);
      await proceed(id, next ? question(next.question) : OUTCOME);
    }

    const last = PLAN[PLAN.length - 1]?.question ?? '';
    await back(question(last), 'to a question');
    await proceed(last, OUTCOME);
    for (const { question: id } of PLAN) {
      await click('change', '', page.locator(`[data-summary="${id}"] button:visible`), question(id));
      await proceed(id, OUTCOME);
    }
    await stopTrace?.();
  } catch (error) {
    const where = `${target.name}, at ${page.url()}, after ${samples.length} interactions`;
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await session.context.close();
  }
  return samples;
}

/**
 * Keystrokes in the commune search, each one an interaction: three letters, then three
 * backspaces back to the whole list.
 * @param {Session} session
 * @param {Record} record
 */
async function typeInSearch(session, record) {
  const { page } = session;
  const press = await aim(session, page.locator('#commune-search'));
  await press(); // Into the field, unmeasured.
  for (const key of ['n', 'a', 'n', 'Backspace', 'Backspace', 'Backspace']) {
    await record('type', key === 'Backspace' ? 'erase' : 'letter', null, () =>
      page.keyboard.press(key, { delay: PRESS_MS }),
    );
  }
}

/**
 * Switches the interface language; the interaction measured is the explicit "apply". A page whose
 * apply button is always there (the baseline) gets its option chosen in the list, unmeasured. On
 * a page that shows the button only once the choice differs (the guide: moving through a closed
 * menu changes nothing, RGAA 7.4), the option's first letter is typed into the focused select,
 * unmeasured, as a person does, then the button that appears is clicked.
 * @param {Session} session
 * @param {string} code
 * @param {(expect: Expectation, input: () => Promise<void>) => Promise<void>} [measure] unmeasured without
 */
async function switchLanguage(session, code, measure) {
  const { page, cdp } = session;
  const expect = { language: code };
  const run =
    measure ??
    (async (_, input) => {
      await timed(session, expect, input);
    });
  const select = page.locator('#language-select');
  const apply = page.locator('[data-action="apply-language"]:visible');
  if ((await apply.count()) > 0) {
    await select.selectOption(code);
  } else {
    const letter = await select
      .locator(`option[value="${code}"]`)
      .evaluate((option) => option.textContent.trim().charAt(0));
    await select.focus();
    // A closed select reads the letters typed within a second as one word: let the last one lapse.
    await pause(1100);
    // CDP types any character; page.keyboard knows only a US layout.
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: letter, text: letter });
    await pause(PRESS_MS);
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: letter });
    const value = await select.inputValue();
    if (value !== code)
      throw new Error(`typing "${letter}" in the language list chose ${value}, not ${code}`);
    await apply.first().waitFor();
  }
  await run(expect, await aim(session, apply.first()));
}

/**
 * `runs` runs of `journeys` journeys per page, the pages alternating (app, baseline, baseline,
 * app, …) so that drift in the machine's speed falls on both.
 * @param {import('playwright-core').Browser} browser
 * @param {[Target, Target]} targets the app, then the baseline
 * @param {{ runs: number, journeys: number, onProgress?: (done: number, total: number) => void }} options
 */
export async function measureInteractions(browser, targets, { runs, journeys, onProgress }) {
  /** @type {Sample[]} */
  const samples = [];
  const total = runs * journeys * targets.length;
  let done = 0;
  for (let run = 1; run <= runs; run++) {
    for (let i = 0; i < journeys; i++) {
      for (const target of i % 2 === 0 ? targets : [...targets].reverse()) {
        samples.push(...(await journey(browser, target, run)));
        onProgress?.(++done, total);
      }
    }
  }
  return samples;
}
