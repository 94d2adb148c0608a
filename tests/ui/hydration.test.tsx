// Taking over the prerendered start screen (src/main.tsx hydrates it on a plain address). A link
// followed while the page is still loading changes the fragment between that decision and the
// hydration: the first render must still be the start screen (else React reports a mismatch and
// throws the prerendered page away), and the address is followed just after.
import { act, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { WordsProvider } from '../../src/i18n/words';
import { afterEach, expect, it } from 'vitest';
import { App } from '../../src/views/App';
import { testI18n } from './helpers';

let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

/** The start screen as the build prerenders it, then the address changed before hydration. */
async function hydrateAfterAddressChange(hydrating: boolean) {
  window.history.replaceState(null, '', '/');
  container = document.createElement('div');
  container.innerHTML = renderToString(
    <WordsProvider i18n={testI18n()}>
      <App />
    </WordsProvider>,
  );
  document.body.append(container);
  window.history.replaceState(null, '', '/#commune=nanterre&need=first');
  const mismatches: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(
      container!,
      <WordsProvider i18n={testI18n()}>
        <App hydrating={hydrating} />
      </WordsProvider>,
      { onRecoverableError: (error) => mismatches.push(error) },
    );
    await Promise.resolve();
  });
  return mismatches;
}

it('a fragment set before hydration: no mismatch, and the guide goes where the address says', async () => {
  expect(await hydrateAfterAddressChange(true)).toEqual([]);
  await waitFor(() => expect(container!.querySelector('[data-question="health"]')).not.toBeNull());
  expect(window.location.hash).toBe('#commune=nanterre&need=first');
});

it('the check can fail: reading the new address in the first render is a mismatch', async () => {
  expect((await hydrateAfterAddressChange(false)).length).toBeGreaterThan(0);
});
