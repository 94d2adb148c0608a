// The conformance rate and status of the accessibility statement, computed from the audit record
// (./audit.ts) as the RGAA defines them, never written by hand.
import type { Audit, Criterion } from './audit';
import type { ConformanceStatus } from './status';

/** Criteria per theme in the RGAA 4.1 (themes 1 to 13): 106 criteria in all. */
const CRITERIA_PER_THEME = [9, 2, 3, 13, 8, 2, 5, 10, 4, 14, 13, 11, 12] as const;

/** Every criterion id of the RGAA 4.1, in order ("1.1" … "13.12"). */
export const RGAA_CRITERIA: readonly string[] = CRITERIA_PER_THEME.flatMap((count, theme) =>
  Array.from({ length: count }, (_, index) => `${theme + 1}.${index + 1}`),
);

/** The theme of a criterion id ("7.4" → 7). */
export const themeOf = (id: string) => Number(id.split('.')[0]);

/** Sorts criterion ids as the RGAA numbers them (9.4 before 10.1, 10.2 before 10.11). */
export function byCriterion(a: string, b: string): number {
  const [themeA = 0, numberA = 0] = a.split('.').map(Number);
  const [themeB = 0, numberB = 0] = b.split('.').map(Number);
  return themeA - themeB || numberA - numberB;
}

export interface Conformance {
  status: ConformanceStatus;
  /** Conformant / applicable, in whole percent, rounded down: a rate never says more than was found. */
  rate: number;
  evaluated: number;
  applicable: number;
  conformant: Criterion[];
  nonConformant: Criterion[];
  notApplicable: Criterion[];
  /** RGAA criteria the audit did not evaluate, in order. */
  untested: string[];
}

export function conformance(audit: Audit): Conformance {
  const { criteria } = audit;
  const conformant = criteria.filter((criterion) => criterion.result === 'C');
  const nonConformant = criteria.filter((criterion) => criterion.result === 'NC');
  const notApplicable = criteria.filter((criterion) => criterion.result === 'NA');
  const applicable = conformant.length + nonConformant.length;
  const rate = applicable === 0 ? 0 : Math.floor((conformant.length * 100) / applicable);
  const evaluated = new Set(criteria.map((criterion) => criterion.id));
  const untested = RGAA_CRITERIA.filter((id) => !evaluated.has(id));
  // "Totalement conforme" needs every criterion of the RGAA evaluated and met; "non conforme"
  // is below 50 % (or no audit at all), as the RGAA's model statement defines them.
  const status: ConformanceStatus =
    applicable === 0 || rate < 50
      ? 'none'
      : nonConformant.length === 0 && untested.length === 0
        ? 'total'
        : 'partial';
  return {
    status,
    rate,
    evaluated: evaluated.size,
    applicable,
    conformant,
    nonConformant,
    notApplicable,
    untested,
  };
}
