// The rules overview as staff use it: every outcome on one page, the préfecture's words in French,
// and a text filter that narrows the rows. The guide's footer links to it.
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { createRoot, type Root } from 'react-dom/client';
import { WordsProvider } from '../../src/i18n/words';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTCOME_IDS } from '../../machines/ids';
import { buildOverview } from '../../src/overview/model';
import { Overview } from '../../src/overview/Overview';
import { renderApp, testI18n } from './helpers';

// The page is large (every route of the guide): it is rendered once for the tests that read it,
// outside Testing Library's per-test cleanup.
let container: HTMLElement;
let root: Root;

beforeAll(() => {
  // French whatever jsdom's navigator.languages says (the overview follows the guide's language rules).
  window.history.replaceState(null, '', '/overview.html?lang=fr');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root.render(
      <WordsProvider i18n={testI18n()}>
        <Overview overview={buildOverview()} />
      </WordsProvider>,
    ),
  );
}, 60_000);

afterAll(() => {
  act(() => root.unmount());
  container.remove();
});

const rowsShown = () =>
  [...container.querySelectorAll<HTMLElement>('[data-outcome-row]')]
    .filter((row) => !row.hidden)
    .map((row) => row.dataset.outcomeRow);

describe('the rules overview', () => {
  it('shows one row per outcome, each with its routes, channel, link, source and checked-on date', () => {
    expect(rowsShown().sort()).toEqual([...OUTCOME_IDS].sort());
    const row = container.querySelector('[data-outcome-row="first-algerian-worker"]')!;
    expect(row.getAttribute('data-channel')).toBe('email');
    expect(row.querySelector('a[href^="mailto:pref-demandeRdv-salaries92@"]')).not.toBeNull();
    expect(row.querySelector('[data-rows="R11"]')).not.toBeNull();
    expect(row.querySelector('time')?.getAttribute('dateTime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row.querySelectorAll('[data-route]').length).toBeGreaterThan(0);
  });

  it('keeps the "unofficial" line in the banner landmark, not between landmarks (RGAA 12.6)', () => {
    expect(container.querySelector('header')?.textContent).toContain('Guide indépendant et non officiel.');
    for (const line of container.querySelectorAll('.unofficial-banner'))
      expect(line.closest('header, main, footer')).not.toBeNull();
  });

  it('links from its footer to the page of what changed, the open data and the statement', () => {
    const footer = container.querySelector('footer')!;
    expect(footer.querySelector('a[href^="changes.html?lang=fr"]')).not.toBeNull();
    expect(footer.querySelector('a[href="rules.json"]')).not.toBeNull();
    expect(footer.querySelector('a[data-statement-link]')).not.toBeNull();
  });

  it('quotes the préfecture in French, whatever the interface language', () => {
    const quotes = [...container.querySelectorAll('blockquote')];
    expect(quotes.length).toBeGreaterThan(50);
    for (const quote of quotes) expect(quote.getAttribute('lang')).toBe('fr');
  });

  it('filters the rows by the words typed, accents and case ignored', () => {
    // Plain selectors: role queries walk the accessibility tree of the whole (large) page.
    const filter = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(container.querySelector(`label[for="${filter.id}"]`)?.textContent).toBe('Filtrer les règles');
    const status = container.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('');

    fireEvent.change(filter, { target: { value: 'r37' } });
    expect(rowsShown().sort()).toEqual(['receipt', 'receipt-too-early', 'sub-prefecture']);
    expect(status.textContent).toBe(`3 issues sur ${OUTCOME_IDS.length} correspondent.`);

    fireEvent.change(filter, { target: { value: 'vacances TRAVAIL' } });
    expect(rowsShown()).toEqual(['aps-working-holiday']);

    fireEvent.change(filter, { target: { value: 'T-MAIL-ALG' } });
    expect(rowsShown()).toEqual(['first-algerian-worker']);

    fireEvent.change(filter, { target: { value: 'zzzz' } });
    expect(rowsShown()).toEqual([]);
    expect(status.textContent).toContain('zzzz');

    fireEvent.change(filter, { target: { value: '' } });
    expect(rowsShown()).toHaveLength(OUTCOME_IDS.length);
  });

  it('names every "open this route" link apart, by its route and its outcome (RGAA 6.1)', () => {
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.ov-open a')];
    expect(links.length).toBeGreaterThan(80);
    const names = links.map((a) => a.textContent.replace(/\s+/g, ' ').trim());
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toMatch(/^Ouvrir ce parcours dans le guide \(parcours 1 vers « .+ »\)$/);
  });

  it('opens each route in the guide with its answers in the URL fragment', () => {
    const link = container.querySelector<HTMLAnchorElement>('[data-outcome-row="first-student"] .ov-open a')!;
    expect(link.getAttribute('href')).toBe(
      'index.html#commune=nanterre&need=first&health=no&entry=visa-d&first-with-visa=student',
    );
  });
});

it('follows ?lang= like the guide: labels translated, the préfecture’s words still in French', async () => {
  window.history.replaceState(null, '', '/overview.html?lang=en');
  const { container: page, unmount } = render(
    <WordsProvider i18n={testI18n()}>
      <Overview overview={buildOverview()} />
    </WordsProvider>,
  );
  await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  const label = page.querySelector('label[for="ov-filter-input"]')!;
  expect(label.textContent).not.toBe('Filtrer les règles');
  expect(page.textContent).not.toContain('<fr>');
  for (const quote of page.querySelectorAll('blockquote')) expect(quote.getAttribute('lang')).toBe('fr');
  unmount();
  document.documentElement.lang = 'fr';
  document.documentElement.dir = 'ltr';
}, 30_000);

it('the guide’s footer links to the rules overview, in the same language', () => {
  renderApp();
  const link = document.querySelector<HTMLAnchorElement>('footer a[href^="overview.html"]');
  expect(link?.textContent).toBeTruthy();
  expect(link?.getAttribute('href')).toBe('overview.html?lang=fr');
});
