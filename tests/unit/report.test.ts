// "Signaler une erreur": the deployment's contact is validated at build time, and the link names
// the answer shown, the rules version, the language and the mode — never an answer of the person,
// on any route of the guide.
import { describe, expect, it } from 'vitest';
import { allRoutes } from '../../machines/walk';
import { reportContactFromEnv } from '../../scripts/report-contact.mjs';
import { reportHref, type ReportFields } from '../../src/report/link';
import { describeOutcome } from '../../src/screen/outcome';

const WORDS = { subject: 'Erreur dans le guide', body: 'Décrivez l’erreur :' };
const EMAIL = { kind: 'email', address: 'erreurs@association.example.org' } as const;
const FORM = { kind: 'url', url: 'https://association.example.org/signaler?source=guide' } as const;

describe('the contact set at build time', () => {
  it('is absent when neither REPORT_EMAIL nor REPORT_URL is set (or they are empty)', () => {
    expect(reportContactFromEnv({})).toBeNull();
    expect(reportContactFromEnv({ REPORT_EMAIL: '', REPORT_URL: ' ' })).toBeNull();
  });

  it('is an email address or an https URL', () => {
    expect(reportContactFromEnv({ REPORT_EMAIL: 'erreurs@association.example.org' })).toEqual(EMAIL);
    expect(reportContactFromEnv({ REPORT_URL: 'https://association.example.org/signaler' })).toEqual({
      kind: 'url',
      url: 'https://association.example.org/signaler',
    });
  });

  it.each([
    [{ REPORT_EMAIL: 'erreurs' }, /REPORT_EMAIL must be one email address/],
    [{ REPORT_EMAIL: 'a@b.fr, c@d.fr' }, /REPORT_EMAIL must be one email address/],
    [{ REPORT_EMAIL: 'a@b.fr?cc=c@d.fr' }, /REPORT_EMAIL must be one email address/],
    [{ REPORT_URL: 'http://association.example.org/' }, /REPORT_URL must be an https address/],
    [{ REPORT_URL: 'javascript:alert(1)' }, /REPORT_URL must be an https address/],
    [{ REPORT_URL: 'https://user:secret@association.example.org/' }, /REPORT_URL must be an https address/],
    [{ REPORT_URL: 'signaler' }, /REPORT_URL must be an https address/],
    [{ REPORT_EMAIL: 'a@b.fr', REPORT_URL: 'https://b.fr/' }, /not both/],
  ])('an invalid setting stops the build with a clear message: %j', (env, message) => {
    expect(() => reportContactFromEnv(env)).toThrow(message);
  });
});

describe('the link', () => {
  const fields: ReportFields = {
    outcome: 'sub-prefecture',
    request: 'renew-family',
    case: null,
    version: '1.0.0',
    language: 'ar',
    mode: 'embed',
  };

  it('to a form: its address with the outcome, request, rules version, language and mode', () => {
    const url = new URL(reportHref(FORM, fields, WORDS));
    expect(url.origin + url.pathname).toBe('https://association.example.org/signaler');
    expect([...url.searchParams]).toEqual([
      ['source', 'guide'],
      ['outcome', 'sub-prefecture'],
      ['request', 'renew-family'],
      ['rules', '1.0.0'],
      ['lang', 'ar'],
      ['mode', 'embed'],
    ]);
  });

  it('to an email address: a subject, and a body ending with the same reference', () => {
    const href = reportHref(EMAIL, { ...fields, request: null, outcome: 'not-covered', case: 'N4' }, WORDS);
    expect(href.startsWith('mailto:erreurs@association.example.org?subject=')).toBe(true);
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(query.get('subject')).toBe(WORDS.subject);
    expect(query.get('body')).toBe(
      `${WORDS.body}\n\n\n--\noutcome=not-covered\ncase=N4\nrules=1.0.0\nlang=ar\nmode=embed\n`,
    );
  });
});

describe('on every route of the guide, the link carries none of the person’s answers', () => {
  const routes = allRoutes();
  const links = routes.map((route) => {
    const screen = describeOutcome({
      answers: route.answers,
      trail: route.trail,
      resolution: route.resolution,
    });
    const fields = { ...screen.source.reference, version: '1.0.0', language: 'fr', mode: 'web' } as const;
    return {
      route,
      reference: JSON.stringify(screen.source.reference),
      links: [reportHref(FORM, fields, WORDS), decodeURIComponent(reportHref(EMAIL, fields, WORDS))],
    };
  });

  it('no question=answer pair and no commune of the route appears in it', () => {
    for (const {
      route,
      links: [form, email],
    } of links) {
      for (const link of [form!, email!]) {
        for (const { question, answer } of route.steps)
          expect(link, link).not.toContain(`${question}=${answer}`);
        expect(link).not.toContain(route.answers.commune!);
      }
      const params = new URL(form!).searchParams;
      expect([...params.keys()].filter((k) => k !== 'source')).toEqual(
        ['outcome', 'request', 'case', 'rules', 'lang', 'mode'].filter((k) => params.has(k)),
      );
    }
  });

  it('depends only on the answer shown: the same link for every route to the same screen', () => {
    const byReference = new Map<string, string[]>();
    for (const { reference, links: found } of links) {
      const known = byReference.get(reference);
      if (known) expect(found).toEqual(known);
      else byReference.set(reference, found);
    }
    // Many routes, from every arrondissement, share a link: nothing of the way there is in it.
    expect(byReference.size).toBeLessThan(routes.length / 2);
  });
});
