// The accessibility statement in the production build: reachable from every screen and mode of
// the guide (a kiosk shows a QR code of it rather than a link out), its rate the one computed from
// the audit record, and itself accessible: axe-core, 320 px, text at 200 %, headings in order.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { AUDIT } from '../../src/accessibility/audit';
import { conformance } from '../../src/accessibility/conformance';
import { outcomeWalks, questionScreens } from '../support/outcome-paths';
import { axeViolations, overflowsSideways, showOutcome, showQuestion, showStart } from './screens';
import { baseUrl, closeBrowser, openPage, type Watched } from './session';

const result = conformance(AUDIT);
const opened: Watched[] = [];

async function page(options: Parameters<typeof openPage>[0] = {}): Promise<Page> {
  const watched = await openPage(options);
  opened.push(watched);
  return watched.page;
}

afterAll(async () => {
  for (const { context } of opened) await context.close();
  await closeBrowser();
});

/** Waits for the statement and returns the rate it shows. */
async function statementRate(statement: Page): Promise<string | null> {
  await statement.locator('h1').waitFor();
  expect(new URL(statement.url()).pathname).toBe('/accessibilite.html');
  return statement.locator('[data-rate]').getAttribute('data-rate');
}

/** Follows the statement link of the page, as a person would, and reads the rate it leads to. */
async function followStatementLink(from: Page): Promise<string | null> {
  const link = from.locator('[data-statement-link]');
  expect(await link.textContent()).toBe('Accessibilité : partiellement conforme');
  await link.click();
  return statementRate(from);
}

describe('the statement is reachable from every screen, and shows the rate of its audit record', () => {
  it('from the start screen, a question and an outcome, by the footer', async () => {
    const guide = await page();
    await showStart(guide);
    expect(await followStatementLink(guide)).toBe(String(result.rate));
    await showQuestion(guide, questionScreens()[1]!);
    expect(await followStatementLink(guide)).toBe(String(result.rate));
    await showOutcome(guide, outcomeWalks()[0]!);
    expect(await followStatementLink(guide)).toBe(String(result.rate));
  });

  it('from the rules overview, by its footer', async () => {
    const overview = await page({ path: 'overview.html', width: 1280 });
    await overview.locator('[data-outcome-row]').first().waitFor();
    expect(await followStatementLink(overview)).toBe(String(result.rate));
  });

  it('from the page of what changed, by its footer', async () => {
    const changes = await page({ path: 'changes.html' });
    await changes.locator('[data-change]').first().waitFor();
    expect(await followStatementLink(changes)).toBe(String(result.rate));
  });

  it('embedded, by the line under "unofficial", in a new tab', async () => {
    const embedded = await page({ path: '?embed=1' });
    await embedded.locator('[data-action="start"]').waitFor();
    const link = embedded.locator('.banners [data-statement-link]');
    const [tab] = await Promise.all([embedded.context().waitForEvent('page'), link.click()]);
    expect(await statementRate(tab)).toBe(String(result.rate));
  });

  it('on a kiosk, by a QR code of its address and the rate written out, with no link out', async () => {
    const kiosk = await page({ path: '?kiosk=1' });
    const line = kiosk.locator('footer [data-statement-kiosk]');
    await line.locator('svg[role="img"]').waitFor();
    expect(await kiosk.locator('footer a').count()).toBe(0);
    expect(await line.getAttribute('data-rate')).toBe(String(result.rate));
    expect(await line.textContent()).toContain(`${result.rate} %`);
    const address = (await line.locator('[data-qr]').getAttribute('data-qr'))!;
    expect(await line.textContent()).toContain(address);
    expect(await axeViolations(kiosk), 'the kiosk with its statement line').toEqual([]);
    const phone = await page();
    await phone.goto(address);
    expect(await statementRate(phone)).toBe(String(result.rate));
  });
});

describe('the statement itself', () => {
  it('passes axe-core, never scrolls sideways at 320 px, and its headings go down one level at a time', async () => {
    const narrow = await page({ path: 'accessibilite.html', width: 320, height: 640 });
    await narrow.locator('[data-criterion]').first().waitFor();
    expect(await axeViolations(narrow)).toEqual([]);
    expect(await overflowsSideways(narrow)).toBe(false);
    const levels = await narrow
      .locator('h1, h2, h3, h4')
      .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level - levels[index - 1]!).toBeLessThanOrEqual(1);
    });
    expect(await narrow.title()).toBe("Déclaration d'accessibilité – Titre de séjour 92");
  });

  it('every page of the site declares its document type', async () => {
    const any = await page();
    for (const path of ['', 'overview.html', 'changes.html', 'accessibilite.html']) {
      const response = await any.request.get(new URL(path, baseUrl()).toString());
      expect((await response.text()).slice(0, 15).toLowerCase(), path || 'index.html').toBe(
        '<!doctype html>',
      );
    }
  });

  it('loads nothing from another host, breaks no rule of the Content-Security-Policy, logs no error', () => {
    const origin = new URL(baseUrl()).origin;
    for (const { requests, errors, cspViolations } of opened) {
      expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      expect(errors).toEqual([]);
      expect(cspViolations).toEqual([]);
    }
  });
});

describe('with the text alone enlarged to 200 % (a 1280 px window), every page reflows', () => {
  async function enlargeText(target: Page) {
    // What the browser's "font size" setting does: 1rem doubles, the layout stays 1280 px wide.
    await target.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
  }

  it.each([
    ['the start screen', ''],
    ['a question', questionScreens()[0]!.fragment],
    ['an outcome', outcomeWalks()[0]!.fragment],
    ['the rules overview', 'overview.html'],
    ['the page of what changed', 'changes.html'],
    ['the statement', 'accessibilite.html'],
  ])('%s', async (_name, path) => {
    const wide = await page({ width: 1280, height: 800, path });
    await wide.locator('h1').first().waitFor();
    await enlargeText(wide);
    expect(await wide.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThan(
      30,
    );
    expect(await overflowsSideways(wide)).toBe(false);
  });
});
