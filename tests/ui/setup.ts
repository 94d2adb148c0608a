import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { createI18n } from '../../src/i18n/setup';
import { preloadOutcomeScreen } from '../../src/views/LazyOutcomeScreen';

// A French-speaking browser: these tests read the reference texts (jsdom says en-US).
Object.defineProperty(navigator, 'languages', { value: ['fr-FR', 'fr'], configurable: true });
Object.defineProperty(navigator, 'language', { value: 'fr-FR', configurable: true });

// A wait (findBy…, waitFor) ends as soon as what it waits for shows; its limit only stops a test
// that would hang. Testing Library's default limit, 1 s, failed a kiosk test on a busy 2-core
// machine while the kiosk's chunk was still being transformed: the limit is the test's own now.
configure({ asyncUtilTimeout: 25_000 });

// jsdom lays nothing out and cannot scroll; each step asks for the top of the page.
window.scrollTo = () => undefined;

beforeAll(async () => {
  // In the browser the outcome screen's code arrives while the first questions are answered.
  await preloadOutcomeScreen(createI18n());
  // The kiosk's lazy parts too (src/kiosk/lazy.tsx): its tests then wait for a render, not for
  // the transform of a module, whose time depends on the machine.
  await import('../../src/kiosk/parts');
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
