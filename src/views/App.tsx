import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguagePicker } from './LanguagePicker';
import { Wizard } from './Wizard';

export function App() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <div>
            <p className="site-name">{t('app.name')}</p>
            <p className="site-tagline">{t('app.tagline')}</p>
          </div>
          <LanguagePicker current={language.current} onChoose={language.choose} />
        </div>
      </header>
      <div className="container banners">
        <p className="unofficial-banner">{t('app.unofficial')}</p>
        {language.current !== 'fr' && <p className="translation-notice">{t('language.notice')}</p>}
        {language.failed && (
          <div className="pruned-notice" role="alert">
            <p>{t('language.loadFailed')}</p>
            <button type="button" className="link-button" onClick={language.dismissFailure}>
              {t('language.dismiss')}
            </button>
          </div>
        )}
      </div>
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
