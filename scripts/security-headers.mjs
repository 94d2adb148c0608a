// The security headers, defined once: used by the server behind `npm start` and `npm run serve`,
// by the browser tests, and written out as deployment configuration (scripts/deploy-config.mjs).
import { frameAncestorsFromEnv } from './frame-ancestors.mjs';
import { RESUME_SCRIPT_HASH } from './resume-script.mjs';

export { frameAncestorsFromEnv } from './frame-ancestors.mjs';

/** The demonstration page for associations: the only page that shows an iframe (of the guide). */
export const EMBED_DEMO_PATH = '/embed-demo.html';

/**
 * @param {string[]} frameAncestors
 * @param {string[]} extra directives added to the guide's own policy
 */
function contentSecurityPolicy(frameAncestors, extra) {
  return [
    "default-src 'none'",
    // The one inline script (scripts/resume-script.mjs), by its hash: nothing else inline runs.
    `script-src 'self' ${RESUME_SCRIPT_HASH}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    ...extra,
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/**
 * Every page of the guide. Who may embed it comes from FRAME_ANCESTORS unless given; an invalid
 * FRAME_ANCESTORS throws (see scripts/frame-ancestors.mjs).
 * @param {{ frameAncestors?: string[] }} [options]
 * @param {string[]} [extraDirectives]
 */
export function securityHeaders(options = {}, extraDirectives = []) {
  const frameAncestors = options.frameAncestors ?? frameAncestorsFromEnv();
  return {
    'Content-Security-Policy': contentSecurityPolicy(frameAncestors, extraDirectives),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  };
}

/**
 * /embed-demo.html embeds the guide with embed.js, as an association's page would: the same
 * headers, plus `frame-src 'self'` so that its iframe of the guide may load. No other page gets it.
 * @param {{ frameAncestors?: string[] }} [options]
 */
export function embedDemoHeaders(options = {}) {
  return securityHeaders(options, ["frame-src 'self'"]);
}

/**
 * The headers for a path of the site.
 * @param {string} pathname
 * @param {{ frameAncestors?: string[] }} [options]
 */
export function headersForPath(pathname, options = {}) {
  return pathname === EMBED_DEMO_PATH ? embedDemoHeaders(options) : securityHeaders(options);
}
