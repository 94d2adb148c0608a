// The baseline page of `npm run bench`, built apart from the guide (never into dist/):
// `vite build --config scripts/bench/baseline/vite.config.ts --outDir <folder>`.
// The same build settings as the guide's, and its start screen prerendered the same way.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { prerenderStartScreen } from '../../vite-plugins.mjs';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  plugins: [react(), prerenderStartScreen({ module: '/prerender.tsx' })],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
