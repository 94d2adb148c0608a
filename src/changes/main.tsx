// Entry of changes.html: what changed in the guide's rules, with the same i18n setup as the guide.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import changesWords from '../../locales/fr/changes.json';
import resultWords from '../../locales/fr/results.json';
import { addFrenchNamespaces, createI18n } from '../i18n/setup';
import { ErrorBoundary } from '../views/ErrorBoundary';
import { Changes } from './Changes';
import { buildChangesPage } from './model';
import '../styles.css';
import './changes.css';

// The page names outcomes and national rules (results.json) and has its own headings: the French
// words of both are part of its bundle.
const i18n = createI18n();
addFrenchNamespaces(i18n, { results: resultWords, changes: changesWords });

const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <Changes page={buildChangesPage()} />
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  ),
);
// The entries exist only now: a link to one of them (changes.html#2026-12-03-postal-codes) scrolls
// there. Entry ids are plain ASCII: a fragment that is anything else is ignored.
const wanted = window.location.hash.slice(1);
if (/^[a-z0-9-]+$/.test(wanted)) document.getElementById(wanted)?.scrollIntoView();
