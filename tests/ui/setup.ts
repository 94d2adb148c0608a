import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { createI18n } from '../../src/i18n/setup';
import { preloadOutcomeScreen } from '../../src/views/LazyOutcomeScreen';

// A French-speaking browser: these tests read the reference texts (jsdom says en-US).
Object.defineProperty(navigator, 'languages', { value: ['fr-FR', 'fr'], configurable: true });
Object.defineProperty(navigator, 'language', { value: 'fr-FR', configurable: true });

// jsdom lays nothing out and cannot scroll; each step asks for the top of the page.
window.scrollTo = () => undefined;

beforeAll(async () => {
  // In the browser the outcome screen's code arrives while the first questions are answered.
  await preloadOutcomeScreen(createI18n());
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
