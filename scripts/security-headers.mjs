// The security headers, defined once: used by the server behind `npm start` and by the browser
// tests (and, later, written out as deployment configuration).

/**
 * Who may embed the app in an iframe: everyone by default (associations embed it; the app has no
 * action a clickjacker could abuse), or the origins listed in FRAME_ANCESTORS (space-separated).
 */
export function frameAncestorsFromEnv(env = process.env) {
  const listed = (env.FRAME_ANCESTORS ?? '')
    .split(/\s+/)
    .filter((o) => /^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(o));
  return listed.length > 0 ? ["'self'", ...listed] : ['*'];
}

/** @param {{ frameAncestors?: string[] }} [options] */
export function securityHeaders(options = {}) {
  const frameAncestors = options.frameAncestors ?? frameAncestorsFromEnv();
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  };
}
