import { act, fireEvent, render, screen } from '@testing-library/react';
import { WordsProvider } from '../../src/i18n/words';
import { addFrenchNamespaces, createI18n } from '../../src/i18n/setup';
import { frenchParts } from '../support/french';
import { App } from '../../src/views/App';

/** An i18next instance with every French namespace at hand (in the browser, fetched as needed). */
export function testI18n() {
  const i18n = createI18n();
  const { results, overview, kiosk } = frenchParts;
  addFrenchNamespaces(i18n, { results, overview, kiosk });
  return i18n;
}

export function renderApp(hash = '') {
  window.history.replaceState(null, '', `/${hash}`);
  const i18n = testI18n();
  const utils = render(
    <WordsProvider i18n={i18n}>
      <App />
    </WordsProvider>,
  );
  return { ...utils, i18n };
}

export function questionShown(): string | null {
  return document.querySelector('[data-question]')?.getAttribute('data-question') ?? null;
}

export function outcomeShown(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-outcome]');
}

/** Picks an answer by its test hook and submits, as a person tapping then pressing "Continuer". */
export function answer(question: string, answerId: string) {
  const form = document.querySelector(`[data-question="${question}"]`);
  if (!form) throw new Error(`question ${question} is not shown (shown: ${questionShown()})`);
  const input = form.querySelector<HTMLInputElement>(`[data-answer="${answerId}"]`);
  if (!input) throw new Error(`answer ${answerId} is not offered on ${question}`);
  fireEvent.click(input);
  fireEvent.click(form.querySelector('button[type="submit"]')!);
}

export function start() {
  fireEvent.click(document.querySelector('[data-action="start"]')!);
}

export function journey(steps: Array<[string, string]>) {
  start();
  for (const [q, a] of steps) answer(q, a);
}

export function goBack() {
  fireEvent.click(screen.getByRole('button', { name: 'Retour' }));
}

export function browserBack() {
  act(() => {
    window.history.back();
  });
}
