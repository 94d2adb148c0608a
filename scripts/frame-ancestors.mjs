// Who may embed the guide in an iframe (CSP `frame-ancestors`), from FRAME_ANCESTORS. A value that
// is not understood stops whoever reads it (npm start, npm run serve, the deployment-file step):
// silently falling back to "everyone" would open the guide to sites its host meant to keep out.
import { fileURLToPath } from 'node:url';

export const ACCEPTED_FORMS =
  'a space-separated list of https://host[:port] origins (e.g. "https://asso-a.example.org https://asso-b.example.org:8443"), or * for any site (the default when FRAME_ANCESTORS is unset or empty)';

// A host name (letters, digits, hyphens, dots) and an optional port: nothing that could end the
// CSP directive (`;`, `,`, quotes, spaces) or widen it (`*.`, paths).
const HTTPS_ORIGIN =
  /^https:\/\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::(\d{1,5}))?$/i;

export class FrameAncestorsError extends Error {
  /**
   * @param {string} value the whole FRAME_ANCESTORS value
   * @param {string} part the piece of it that is not accepted
   */
  constructor(value, part) {
    super(
      `FRAME_ANCESTORS=${JSON.stringify(value)} is not valid: ${JSON.stringify(part)} is not an https origin. ` +
        `Accepted: ${ACCEPTED_FORMS}.`,
    );
    this.name = 'FrameAncestorsError';
  }
}

/**
 * The `frame-ancestors` sources for a FRAME_ANCESTORS value: `['*']` when unset, empty or `*`;
 * else `'self'` (the guide's own demo page frames it) and the listed origins.
 * @param {string | undefined} value
 * @returns {string[]}
 * @throws {FrameAncestorsError} on anything else
 */
export function parseFrameAncestors(value) {
  const parts = (value ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return ['*'];
  if (parts.length === 1 && parts[0] === '*') return ['*'];
  for (const part of parts) {
    const match = HTTPS_ORIGIN.exec(part);
    const port = match?.[1] === undefined ? 443 : Number(match[1]);
    if (!match || port < 1 || port > 65535) throw new FrameAncestorsError(value ?? '', part);
  }
  return ["'self'", ...parts];
}

/** @param {Record<string, string | undefined>} [env] */
export function frameAncestorsFromEnv(env = process.env) {
  return parseFrameAncestors(env.FRAME_ANCESTORS);
}

// `node scripts/frame-ancestors.mjs`: checks FRAME_ANCESTORS before `npm start` spends time building.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    frameAncestorsFromEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
