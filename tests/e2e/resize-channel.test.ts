// What the resize messages tell an embedding page. Every outcome screen is shown in the iframe of
// embed.js at one width, and the heights are bucketed: how many screens have a height that no
// other has (a host page could name them from the height alone), with the exact height the guide
// used to send and with the rounded height it sends now. The figures go in docs/embedding.md:
//   npx vitest run --project browser tests/e2e/resize-channel.test.ts
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEIGHT_STEP, RESIZE_MESSAGE } from '../../src/embed/resize';
import { outcomeWalks, type OutcomeWalk } from '../support/outcome-paths';
import { startHostPage, type HostPage } from './host-page';
import { waitForOutcome } from './screens';
import { baseUrl, closeBrowser, openPage } from './session';

/** The host page's width: a phone's, where most visitors are. */
const WIDTH = 390;
let host: HostPage;

beforeAll(async () => {
  host = await startHostPage(baseUrl());
});

afterAll(async () => {
  await closeBrowser();
  await host.close();
});

/** Shows a walk's outcome in the iframe (a fragment change, as a shared link would) and waits for it. */
async function showIn(page: Page, frame: Frame, walk: OutcomeWalk) {
  await page.locator('iframe').evaluate((iframe: HTMLIFrameElement, fragment) => {
    const url = new URL(iframe.src);
    url.hash = fragment;
    iframe.src = url.href;
  }, walk.fragment);
  await waitForOutcome(frame, walk);
}

/** How many values occur once only (screens a host could name by height), and how many differ. */
function distinguishable(heights: number[]) {
  const counts = new Map<number, number>();
  for (const height of heights) counts.set(height, (counts.get(height) ?? 0) + 1);
  return { unique: [...counts.values()].filter((n) => n === 1).length, distinct: counts.size };
}

/** How many outcome ids have no height in common with another outcome id (`ids[i]` is screen i's). */
function outcomesApart(heights: number[], ids: string[]) {
  const owners = new Map<number, Set<string>>();
  heights.forEach((height, i) => owners.set(height, (owners.get(height) ?? new Set()).add(ids[i]!)));
  const shared = new Set([...owners.values()].filter((set) => set.size > 1).flatMap((set) => [...set]));
  const all = new Set(ids);
  return `${all.size - [...all].filter((id) => shared.has(id)).length} of ${all.size} outcomes`;
}

describe('the height an embedding page receives', () => {
  it(`tells apart fewer outcome screens once rounded up to ${HEIGHT_STEP} px (measured at ${WIDTH} px)`, async () => {
    const walks = outcomeWalks();
    const { page, context, errors } = await openPage({ url: host.url(), width: WIDTH, height: 800 });
    await page.evaluate((type) => {
      const heights: number[] = [];
      Object.assign(window, { heights });
      addEventListener('message', (event: MessageEvent<{ type?: string; height?: number }>) => {
        if (event.data.type === type && typeof event.data.height === 'number')
          heights.push(event.data.height);
      });
    }, RESIZE_MESSAGE);
    await page.frameLocator('iframe').locator('[data-action="start"]').waitFor();
    const frame = page.frames().find((f) => f.url().startsWith(baseUrl()))!;

    const contents: number[] = [];
    const exact: number[] = [];
    const told: number[] = [];
    for (const walk of walks) {
      await showIn(page, frame, walk);
      const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      // The last height told, once it is this screen's: at or above it, by less than a step.
      const last = () =>
        page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0);
      await expect
        .poll(
          async () => {
            const height = await last();
            return height >= content && height - content < HEIGHT_STEP && height % HEIGHT_STEP === 0;
          },
          { message: `${walk.key}: content ${content} px, told ${await last()} px` },
        )
        .toBe(true);
      contents.push(content);
      // What the guide sent before the rounding: the height, to the pixel.
      exact.push(Math.ceil(content));
      told.push(await last());
    }
    const before = distinguishable(exact);
    const after = distinguishable(told);
    const ids = walks.map((walk) => walk.expected.outcome);
    // For comparison only: coarser steps, which would leave more empty space under the guide.
    const coarser = [80, 160].map((step) => {
      const { unique, distinct } = distinguishable(contents.map((c) => Math.ceil(c / step) * step));
      return `${step} px: ${unique} told apart, ${distinct} distinct heights`;
    });
    console.log(
      [
        `Outcome screens at ${WIDTH} px: ${walks.length}`,
        `exact height (before): ${before.unique} screens told apart by height alone, ${before.distinct} distinct heights; ${outcomesApart(exact, ids)} never share a height with another`,
        `rounded up to ${HEIGHT_STEP} px (now): ${after.unique} screens told apart, ${after.distinct} distinct heights; ${outcomesApart(told, ids)} never share a height with another`,
        `(coarser steps, not used: ${coarser.join('; ')})`,
      ].join('\n'),
    );
    // The rounding must earn its place: it hides screens the exact height would name.
    expect(after.unique).toBeLessThan(before.unique);
    expect(after.distinct).toBeLessThan(before.distinct);
    expect(errors).toEqual([]);
    await context.close();
  });
});
