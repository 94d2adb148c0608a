// What an association's visitors do: on a page of another origin carrying the two documented
// lines, they go through the guide to its outcome inside the iframe that embed.js creates, under
// the guide's real headers. At every step the iframe takes the guide's height; nothing is blocked
// by the sandbox or the Content-Security-Policy; outbound links open in a new tab (issue 11).
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostPage, type HostPage } from './host-page';
import { baseUrl, closeBrowser, openPage, type Watched } from './session';

let host: HostPage;

beforeAll(async () => {
  host = await startHostPage(baseUrl());
});

afterAll(async () => {
  await closeBrowser();
  await host.close();
});

/** How far the iframe's height is from the guide's own, once it has settled. */
async function heightGap(page: Page, frame: FrameLocator) {
  const iframe = await page
    .locator('iframe')
    .evaluate((element: HTMLIFrameElement) => parseFloat(element.style.height));
  const guide = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
  return iframe - guide;
}

/** The iframe is never shorter than the guide (no scrolling inside) and at most 40 px taller. */
async function expectHeightFollows(page: Page, frame: FrameLocator, step: string) {
  await expect
    .poll(
      async () => {
        const gap = await heightGap(page, frame);
        return gap >= 0 && gap <= 40 ? 'follows' : `off by ${gap} px`;
      },
      { message: `iframe height at ${step}` },
    )
    .toBe('follows');
}

type Step = [question: string, answer: string];

/** Starts the guide in the iframe and answers each question through the test hooks. */
async function walk(page: Page, steps: Step[]) {
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-action="start"]').click();
  await expectHeightFollows(page, frame, 'start');
  for (const [question, answer] of steps) {
    const form = frame.locator(`[data-question="${question}"]`);
    await form.waitFor();
    await expectHeightFollows(page, frame, question);
    await form.locator(`[data-answer="${answer}"]`).check();
    await form.locator('button[type="submit"]').click();
  }
  const outcome = frame.locator('[data-outcome]');
  await outcome.waitFor();
  await expectHeightFollows(page, frame, 'the outcome');
  return { frame, outcome };
}

function expectNothingBlocked({ errors, cspViolations }: Watched) {
  // A sandbox refusal ("Blocked form submission…", "Ignored call to 'print()'…") is a console error.
  expect(errors).toEqual([]);
  expect(cspViolations).toEqual([]);
}

describe('the guide embedded with the two documented lines, on another origin', () => {
  it('gets the sandbox flags docs/embedding.md lists, and no other', async () => {
    const watched = await openPage({ url: host.url() });
    const documented = [...readFileSync('docs/embedding.md', 'utf8').matchAll(/^- `(allow-[a-z-]+)`/gm)].map(
      (match) => match[1],
    );
    const sandbox = await watched.page.locator('iframe').getAttribute('sandbox');
    expect(sandbox?.split(' ').sort()).toEqual(documented.sort());
    await watched.context.close();
  });

  it('through the commune list to an outcome, whose links open in a new tab', async () => {
    const watched = await openPage({ url: host.url() });
    const { page, context } = watched;
    const { outcome } = await walk(page, [
      ['commune', 'nanterre'],
      ['need', 'other'],
      ['other-kind', 'duplicate'],
    ]);
    expect(await outcome.getAttribute('data-outcome')).toBe('duplicate');
    expect(await outcome.getAttribute('data-channel')).toBe('demarches-simplifiees');

    // The primary action, then every other link of the answer: each opens in a new tab.
    const primary = outcome.locator('[data-primary]');
    for (const link of await outcome.locator('a[href^="http"]').all()) {
      expect(await link.getAttribute('target')).toBe('_blank');
    }
    expect(await primary.getAttribute('target')).toBe('_blank');
    expect((await primary.getAttribute('rel'))?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    const href = (await primary.getAttribute('href'))!;
    // The test browser reaches no outside site: the préfecture's page is stood in for.
    // (A route matches the address without its fragment, as the request carries none.)
    await context.route(href.split('#')[0]!, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Préfecture</title>' }),
    );
    const [opened] = await Promise.all([context.waitForEvent('page'), primary.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(href);
    expect(await opened.evaluate(() => window.opener === null)).toBe(true);
    await opened.close();
    // The guide is still there, on its outcome, and the page around it did not move.
    expect(await outcome.getAttribute('data-outcome')).toBe('duplicate');
    expect(page.url()).toBe(host.url());
    expectNothingBlocked(watched);
    await context.close();
  });

  it('to a sous-préfecture outcome, which can be printed from the iframe', async () => {
    const watched = await openPage({ url: host.url() });
    const { page, context } = watched;
    const { outcome } = await walk(page, [
      ['commune', 'antony'],
      ['need', 'renewal'],
      ['health', 'no'],
      ['renewal-card', 'worker'],
    ]);
    expect(await outcome.getAttribute('data-outcome')).toBe('sub-prefecture');
    expect(await outcome.getAttribute('data-request')).toBe('renew-worker');
    // window.print() needs allow-modals: without it the browser logs an error and prints nothing.
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: 'Imprimer' }).click();
    // A round trip to the frame after the click: a refusal logged by the click has arrived by then.
    await frame.locator('html').evaluate(() => 0);
    expectNothingBlocked(watched);
    await context.close();
  });

  it('in Arabic (data-lang="ar"), to an outcome by email, whose mailto: link is left as it is', async () => {
    const watched = await openPage({ url: host.url(' data-lang="ar"') });
    const { page, context } = watched;
    const frame = page.frameLocator('iframe');
    await expect
      .poll(() => frame.locator('html').evaluate((html: HTMLElement) => [html.lang, html.dir].join(' ')))
      .toBe('ar rtl');
    const { outcome } = await walk(page, [
      ['commune', 'nanterre'],
      ['need', 'aes'],
      ['aes-kind', 'question'],
    ]);
    expect(await outcome.getAttribute('data-outcome')).toBe('aes-question');
    expect(await outcome.getAttribute('data-channel')).toBe('email');
    const primary = outcome.locator('a[href]').first();
    expect(await primary.getAttribute('href')).toMatch(/^mailto:/);
    expect(await primary.getAttribute('target')).toBeNull();
    expectNothingBlocked(watched);
    await context.close();
  });
});
