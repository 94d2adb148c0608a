// What an RGAA audit found that axe does not see (issue 15): the language menu must not switch the
// page while a person arrows through it, a notice's live region is mounted before its text, closing
// it puts focus back on the question, the progress line comes after the focused heading, and
// everything above the guide sits in a landmark.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionShown, renderApp, start } from './helpers';

describe('the language menu', () => {
  it('arrowing through the closed menu changes nothing; Enter applies the language shown', async () => {
    const { i18n } = renderApp();
    const select = screen.getByRole<HTMLSelectElement>('combobox');
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'en' } });
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'ar' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(i18n.language).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
    // The explicit way to apply appears, named, with a hint for screen readers.
    expect(screen.getByRole('button', { name: 'OK' })).not.toBeNull();
    fireEvent.keyDown(select, { key: 'Enter' });
    await waitFor(() => expect(i18n.language).toBe('ar'));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    document.documentElement.lang = 'fr';
    document.documentElement.dir = 'ltr';
  });

  it("typing a language's first letter in the closed menu changes nothing either", async () => {
    const { i18n } = renderApp();
    const select = screen.getByRole<HTMLSelectElement>('combobox');
    fireEvent.keyDown(select, { key: 'e' });
    fireEvent.change(select, { target: { value: 'en' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(i18n.language).toBe('fr');
    expect(screen.getByRole('button', { name: 'OK' })).not.toBeNull();
  });

  it('the OK button applies the language chosen with the keyboard, and keeps the answers', async () => {
    const { i18n } = renderApp('#commune=nanterre&need=renewal');
    const select = screen.getByRole<HTMLSelectElement>('combobox');
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'en' } });
    expect(i18n.language).toBe('fr');
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(i18n.language).toBe('en'));
    expect(questionShown()).toBe('health');
    expect(window.location.hash).toBe('#commune=nanterre&need=renewal');
    document.documentElement.lang = 'fr';
  });

  it('a choice made in the opened list (a tap, a click) applies at once', async () => {
    const { i18n } = renderApp();
    const select = screen.getByRole<HTMLSelectElement>('combobox');
    fireEvent.pointerDown(select);
    fireEvent.change(select, { target: { value: 'es' } });
    await waitFor(() => expect(i18n.language).toBe('es'));
    document.documentElement.lang = 'fr';
  });
});

describe('the notice of answers dropped from a link', () => {
  it('is a live region mounted empty, then filled, and closing it puts focus on the question', async () => {
    // Text put into a region already in the page is announced; a region mounted with its text is not.
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    renderApp('#commune=nanterre&need=hack');
    const region = document.querySelector('[data-notice="pruned"] [role="status"]')!;
    await waitFor(() => expect(region.textContent).toContain('Une réponse du lien'));
    observer.disconnect();
    const filledLater = records.some(
      (r) =>
        (r.target === region || r.target.parentNode === region) &&
        region.isConnected &&
        r.type !== 'attributes',
    );
    expect(filledLater).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Fermer ce message' }));
    expect(document.querySelector('[data-notice="pruned"]')).toBeNull();
    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.activeElement?.textContent).toBe('Que souhaitez-vous faire ?');
  });
});

it('the progress line comes after the heading focus lands on', async () => {
  renderApp();
  start();
  await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
  const heading = document.activeElement!;
  const progress = document.querySelector('.progress')!;
  expect(progress.textContent).toContain('Question 1 sur 6 au plus');
  expect(heading.compareDocumentPosition(progress) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

it('the "unofficial" line and the translation notice sit in landmarks', async () => {
  const { i18n } = renderApp();
  expect(
    screen.getByText('Guide indépendant et non officiel.').closest('header, main, footer'),
  ).not.toBeNull();
  fireEvent.pointerDown(screen.getByRole('combobox'));
  fireEvent.change(screen.getByRole('combobox'), { target: { value: 'en' } });
  await waitFor(() => expect(i18n.language).toBe('en'));
  expect(document.querySelector('.translation-notice')?.closest('header, main, footer')).not.toBeNull();
  document.documentElement.lang = 'fr';
});

it('the commune field names its purpose for autofill (RGAA 11.13), but not on a kiosk', () => {
  renderApp('#commune=');
  expect(screen.getByRole('textbox').getAttribute('autocomplete')).toBe('address-level2');
});

it('a required answer is marked required, and the commune field points to its error and says it is invalid', () => {
  renderApp('#commune=');
  for (const radio of document.querySelectorAll('[data-question="commune"] input[type="radio"]'))
    expect(radio.hasAttribute('required')).toBe(true);
  fireEvent.click(document.querySelector('[data-question="commune"] button[type="submit"]')!);
  const search = screen.getByRole('textbox');
  expect(search.getAttribute('aria-invalid')).toBe('true');
  const error = document.getElementById('commune-error')!;
  expect(search.getAttribute('aria-describedby')!.split(' ')).toContain(error.id);
  expect(error.textContent).toContain('Choisissez votre commune');
});
