import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { addFrenchPart } from '../../src/i18n/setup';
import { preloadOutcomeScreen } from '../../src/views/LazyOutcomeScreen';
import { frenchParts } from '../support/french';

beforeAll(async () => {
  // In the browser these arrive while the first questions are answered; here, before any test.
  addFrenchPart('results', frenchParts.results);
  addFrenchPart('overview', frenchParts.overview);
  addFrenchPart('kiosk', frenchParts.kiosk);
  await preloadOutcomeScreen();
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
