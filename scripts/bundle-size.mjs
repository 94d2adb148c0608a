// What a first visit downloads: the HTML, and the JS and CSS that index.html pulls in, raw and
// compressed as a static host would (gzip -9, brotli -11); the other chunks load lazily.
// Sizes are deterministic for a given build, so tests/e2e/first-load.test.ts holds them to
// size-budget.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * @typedef {{ raw: number, gzip: number, brotli: number }} Sizes
 * @typedef {{ file: string } & Sizes} FileSizes
 */

/**
 * @param {Buffer} bytes
 * @returns {Sizes}
 */
export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/**
 * The same-origin files index.html loads up front: classic and module scripts, stylesheets, module preloads.
 * @param {string} html
 */
export function initialFiles(html) {
  /** @type {Set<string>} */
  const files = new Set();
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (tag.startsWith('<script') && src) files.add(src);
    else if (rel && href && /\b(stylesheet|modulepreload)\b/.test(rel)) files.add(href);
  }
  return [...files]
    .filter((file) => file.startsWith('/') && !file.startsWith('//'))
    .map((file) => file.slice(1));
}

/**
 * @param {string} dir a production build
 * @returns {{ initial: FileSizes[], lazy: FileSizes[], total: Sizes }}
 */
export function measureBuild(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  /** @param {string} file @returns {FileSizes} */
  const measure = (file) => ({ file, ...compressedSizes(readFileSync(join(dir, file))) });
  const initialNames = initialFiles(html);
  const initial = ['index.html', ...initialNames].map(measure);
  const lazy = readdirSync(join(dir, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => /\.(js|css)$/.test(file) && !initialNames.includes(file))
    .map(measure);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of initial) {
    total.raw += file.raw;
    total.gzip += file.gzip;
    total.brotli += file.brotli;
  }
  return { initial, lazy, total };
}
