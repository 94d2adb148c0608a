// "Écouter" through the rendered app, with speechSynthesis stubbed (tests/support/speech.ts): shown
// only when the device has a local voice for the page's language, reading what the screen shows
// with voices of the right language, and silent as soon as the screen changes.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installFakeSpeech, removeFakeSpeech, type FakeSpeech } from '../support/speech';
import { answer, outcomeShown, renderApp, start } from './helpers';

const AMELIE = { name: 'Amélie', lang: 'fr-FR' };
const MAGED = { name: 'Maged', lang: 'ar-SA' };
const DANIEL = { name: 'Daniel', lang: 'en-GB' };
const FIRST_FAMILY = '#commune=nanterre&need=first&health=no&entry=visa-d&first-with-visa=family';

beforeAll(async () => {
  // In the browser it is fetched as the first question shows; here, at hand before the tests.
  await import('../../src/views/ListenButton');
});

afterEach(removeFakeSpeech);

const listenButton = () => document.querySelector<HTMLButtonElement>('[data-action="listen"]');
const statusOf = (button: HTMLElement) => within(button.parentElement!).getByRole('status');

/** The button once shown (by its test hook: role queries are slow on the commune list). */
const listenShown = () =>
  waitFor(() => {
    const button = listenButton();
    if (!button) throw new Error('no "Écouter" button');
    return button;
  });

/** The button is mounted and listening for voices: its absence is a decision, not a delay. */
async function settled(speech: FakeSpeech) {
  await waitFor(() => expect(speech.listeners).toBe(1));
}

describe('on a French page with a French voice', () => {
  it('"Écouter" reads the question, its hint and its answers with that voice, and toggles to "Arrêter la lecture"', async () => {
    const speech = installFakeSpeech([AMELIE]);
    renderApp();
    start();
    const button = await listenShown();
    expect(screen.getByRole('button', { name: 'Écouter' })).toBe(button);
    expect(statusOf(button).textContent).toBe('');

    fireEvent.click(button);
    expect(speech.spoken).toEqual(
      [
        'Dans quelle commune habitez-vous ?',
        'La commune de votre domicile décide du service qui traite votre demande.',
        'Tapez le nom ou le code postal de votre commune',
        "J'habite hors des Hauts-de-Seine",
      ].map((text) => ({ text, lang: 'fr-FR', voice: 'Amélie' })),
    );
    expect(button.textContent).toBe('Arrêter la lecture');
    expect(screen.getByRole('button', { name: 'Arrêter la lecture' })).toBe(button);
    expect(statusOf(button).textContent).toBe('Lecture à voix haute en cours.');

    fireEvent.click(button);
    expect(speech.queued).toBe(0);
    expect(button.textContent).toBe('Écouter');
    expect(statusOf(button).textContent).toBe('');
  });

  it('reads "ou" before "je ne sais pas", and the button comes back once all is read', async () => {
    const speech = installFakeSpeech([AMELIE]);
    renderApp('#commune=nanterre&need=renewal&health=no');
    await waitFor(() => expect(document.querySelector('[data-question="renewal-card"]')).not.toBeNull());
    fireEvent.click(await listenShown());
    const texts = speech.spoken.map((s) => s.text);
    expect(texts.slice(-2)).toEqual(['ou', 'Je ne sais pas']);
    act(() => speech.finishAll());
    expect(listenButton()?.textContent).toBe('Écouter');
  });

  it('an outcome: the heading, the lead, the action, then the numbered steps, as the screen shows them', async () => {
    const speech = installFakeSpeech([AMELIE]);
    renderApp(FIRST_FAMILY);
    fireEvent.click(await listenShown());
    const outcome = outcomeShown()!;
    const steps = [...outcome.querySelectorAll('.steps li')].map((li, i) => `${i + 1}. ${li.textContent}`);
    expect(steps.length).toBeGreaterThan(1);
    expect(speech.spoken.map((s) => s.text)).toEqual([
      outcome.querySelector('h1')!.textContent,
      outcome.querySelector('.lead')!.textContent,
      outcome.querySelector('[data-primary] span')!.textContent,
      'Comment faire',
      ...steps,
    ]);
    expect(new Set(speech.spoken.map((s) => s.voice))).toEqual(new Set(['Amélie']));
  });

  it('a step stops the reading, and the next screen starts silent', async () => {
    const speech = installFakeSpeech([AMELIE]);
    renderApp();
    start();
    fireEvent.click(await listenShown());
    expect(speech.queued).toBeGreaterThan(0);
    answer('commune', 'nanterre');
    expect(speech.queued).toBe(0);
    expect((await listenShown()).textContent).toBe('Écouter');
  });

  it('a change of language stops the reading', async () => {
    const speech = installFakeSpeech([AMELIE, DANIEL]);
    const { i18n } = renderApp();
    start();
    fireEvent.click(await listenShown());
    fireEvent.change(screen.getByLabelText('Langue'), { target: { value: 'en' } });
    await waitFor(() => expect(i18n.language).toBe('en'));
    expect(speech.queued).toBe(0);
    expect(statusOf(listenButton()!).textContent).toBe('');
  });
  it('the voice going away (voiceschanged) stops the reading and hides the button', async () => {
    const speech = installFakeSpeech([AMELIE]);
    renderApp();
    start();
    fireEvent.click(await listenShown());
    act(() => speech.setVoices([DANIEL]));
    expect(listenButton()).toBeNull();
    expect(speech.queued).toBe(0);
  });
});

describe('no button without a local voice for the page’s language', () => {
  it('no voice at all', async () => {
    const speech = installFakeSpeech([]);
    renderApp();
    start();
    await settled(speech);
    expect(listenButton()).toBeNull();
  });

  it('only a network voice for French (it would send the words away)', async () => {
    const speech = installFakeSpeech([{ name: 'Google français', lang: 'fr-FR', localService: false }]);
    renderApp();
    start();
    await settled(speech);
    expect(listenButton()).toBeNull();
  });

  it('voices of other languages only', async () => {
    const speech = installFakeSpeech([DANIEL, MAGED]);
    renderApp();
    start();
    await settled(speech);
    expect(listenButton()).toBeNull();
  });

  it('on an Arabic page, a French voice but no Arabic one', async () => {
    const speech = installFakeSpeech([AMELIE]);
    const { i18n } = renderApp(`?lang=ar${FIRST_FAMILY}`);
    await waitFor(() => expect(i18n.language).toBe('ar'));
    await waitFor(() => expect(outcomeShown()).not.toBeNull());
    await settled(speech);
    expect(listenButton()).toBeNull();
  });

  it('voices that arrive late (voiceschanged) bring the button', async () => {
    const speech = installFakeSpeech([]);
    renderApp();
    start();
    await settled(speech);
    expect(listenButton()).toBeNull();
    act(() => speech.setVoices([DANIEL, AMELIE]));
    fireEvent.click(await listenShown());
    expect(speech.spoken[0]).toEqual({
      text: 'Dans quelle commune habitez-vous ?',
      lang: 'fr-FR',
      voice: 'Amélie',
    });
  });
});

describe('on an Arabic page', () => {
  async function arabicOutcome(voices: Parameters<typeof installFakeSpeech>[0]) {
    const speech = installFakeSpeech(voices);
    const { i18n } = renderApp(`?lang=ar${FIRST_FAMILY}`);
    await waitFor(() => expect(i18n.language).toBe('ar'));
    await waitFor(() => expect(outcomeShown()?.querySelector('h1')?.textContent).toMatch(/[\u0600-\u06FF]/));
    return { speech, i18n, button: await listenShown() };
  }

  /** The French terms shown in what is read: the heading, the lead, the action and the steps. */
  function frenchShown(): string[] {
    const read = outcomeShown()!.querySelectorAll('h1, .lead, [data-primary], .steps li');
    return [...read].flatMap((element) =>
      [...element.querySelectorAll('bdi[lang="fr"]')].map((bdi) => bdi.textContent.replace(/^\(|\)$/g, '')),
    );
  }

  const ARABIC = /[\u0600-\u06FF]/;

  it('with a French voice, the French terms are read by it and everything else by the Arabic voice', async () => {
    const { speech, button } = await arabicOutcome([AMELIE, MAGED]);
    fireEvent.click(button);
    expect(speech.spoken.slice(0, 2)).toEqual([
      { text: 'قدّموا ملفكم عبر الإنترنت على', lang: 'ar-SA', voice: 'Maged' },
      { text: 'démarches simplifiées', lang: 'fr-FR', voice: 'Amélie' },
    ]);
    const byVoice = (name: string) => speech.spoken.filter((s) => s.voice === name).map((s) => s.text);
    expect(byVoice('Maged').length + byVoice('Amélie').length).toBe(speech.spoken.length);
    for (const term of frenchShown()) expect(byVoice('Amélie').join(' ')).toContain(term);
    for (const text of byVoice('Maged')) expect(text).toMatch(ARABIC);
    // French in the place of words not yet translated is French too: never the Arabic voice's.
    for (const text of byVoice('Amélie')) expect(text).not.toMatch(ARABIC);
  });

  it('without a French voice, nothing is read in French: the page’s own phrase stands for a lone term', async () => {
    const { speech, i18n, button } = await arabicOutcome([MAGED, DANIEL]);
    fireEvent.click(button);
    expect(speech.spoken[0]?.text).toBe('قدّموا ملفكم عبر الإنترنت على كلمة فرنسية مكتوبة على الشاشة');
    expect(new Set(speech.spoken.map((s) => s.voice))).toEqual(new Set(['Maged']));
    for (const { text } of speech.spoken) {
      expect(text).toMatch(ARABIC);
      for (const term of frenchShown()) expect(text).not.toContain(term);
    }
    fireEvent.click(button);

    // A language whose phrase for "a French word, written on the screen" is not there yet:
    // the term is left out rather than read by a voice that cannot say it.
    const { listen, ...rest } = i18n.getResourceBundle('ar', 'translation') as {
      listen: Record<string, string>;
    };
    const listenWithoutTerm = Object.fromEntries(
      Object.entries(listen).filter(([key]) => key !== 'frenchTerm'),
    );
    i18n.removeResourceBundle('ar', 'translation');
    i18n.addResourceBundle('ar', 'translation', { ...rest, listen: listenWithoutTerm });
    speech.spoken = [];
    fireEvent.click(button);
    expect(speech.spoken[0]).toEqual({ text: 'قدّموا ملفكم عبر الإنترنت على', lang: 'ar-SA', voice: 'Maged' });
    for (const { text } of speech.spoken) expect(text).toMatch(ARABIC);
  });
});
