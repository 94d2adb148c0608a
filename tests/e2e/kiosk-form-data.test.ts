// On a shared kiosk, nothing a person types is kept by the browser for the next one: the commune
// search asks Chromium not to remember it (autocomplete="off"), and after the idle reset Chromium's
// own form data, which feeds its suggestions, holds nothing of what was typed (issue 11: with
// autocomplete="address-level2" it kept the commune in the profile, past the reset).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchWithProfile } from '../../scripts/browser.mjs';
import { WARNING_SECONDS } from '../../machines/idle';
import { baseUrl } from './session';

const IDLE = 30;

/** The files of a Chromium profile where form data lives ("Web Data", an SQLite database). */
function formDataFiles(profile: string): string[] {
  const folder = join(profile, 'Default');
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.startsWith('Web Data'))
        .map((name) => join(folder, name))
    : [];
}

describe('kiosk: what the browser keeps of what was typed', () => {
  it('nothing, after a person typed a commune and the kiosk was reset', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'titre-sejour-92-profile-'));
    try {
      const context = await launchWithProfile(profile, { locale: 'fr-FR' });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.clock.install();
      await page.goto(new URL(`?kiosk=1&idle=${IDLE}`, baseUrl()).toString());
      await page.locator('[data-action="start"]').click();
      const search = page.locator('#commune-search');
      expect(await search.getAttribute('autocomplete')).toBe('off');
      await search.pressSequentially('Nanterre');
      const commune = page.locator('[data-question="commune"]');
      await commune.locator('[data-answer="nanterre"]').check();
      await commune.locator('button[type="submit"]').click();
      await page.locator('[data-question="need"]').waitFor();

      await page.clock.runFor((IDLE + WARNING_SECONDS) * 1000);
      await page.locator('[data-action="start"]').click();
      expect(await search.inputValue()).toBe('');
      // Closing the browser writes its profile out: what it kept is on disk now.
      await context.close();

      const files = formDataFiles(profile);
      expect(files.length, 'Chromium keeps form data in "Web Data"').toBeGreaterThan(0);
      for (const file of files) {
        const bytes = readFileSync(file);
        expect(bytes.includes('commune-search'), file).toBe(false);
        expect(bytes.includes('Nanterre'), file).toBe(false);
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
