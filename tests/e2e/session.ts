// A browser page that records what a user could not see but must be able to trust: every request
// leaving the page, page errors, console errors and CSP violations.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from '../../scripts/browser.mjs';

export interface Watched {
  page: Page;
  context: BrowserContext;
  requests: string[];
  errors: string[];
  cspViolations: string[];
}

let browser: Browser | undefined;

export async function sharedBrowser(): Promise<Browser> {
  browser ??= await launchBrowser();
  return browser;
}

export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

export const baseUrl = () => inject('baseUrl');

interface PageOptions {
  width?: number;
  height?: number;
  path?: string;
  /** A page elsewhere than the guide (an association's page that embeds it). */
  url?: string;
  /** 2 with a halved viewport stands for 200 % browser zoom. */
  deviceScaleFactor?: number;
  /** The browser's language (French, the reference, unless a test is about another one). */
  locale?: string;
  /** A second page in the context of an earlier one. */
  context?: BrowserContext;
  /** Runs before the first load, e.g. `page.clock.install()` to control time from the start. */
  beforeLoad?: (page: Page) => Promise<void>;
}

export async function openPage(options: PageOptions = {}): Promise<Watched> {
  const context =
    options.context ??
    (await (
      await sharedBrowser()
    ).newContext({
      viewport: { width: options.width ?? 390, height: options.height ?? 844 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      locale: options.locale ?? 'fr-FR',
    }));
  const page = await context.newPage();
  const watched: Watched = { page, context, requests: [], errors: [], cspViolations: [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  await page.exposeFunction('__reportCsp', (text: string) => watched.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await options.beforeLoad?.(page);
  await page.goto(options.url ?? new URL(options.path ?? '', baseUrl()).toString());
  return watched;
}

/** Answers a question through the test hooks, as the préfecture-panel runner does. */
export async function answer(page: Page, question: string, answerId: string) {
  const form = page.locator(`[data-question="${question}"]`);
  await form.locator(`[data-answer="${answerId}"]`).check();
  await form.locator('button[type="submit"]').click();
}

export async function start(page: Page) {
  await page.locator('[data-action="start"]').click();
  await page.locator('[data-question="commune"]').waitFor();
}
