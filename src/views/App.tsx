import { useEffect, useState, type MouseEvent } from 'react';
import { useWords } from '../i18n/words';
import { rich } from '../i18n/rich';
import { KioskStatementLine } from '../accessibility/lazy';
import { StatementLink } from '../accessibility/StatementLink';
import { AppConfig, initialParams } from '../config/AppConfig';
import type { AppParams } from '../config/params';
import { applyAccent } from '../config/theme';
import { reportHeight } from '../embed/resize';
import { T } from './T';
import { useLanguage } from '../i18n/useLanguage';
import { KioskIdle, KioskLanguages, KioskTextSize } from '../kiosk/lazy';
import { useKiosk } from '../kiosk/useKiosk';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguagePicker } from './LanguagePicker';
import { Wizard } from './Wizard';
import { focusScreenHeading } from './useStepFocus';

/** Focuses the main content without changing the URL fragment, which holds the answers. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/**
 * `params`: the page's parameters when the caller has read them already (else read here).
 * `hydrating`: this render takes over the prerendered start screen (src/main.tsx).
 */
export function App(props: { params?: AppParams; hydrating?: boolean }) {
  const { t } = useWords();
  const [params] = useState(() => props.params ?? initialParams());
  const language = useLanguage({ kiosk: params.kiosk });
  const kiosk = useKiosk({
    enabled: params.kiosk,
    defaultLanguage: params.lang ?? 'fr',
    language,
  });

  useEffect(() => applyAccent(params.accent), [params.accent]);
  useEffect(
    () => (params.embed ? reportHeight(params.parentOrigin) : undefined),
    [params.embed, params.parentOrigin],
  );

  const picker = (
    <>
      <LanguagePicker current={language.current} onChoose={language.choose} />
      {params.kiosk && <KioskTextSize value={kiosk.textScale} onChange={kiosk.setTextScale} />}
    </>
  );
  const modes = [params.embed && 'embed', params.kiosk && 'kiosk'].filter(Boolean).join(' ');

  return (
    <AppConfig.Provider value={params}>
      <div className={`app ${modes}`}>
        <a className="skip-link" href="#main" onClick={skipToMain}>
          {t('app.skipLink')}
        </a>
        {/* One banner landmark holds everything above the guide, the "unofficial" line included. */}
        <header className={params.header ? 'site-header-area' : 'site-header-area bare'}>
          {params.header && (
            <div className="site-header">
              <div className="container header-row">
                <div>
                  <p className="site-name">{rich(t('app.name'))}</p>
                  <p className="site-tagline">{t('app.tagline')}</p>
                </div>
                {picker}
              </div>
            </div>
          )}
          <div className="container banners">
            {!params.header && <div className="banner-picker">{picker}</div>}
            <p className="unofficial-banner">{t('app.unofficial')}</p>
            {params.embed && (
              <p className="statement-line">
                <StatementLink language={language.current} newTab />
              </p>
            )}
            {language.failed && (
              <div className="pruned-notice" role="alert">
                <p>{t('language.loadFailed')}</p>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    language.dismissFailure();
                    focusScreenHeading();
                  }}
                >
                  {t('language.dismiss')}
                </button>
              </div>
            )}
          </div>
        </header>
        <main id="main" className="container" tabIndex={-1}>
          {/* A kiosk reset remounts the wizard: every answer is forgotten. */}
          <ErrorBoundary key={kiosk.session}>
            {params.kiosk && kiosk.atStart && (
              <KioskLanguages current={language.current} onChoose={language.choose} />
            )}
            <Wizard
              useUrl={!params.kiosk}
              hydrating={props.hydrating}
              onShow={params.kiosk ? kiosk.onWizardShown : undefined}
            />
          </ErrorBoundary>
          {/* Below the guide, not above it: the words of another language arrive after the
              prerendered French page is shown, and a line added above would push it all down. */}
          {language.current !== 'fr' && <p className="translation-notice">{t('language.notice')}</p>}
        </main>
        {!params.embed && (
          <footer className="site-footer">
            <div className="container">
              <p>
                <T text="app.footerSource" />
              </p>
              <p>{t('app.footerPrivacy')}</p>
              {/* A kiosk leads nowhere else, not even to the overview or the changes (no idle reset there). */}
              {!params.kiosk && (
                <>
                  <p>
                    <a href={`overview.html?lang=${language.current}`}>{t('app.overviewLink')}</a>
                  </p>
                  <p>
                    <a href={`changes.html?lang=${language.current}`}>{t('app.changesLink')}</a>
                  </p>
                </>
              )}
              {/* A kiosk shows the statement's line and a QR code of its address instead. */}
              {params.kiosk ? (
                <KioskStatementLine language={language.current} />
              ) : (
                <p>
                  <StatementLink language={language.current} />
                </p>
              )}
            </div>
          </footer>
        )}
        {params.kiosk && (
          <KioskIdle idleSeconds={params.idleSeconds} inUse={kiosk.inUse} onReset={kiosk.reset} />
        )}
      </div>
    </AppConfig.Provider>
  );
}
