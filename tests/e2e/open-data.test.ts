// What an association reusing the rules, and a person reading what changed, get from the
// production build with the real server: /rules.json and /rules.schema.json served as JSON with
// the guide's security headers, and changes.html accessible in Chromium, at 320 px too.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_TYPES } from '../../scripts/file-policy.mjs';
import { securityHeaders } from '../../scripts/security-headers.mjs';
import { CHANGES, RULES_VERSION } from '../../src/content/changes';
import { axeViolations, overflowsSideways } from './screens';
import { baseUrl, closeBrowser, openPage } from './session';

afterAll(closeBrowser);

const csvRoutes = readFileSync('docs/routes.csv', 'utf8').trim().split('\n').length - 1;

describe.each(['rules.json', 'rules.schema.json'])('/%s', (file) => {
  it('is served as JSON, with the same security headers as the guide', async () => {
    const [response, guide] = await Promise.all([fetch(new URL(file, baseUrl())), fetch(baseUrl())]);
    expect(response.status).toBe(200);
    // application/json has no charset parameter (RFC 8259: always UTF-8); the one file policy says so.
    expect(response.headers.get('content-type')).toBe(CONTENT_TYPES['.json']);
    expect(CONTENT_TYPES['.json']).toBe('application/json');
    for (const name of Object.keys(securityHeaders())) {
      expect(response.headers.get(name), name).toBe(guide.headers.get(name));
      expect(response.headers.get(name), name).toBeTruthy();
    }
    const body = (await response.json()) as Record<string, unknown>;
    if (file === 'rules.json') {
      expect(body.version).toBe(RULES_VERSION);
      expect((body.routes as unknown[]).length).toBe(csvRoutes);
    } else {
      expect(body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });
});

describe('changes.html in Chromium', () => {
  it('shows every entry, passes axe-core at 320 px, and makes no outside request', async () => {
    const { page, context, requests, errors, cspViolations } = await openPage({
      path: 'changes.html',
      width: 320,
      height: 640,
    });
    await page.locator('[data-change]').first().waitFor();
    expect(await page.locator('[data-change]').count()).toBe(CHANGES.length);
    expect(await page.locator('h1').textContent()).toBe('Ce qui a changé');
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowsSideways(page)).toBe(false);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('opened at an entry (as « Mis à jour le … » links it), shows that entry', async () => {
    const entry = CHANGES.at(-1)!.id;
    const { page, context } = await openPage({ path: `changes.html?lang=fr#${entry}` });
    const target = page.locator(`[id="${entry}"]`);
    await target.waitFor();
    await expect.poll(() => target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box && box.y >= 0 && box.y < 844).toBe(true);
    await context.close();
  });
});
