// "Signaler une erreur" in the rendered app: absent unless the deployment set a contact (stubbed
// here as the build's `define` would set it), then on every outcome a link that names the answer,
// the rules version, the language and the mode, with a line saying it carries none of the answers;
// left out on a kiosk.
import { render, screen } from '@testing-library/react';
import { WordsProvider } from '../../src/i18n/words';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RULES_VERSION } from '../../src/content/changes';
import { App } from '../../src/views/App';
import { journey, outcomeShown, renderApp, testI18n } from './helpers';

const ANTONY_FAMILY = '#commune=antony&need=renewal&health=no&renewal-card=family';

afterEach(() => {
  vi.unstubAllGlobals();
});

const reportLink = () => outcomeShown()?.querySelector<HTMLAnchorElement>('a[data-action="report"]') ?? null;

describe('without REPORT_EMAIL or REPORT_URL', () => {
  it('no outcome has a report link', () => {
    renderApp(ANTONY_FAMILY);
    expect(outcomeShown()?.dataset.outcome).toBe('sub-prefecture');
    expect(reportLink()).toBeNull();
    expect(screen.queryByText('Signaler une erreur')).toBeNull();
  });
});

describe('with REPORT_EMAIL', () => {
  it('the outcome has « Signaler une erreur », prefilled without any answer, and says so', () => {
    vi.stubGlobal('__REPORT_CONTACT__', { kind: 'email', address: 'erreurs@association.example.org' });
    renderApp(ANTONY_FAMILY);
    const link = reportLink()!;
    expect(link.textContent).toBe('Signaler une erreur');
    const href = link.getAttribute('href')!;
    expect(href.startsWith('mailto:erreurs@association.example.org?subject=')).toBe(true);
    const body = new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('body')!;
    expect(body).toContain(
      `outcome=sub-prefecture\nrequest=renew-family\nrules=${RULES_VERSION}\nlang=fr\nmode=web\n`,
    );
    for (const answer of ['commune=antony', 'need=renewal', 'health=no', 'renewal-card=family', 'antony']) {
      expect(body).not.toContain(answer);
    }
    expect(link.parentElement!.textContent).toContain('jamais vos réponses aux questions');
  });
});

describe('with REPORT_URL', () => {
  it('embedded, the link opens the form in a new tab, with mode=embed', () => {
    vi.stubGlobal('__REPORT_CONTACT__', { kind: 'url', url: 'https://association.example.org/signaler' });
    renderApp(`?embed=1${ANTONY_FAMILY}`);
    const link = reportLink()!;
    const url = new URL(link.href);
    expect(url.origin + url.pathname).toBe('https://association.example.org/signaler');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      outcome: 'sub-prefecture',
      request: 'renew-family',
      rules: RULES_VERSION,
      lang: 'fr',
      mode: 'embed',
    });
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noreferrer');
  });

  it('on a kiosk, which has no way out, there is no report link', () => {
    vi.stubGlobal('__REPORT_CONTACT__', { kind: 'url', url: 'https://association.example.org/signaler' });
    window.history.replaceState(null, '', '/?kiosk=1');
    render(
      <WordsProvider i18n={testI18n()}>
        <App />
      </WordsProvider>,
    );
    journey([
      ['commune', 'nanterre'],
      ['need', 'follow-up'],
    ]);
    expect(outcomeShown()?.dataset.outcome).toBe('follow-up');
    expect(reportLink()).toBeNull();
    expect(screen.queryByText('Signaler une erreur')).toBeNull();
  });
});
