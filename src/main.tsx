import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initialParams } from './config/AppConfig';
import { formattingLocale } from './i18n/languages';
import { createI18n } from './i18n/setup';
import { registerServiceWorker } from './offline/register';
import { App } from './views/App';
import './styles.css';
import { preloadOutcomeScreen } from './views/LazyOutcomeScreen';

const i18n = createI18n();
// Read once: the app and the service worker registration share them (and their warnings).
const params = initialParams();

// The start screen prerendered into index.html is replaced, not hydrated: a link with answers
// opens on another step. The first render is synchronous so that the mark set by
// public/resume.js (which hides the prerendered start screen on such links) goes with it.
const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App params={params} />
      </I18nextProvider>
    </StrictMode>,
  ),
);
document.documentElement.classList.remove('resuming');

// Work a step would otherwise do on a click, done while the person reads the first screen:
// Intl's first date format loads its locale data, and the outcome screen's chunk is fetched.
// One piece per idle period, so that neither holds up the page for long.
const warmDateFormat = () =>
  new Intl.DateTimeFormat(formattingLocale(i18n.language), { dateStyle: 'long', timeZone: 'UTC' }).format(0);
const idleWork = [warmDateFormat, () => void preloadOutcomeScreen(i18n).catch(() => undefined)];
const whenIdle = (work: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(work) : setTimeout(work, 500);
const nextPiece = () => {
  idleWork.shift()?.();
  if (idleWork.length > 0) whenIdle(nextPiece);
};
whenIdle(nextPiece);
registerServiceWorker(params);
