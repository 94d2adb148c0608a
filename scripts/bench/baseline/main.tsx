// Started as the guide starts (src/main.tsx): the prerendered first screen is replaced, not
// hydrated, by a synchronous first render.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '../../../src/styles.css';
import { App } from './App';
import { createI18n } from './i18n';

const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <StrictMode>
      <I18nextProvider i18n={createI18n()}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  ),
);
