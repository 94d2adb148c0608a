// "Écouter" in the production build, with speechSynthesis stubbed before the app loads (headless
// Chromium may have no voices): in an association's page through embed.js, and on a kiosk that
// has gone offline, where an idle reset silences it. Reading sends nothing anywhere.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARNING_SECONDS } from '../../machines/idle';
import { installFakeSpeech, type FakeSpeech, type FakeVoice } from '../support/speech';
import { axeViolations } from './screens';
import { startHostPage, type HostPage } from './host-page';
import { answer, baseUrl, closeBrowser, openPage, sharedBrowser, start } from './session';

const VOICES: FakeVoice[] = [
  // A network voice, listed first and as the default: it must never be chosen.
  { name: 'Online Arabic', lang: 'ar-SA', localService: false, default: true },
  { name: 'Maged', lang: 'ar-SA' },
  { name: 'Amélie', lang: 'fr-FR' },
];

let host: HostPage;
let hostUrl: string;

beforeAll(async () => {
  // The two documented lines on "localhost", the app on "127.0.0.1": another origin, as an
  // association's site would be.
  host = await startHostPage(baseUrl());
  hostUrl = host.url(' data-lang="ar"');
});

afterAll(async () => {
  await closeBrowser();
  await host.close();
});

type Where = Page | Frame;
const speech = (where: Where) =>
  where.evaluate(() => {
    const { spoken, queued } = (window as unknown as { __speech: FakeSpeech }).__speech;
    return { spoken, queued };
  });

describe('"Écouter" in the embed', () => {
  it('reads an Arabic question with the local Arabic voice, toggles to stop, and requests nothing', async () => {
    const context = await (await sharedBrowser()).newContext({ viewport: { width: 390, height: 800 } });
    await context.addInitScript(installFakeSpeech, VOICES);
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(hostUrl);
    const frame = (await (await page.locator('iframe').elementHandle()).contentFrame())!;
    await frame.locator('[data-action="start"]').click();
    const button = frame.locator('[data-action="listen"]');
    await button.waitFor();
    // The Arabic words arrive after the first French render.
    await frame.locator('html[lang="ar"]').waitFor({ state: 'attached' });
    const idle = await button.textContent();
    const before = requests.length;

    await button.click();
    const heading = await frame.locator('h1').textContent();
    const { spoken } = await speech(frame);
    expect(spoken[0]).toEqual({ text: heading, lang: 'ar-SA', voice: 'Maged' });
    expect(spoken.filter((s) => s.voice === 'Online Arabic')).toEqual([]);
    expect(await button.textContent()).not.toBe(idle);
    await button.click();
    expect(await button.textContent()).toBe(idle);
    expect((await speech(frame)).queued).toBe(0);

    expect(requests.slice(before)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('"Écouter" on a kiosk', () => {
  it('reads offline, and an idle reset silences it', async () => {
    const watched = await openPage({
      path: '?kiosk=1&idle=30',
      beforeLoad: async (loading) => {
        await loading.clock.install();
        await loading.addInitScript(installFakeSpeech, VOICES);
      },
    });
    const { page, context } = watched;
    await start(page);
    await answer(page, 'commune', 'nanterre');
    const button = page.locator('[data-question="need"] [data-action="listen"]');
    await button.waitFor();
    await context.setOffline(true);
    const before = watched.requests.length;

    await button.click();
    const { spoken, queued } = await speech(page);
    expect(spoken[0]).toEqual({
      text: await page.locator('h1').textContent(),
      lang: 'fr-FR',
      voice: 'Amélie',
    });
    expect(queued).toBe(spoken.length);
    expect(await axeViolations(page), 'the page while reading').toEqual([]);
    expect((await button.boundingBox())!.height, 'a touch target of 48 px at least').toBeGreaterThanOrEqual(
      48,
    );

    await page.clock.runFor(30_000);
    await page.getByRole('alertdialog').waitFor();
    await page.clock.runFor(WARNING_SECONDS * 1000);
    await page.locator('[data-action="start"]').waitFor();
    expect((await speech(page)).queued).toBe(0);
    expect(watched.requests.slice(before)).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });
});
