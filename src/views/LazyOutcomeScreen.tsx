// The outcome screen and its words (results.json) are a chunk of their own, fetched while the
// person answers the first questions, so that a first visit downloads only what it shows.
// Not React.lazy + OptionalPart like the optional parts: the outcome is the answer itself, so a
// failed fetch needs a message and a retry, and a chunk already fetched is shown at once
// (React.lazy suspends for a tick on first use, even when its module is there).
import type { i18n } from 'i18next';
import { useEffect, useState, type ComponentProps } from 'react';
import { useWords } from '../i18n/words';
import { loadNamespace } from '../i18n/setup';

type Module = typeof import('./OutcomeScreen');
let loaded: Module | undefined;

/** The outcome screen's code and words; a failed fetch (offline, no service worker yet) may be retried. */
export async function preloadOutcomeScreen(instance: i18n): Promise<Module> {
  const [module] = await Promise.all([import('./OutcomeScreen'), loadNamespace(instance, 'results')]);
  loaded = module;
  return module;
}

export function LazyOutcomeScreen(props: ComponentProps<Module['OutcomeScreen']>) {
  const { t, i18n } = useWords();
  const [state, setState] = useState<'ready' | 'loading' | 'failed'>(
    loaded && i18n.hasResourceBundle('fr', 'results') ? 'ready' : 'loading',
  );

  useEffect(() => {
    if (state !== 'loading') return;
    let live = true;
    preloadOutcomeScreen(i18n).then(
      () => live && setState('ready'),
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [state, i18n]);

  if (state === 'ready' && loaded) return <loaded.OutcomeScreen {...props} />;
  if (state === 'failed') {
    return (
      <section className="error-page" role="alert">
        <h1>{t('error.title')}</h1>
        <p>{t('error.body')}</p>
        <button type="button" className="button primary" onClick={() => setState('loading')}>
          {t('error.retry')}
        </button>
      </section>
    );
  }
  return <p className="loading" role="status" aria-busy="true" />;
}
