import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineCache } from './scripts/offline.mjs';
import { reportContactFromEnv } from './scripts/report-contact.mjs';
import {
  inlineResumeScript,
  keepTestOnlyModulesOut,
  oneFirstDownloadChunk,
  prerenderStartScreen,
  publishRulesData,
} from './scripts/vite-plugins.mjs';

export default defineConfig({
  // "Signaler une erreur": REPORT_EMAIL or REPORT_URL, validated here (an invalid value stops the
  // build), read by src/report/contact.ts. Unset: no report link.
  define: { __REPORT_CONTACT__: JSON.stringify(reportContactFromEnv()) },
  plugins: [
    react(),
    inlineResumeScript(),
    prerenderStartScreen(),
    publishRulesData(),
    keepTestOnlyModulesOut(),
    oneFirstDownloadChunk(),
    offlineCache(),
  ],
  build: {
    target: 'es2022',
    // Inline nothing: the Content-Security-Policy forbids inline scripts and styles.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // `rolldownOptions`: Vite 8 deprecates `rollupOptions` (same meaning).
    rolldownOptions: {
      // The guide, the rules overview for staff (overview.html), what changed (changes.html), built
      // from the same data, and the accessibility statement (accessibilite.html), from its audit.
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        overview: fileURLToPath(new URL('overview.html', import.meta.url)),
        changes: fileURLToPath(new URL('changes.html', import.meta.url)),
        accessibility: fileURLToPath(new URL('accessibilite.html', import.meta.url)),
      },
    },
  },
});
