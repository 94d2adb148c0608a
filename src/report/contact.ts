// Where people report a problem with the guide: the deployment's contact, set at build time with
// REPORT_EMAIL and/or REPORT_URL (docs/deploying.md). Read by the accessibility statement, and
// meant for issue 14's "Signaler une erreur" link too. Without a valid setting there is no contact,
// and the pages say so rather than point anywhere else.

export interface ReportContact {
  email?: string;
  /** An https address (a contact form, an issue tracker). */
  url?: string;
}

// Deliberately plain: one @, no spaces or markup characters, a dot in the domain.
const EMAIL = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'().]+$/;

function httpsUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The valid parts of the setting; undefined when neither is valid. */
export function readReportContact(env: {
  REPORT_EMAIL?: string | undefined;
  REPORT_URL?: string | undefined;
}): ReportContact | undefined {
  const rawEmail = env.REPORT_EMAIL?.trim() ?? '';
  const email = EMAIL.test(rawEmail) ? rawEmail : undefined;
  const url = env.REPORT_URL?.trim() ? httpsUrl(env.REPORT_URL.trim()) : undefined;
  if (!email && !url) return undefined;
  return { ...(email && { email }), ...(url && { url }) };
}

/** A mailto: link with a subject line, and nothing else of the person's (no answers, no address). */
export function mailto(email: string, subject: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}

// Replaced at build time by vite.config.ts (`define`); in tests, read from the environment.
export const REPORT_CONTACT = readReportContact({
  REPORT_EMAIL: import.meta.env.REPORT_EMAIL,
  REPORT_URL: import.meta.env.REPORT_URL,
});
