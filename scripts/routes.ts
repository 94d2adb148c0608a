// docs/routes.csv: every route of the guide (answers → outcome → channel → target), generated from
// the machine. `npm run routes` writes it (through tests/unit/routes-file.test.ts with
// UPDATE_ROUTES=1); the same test fails when the machine's routes differ from the committed file.
// Plain CSV, no comment lines, so that spreadsheets and GitHub show it as a table; its columns are
// explained in docs/updating-the-rules.md. Communes: SAMPLE_COMMUNES (one per arrondissement, and
// outside-92), since routing reads only the arrondissement.
import { allRoutes, routeFragment } from '../machines/routes';
import { presentOutcome } from '../src/content/present';
import { TARGETS } from '../src/content/targets';

export const ROUTES_FILE = 'docs/routes.csv';

const COLUMNS = ['route', 'outcome', 'request', 'case', 'channel', 'target', 'status'] as const;

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The content of docs/routes.csv, as the machine and the content data give it now. */
export function routesCsv(): string {
  const lines = allRoutes().map((route) => {
    const shown = presentOutcome(route.resolution, route.answers, route.trail);
    const { resolution } = route;
    return [
      routeFragment(route.steps),
      resolution.outcome,
      resolution.request ?? '',
      resolution.notCovered ?? '',
      shown.channel,
      TARGETS[shown.target],
      shown.status,
    ]
      .map(csvField)
      .join(',');
  });
  return [COLUMNS.join(','), ...lines].join('\n') + '\n';
}
