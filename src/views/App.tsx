import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { Wizard } from './Wizard';

export function App() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="container">
          <p className="site-name">{t('app.name')}</p>
          <p className="site-tagline">{t('app.tagline')}</p>
        </div>
      </header>
      <p className="unofficial-banner container">{t('app.unofficial')}</p>
      <main id="main" className="container" tabIndex={-1}>
        <ErrorBoundary>
          <Wizard />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footerSource')}</p>
          <p>{t('app.footerPrivacy')}</p>
        </div>
      </footer>
    </>
  );
}
