// The counter sheet (issue 14): in another language, the same answer in French for the agent or a
// helper, on a toggle and when printing, without a second set of test hooks or of the person's
// own controls. The print header too is rendered for the print only.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { outcomeShown, renderApp } from './helpers';

const RENEW_WORKER = '#commune=nanterre&need=renewal&health=no&renewal-card=worker';

async function inArabic() {
  const { i18n } = renderApp(RENEW_WORKER);
  await act(() => i18n.changeLanguage('ar'));
  await waitFor(() => expect(outcomeShown()).not.toBeNull());
  return i18n;
}

it('in Arabic, a toggle shows the same answer in French, once, without its hooks', async () => {
  await inArabic();
  expect(document.querySelector('[data-french-copy]')).toBeNull();
  const toggle = document.querySelector<HTMLButtonElement>('.french-copy-toggle button')!;
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(toggle);
  const copy = document.querySelector<HTMLElement>('[data-french-copy]')!;
  expect(copy.getAttribute('lang')).toBe('fr');
  expect(copy.getAttribute('dir')).toBe('ltr');
  expect(copy.querySelector('.outcome-header h2')?.textContent).toBe('Prenez rendez-vous en ligne');
  expect(copy.textContent).toContain('https://www.hauts-de-seine.gouv.fr/Prendre-un-rendez-vous');
  // One answer shown, one set of hooks: the copy adds none, and no second copy button or h1.
  expect(document.querySelectorAll('[data-primary]')).toHaveLength(1);
  expect(copy.querySelectorAll('[data-caveat], [data-primary], [data-pointer], h1')).toHaveLength(0);
  expect(within(copy).queryByRole('button')).toBeNull();
  fireEvent.click(toggle);
  expect(document.querySelector('[data-french-copy]')).toBeNull();
  document.documentElement.lang = 'fr';
  document.documentElement.dir = 'ltr';
});

it('printing in Arabic adds the French copy, and takes it away after', async () => {
  await inArabic();
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
  expect(document.querySelector('[data-french-copy]')).not.toBeNull();
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
  expect(document.querySelector('[data-french-copy]')).toBeNull();
  document.documentElement.lang = 'fr';
  document.documentElement.dir = 'ltr';
});

/** The French outcome, once shown (its code may still be on its way when a test runs alone). */
async function inFrench() {
  renderApp(RENEW_WORKER);
  await waitFor(() => expect(outcomeShown()).not.toBeNull());
}

it('in French there is nothing to add: no toggle, no copy when printing', async () => {
  await inFrench();
  expect(document.querySelector('.french-copy-toggle')).toBeNull();
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
  expect(document.querySelector('[data-french-copy]')).toBeNull();
});

it('the print header (name, date, address, QR code) is rendered for the print only, complete at once', async () => {
  await inFrench();
  expect(document.querySelector('.print-header')).toBeNull();
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
  const header = document.querySelector<HTMLElement>('.print-header')!;
  expect(header.textContent).toContain('Titre de séjour 92');
  expect(header.textContent).toContain(RENEW_WORKER);
  // The QR code is there in the very render the print is laid out from, not a moment later.
  expect(header.querySelector('svg path')?.getAttribute('d')).toMatch(/^M\d/);
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
  expect(document.querySelector('.print-header')).toBeNull();
});
