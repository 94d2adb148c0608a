// Entry of overview.html: the rules overview, with the same i18n setup as the guide.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import overviewWords from '../../locales/fr/overview.json';
import resultWords from '../../locales/fr/results.json';
import { addFrenchNamespaces, createI18n } from '../i18n/setup';
import { ErrorBoundary } from '../views/ErrorBoundary';
import { fragmentId } from './anchor';
import { buildOverview } from './model';
import { Overview } from './Overview';
import '../styles.css';
import './overview.css';

// This page shows every outcome at once: its French words are part of its own bundle.
const i18n = createI18n();
addFrenchNamespaces(i18n, { results: resultWords, overview: overviewWords });

// Every route is walked through the machine here, in the browser (tens of milliseconds): the
// page shows what the guide does now, never a copy. See
// docs/adr/0003-rules-overview-routes-computed-in-the-browser.md.
const overview = buildOverview();

const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <Overview overview={overview} />
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  ),
);
// The rows exist only now: a link to one of them (overview.html#outcome-health) scrolls here.
const linkedRow = fragmentId(window.location.hash);
if (linkedRow) document.getElementById(linkedRow)?.scrollIntoView();
