// Build time only (see vite.config.ts): the screen a fresh load shows, rendered to HTML with the
// real App and French texts, so the first screen is there before any JavaScript runs.
import { renderToString } from 'react-dom/server';
import { WordsProvider } from './i18n/words';
import { createI18n } from './i18n/setup';
import { App } from './views/App';

export function renderStartScreen(): string {
  return renderToString(
    <WordsProvider i18n={createI18n()}>
      <App />
    </WordsProvider>,
  );
}
