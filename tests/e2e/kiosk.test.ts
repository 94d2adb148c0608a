// Kiosk mode in the production build (issue 6): the idle reset on a controlled clock, QR codes
// instead of links, and the guide working offline after one visit.
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { WARNING_SECONDS } from '../../machines/idle';
import { LANGUAGES } from '../../src/i18n/languages';
import { TARGETS } from '../../src/content/targets';
import { outcomeWalks } from '../support/outcome-paths';
import { axeViolations } from './screens';
import { SERVERS } from './servers';
import { answer, baseUrl, closeBrowser, openPage, start, type Watched } from './session';

afterAll(closeBrowser);

const IDLE = 30;
const KIOSK = `?kiosk=1&idle=${IDLE}`;

function expectClean({ requests, errors, cspViolations }: Watched) {
  const origin = new URL(baseUrl()).origin;
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(errors).toEqual([]);
  expect(cspViolations).toEqual([]);
}

/** Buttons, selects and answer cards (the whole card takes the touch) smaller than 48 px. */
function smallTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, select, .choice')].flatMap((element) => {
      const { width, height } = element.getBoundingClientRect();
      return width > 0 && (width < 48 || height < 48)
        ? [`${element.outerHTML.slice(0, 60)} ${width}×${height}`]
        : [];
    }),
  );
}

describe('kiosk idle reset', () => {
  it('after a wait, a dialog counts down; then the start screen, with nothing of the last person left', async () => {
    const watched = await openPage({ path: KIOSK, beforeLoad: (page) => page.clock.install() });
    const { page, context } = watched;
    await page.locator('[data-language="fr"]').waitFor();
    expect(await axeViolations(page), 'the start screen with its languages').toEqual([]);
    expect(await smallTargets(page), 'touch targets under 48 px').toEqual([]);
    const entries = await page.evaluate(() => window.history.length);

    await start(page);
    await answer(page, 'commune', 'nanterre');
    await answer(page, 'need', 'renewal');
    await page.locator('[data-question="health"]').waitFor();
    expect(await smallTargets(page), 'touch targets under 48 px').toEqual([]);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => window.history.length)).toBe(entries);

    await page.clock.runFor((IDLE - 1) * 1000);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.clock.runFor(1000);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
      'continue-session',
    );
    expect(await page.getByRole('timer').textContent()).toContain(String(WARNING_SECONDS));
    expect(await axeViolations(page), 'the idle dialog').toEqual([]);
    await page.clock.runFor(5000);
    expect(await page.getByRole('timer').textContent()).toContain(String(WARNING_SECONDS - 5));

    // "Continue": the person is still there, and so are their answers.
    await page.locator('[data-action="continue-session"]').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('[data-question="health"]').count()).toBe(1);

    await page.clock.runFor(IDLE * 1000);
    await dialog.waitFor();
    await page.clock.runFor(WARNING_SECONDS * 1000);
    await page.locator('[data-action="start"]').waitFor();
    expect(await page.locator('[data-question]').count()).toBe(0);
    expect(await page.locator('[data-language="fr"]').getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
      0,
      0,
      '',
    ]);
    expect(await context.cookies()).toEqual([]);

    await start(page);
    expect(await page.locator('input:checked').count()).toBe(0);

    // The back button leads out of the kiosk session (to the page before it), never to answers.
    await page.goBack();
    expect(page.url()).not.toContain('#');
    if (page.url().startsWith(baseUrl())) expect(await page.locator('[data-question]').count()).toBe(0);
    expectClean(watched);
    await context.close();
  });

  it('a chosen language and text size are forgotten too, back to the kiosk’s own language', async () => {
    const translated = LANGUAGES.find(
      ({ code }) =>
        code !== 'fr' && existsSync(join(import.meta.dirname, `../../locales/${code}/translation.json`)),
    );
    const watched = await openPage({ path: KIOSK, beforeLoad: (page) => page.clock.install() });
    const { page, context } = watched;
    await page.locator('[data-action="text-size-1.5"]').click();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('30px');
    if (translated) {
      await page.locator(`[data-language="${translated.code}"]`).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(translated.htmlLang);
    }
    await page.clock.runFor((IDLE + WARNING_SECONDS) * 1000);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    expect(new URL(page.url()).search).toBe(KIOSK);
    expectClean(watched);
    await context.close();
  });
});

describe('kiosk outcomes', () => {
  // One walk per distinct primary address, emails included.
  const walks = [...new Map(outcomeWalks().map((walk) => [walk.expected.href, walk])).values()];
  const addresses: string[] = Object.values(TARGETS);

  it('every link is a QR code of its exact address, written out; nothing leads off the guide', async () => {
    expect(walks.some((walk) => walk.expected.href.startsWith('mailto:'))).toBe(true);
    const watched = await openPage({ path: KIOSK, width: 1080, height: 1920 });
    const { page, context } = watched;
    for (const walk of walks) {
      await page.goto(new URL(KIOSK, baseUrl()).toString());
      await start(page);
      for (const step of walk.answers) await answer(page, step.question, step.answer);
      const outcome = page.locator('[data-outcome]');
      await outcome.waitFor();
      // Each QR code is drawn once the kiosk's parts are in (at most a moment after the outcome).
      await expect
        .poll(() =>
          page.evaluate(() => {
            const targets = [...document.querySelectorAll('main [data-qr]')];
            return targets.length > 0 && targets.every((target) => target.querySelector('svg path'));
          }),
        )
        .toBe(true);
      const shown = await page.locator('main').evaluate((main) => ({
        qr: [...main.querySelectorAll('[data-qr]')].map((element) => ({
          href: element.getAttribute('data-qr'),
          address: element.querySelector('.link-address')?.textContent,
          drawn: element.querySelector('svg path') !== null,
        })),
        links: [...main.querySelectorAll('a[href^="http"], a[href^="mailto:"]')].map((a) =>
          a.getAttribute('href'),
        ),
      }));
      expect(shown.qr[0]?.href, walk.key).toBe(walk.expected.href);
      for (const qr of shown.qr) {
        expect(addresses, walk.key).toContain(qr.href);
        expect(qr.address, walk.key).toBe(qr.href!.replace(/^mailto:/, ''));
      }
      expect(shown.links, walk.key).toEqual([]);
      expect(await axeViolations(page), walk.key).toEqual([]);
    }
    expectClean(watched);
    await context.close();
  });
});

describe('outside kiosk mode', () => {
  it('a normal visit loads no kiosk code', async () => {
    const watched = await openPage();
    const { page, context, requests } = watched;
    await start(page);
    await answer(page, 'commune', 'nanterre');
    await page.waitForLoadState('load');
    // The QR encoder is not kiosk code any more: the outcome screen's printed header draws one,
    // and it comes with that screen's code (never in the first download: first-load.test.ts).
    expect(requests.filter((url) => /\/assets\/parts-/.test(url))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.classList.contains('kiosk'))).toBe(false);
    expectClean(watched);
    await context.close();
  });
});

describe('offline', () => {
  it.each(SERVERS)(
    'after one visit, the kiosk opens and reaches an outcome with the network off ($name)',
    async ({ url }) => {
      const watched = await openPage({ url: new URL(KIOSK, url()).toString() });
      const { page, context } = watched;
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await context.setOffline(true);
      await page.reload();
      await page.locator('[data-language="fr"]').waitFor();
      await start(page);
      await answer(page, 'commune', 'nanterre');
      await answer(page, 'need', 'renewal');
      await answer(page, 'health', 'no');
      await answer(page, 'renewal-card', 'student');
      await page.locator('[data-qr] svg path').first().waitFor();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      const translated = LANGUAGES.find(
        ({ code }) =>
          code !== 'fr' && existsSync(join(import.meta.dirname, `../../locales/${code}/translation.json`)),
      );
      if (translated) {
        await page.getByRole('combobox').selectOption(translated.code);
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(translated.htmlLang);
      }
      await context.setOffline(false);
      expect(watched.errors).toEqual([]);
      expect(watched.cspViolations).toEqual([]);
      await context.close();
    },
  );

  it('a new version waits during a session and starts at the next kiosk reset', async () => {
    // A copy of the build on a server of its own, so that this test can publish a "new version".
    const dir = mkdtempSync(join(tmpdir(), 'titre-sejour-92-update-'));
    cpSync(inject('buildDir'), dir, { recursive: true });
    const server: Server = await startServer({ dir, port: 0 });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${KIOSK}`;
    try {
      const watched = await openPage({ beforeLoad: (page) => page.clock.install() });
      const { page, context } = watched;
      await page.goto(url);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await start(page);
      await answer(page, 'commune', 'nanterre');
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));

      appendFileSync(join(dir, 'sw.js'), '\n// a new version\n');
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())!.update();
      });
      await expect
        .poll(() =>
          page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null),
        )
        .toBe(true);
      await page.waitForTimeout(1000);
      // Nobody's session is cut short: same page, same question.
      expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
      expect(await page.locator('[data-question="need"]').count()).toBe(1);

      await page.clock.runFor((IDLE + WARNING_SECONDS) * 1000);
      await expect.poll(() => page.evaluate(() => 'sameDocument' in window).catch(() => true)).toBe(false);
      await page.locator('[data-action="start"]').waitFor();
      expect(
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return {
            waiting: registration?.waiting ?? null,
            controlled: navigator.serviceWorker.controller !== null,
          };
        }),
      ).toEqual({ waiting: null, controlled: true });
      expect(watched.errors).toEqual([]);
      await context.close();
    } finally {
      await new Promise((done) => server.close(done));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('embedded in another site, the guide registers no service worker', async () => {
    const watched = await openPage({ path: '?embed=1' });
    const { page, context } = watched;
    await page.locator('[data-action="start"]').waitFor();
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) ?? null),
    ).toBeNull();
    await context.close();
  });
});
