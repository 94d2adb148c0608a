// Where "Signaler une erreur" sends a report, set by the deployment at build time: REPORT_EMAIL
// (an email address) or REPORT_URL (an https page, e.g. a form). Read by vite.config.ts and passed
// to the app with `define`; an invalid value stops the build with a message saying what is wrong.
// Without either, the guide shows no report link. See docs/deploying.md.

/** @typedef {{ kind: 'email', address: string } | { kind: 'url', url: string }} ReportContact */

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {ReportContact | null}
 */
export function reportContactFromEnv(env = process.env) {
  const email = env.REPORT_EMAIL?.trim() || undefined;
  const url = env.REPORT_URL?.trim() || undefined;
  if (email && url) {
    throw new Error('Set REPORT_EMAIL or REPORT_URL, not both: "Signaler une erreur" has one destination.');
  }
  if (email) {
    if (!EMAIL.test(email)) {
      throw new Error(
        `REPORT_EMAIL must be one email address, like erreurs@association.example.org (got ${JSON.stringify(email)}).`,
      );
    }
    return { kind: 'email', address: email };
  }
  if (url) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.protocol !== 'https:' || parsed.username || parsed.password) {
      throw new Error(
        `REPORT_URL must be an https address without credentials, like https://association.example.org/signaler (got ${JSON.stringify(url)}).`,
      );
    }
    return { kind: 'url', url: parsed.href };
  }
  return null;
}
