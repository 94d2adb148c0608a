// The rules overview as data: every route of the guide (machines/walk.ts), described by the same
// screen model as the outcome screen (src/screen/outcome.ts), grouped per outcome and per section
// of the préfecture's table. Nothing here decides a route or re-reads a guard.
import { allRoutes, routeFragment, type RouteStep, type WalkedRoute } from '../../machines/walk';
import {
  OUTCOME_IDS,
  OUTSIDE_92,
  communeById,
  type Arrondissement,
  type NotCoveredCase,
  type OutcomeId,
} from '../../machines/ids';
import { CHANNELS, type ChannelId } from '../content/channels';
import { nationalRuleOf } from '../content/national';
import { OUTCOME_RECORDS } from '../content/outcomes';
import type { NationalRule, Status } from '../content/schema';
import { SECTIONS, sectionOfRow, type SectionId } from '../content/sections';
import type { TargetId } from '../content/targets';
import { describeOutcome, type CaveatModel, type OutcomeScreenModel } from '../screen/outcome';

/** Where a person lives, as far as routing is concerned. */
export type Scope = Arrondissement | typeof OUTSIDE_92;

/** Same answers, other place of residence, another outcome (e.g. the sous-préfecture). */
export interface Elsewhere {
  scope: Scope[];
  outcome: OutcomeId;
}

export interface OverviewRoute {
  /** The answers after the commune. */
  steps: RouteStep[];
  /** The places of residence for which these answers lead to this row. */
  scope: Scope[];
  /** The guide's URL fragment for this route (with one commune of the scope), without `#`. */
  fragment: string;
  status: Status;
  /** Only what this route adds to its row: caveats, links and source rows. */
  caveats: CaveatModel[];
  links: TargetId[];
  rows: string[];
  request: OutcomeId;
  notCovered: NotCoveredCase | null;
  elsewhere: Elsewhere[];
}

export interface OverviewRow {
  outcome: OutcomeId;
  channel: ChannelId;
  target: TargetId;
  channelQuote: string | undefined;
  requestQuote: string | undefined;
  /** What every route of the row shows; routes list only what they add. */
  caveats: CaveatModel[];
  links: TargetId[];
  rows: string[];
  status: Status;
  checkedOn: string;
  /** The national rule since the table (decision-table.md §7), if any. */
  national: NationalRule | null;
  routes: OverviewRoute[];
  /** Set when every route of the row leads elsewhere for the same other places of residence. */
  elsewhere: Elsewhere[];
  /** For `sub-prefecture`: the requests it takes over, each with the places and number of routes. */
  requests: Array<{ request: OutcomeId; scope: Scope[]; routes: number }>;
}

export interface OverviewSection {
  id: SectionId;
  quote: string | undefined;
  rows: OverviewRow[];
  /** Rows listed in other sections that some route reaches through a row of this section (R19). */
  seeAlso: OutcomeId[];
}

export interface Overview {
  sections: OverviewSection[];
}

function scopeOf(route: WalkedRoute): Scope {
  const commune = route.steps[0]?.answer ?? '';
  return commune === OUTSIDE_92 ? OUTSIDE_92 : (communeById(commune)?.arrondissement ?? OUTSIDE_92);
}

const answersKey = (steps: readonly RouteStep[]) => routeFragment(steps);

function intersection<T>(lists: T[][], key: (item: T) => string = String): T[] {
  const [first = [], ...rest] = lists;
  return first.filter((item) => rest.every((list) => list.some((other) => key(other) === key(item))));
}

const caveatKey = (caveat: CaveatModel) => JSON.stringify(caveat);
const caveatsOf = (shown: OutcomeScreenModel) => [...shown.warnings, ...shown.caveats];

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function groupElsewhere(entries: Array<{ scope: Scope; outcome: OutcomeId }>): Elsewhere[] {
  const byOutcome = new Map<OutcomeId, Scope[]>();
  for (const { scope, outcome } of entries)
    byOutcome.set(outcome, [...(byOutcome.get(outcome) ?? []), scope]);
  return [...byOutcome].map(([outcome, scope]) => ({ outcome, scope }));
}

interface Presented {
  route: WalkedRoute;
  scope: Scope;
  shown: OutcomeScreenModel;
}

function buildRow(
  outcome: OutcomeId,
  presented: Presented[],
  byAnswers: Map<string, Presented[]>,
): OverviewRow {
  const first = presented[0]!.shown;
  const caveats = intersection(
    presented.map((p) => caveatsOf(p.shown)),
    caveatKey,
  );
  const links = intersection(presented.map((p) => p.shown.links));
  const rows = intersection(presented.map((p) => p.shown.source.rows));
  const has = (list: CaveatModel[], caveat: CaveatModel) =>
    list.some((c) => caveatKey(c) === caveatKey(caveat));

  // Routes with the same answers and the same presentation are one line, for all their places.
  const routes: OverviewRoute[] = [];
  for (const { route, scope, shown } of presented) {
    const steps = route.steps.slice(1);
    const siblings = byAnswers.get(answersKey(steps)) ?? [];
    const line = {
      steps,
      status: shown.source.status,
      caveats: caveatsOf(shown).filter((c) => !has(caveats, c)),
      links: shown.links.filter((l) => !links.includes(l)),
      rows: shown.source.rows.filter((r) => !rows.includes(r)),
      request: shown.hooks.request ?? shown.hooks.outcome,
      notCovered: route.resolution.notCovered,
      elsewhere: groupElsewhere(
        siblings
          .filter((s) => s.shown.hooks.outcome !== outcome)
          .map((s) => ({ scope: s.scope, outcome: s.shown.hooks.outcome })),
      ),
    };
    const same = routes.find((r) =>
      sameJson({ ...r, scope: [], fragment: '' }, { ...line, scope: [], fragment: '' }),
    );
    if (same) same.scope.push(scope);
    else routes.push({ ...line, scope: [scope], fragment: routeFragment(route.steps) });
  }

  const allElsewhere = routes.map((r) => r.elsewhere);
  const uniform = allElsewhere.every((e) => sameJson(e, allElsewhere[0]));
  const requests: OverviewRow['requests'] = [];
  for (const route of routes) {
    if (route.request === outcome) continue;
    const entry = requests.find((r) => r.request === route.request);
    if (entry) {
      entry.routes += 1;
      for (const s of route.scope) if (!entry.scope.includes(s)) entry.scope.push(s);
    } else requests.push({ request: route.request, scope: [...route.scope], routes: 1 });
  }

  const record = OUTCOME_RECORDS[outcome];
  const channelQuote =
    record.channelQuote === undefined ? CHANNELS[record.channel].quote : record.channelQuote;
  return {
    outcome,
    channel: first.hooks.channel,
    target: first.primary.target,
    channelQuote: outcome === 'sub-prefecture' ? undefined : (channelQuote ?? undefined),
    requestQuote: outcome === 'sub-prefecture' ? undefined : record.request,
    caveats,
    links,
    rows,
    status: record.status,
    checkedOn: presented.map((p) => p.shown.source.checkedOn).sort()[0]!,
    national: nationalRuleOf(outcome) ?? null,
    routes: uniform ? routes.map((r) => ({ ...r, elsewhere: [] })) : routes,
    elsewhere: uniform ? (allElsewhere[0] ?? []) : [],
    requests,
  };
}

/** The whole decision table, from the machine and the content data. */
export function buildOverview(routes: WalkedRoute[] = allRoutes()): Overview {
  const presented: Presented[] = routes.map((route) => ({
    route,
    scope: scopeOf(route),
    shown: describeOutcome({ answers: route.answers, trail: route.trail, resolution: route.resolution }),
  }));
  const byAnswers = new Map<string, Presented[]>();
  for (const p of presented) {
    const key = answersKey(p.route.steps.slice(1));
    byAnswers.set(key, [...(byAnswers.get(key) ?? []), p]);
  }

  const rows = OUTCOME_IDS.flatMap((outcome) => {
    const reaching = presented.filter((p) => p.shown.hooks.outcome === outcome);
    return reaching.length > 0 ? [buildRow(outcome, reaching, byAnswers)] : [];
  });
  const sectionOf = (outcome: OutcomeId): SectionId => {
    const row = OUTCOME_RECORDS[outcome].rows[0];
    return row ? sectionOfRow(row) : 'outside-document';
  };
  const firstRow = (outcome: OutcomeId) => Number(OUTCOME_RECORDS[outcome].rows[0]?.slice(1) ?? Infinity);

  const sections = SECTIONS.map((section) => {
    const own = rows
      .filter((row) => sectionOf(row.outcome) === section.id)
      .sort((a, b) => firstRow(a.outcome) - firstRow(b.outcome));
    const seeAlso = rows
      .filter(
        (row) =>
          sectionOf(row.outcome) !== section.id &&
          row.routes.some(
            (r) => r.request === row.outcome && r.rows.some((id) => sectionOfRow(id) === section.id),
          ),
      )
      .map((row) => row.outcome);
    return { id: section.id, quote: 'quote' in section ? section.quote : undefined, rows: own, seeAlso };
  });
  return { sections };
}
