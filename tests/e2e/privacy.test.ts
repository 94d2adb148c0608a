// What the README promises about privacy, checked in Chromium against the server behind
// `npm start`: nothing leaves for another host, nothing is stored, and a strict
// Content-Security-Policy arrives as an HTTP header and is never broken.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESUME_SCRIPT, RESUME_SCRIPT_HASH } from '../../scripts/resume-script.mjs';
import { securityHeaders } from '../../scripts/security-headers.mjs';
import { answer, baseUrl, closeBrowser, openPage, start, type Watched } from './session';

let watched: Watched;
/** Every request of the context: the page's, and any a service worker makes for it. */
const contextRequests: string[] = [];

beforeAll(async () => {
  watched = await openPage();
  watched.context.on('request', (request) => contextRequests.push(request.url()));
  const { page } = watched;
  // A whole journey: to an outcome, back, a changed answer, another language, a new start.
  await start(page);
  await answer(page, 'commune', 'antony');
  await answer(page, 'need', 'renewal');
  await answer(page, 'health', 'no');
  await answer(page, 'renewal-card', 'student');
  await page.locator('[data-outcome]').waitFor();
  await page.locator('[data-outcome] .back-link').click();
  await answer(page, 'renewal-card', 'worker');
  await page.locator('[data-summary="need"] button').click();
  await answer(page, 'need', 'other');
  await answer(page, 'other-kind', 'duplicate');
  await page.locator('[data-outcome]').waitFor();
  await page.locator('#language-select').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('[data-outcome] .actions button').first().click();
  await page.locator('[data-question="commune"]').waitFor();
  // The address follows each step just after it is painted.
  await page.waitForFunction(() => window.location.hash === '#commune=');
  await page.reload();
  await page.locator('[data-question="commune"]').waitFor();
});

afterAll(async () => {
  await watched.context.close();
  await closeBrowser();
});

describe('privacy in the browser, over a whole journey', () => {
  it('no request goes to any host but the app’s own', () => {
    const origin = new URL(baseUrl()).origin;
    expect(watched.requests.length).toBeGreaterThan(0);
    expect([...watched.requests, ...contextRequests].filter((url) => new URL(url).origin !== origin)).toEqual(
      [],
    );
  });

  it('no cookie is set, and nothing is kept in localStorage or sessionStorage', async () => {
    expect(await watched.context.cookies()).toEqual([]);
    const stored = await watched.page.evaluate(() => ({
      cookie: document.cookie,
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    expect(stored).toEqual({ cookie: '', local: [], session: [] });
  });

  it('the Content-Security-Policy was never broken, and no page error occurred', () => {
    expect(watched.cspViolations).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});

describe('the Content-Security-Policy', () => {
  it('comes as an HTTP header, from scripts/security-headers.mjs, with the page', async () => {
    const response = await fetch(baseUrl());
    const expected = securityHeaders();
    expect(response.headers.get('content-security-policy')).toBe(expected['Content-Security-Policy']);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('is strict: nothing inline but the one resume script, by its hash; no eval, nothing from elsewhere', async () => {
    const csp = (await fetch(baseUrl())).headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'wasm-unsafe-eval'/);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    // The resume script (scripts/resume-script.mjs) is allowed by the hash of its exact text.
    expect(directives.get('script-src')).toEqual(["'self'", RESUME_SCRIPT_HASH]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.has('frame-ancestors')).toBe(true);
  });

  it('holds for the served HTML: one inline script, the one its hash allows; no style element or attribute', async () => {
    const html = await (await fetch(baseUrl())).text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toEqual([RESUME_SCRIPT]);
    expect(`'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`).toBe(RESUME_SCRIPT_HASH);
    expect(html).not.toMatch(/<style\b|\sstyle="/);
  });
});
