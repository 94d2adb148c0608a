// What changed, as people meet it: changes.html (headings in the reader's language, entries in
// French), the guide's footer link, and "mis à jour le …" on an outcome changed in the last 90
// days, linking to its entry.
import { render, screen } from '@testing-library/react';
import { WordsProvider } from '../../src/i18n/words';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildChangesPage } from '../../src/changes/model';
import { Changes } from '../../src/changes/Changes';
import { CHANGES, RULES_VERSION } from '../../src/content/changes';
import { CHANGE_TEXTS } from '../../src/content/changes-fr';
import { NATIONAL_RULES } from '../../src/content/national';
import { addFrenchNamespaces } from '../../src/i18n/setup';
import { frenchParts } from '../support/french';
import { outcomeShown, renderApp, testI18n } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

function renderChangesPage() {
  window.history.replaceState(null, '', '/changes.html?lang=fr');
  const i18n = testI18n();
  addFrenchNamespaces(i18n, { changes: frenchParts.changes });
  return render(
    <WordsProvider i18n={i18n}>
      <Changes page={buildChangesPage()} />
    </WordsProvider>,
  );
}

describe('changes.html', () => {
  it('has one h1, a skip link to main, a banner, a main and a footer', () => {
    renderChangesPage();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      'Ce qui a changé',
    ]);
    expect(screen.getByRole('link', { name: 'Aller au contenu' }).getAttribute('href')).toBe('#main');
    expect(screen.getByRole('main').id).toBe('main');
    // The "unofficial" line sits in the banner landmark, not between landmarks (RGAA 12.6).
    expect(screen.getByRole('banner').textContent).toContain('Guide indépendant et non officiel.');
    // The footer links to the accessibility statement, as on every page (RGAA, décret 2019-768).
    const footer = screen.getByRole('contentinfo');
    expect(footer.querySelector('a[data-statement-link]')?.getAttribute('href')).toMatch(
      /^accessibilite\.html/,
    );
    expect(document.querySelector(`[data-rules-version="${RULES_VERSION}"]`)).not.toBeNull();
  });

  it('lists every entry under its own anchor, newest first, its words marked as French', () => {
    renderChangesPage();
    const entries = [...document.querySelectorAll<HTMLElement>('[data-change]')];
    expect(entries.map((e) => e.id)).toEqual(CHANGES.map((c) => c.id));
    for (const entry of entries) {
      const words = CHANGE_TEXTS[entry.id as keyof typeof CHANGE_TEXTS];
      const title = entry.querySelector('h3')!;
      expect(title.textContent).toBe(words.title);
      expect(title.getAttribute('lang')).toBe('fr');
      const text = [...entry.querySelectorAll('p')].find((p) => p.textContent === words.text)!;
      expect(text.getAttribute('lang')).toBe('fr');
    }
  });

  it('names the outcomes concerned by their titles, each linking to its row of the overview', () => {
    renderChangesPage();
    const entry = document.getElementById('2026-12-03-dont-know')!;
    const link = entry.querySelector<HTMLAnchorElement>('[data-outcome-ref="unsure"] a')!;
    expect(link.textContent).toBe('Vous ne savez pas quoi répondre');
    expect(link.getAttribute('href')).toBe('overview.html?lang=fr#outcome-unsure');
    expect(entry.querySelector('[data-question-ref="entry"]')?.textContent).toBe(
      'Sur quelle base faites-vous votre première demande ?',
    );
  });

  it('lists the national rules since the préfecture’s table, with their level and sources', () => {
    renderChangesPage();
    const rules = [...document.querySelectorAll<HTMLElement>('[data-national-rule]')];
    expect(rules.map((r) => r.dataset.nationalRule)).toEqual(Object.keys(NATIONAL_RULES));
    const eu = document.querySelector('[data-national-rule="first-eu"]')!;
    expect(eu.getAttribute('data-level')).toBe('A');
    expect(eu.textContent).toContain('Depuis le 5 avril 2023');
    expect(eu.querySelectorAll('li a').length).toBe(NATIONAL_RULES['first-eu'].sources.length);
  });
});

describe('the guide links to what changed', () => {
  it('from its footer, in the same language', () => {
    renderApp();
    const link = document.querySelector<HTMLAnchorElement>('footer a[href^="changes.html"]');
    expect(link?.textContent).toBe('Ce qui a changé dans les règles');
    expect(link?.getAttribute('href')).toBe('changes.html?lang=fr');
  });

  it('not from a kiosk, which leads nowhere else', () => {
    renderApp('?kiosk=1');
    expect(document.querySelector('a[href^="changes.html"]')).toBeNull();
  });
});

describe('"mis à jour le …" on an outcome', () => {
  const STUDENT = '#commune=nanterre&need=renewal&health=no&renewal-card=student';

  it('is shown within 90 days of a change, with a link to its entry', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-20T10:00:00Z'));
    renderApp(STUDENT);
    expect(outcomeShown()?.dataset.outcome).toBe('renew-student');
    const line = outcomeShown()!.querySelector<HTMLElement>('[data-updated]')!;
    expect(line.dataset.updated).toBe('2026-12-03-national-rules-read-again');
    expect(line.textContent).toContain('Mis à jour le 3 décembre 2026.');
    expect(line.querySelector('time')?.getAttribute('dateTime')).toBe('2026-12-03');
    expect(line.querySelector('a')?.getAttribute('href')).toBe(
      'changes.html?lang=fr#2026-12-03-national-rules-read-again',
    );
  });

  it('is gone after 90 days', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-06-01T10:00:00Z'));
    renderApp(STUDENT);
    expect(outcomeShown()?.dataset.outcome).toBe('renew-student');
    expect(outcomeShown()!.querySelector('[data-updated]')).toBeNull();
  });
});
