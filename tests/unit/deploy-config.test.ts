// The deployment files carry the same headers as the servers: `_headers` gives every path exactly
// one Content-Security-Policy (the demo page's allows its iframe of the guide, no other does), and
// the nginx includes hold each header once.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDeploymentFiles } from '../../scripts/deploy-config.mjs';
import { embedDemoHeaders, headersForPath, securityHeaders } from '../../scripts/security-headers.mjs';

const options = { frameAncestors: ["'self'", 'https://asso.example.org'] };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'titre-sejour-92-deploy-'));
  for (const file of [
    'index.html',
    'overview.html',
    'embed-demo.html',
    'embed.js',
    'sw.js',
    'assets/a-1.js',
  ]) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
  }
  writeDeploymentFiles(dir, options);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `_headers` as rules: a URL pattern and its headers, as Netlify and Cloudflare Pages read it. */
function rules(text: string) {
  const parsed: Array<{ pattern: string; headers: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) parsed.push({ pattern: line, headers: [] });
    else {
      const [name = '', ...value] = line.trim().split(': ');
      parsed.at(-1)!.headers.push([name, value.join(': ')]);
    }
  }
  return parsed;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

describe('_headers', () => {
  const paths = [
    '/',
    '/index',
    '/index.html',
    '/overview',
    '/overview.html',
    '/embed.js',
    '/sw.js',
    '/assets/a-1.js',
  ];

  it.each([...paths, '/embed-demo', '/embed-demo.html'])(
    '%s gets exactly one policy and every other header',
    (path) => {
      const matching = rules(readFileSync(join(dir, '_headers'), 'utf8')).filter((rule) =>
        matches(rule.pattern, path),
      );
      const headers = matching.flatMap((rule) => rule.headers);
      const policies = headers.filter(([name]) => name === 'Content-Security-Policy');
      expect(policies).toHaveLength(1);
      const expected = path.startsWith('/embed-demo') ? embedDemoHeaders(options) : securityHeaders(options);
      expect(Object.fromEntries(headers)).toEqual(expected);
    },
  );

  it('only the demo page may show a frame', () => {
    expect(securityHeaders(options)['Content-Security-Policy']).not.toContain('frame-src');
    expect(embedDemoHeaders(options)['Content-Security-Policy']).toContain("frame-src 'self'");
  });
});

describe('the nginx includes', () => {
  it.each([
    ['nginx-security-headers.conf', '/'],
    ['nginx-embed-demo-headers.conf', '/embed-demo.html'],
  ])('%s adds the headers of %s, errors included', (file, path) => {
    const lines = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('add_header'));
    expect(lines).toEqual(
      Object.entries(headersForPath(path, options)).map(
        ([name, value]) => `add_header ${name} "${value}" always;`,
      ),
    );
  });
});
