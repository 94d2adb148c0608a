// Entry of accessibilite.html: the accessibility statement, with the guide's i18n setup. Its
// French words are part of its own bundle; the audit record it is built from too.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import accessibilityWords from '../../locales/fr/accessibility.json';
import { addFrenchNamespaces, createI18n } from '../i18n/setup';
import { reportContact } from '../report/contact';
import { ErrorBoundary } from '../views/ErrorBoundary';
import { AUDIT } from './audit';
import { Statement } from './Statement';
import '../styles.css';
import './statement.css';

const i18n = createI18n();
addFrenchNamespaces(i18n, { accessibility: accessibilityWords });

const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <Statement audit={AUDIT} contact={reportContact() ?? undefined} />
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  ),
);
