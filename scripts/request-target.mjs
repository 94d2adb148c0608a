// Reads what a request asks for, before any file is looked up, and refuses what no browser sends:
// a method other than GET or HEAD, a target that is not a path, a path that does not decode, or
// one that tries to step outside (`..`, a backslash, a NUL), however it is encoded. What passes
// is a plain path; sirv (scripts/serve.mjs) then maps it to a file of the root, and keeps to it.

/** Longer paths are no file of the build (its longest is under 100 characters). */
export const MAX_PATH_LENGTH = 2048;

/**
 * @typedef {{ ok: true, path: string, pathname: string }} Accepted
 *   `path` is what to hand on (path and query, as received); `pathname` is the decoded path.
 * @typedef {{ ok: false, status: 400 | 405 | 414, reason: string }} Refused
 */

/**
 * @param {string | undefined} method
 * @param {string | undefined} target the request target, as on the request line
 * @returns {Accepted | Refused}
 */
export function readRequestTarget(method, target = '') {
  if (method !== 'GET' && method !== 'HEAD') return refuse(405, 'only GET and HEAD are served');
  const path = originForm(target);
  if (path === undefined) return refuse(400, 'the request target is not a path');
  const raw = path.split('?')[0] ?? '';
  if (raw.length > MAX_PATH_LENGTH) return refuse(414, 'the path is too long');
  let pathname;
  try {
    // Every escape, %2F and %5C included: what a file system could read as a separator shows here.
    pathname = decodeURIComponent(raw);
  } catch {
    return refuse(400, 'the path has a malformed percent-encoding');
  }
  if (/[\0\\]/.test(pathname)) return refuse(400, 'the path has a NUL or a backslash');
  if (pathname.split('/').some((segment) => segment === '..' || segment === '.')) {
    return refuse(400, 'the path has a dot segment');
  }
  return { ok: true, path, pathname };
}

/**
 * The path and query of a target: as is when it starts with `/` (what browsers send), else taken
 * from an absolute URL (`http://host/path`, which HTTP/1.1 servers must accept); undefined for
 * anything else (`*`, `host:port`, an unparsable URL such as `http://a:b:c/`).
 * @param {string} target
 */
function originForm(target) {
  if (target.startsWith('/')) return target;
  if (!/^https?:\/\//i.test(target)) return undefined;
  try {
    const url = new URL(target);
    return url.pathname + url.search;
  } catch {
    return undefined;
  }
}

/**
 * @param {400 | 405 | 414} status
 * @param {string} reason
 * @returns {Refused}
 */
function refuse(status, reason) {
  return { ok: false, status, reason };
}
