// A small static server for the production build, with the app's security headers.
// Usage: node scripts/serve.mjs [--port 4173] [--dir dist]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { securityHeaders } from './security-headers.mjs';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.txt', '.csv']);

/** Compressed bodies, per file version (path, size, mtime) and encoding: a redeployed file is served anew. */
const compressed = new Map();

function body(file, acceptEncoding) {
  const raw = readFileSync(file);
  if (!COMPRESSIBLE.has(extname(file))) return { data: raw };
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!encoding) return { data: raw };
  const { size, mtimeMs } = statSync(file);
  const key = `${encoding}:${file}:${size}:${mtimeMs}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw, { level: 9 }),
    );
  }
  return { data: compressed.get(key), encoding };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** @param {{ dir?: string, port?: number, host?: string }} options */
export function startServer({ dir = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const headers = securityHeaders();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403, headers).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const immutable = file.includes(`${join(root, 'assets')}`);
    const { data, encoding } = body(file, String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Content-Length': data.length,
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  const asked = arg('port', process.env.PORT);
  const dir = arg('dir', 'dist');
  const host = arg('host', '127.0.0.1');
  // Without an explicit port, the next free one after 4173 will do.
  const candidates = asked ? [Number(asked)] : Array.from({ length: 20 }, (_, i) => 4173 + i);
  for (const port of candidates) {
    try {
      const server = await startServer({ dir, port, host });
      console.log(`Titre de séjour 92 is running at http://${host}:${server.address().port}/`);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port === candidates.at(-1)) {
        console.error(`Cannot serve on port ${port}: ${error.message}`);
        process.exit(1);
      }
    }
  }
}
