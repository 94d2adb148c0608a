// The accessibility statement as a person reads it, built from the audit record; and its link
// on the guide's pages: the footer, the embed banner, and the kiosk's line with its QR code.
import { render, screen, waitFor, within } from '@testing-library/react';
import { WordsProvider } from '../../src/i18n/words';
import { afterEach, describe, expect, it } from 'vitest';
import { AUDIT } from '../../src/accessibility/audit';
import { conformance } from '../../src/accessibility/conformance';
import { Statement } from '../../src/accessibility/Statement';
import { addFrenchNamespaces } from '../../src/i18n/setup';
import type { ReportContact } from '../../src/report/contact';
import { App } from '../../src/views/App';
import { frenchParts } from '../support/french';
import { testI18n } from './helpers';

const result = conformance(AUDIT);

function renderStatement(contact?: ReportContact) {
  window.history.replaceState(null, '', '/accessibilite.html?lang=fr');
  const i18n = testI18n();
  addFrenchNamespaces(i18n, { accessibility: frenchParts.accessibility });
  return render(
    <WordsProvider i18n={i18n}>
      <Statement audit={AUDIT} contact={contact} />
    </WordsProvider>,
  );
}

function renderGuide(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return render(
    <WordsProvider i18n={testI18n()}>
      <App />
    </WordsProvider>,
  );
}

afterEach(() => {
  document.documentElement.lang = 'fr';
});

describe('the statement', () => {
  it('has the RGAA model’s parts, in order, under one h1', () => {
    const { container } = renderStatement();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Déclaration d'accessibilité");
    const parts = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(parts).toEqual([
      'État de conformité',
      'Résultats des tests',
      'Contenus non accessibles',
      "Établissement de cette déclaration d'accessibilité",
      "Retour d'information et contact",
      'Voies de recours',
      'Détail des critères évalués',
    ]);
    expect(document.title).toBe("Déclaration d'accessibilité – Titre de séjour 92");
    // No raw key, no placeholder, no markup of the translations (test file names aside).
    const leftover = /\b(accessibility|app)\.(?!test\.)[a-z]+\.|\{\{|<\/?fr>/.exec(container.textContent);
    expect(leftover?.[0]).toBeUndefined();
  });

  it('states the status and the rate computed from the audit, with the RGAA version and date', () => {
    const { container } = renderStatement();
    expect(container.querySelector('[data-status]')?.getAttribute('data-status')).toBe(result.status);
    expect(container.querySelector('[data-status]')?.textContent).toContain('partiellement conforme');
    const rate = container.querySelector('[data-rate]')!;
    expect(rate.getAttribute('data-rate')).toBe(String(result.rate));
    expect(rate.textContent).toContain(`${result.rate} % des critères évalués du RGAA version 4.1`);
    expect(rate.textContent).toContain('3 décembre 2026');
    const counts = container.querySelector('[data-counts]')!.textContent;
    expect(counts).toContain(`Critères évalués : ${AUDIT.criteria.length} sur les 106 du RGAA 4.1`);
    expect(counts).toContain(`Non conformes : ${result.nonConformant.length}`);
  });

  it('lists each criterion with its result in words, the failures and the criteria left unchecked', () => {
    const { container } = renderStatement();
    const rows = [...container.querySelectorAll<HTMLElement>('[data-criterion]')];
    expect(rows.map((row) => row.dataset.criterion)).toEqual(AUDIT.criteria.map((c) => c.id));
    const languageMenu = container.querySelector('[data-criterion="7.4"]')!;
    expect(languageMenu.textContent).toContain('Conforme');
    expect(languageMenu.textContent).toContain('Corrigé le 3 décembre 2026.');
    expect(languageMenu.textContent).toContain('tests/ui/accessibility.test.tsx');
    expect(languageMenu.querySelector('bdi[lang="fr"]')).not.toBeNull();
    // Every failure found is listed (none is left once the audit's fixes landed; the list follows the audit).
    const failures = [...container.querySelectorAll('[data-non-conformities] li')].map(
      (li) => li.textContent,
    );
    expect(failures).toHaveLength(result.nonConformant.length);
    for (const criterion of result.nonConformant) expect(failures.join(' ')).toContain(criterion.id);
    expect(container.querySelector('[data-untested]')!.textContent).toBe(result.untested.join(', '));
  });

  it('says what it was tested on, without claiming a screen reader', () => {
    const { container } = renderStatement();
    const environment = container.querySelector('[data-environment]')!.textContent;
    expect(environment).toContain('Chromium 156 (headless), Debian GNU/Linux 12');
    expect(container.textContent).toContain("Aucune technologie d'assistance");
    expect(container.querySelector('[data-sample]')!.children).toHaveLength(AUDIT.sample.length);
  });

  it('without a configured contact, says so, and that the préfecture cannot answer', () => {
    const { container } = renderStatement();
    expect(container.querySelector('[data-contact="none"]')?.textContent).toContain(
      "Cette copie du guide n'indique pas de contact",
    );
    expect(container.textContent).toContain('La préfecture des Hauts-de-Seine ne publie pas ce guide');
  });

  it('with a configured contact, links to it (an e-mail with a subject, or a form)', () => {
    const { container, unmount } = renderStatement({ kind: 'email', address: 'guide@example.org' });
    const email = within(container.querySelector<HTMLElement>('[data-contact]')!);
    expect(email.getByRole('link', { name: 'guide@example.org' }).getAttribute('href')).toBe(
      'mailto:guide@example.org?subject=Accessibilit%C3%A9%20du%20guide%20Titre%20de%20s%C3%A9jour%2092',
    );
    unmount();
    const form = renderStatement({ kind: 'url', url: 'https://example.org/contact' });
    const page = within(form.container.querySelector<HTMLElement>('[data-contact]')!);
    expect(page.getByRole('link', { name: 'https://example.org/contact' })).toBeTruthy();
  });

  it('gives the recourse to the Défenseur des droits: online, a delegate, or by post', () => {
    renderStatement();
    expect(
      screen.getByRole('link', { name: 'Écrire un message au Défenseur des droits' }).getAttribute('href'),
    ).toBe('https://formulaire.defenseurdesdroits.fr/');
    expect(
      screen
        .getByRole('link', { name: 'Contacter le délégué du Défenseur des droits dans votre région' })
        .getAttribute('href'),
    ).toBe('https://www.defenseurdesdroits.fr/saisir/delegues');
    const post = screen.getByText('Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07');
    expect(post.getAttribute('lang')).toBe('fr');
  });
});

describe('the statement is linked from every mode of the guide', () => {
  it('the footer names the status and links to the statement, in the same language', () => {
    const { container } = renderGuide('');
    const link = container.querySelector<HTMLAnchorElement>('footer [data-statement-link]')!;
    expect(link.textContent).toBe('Accessibilité : partiellement conforme');
    expect(link.getAttribute('href')).toBe('accessibilite.html?lang=fr');
    expect(link.getAttribute('target')).toBeNull();
  });

  it('embedded, where there is no footer, the banner links to it in a new tab', () => {
    const { container } = renderGuide('?embed=1');
    expect(container.querySelector('footer')).toBeNull();
    const link = container.querySelector<HTMLAnchorElement>('.banners [data-statement-link]')!;
    expect(link.getAttribute('href')).toBe('accessibilite.html?lang=fr');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('on a kiosk, no link leads out: the rate and a QR code of the statement’s address', async () => {
    const { container } = renderGuide('?kiosk=1');
    const line = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('footer [data-statement-kiosk] [data-qr]');
      if (!found) throw new Error('no kiosk statement line yet');
      return found.closest<HTMLElement>('[data-statement-kiosk]')!;
    });
    expect(container.querySelector('footer a')).toBeNull();
    expect(line.dataset.rate).toBe(String(result.rate));
    expect(line.querySelector('strong')?.textContent).toBe('Accessibilité : partiellement conforme');
    expect(line.textContent).toContain(`${result.rate} % des critères évalués du RGAA 4.1 sont respectés`);
    const address = line.querySelector('[data-qr]')!.getAttribute('data-qr');
    expect(address).toBe(new URL('accessibilite.html?lang=fr', window.location.href).href);
    expect(line.textContent).toContain(address);
    await waitFor(() =>
      expect(line.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toContain(address),
    );
  });
});
