// Build time only: the baseline's first screen rendered into its index.html, by the same Vite
// plugin as the guide's (scripts/vite-plugins.mjs).
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { createI18n } from './i18n';

export function renderStartScreen(): string {
  return renderToString(
    <I18nextProvider i18n={createI18n()}>
      <App />
    </I18nextProvider>,
  );
}
