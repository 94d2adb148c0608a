// The "Signaler une erreur" link: which answer the person is looking at (outcome, and for a
// sous-préfecture or an uncovered case the request or the case), the rules version, the language
// and the mode, and nothing else. It takes no answer of the person, so it cannot carry one
// (tests/unit/report.test.ts checks every route).
import type { NotCoveredCase, OutcomeId } from '../../machines/ids';
import type { ReportContact } from './contact';

export type AppMode = 'web' | 'embed' | 'kiosk';

export interface ReportFields {
  outcome: OutcomeId;
  request: OutcomeId | null;
  case: NotCoveredCase | null;
  /** The rules data's version (src/content/changes.ts). */
  version: string;
  language: string;
  mode: AppMode;
}

/** The report's parameters, in order, as `name=value` pairs (documented in docs/deploying.md). */
export function reportParameters(fields: ReportFields): Array<[string, string]> {
  const pairs: Array<[string, string]> = [['outcome', fields.outcome]];
  if (fields.request) pairs.push(['request', fields.request]);
  if (fields.case) pairs.push(['case', fields.case]);
  pairs.push(['rules', fields.version], ['lang', fields.language], ['mode', fields.mode]);
  return pairs;
}

/**
 * The link: the contact's page with the parameters in its query, or an email with a subject and
 * a body (`words`, in the person's language) followed by the parameters.
 */
export function reportHref(
  contact: ReportContact,
  fields: ReportFields,
  words: { subject: string; body: string },
): string {
  const pairs = reportParameters(fields);
  if (contact.kind === 'url') {
    const url = new URL(contact.url);
    for (const [name, value] of pairs) url.searchParams.set(name, value);
    return url.href;
  }
  const reference = pairs.map(([name, value]) => `${name}=${value}`).join('\n');
  const body = `${words.body}\n\n\n--\n${reference}\n`;
  return `mailto:${contact.address}?subject=${encodeURIComponent(words.subject)}&body=${encodeURIComponent(body)}`;
}
