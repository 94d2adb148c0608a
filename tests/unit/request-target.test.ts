// What the server accepts to look up: a plain path. Everything no browser sends is refused before
// any file is touched (issue 11: one malformed request used to stop the server).
import { describe, expect, it } from 'vitest';
import { readRequestTarget } from '../../scripts/request-target.mjs';

describe('the request target', () => {
  it.each([
    ['/', '/'],
    ['/assets/index-abc.js', '/assets/index-abc.js'],
    ['/?kiosk=1&lang=ar', '/'],
    ['/caf%C3%A9.html', '/café.html'],
    ['http://guide.example.org/overview.html?lang=en', '/overview.html'],
  ])('%s is served as %s', (target, pathname) => {
    expect(readRequestTarget('GET', target)).toMatchObject({ ok: true, pathname });
  });

  it.each([
    '/%E0%A4%A',
    '/%',
    '/a=%ZZ',
    '/..',
    '/assets/../index.html',
    '/..%2fdist.bak%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/.%2E/secret.txt',
    '/assets%2f%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..\\secret.txt',
    '/%5c..%5csecret.txt',
    '/index.html%00.js',
    'http://a:b:c/',
    'http://[::1/',
    '*',
    'guide.example.org:443',
    'index.html',
  ])('%s is refused with 400', (target) => {
    expect(readRequestTarget('GET', target)).toMatchObject({ ok: false, status: 400 });
  });

  it('a path longer than any file of the build is refused with 414', () => {
    expect(readRequestTarget('GET', `/${'a'.repeat(5000)}`)).toMatchObject({ ok: false, status: 414 });
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', 'get'])(
    'the method %s is refused with 405',
    (method) => {
      expect(readRequestTarget(method, '/')).toMatchObject({ ok: false, status: 405 });
    },
  );
});
