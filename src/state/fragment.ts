// Answers live in the URL fragment (`#commune=nanterre&need=first`), keyed by question id. The
// fragment is never sent to a server, so a person's situation stays in their browser.
import { trailAnswers, type WizardSnapshot } from '../../machines/journey';

export function readFragment(hash: string): { answers: Record<string, string>; started: boolean } {
  const raw = hash.replace(/^#/, '');
  const answers: Record<string, string> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { answers, started: false };
  }
  for (const [key, value] of params) {
    if (!(key in answers)) answers[key] = value;
  }
  return { answers, started: raw.length > 0 };
}

/** The fragment for a step: the answers on the path to it; `#commune=` marks the first question. */
export function writeFragment(snapshot: WizardSnapshot): string {
  if (snapshot.value === 'start') return '';
  const params = new URLSearchParams();
  const answers = trailAnswers(snapshot);
  for (const { question, answer } of answers) params.append(question, answer);
  if (answers.length === 0) params.append('commune', '');
  return `#${params.toString()}`;
}
