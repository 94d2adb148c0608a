// The journeys the browser tests take, read from docs/routes.csv (the approved routes, reviewed
// like code) rather than computed by the code under test: one route per distinct ending (outcome,
// request or not-covered case, R19 or not), with what the outcome screen must show for it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { QuestionId } from '../../machines/ids';

export interface OutcomeWalk {
  /** `outcome(request or case)[ via R19]`. */
  key: string;
  answers: Array<{ question: QuestionId; answer: string }>;
  /** The URL fragment of the outcome screen. */
  fragment: string;
  expected: {
    outcome: string;
    channel: string;
    /** The primary action's address. */
    href: string;
    request: string | null;
    subprefecture: string | null;
    notCovered: string | null;
    national: 'anef' | 'check' | null;
  };
}

export interface QuestionScreenCase {
  /** The question id, with the variant of its title when a branch changes it. */
  key: string;
  question: QuestionId;
  fragment: string;
}

const ROUTES_FILE = fileURLToPath(new URL('../../docs/routes.csv', import.meta.url));

/** docs/routes.csv as records, by column name (no field of it holds a comma or a quote). */
export function routesCsv(): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(ROUTES_FILE, 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [columns[i]!, value])));
}

function answersOf(route: string) {
  return [...new URLSearchParams(route)].map(([question, answer]) => ({
    question: question as QuestionId,
    answer,
  }));
}

/** One route per distinct ending, the shortest first, sorted by key. */
export function outcomeWalks(): OutcomeWalk[] {
  const byKey = new Map<string, OutcomeWalk>();
  const rows = routesCsv().sort((a, b) => a.route!.split('&').length - b.route!.split('&').length);
  for (const row of rows) {
    const answers = answersOf(row.route!);
    const viaR19 = row.route!.includes('need=ten-year') && row.route!.includes('renewal-card=');
    const detail = row.request || row.case;
    const key = `${row.outcome}${detail ? `(${detail})` : ''}${viaR19 ? ' via R19' : ''}`;
    if (byKey.has(key)) continue;
    const commune = answers[0]!.answer;
    byKey.set(key, {
      key,
      answers,
      fragment: `#${row.route}`,
      expected: {
        outcome: row.outcome!,
        channel: row.channel!,
        href: row.target!,
        request: row.request || null,
        subprefecture: row.outcome === 'sub-prefecture' ? commune : null,
        notCovered: row.case || null,
        national: row.national === 'A' ? 'anef' : row.national === 'B' ? 'check' : null,
      },
    });
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** One URL per question screen (per title a branch gives it), on the way of some route. */
export function questionScreens(): QuestionScreenCase[] {
  const byKey = new Map<string, QuestionScreenCase>();
  for (const row of routesCsv()) {
    const answers = answersOf(row.route!);
    answers.forEach(({ question }, i) => {
      const tenYear =
        question === 'renewal-card' && answers.some((a) => a.question === 'need' && a.answer === 'ten-year');
      const key = tenYear ? `${question} (ten-year branch)` : question;
      if (byKey.has(key)) return;
      const before = new URLSearchParams(answers.slice(0, i).map((a) => [a.question, a.answer]));
      byKey.set(key, {
        key,
        question,
        // `#commune=` marks the first question (an empty fragment is the start screen).
        fragment: i === 0 ? '#commune=' : `#${before.toString()}`,
      });
    });
  }
  return [...byKey.values()];
}
