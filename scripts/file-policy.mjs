// What a server says about each file of the build, defined once: its Content-Type, how long a
// browser may keep it, and which files are for the server rather than for visitors.
// scripts/serve.mjs applies it; nginx gets it from the config in docs/deploying.md, and
// tests/e2e/headers.test.ts checks both servers against it, file by file.

/**
 * Every type the build emits (and a few it may): with `nosniff`, a wrong type breaks the file.
 * @type {Record<string, string>}
 */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  // Classic scripts (embed.js on an association's page) are decoded with this charset.
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** For a file without a known extension: never guessed as something runnable. */
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** Hashed file names change with their content: a year, never revalidated. */
export const CACHE_LONG = 'public, max-age=31536000, immutable';
/** Every other file (index.html, sw.js, embed.js…) may be kept but is checked at each use. */
export const CACHE_REVALIDATE = 'no-cache';
/** An error (a 404 of an asset not yet deployed, a 400) is never kept: it would outlive the fix. */
export const CACHE_NONE = 'no-store';

/**
 * @param {string} pathname the requested path, e.g. `/assets/index-abc123.js`
 * @param {number} status the response's status
 */
export function cacheControl(pathname, status) {
  if (status >= 400) return CACHE_NONE;
  return pathname.startsWith('/assets/') ? CACHE_LONG : CACHE_REVALIDATE;
}

/** Written into the build by scripts/deploy-config.mjs for the host; never served to visitors. */
export const DEPLOYMENT_FILES = ['_headers', 'nginx-security-headers.conf', 'nginx-embed-demo-headers.conf'];

/**
 * Whether a (decoded) path may be served at all: not a deployment file, no hidden file or folder.
 * @param {string} pathname
 */
export function isPublicPath(pathname) {
  const segments = pathname.split('/');
  if (segments.some((segment) => segment.startsWith('.'))) return false;
  return !(segments.length === 2 && DEPLOYMENT_FILES.includes(segments[1] ?? ''));
}
