// The contact "Signaler une erreur" writes to, as the deployment set it at build time
// (REPORT_EMAIL or REPORT_URL, validated by scripts/report-contact.mjs and passed by vite.config.ts
// as `__REPORT_CONTACT__`), or null: then the guide shows no report link.
export type ReportContact = { kind: 'email'; address: string } | { kind: 'url'; url: string };

declare const __REPORT_CONTACT__: ReportContact | null | undefined;

/** Read when an outcome is shown; undefined outside a Vite build or dev server (the unit tests). */
export function reportContact(): ReportContact | null {
  return typeof __REPORT_CONTACT__ === 'undefined' ? null : __REPORT_CONTACT__;
}

/** A mailto: link with a subject line, and nothing else of the person's (no answers, no address). */
export function mailto(email: string, subject: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}
