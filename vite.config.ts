import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineCache } from './scripts/offline.mjs';
import { keepTestOnlyModulesOut, prerenderStartScreen } from './scripts/vite-plugins.mjs';

export default defineConfig({
  plugins: [react(), prerenderStartScreen(), keepTestOnlyModulesOut(), offlineCache()],
  // The deployment's contact for reports (src/report/contact.ts validates it; docs/deploying.md).
  define: {
    'import.meta.env.REPORT_EMAIL': JSON.stringify(process.env.REPORT_EMAIL ?? ''),
    'import.meta.env.REPORT_URL': JSON.stringify(process.env.REPORT_URL ?? ''),
  },
  build: {
    target: 'es2022',
    // Inline nothing: the Content-Security-Policy forbids inline scripts and styles.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // `rolldownOptions`: Vite 8 deprecates `rollupOptions` (same meaning).
    rolldownOptions: {
      // The guide, the rules overview for staff (overview.html), built from the same data, and
      // the accessibility statement (accessibilite.html), built from the audit record.
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        overview: fileURLToPath(new URL('overview.html', import.meta.url)),
        accessibility: fileURLToPath(new URL('accessibilite.html', import.meta.url)),
      },
    },
  },
});
