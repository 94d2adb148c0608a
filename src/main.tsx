import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { WordsProvider } from './i18n/words';
import { initialParams } from './config/AppConfig';
import { formattingLocale } from './i18n/languages';
import { REFERENCE_LANGUAGE } from './i18n/resources';
import { createI18n } from './i18n/setup';
import { startingLanguage } from './i18n/useLanguage';
import { registerServiceWorker } from './offline/register';
import { App } from './views/App';
import './styles.css';
import { preloadOutcomeScreen } from './views/LazyOutcomeScreen';

const i18n = createI18n();
// Read once: the app and the service worker registration share them (and their warnings).
const params = initialParams();
// A reader in another language: their words start on their way now, not once the app has taken
// over the page (useLanguage switches to them then, and finds them fetched or on their way).
const starting = startingLanguage(params.kiosk);
if (starting !== REFERENCE_LANGUAGE) void i18n.loadLanguages(starting);

const container = document.getElementById('root')!;
// A plain address shows the start screen prerendered into index.html: React takes it over as it
// is (hydration), so nothing is painted twice and the largest paint is the first one. A link with
// answers or parameters opens on another screen: that one is rendered anew, at once, so that the
// mark set by the inline resume script (which hides the prerendered screen meanwhile) goes with it.
const plain = window.location.hash.length <= 1 && window.location.search.length <= 1;
const hydrating = plain && container.firstElementChild !== null;
const app = (
  <StrictMode>
    <WordsProvider i18n={i18n}>
      <App params={params} hydrating={hydrating} />
    </WordsProvider>
  </StrictMode>
);
if (hydrating) hydrateRoot(container, app);
else flushSync(() => createRoot(container).render(app));
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
