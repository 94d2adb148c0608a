// The service worker and web manifest (vite-plugin-pwa, workbox): after one visit the guide, every
// language, the kiosk's QR encoder and overview.html open with the network off (issue 6).
import { VitePWA } from 'vite-plugin-pwa';

/** @returns {import('vite').PluginOption} */
export function offlineCache() {
  return VitePWA({
    // Registered by src/offline/register.ts: the CSP allows no inline script.
    injectRegister: false,
    // A new version waits: a kiosk applies it at a reset, never during someone's session.
    registerType: 'prompt',
    // Not NODE_ENV, which is `test` when the browser tests build the app: a production worker.
    mode: 'production',
    // The icon is precached with the rest (globPatterns), once.
    includeManifestIcons: false,
    manifest: {
      name: 'Titre de séjour 92',
      short_name: 'Titre de séjour 92',
      description: 'Où et comment déposer une demande de titre de séjour dans les Hauts-de-Seine.',
      lang: 'fr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d4f91',
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg}'],
      // The embedding demo is for associations' developers, not for people offline.
      globIgnores: ['embed-demo.*'],
      // `?kiosk=1&lang=en…` are read by the app, not the server: they all open the same file.
      ignoreURLParametersMatching: [/./],
      // Every page is precached by its own name; an unknown address stays a 404.
      navigateFallback: null,
      cleanupOutdatedCaches: true,
    },
  });
}
