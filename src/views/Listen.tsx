// The "Écouter" button, loaded only where the browser can speak: its code is not in the first
// download, and if it cannot be fetched (offline before the service worker) the screen goes on.
import { lazy, Suspense } from 'react';
import type { QuestionScreenModel } from '../screen/describe';
import type { OutcomeScreenModel } from '../screen/outcome';

const ListenButton = lazy(() => import('./ListenButton').catch(() => ({ default: () => null })));

export function Listen({ screen }: { screen: QuestionScreenModel | OutcomeScreenModel }) {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  return (
    <Suspense fallback={null}>
      <ListenButton screen={screen} />
    </Suspense>
  );
}
