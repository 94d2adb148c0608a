// The outcome screen and its words (results.json) are a chunk of their own, fetched while the
// person answers the first questions, so that a first visit downloads only what it shows.
import { useEffect, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { loadFrenchPart } from '../i18n/setup';

type Module = typeof import('./OutcomeScreen');
let loaded: Module | undefined;
let loading: Promise<Module> | undefined;

export function preloadOutcomeScreen(): Promise<Module> {
  loading ??= Promise.all([import('./OutcomeScreen'), loadFrenchPart('results')]).then(([module]) => {
    loaded = module;
    return module;
  });
  // A failed fetch (offline, no service worker yet) may be retried later.
  loading.catch(() => (loading = undefined));
  return loading;
}

export function LazyOutcomeScreen(props: ComponentProps<Module['OutcomeScreen']>) {
  const { t } = useTranslation();
  const [state, setState] = useState<'ready' | 'loading' | 'failed'>(loaded ? 'ready' : 'loading');

  useEffect(() => {
    if (state !== 'loading') return;
    let live = true;
    preloadOutcomeScreen().then(
      () => live && setState('ready'),
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [state]);

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
