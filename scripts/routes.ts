// docs/routes.csv: every route of the guide (answers → outcome → channel → primary action), from
// the route walker and the screen model. `npm run routes` writes it (through
// tests/unit/routes-file.test.ts with UPDATE_ROUTES=1); the same test fails when the guide's routes
// differ from the committed file. Plain CSV, no comment lines, so that spreadsheets and GitHub
// show it as a table; its columns are explained in docs/updating-rules.md. Communes:
// SAMPLE_COMMUNES (one per arrondissement, and outside-92), since routing reads only the
// arrondissement.
import { allRoutes, routeFragment } from '../machines/walk';
import { nationalRuleOf } from '../src/content/national';
import { TARGETS } from '../src/content/targets';
import { describeOutcome } from '../src/screen/outcome';

export const ROUTES_FILE = 'docs/routes.csv';

export const ROUTE_COLUMNS = [
  'route',
  'outcome',
  'request',
  'case',
  'channel',
  'national',
  'since',
  'target',
  'status',
] as const;

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One row per route: the values of ROUTE_COLUMNS, as the guide shows them now. */
export function routeRows(): Array<Record<(typeof ROUTE_COLUMNS)[number], string>> {
  return allRoutes().map((route) => {
    const { resolution } = route;
    const shown = describeOutcome({ answers: route.answers, trail: route.trail, resolution });
    const national = nationalRuleOf(resolution.request ?? resolution.outcome);
    return {
      route: routeFragment(route.steps),
      outcome: resolution.outcome,
      request: resolution.request ?? '',
      case: resolution.notCovered ?? '',
      channel: shown.hooks.channel,
      national: national?.level ?? '',
      since: national?.since ?? '',
      target: TARGETS[shown.primary.target],
      status: shown.source.status,
    };
  });
}

/** The content of docs/routes.csv. */
export function routesCsv(): string {
  const lines = routeRows().map((row) => ROUTE_COLUMNS.map((column) => csvField(row[column])).join(','));
  return [ROUTE_COLUMNS.join(','), ...lines].join('\n') + '\n';
}
