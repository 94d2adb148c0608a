// FRAME_ANCESTORS decides who may embed the guide: a value that is not understood must stop the
// server and the deployment-file step, never quietly become "every site" (issue 11).
import { describe, expect, it } from 'vitest';
import { ACCEPTED_FORMS, parseFrameAncestors } from '../../scripts/frame-ancestors.mjs';

describe('FRAME_ANCESTORS', () => {
  it('unset, empty or * lets every site embed the guide', () => {
    expect(parseFrameAncestors(undefined)).toEqual(['*']);
    expect(parseFrameAncestors('')).toEqual(['*']);
    expect(parseFrameAncestors('  ')).toEqual(['*']);
    expect(parseFrameAncestors('*')).toEqual(['*']);
  });

  it('a list of https origins lets only them (and the guide’s own demo page) embed it', () => {
    expect(parseFrameAncestors('https://asso-a.example.org  https://asso-b.example.org:8443')).toEqual([
      "'self'",
      'https://asso-a.example.org',
      'https://asso-b.example.org:8443',
    ]);
  });

  it.each([
    ['a trailing slash', 'https://asso.example.org/'],
    ['a path', 'https://asso.example.org/guide'],
    ['a missing scheme', 'asso.example.org'],
    ['a comma-separated list', 'https://a.example.org,https://b.example.org'],
    ['a comma and a space', 'https://a.example.org, https://b.example.org'],
    ["CSP's 'none'", "'none'"],
    ["CSP's 'self'", "'self'"],
    ['plain http', 'http://asso.example.org'],
    ['a wildcard host', 'https://*.example.org'],
    ['* among origins', '* https://asso.example.org'],
    ['a port out of range', 'https://asso.example.org:70000'],
    ['a directive smuggled in', 'https://a.example.org;script-src'],
  ])('%s stops with a message naming the value and the accepted forms', (_name, value) => {
    let message = '';
    try {
      parseFrameAncestors(value);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(JSON.stringify(value));
    expect(message).toContain(ACCEPTED_FORMS);
  });
});
