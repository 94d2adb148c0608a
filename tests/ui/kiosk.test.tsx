// Kiosk mode in the rendered app: languages first, answers kept out of the URL, QR codes instead
// of links, and the idle reset that forgets everything.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { WordsProvider } from '../../src/i18n/words';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TARGETS } from '../../src/content/targets';
import { LANGUAGES } from '../../src/i18n/languages';
import { WARNING_SECONDS } from '../../machines/idle';
import { App } from '../../src/views/App';
import { journey, outcomeShown, questionShown, start, testI18n } from './helpers';

/** Renders the kiosk and waits for its lazy parts (languages, text size, idle timer). */
async function renderKiosk(search = '?kiosk=1&idle=30') {
  window.history.replaceState(null, '', `/${search}`);
  const utils = render(
    <WordsProvider i18n={testI18n()}>
      <App />
    </WordsProvider>,
  );
  await screen.findByRole('group', { name: 'Taille du texte' });
  await screen.findByRole('group', { name: 'Choisissez votre langue' });
  return utils;
}

/** A touch anywhere: what the idle machine listens to (fireEvent.click alone sends no pointer event). */
function touch() {
  fireEvent.pointerDown(document.body);
}

function seconds(n: number) {
  act(() => {
    vi.advanceTimersByTime(n * 1000);
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('kiosk mode', () => {
  it('the start screen offers every language as a button named in itself', async () => {
    await renderKiosk();
    const group = screen.getByRole('group', { name: 'Choisissez votre langue' });
    for (const language of LANGUAGES) {
      const button = group.querySelector(`[data-language="${language.code}"]`)!;
      expect(button.textContent).toBe(language.nativeName);
      expect(button.getAttribute('lang')).toBe(language.htmlLang);
    }
    expect(group.querySelector('[aria-pressed="true"]')?.getAttribute('data-language')).toBe('fr');
    start();
    expect(screen.queryByRole('group', { name: 'Choisissez votre langue' })).toBeNull();
  });

  it('answers are never written to the URL or the history', async () => {
    await renderKiosk();
    const entries = window.history.length;
    journey([
      ['commune', 'nanterre'],
      ['need', 'renewal'],
    ]);
    expect(questionShown()).toBe('health');
    expect(window.location.hash).toBe('');
    expect(window.history.length).toBe(entries);
  });

  it('an outcome shows QR codes of its exact addresses and no link to follow', async () => {
    await renderKiosk();
    journey([
      ['commune', 'nanterre'],
      ['need', 'renewal'],
      ['health', 'no'],
      ['renewal-card', 'student'],
    ]);
    const outcome = outcomeShown()!;
    await waitFor(() => expect(outcome.querySelector('[data-qr]')).not.toBeNull());
    expect(outcome.querySelector('[data-qr]')?.getAttribute('data-qr')).toBe(TARGETS['T-ANEF']);
    expect(outcome.querySelectorAll('a[href^="http"], a[href^="mailto:"]')).toHaveLength(0);
    const code = await screen.findAllByRole('img', { name: /^Code QR de l'adresse/ });
    expect(code[0]!.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('the A / A+ / A++ buttons change the text size, in memory only', async () => {
    await renderKiosk();
    // The visible mark starts each button's name (WCAG 2.5.3: "A+" can be said to voice control).
    for (const mark of ['A', 'A+', 'A++'])
      expect(screen.getAllByRole('button').some((b) => b.textContent.startsWith(mark))).toBe(true);
    const larger = screen.getByRole('button', { name: 'A+ Texte plus grand' });
    fireEvent.click(larger);
    expect(larger.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.style.getPropertyValue('--kiosk-text-scale')).toBe('1.25');
    expect(document.documentElement.classList.contains('kiosk')).toBe(true);
  });

  it('after the delay a dialog counts down; continuing keeps the answers', async () => {
    await renderKiosk();
    vi.useFakeTimers();
    touch();
    journey([
      ['commune', 'nanterre'],
      ['need', 'renewal'],
    ]);
    seconds(29);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    seconds(1);
    const dialog = screen.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Je suis là, continuer' }));
    expect(screen.getByRole('timer').textContent).toContain(String(WARNING_SECONDS));
    seconds(5);
    expect(screen.getByRole('timer').textContent).toContain(String(WARNING_SECONDS - 5));
    fireEvent.click(screen.getByRole('button', { name: 'Je suis là, continuer' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(questionShown()).toBe('health');
  });

  it('without a touch, the kiosk goes back to the start and forgets every answer', async () => {
    await renderKiosk();
    vi.useFakeTimers();
    touch();
    fireEvent.click(screen.getByRole('button', { name: 'A++ Texte très grand' }));
    journey([
      ['commune', 'nanterre'],
      ['need', 'renewal'],
    ]);
    seconds(30 + WARNING_SECONDS);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(questionShown()).toBeNull();
    expect(document.querySelector('[data-action="start"]')).not.toBeNull();
    expect(document.documentElement.style.getPropertyValue('--kiosk-text-scale')).toBe('1');
    start();
    expect(questionShown()).toBe('commune');
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
  });
});
