// npm run check:links: the HTTP status of every target of src/content/targets.ts, as a table.
// Needs the internet, so it is not part of CI or `npm test`; run it before a release and after the
// préfecture changes its site. Exit code 1 when a link fails (HTTP ≥ 400, timeout, network error).
//
//   node scripts/check-links.mjs [--timeout 15000] [--only T-RDV,T-ANEF]
//
// Each https link gets a HEAD request, then a GET when HEAD fails or is refused (many sites answer
// HEAD with 403/405); redirects are followed and reported. A mailto: address cannot be fetched:
// its domain must have a mail server (MX record).
import { resolveMx } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const TARGETS_FILE = fileURLToPath(new URL('../src/content/targets.ts', import.meta.url));
const USER_AGENT = 'Mozilla/5.0 (compatible; titre-sejour-92-link-check)';
const CONCURRENCY = 4;

/**
 * @typedef {{ ok: boolean, status: number | string, method: string, ms: number, note: string }} Check
 * @typedef {{ target: string, url: string } & Check} Row
 */

/**
 * The value after `--name`, or the fallback.
 * @param {string} name
 * @param {string} fallback
 */
function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

/**
 * The TARGETS object itself, read from the TypeScript source (transpiled, not guessed with a regex).
 * @returns {Promise<Array<[string, string]>>}
 */
async function loadTargets() {
  const source = readFileSync(TARGETS_FILE, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- import() of a computed address gives `any`: the JSDoc cast is this file's `as`, which the rule cannot see (typescript-eslint#4824)
  const module = /** @type {typeof import('../src/content/targets')} */ (
    await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`)
  );
  return Object.entries(module.TARGETS);
}

/**
 * What went wrong, in a few words: fetch's errors carry the system's in `cause` (ENOTFOUND…).
 * @param {unknown} thrown
 */
function describeError(thrown) {
  const error =
    /** @type {{ name?: string, message?: string, cause?: { message?: string, code?: string } } | null | undefined} */ (
      thrown
    );
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError') return 'timeout';
  const cause = error?.cause;
  const message = cause?.message ?? error?.message ?? String(thrown);
  return cause?.code && !message.includes(cause.code) ? `${cause.code} ${message}` : message;
}

/**
 * @param {string} url
 * @param {string} method
 * @param {number} timeout
 */
async function request(url, method, timeout) {
  const response = await fetch(url, {
    method,
    redirect: 'follow',
    signal: AbortSignal.timeout(timeout),
    headers: { 'User-Agent': USER_AGENT, Accept: 'text/html,*/*;q=0.8' },
  });
  // Do not download pages we only need the status of.
  await response.body?.cancel().catch(() => {});
  return response;
}

/**
 * @param {string} url
 * @param {number} timeout
 * @returns {Promise<Check>}
 */
async function checkHttp(url, timeout) {
  const started = Date.now();
  /** @type {Response | undefined} */
  let head;
  try {
    head = await request(url, 'HEAD', timeout);
    if (head.ok) return result(head, 'HEAD');
  } catch {
    head = undefined; // Retried with GET below: some servers drop HEAD requests.
  }
  try {
    const get = await request(url, 'GET', timeout);
    return result(get, head ? `GET (HEAD ${head.status})` : 'GET');
  } catch (error) {
    return {
      ok: false,
      status: 'error',
      method: 'GET',
      ms: Date.now() - started,
      note: describeError(error),
    };
  }

  /**
   * @param {Response} response
   * @param {string} method
   * @returns {Check}
   */
  function result(response, method) {
    const redirected = response.redirected && response.url !== url ? `→ ${response.url}` : '';
    return { ok: response.ok, status: response.status, method, ms: Date.now() - started, note: redirected };
  }
}

/**
 * @param {string} url
 * @param {number} timeout
 * @returns {Promise<Check>}
 */
async function checkMail(url, timeout) {
  const started = Date.now();
  const domain = url.replace(/^mailto:/, '').split('@')[1] ?? '';
  try {
    const records = await Promise.race([
      resolveMx(domain),
      /** @type {Promise<never>} */ (
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeout).unref())
      ),
    ]);
    const ok = records.length > 0;
    const hosts = records.map((r) => r.exchange).join(' ');
    return { ok, status: ok ? 'MX' : 'no MX', method: 'DNS', ms: Date.now() - started, note: hosts };
  } catch (error) {
    return {
      ok: false,
      status: 'error',
      method: 'DNS',
      ms: Date.now() - started,
      note: describeError(error),
    };
  }
}

/**
 * `fn` over `items`, at most `limit` at a time; the results in the order of the items.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<R>} fn
 * @returns {Promise<R[]>}
 */
async function mapLimited(items, limit, fn) {
  /** @type {R[]} */
  const results = [];
  // One queue for all the workers: each takes the next item as soon as it is free.
  const queue = items.entries();
  const worker = async () => {
    for (const [index, item] of queue) results[index] = await fn(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** @param {Row[]} rows */
function printTable(rows) {
  /** @type {Array<keyof Row>} */
  const columns = ['target', 'status', 'method', 'ms', 'url', 'note'];
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  /** @param {Array<Row[keyof Row]>} values */
  const line = (values) =>
    values
      .map((v, i) => String(v).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(columns.map((c) => row[c])));
}

const timeout = Number(option('timeout', '15000'));
const only = option('only', '')?.split(',').filter(Boolean) ?? [];
const targets = (await loadTargets()).filter(([id]) => only.length === 0 || only.includes(id));
if (targets.length === 0) {
  console.error('No target to check (see --only).');
  process.exit(2);
}

const rows = await mapLimited(targets, CONCURRENCY, async ([id, url]) => {
  const checked = url.startsWith('mailto:') ? await checkMail(url, timeout) : await checkHttp(url, timeout);
  return { target: id, url, ...checked };
});

printTable(rows);
const failed = rows.filter((r) => !r.ok);
console.log(
  failed.length === 0
    ? `\nAll ${rows.length} targets answer.`
    : `\n${failed.length} of ${rows.length} targets failed: ${failed.map((r) => r.target).join(', ')}.` +
        ' Check them in a browser, then update src/content/targets.ts (see docs/updating-rules.md).',
);
process.exit(failed.length === 0 ? 0 : 1);
