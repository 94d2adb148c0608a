// The static server behind `npm start` and `npm run serve`, with the app's security headers.
// Files are found and sent by sirv and compressed by @polka/compression, as Vite's own preview
// does; in front of them, scripts/request-target.mjs refuses what no browser sends (400, 405),
// and nothing a request does can stop the process.
// Usage: node scripts/serve.mjs [--port 4173] [--dir dist] [--host 127.0.0.1]
import compression from '@polka/compression';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import sirv from 'sirv';
import { CONTENT_TYPES, DEFAULT_CONTENT_TYPE, cacheControl, isPublicPath } from './file-policy.mjs';
import { frameAncestorsFromEnv } from './frame-ancestors.mjs';
import { readRequestTarget } from './request-target.mjs';
import { headersForPath } from './security-headers.mjs';

/**
 * A request handler serving the files of `root`.
 * @param {{ root: string, frameAncestors: string[] }} options
 * @returns {import('node:http').RequestListener}
 */
export function staticFiles({ root, frameAncestors }) {
  /**
   * A short text answer (refusals, 404), with the headers of the page it stands for.
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} text
   */
  const plain = (res, status, text, pathname = '/') => {
    res.writeHead(status, {
      ...headersForPath(pathname, { frameAncestors }),
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': cacheControl(pathname, status),
      ...(status === 405 ? { Allow: 'GET, HEAD' } : {}),
    });
    res.end(text);
  };
  const files = sirv(root, {
    // Looked up at each request: a dist/ rebuilt while the server runs is served as it now is.
    // sirv keeps every lookup inside `root` (normalized path, checked against `root` + separator).
    dev: true,
    // No guessing `/page` → `/page.html`: a path names a file; `/` is mapped to index.html below.
    extensions: [],
    setHeaders(res, pathname) {
      for (const [name, value] of Object.entries(headersForPath(pathname, { frameAncestors }))) {
        res.setHeader(name, value);
      }
      res.setHeader('Content-Type', CONTENT_TYPES[extname(pathname)] ?? DEFAULT_CONTENT_TYPE);
      res.setHeader('Cache-Control', cacheControl(pathname, 200));
      // Compressed or not depending on the request: caches must keep the two apart.
      res.setHeader('Vary', 'Accept-Encoding');
    },
  });
  // Compressed per request (a file changed in place is served anew); brotli quality 5 is close
  // to the best ratio for text at a small part of quality 11's time.
  const compress = compression({
    level: 6,
    // @polka/compression's types say `brotli?: boolean`; its code also takes zlib's brotli
    // parameters as an object (which turns brotli on) and passes them to zlib.
    brotli: /** @type {boolean} */ (/** @type {unknown} */ ({ [constants.BROTLI_PARAM_QUALITY]: 5 })),
    mimes: /text|javascript|json|xml/i,
  });

  return (req, res) => {
    // A client that goes away mid-response must not take the server with it.
    req.on('error', () => res.destroy());
    res.on('error', () => res.destroy());
    try {
      const target = readRequestTarget(req.method, req.url);
      if (!target.ok) return plain(res, target.status, `${target.reason}\n`);
      if (!isPublicPath(target.pathname)) return plain(res, 404, 'Not found\n', target.pathname);
      // The one mapping of a path to another file: a folder's index page.
      req.url = target.path.replace(/^([^?]*\/)(\?|$)/, '$1index.html$2');
      // Whole files only: ranges are for media, and sirv trusts the Range header as sent.
      delete req.headers.range;
      compress(req, res, () => files(req, res, () => plain(res, 404, 'Not found\n', target.pathname)));
    } catch (error) {
      console.error(error);
      if (res.headersSent) res.destroy();
      else plain(res, 500, 'Internal error\n');
    }
  };
}

/**
 * Serves `dir` on `host:port` (port 0: any free port). Throws on an invalid FRAME_ANCESTORS.
 * @param {{ dir?: string, port?: number, host?: string, frameAncestors?: string[] }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({ dir = 'dist', port = 4173, host = '127.0.0.1', frameAncestors } = {}) {
  const handler = staticFiles({
    root: resolve(dir),
    frameAncestors: frameAncestors ?? frameAncestorsFromEnv(),
  });
  const server = createServer(handler);
  // A proxy's tunnel request: Node hands it over apart (and drops it if nobody listens).
  server.on('connect', (_req, socket) => {
    socket.on('error', () => socket.destroy());
    socket.end(
      'HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
    );
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      // After start-up, a socket error is one client's problem, never the server's.
      server.on('error', (error) => console.error(`Server error: ${error.message}`));
      done(server);
    });
  });
}

/**
 * The value after `--name`, or the fallback.
 * @param {string} name
 * @param {string | undefined} fallback
 */
function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = arg('dir', 'dist') ?? 'dist';
  const host = arg('host', '127.0.0.1') ?? '127.0.0.1';
  const asked = arg('port', process.env.PORT);
  if (!existsSync(join(dir, 'index.html'))) {
    fail(`Nothing to serve: ${resolve(dir)} has no index.html. Build first (npm run build), or pass --dir.`);
  }
  if (asked !== undefined && !/^\d{1,5}$/.test(asked))
    fail(`--port must be a number from 0 to 65535, not "${asked}".`);
  let frameAncestors = ['*'];
  try {
    frameAncestors = frameAncestorsFromEnv();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  // Without an explicit port, the next free one after 4173 will do.
  const candidates = asked ? [Number(asked)] : Array.from({ length: 20 }, (_, i) => 4173 + i);
  for (const port of candidates) {
    try {
      const server = await startServer({ dir, port, host, frameAncestors });
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      console.log(`Titre de séjour 92 is running at http://${host}:${address.port}/`);
      break;
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code !== 'EADDRINUSE' || port === candidates.at(-1)) {
        fail(`Cannot serve on port ${port}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
