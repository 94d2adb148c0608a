// The pages beside the guide (overview.html, changes.html, accessibilite.html) start the same way:
// the guide's i18n setup with the French words each page bundles, rendered at once under an error
// boundary; then a link to one of their sections (page.html#id) is followed, since the section
// exists only once rendered.
import { StrictMode, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { WordsProvider } from '../i18n/words';
import type { Namespace } from '../i18n/resources';
import { addFrenchNamespaces, createI18n } from '../i18n/setup';
import { ErrorBoundary } from './ErrorBoundary';
import { fragmentId } from './fragmentId';

export function mountPage(frenchWords: Partial<Record<Namespace, Record<string, unknown>>>, page: ReactNode) {
  const i18n = createI18n();
  addFrenchNamespaces(i18n, frenchWords);
  const root = createRoot(document.getElementById('root')!);
  flushSync(() =>
    root.render(
      <StrictMode>
        <WordsProvider i18n={i18n}>
          <ErrorBoundary>{page}</ErrorBoundary>
        </WordsProvider>
      </StrictMode>,
    ),
  );
  const linked = fragmentId(window.location.hash);
  if (linked) document.getElementById(linked)?.scrollIntoView();
}
