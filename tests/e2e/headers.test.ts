// What each server sends with each file of the build, against the single definitions of
// scripts/security-headers.mjs and scripts/file-policy.mjs: the same security headers from both
// servers, the right Content-Type for every file type the build emits, hashed assets cached for
// a year, the rest revalidated, errors never kept, and the deployment files never served.
import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  CACHE_LONG,
  CACHE_NONE,
  CACHE_REVALIDATE,
  CONTENT_TYPES,
  DEPLOYMENT_FILES,
  cacheControl,
} from '../../scripts/file-policy.mjs';
import { headersForPath } from '../../scripts/security-headers.mjs';
import { SERVERS } from './servers';

/** Every file of the build as a path of the site, deployment files apart. */
function builtPaths(): string[] {
  const dir = inject('buildDir');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')}`)
    .filter((path) => !DEPLOYMENT_FILES.includes(path.slice(1)))
    .sort();
}

function securityHeadersOf(response: Response) {
  const expected = headersForPath('/');
  return Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]));
}

describe.each(SERVERS)('$name', ({ url }) => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(new URL(path, url()), { headers, redirect: 'manual' });

  it('sends every file of the build with its type, its security headers and its cache rule', async () => {
    const paths = builtPaths();
    expect(paths).toContain('/index.html');
    const wrong: string[] = [];
    for (const path of paths) {
      const response = await get(path);
      await response.arrayBuffer();
      const type = CONTENT_TYPES[extname(path)];
      const seen = {
        status: response.status,
        type: response.headers.get('content-type'),
        cache: response.headers.get('cache-control'),
        security: Object.fromEntries(
          Object.keys(headersForPath(path)).map((name) => [name, response.headers.get(name)]),
        ),
      };
      const expected = { status: 200, type, cache: cacheControl(path, 200), security: headersForPath(path) };
      if (type === undefined) wrong.push(`${path}: a file type scripts/file-policy.mjs does not know`);
      else if (JSON.stringify(seen) !== JSON.stringify(expected))
        wrong.push(`${path}: ${JSON.stringify(seen)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps hashed assets for a year, and has index.html, / and sw.js checked at each use', async () => {
    const asset = builtPaths().find((path) => /^\/assets\/.+\.js$/.test(path))!;
    expect((await get(asset)).headers.get('cache-control')).toBe(CACHE_LONG);
    for (const path of ['/', '/index.html', '/sw.js', '/embed.js']) {
      expect((await get(path)).headers.get('cache-control'), path).toBe(CACHE_REVALIDATE);
    }
  });

  it('gives the demo page, and it alone, a policy that allows its frame of the guide', async () => {
    const demo = await get('/embed-demo.html');
    expect(demo.headers.get('content-security-policy')).toBe(
      headersForPath('/embed-demo.html')['Content-Security-Policy'],
    );
    expect(demo.headers.get('content-security-policy')).toContain("frame-src 'self'");
    expect((await get('/')).headers.get('content-security-policy')).not.toContain('frame-src');
  });

  it.each(['/assets/index-0000000.js', '/nothing-here.html', '/assets/'])(
    'answers %s with a 404 that is never kept, with the security headers',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBe(CACHE_NONE);
      expect(securityHeadersOf(response)).toEqual(headersForPath('/'));
    },
  );

  it.each(DEPLOYMENT_FILES)('does not serve the deployment file %s', async (file) => {
    const response = await get(`/${file}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Content-Security-Policy');
  });

  it('refuses a malformed request with a 400 that is never kept', async () => {
    const response = await get('/%E0%A4%A');
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe(CACHE_NONE);
  });

  it('compresses text for a browser that accepts gzip, and says it varies', async () => {
    // The largest script: small files are not worth compressing (npm start skips those under 1 kB).
    const size = (path: string) => statSync(join(inject('buildDir'), path)).size;
    const [asset] = builtPaths()
      .filter((path) => path.endsWith('.js'))
      .sort((a, b) => size(b) - size(a));
    const response = await get(asset!, { 'Accept-Encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
  });
});
