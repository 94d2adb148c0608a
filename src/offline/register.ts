/// <reference types="vite-plugin-pwa/vanillajs" />
// The service worker (vite-plugin-pwa, workbox) precaches the app, every language and
// overview.html, so that after one visit the guide opens and works with the network off. It is
// registered from this module because the CSP forbids inline scripts, and never in embed mode:
// an association's page decides nothing about caches (a worker already in control is left alone).
import { offerUpdate, setRegistration } from './updates';

export function registerServiceWorker(params: { embed: boolean }) {
  if (params.embed || !('serviceWorker' in navigator)) return;
  // Its own chunk, loaded after the first screen: the worker registers on the `load` event.
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const updateServiceWorker = registerSW({
      onNeedRefresh: () => offerUpdate(() => updateServiceWorker(true)),
      onRegisteredSW: (_url, registration) => setRegistration(registration),
    });
  });
}
