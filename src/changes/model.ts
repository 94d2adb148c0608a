// What changes.html shows, as data: the change log (src/content/changes.ts) grouped by version,
// each entry's sources resolved to titles and addresses, and the national rules since the
// préfecture's table (src/content/national.ts). rules.json carries the same log (scripts/open-data/).
import type { OutcomeId, QuestionId } from '../../machines/ids';
import { CHANGES, RULES_VERSION } from '../content/changes';
import { CHANGE_TEXTS } from '../content/changes-fr';
import { NATIONAL_RULES } from '../content/national';
import type { ChangeSource, NationalRule } from '../content/schema';
import { SOURCES, type SourceId } from '../content/sources';
import { TARGETS, type TargetId } from '../content/targets';

/** A change's source with what it takes to show or link it. */
export type ResolvedChangeSource =
  | { kind: 'national'; id: SourceId; title: string; url: string; date: string | null }
  | { kind: 'table'; rows: readonly string[] }
  | { kind: 'page'; target: TargetId; url: string }
  | { kind: 'dataset'; title: string; url: string };

export interface ChangeEntry {
  id: string;
  date: string;
  version: string;
  /** In French. */
  title: string;
  /** In French. */
  text: string;
  outcomes: readonly OutcomeId[];
  questions: readonly QuestionId[];
  sources: ResolvedChangeSource[];
  routesSha256: string | null;
}

export interface NationalEntry {
  outcome: OutcomeId;
  rule: NationalRule;
  sources: Array<{ id: SourceId; title: string; url: string; date: string | null }>;
}

export interface ChangesPage {
  version: string;
  /** The date of the newest entry: the date of this version of the rules. */
  date: string;
  /** Newest first, one group per version. */
  versions: Array<{ version: string; date: string; entries: ChangeEntry[] }>;
  national: NationalEntry[];
}

export function resolveChangeSource(source: ChangeSource): ResolvedChangeSource {
  switch (source.kind) {
    case 'national':
      return { kind: 'national', id: source.id, ...SOURCES[source.id] };
    case 'page':
      return { kind: 'page', target: source.target, url: TARGETS[source.target] };
    default:
      return source;
  }
}

/** Every entry of the log, newest first, with its French words and resolved sources. */
export function changeEntries(): ChangeEntry[] {
  return CHANGES.map((change) => ({
    id: change.id,
    date: change.date,
    version: change.version,
    ...CHANGE_TEXTS[change.id],
    outcomes: change.outcomes,
    questions: change.questions,
    sources: change.sources.map(resolveChangeSource),
    routesSha256: 'routesSha256' in change ? change.routesSha256 : null,
  }));
}

export function nationalEntries(): NationalEntry[] {
  return Object.entries(NATIONAL_RULES).map(([outcome, rule]) => ({
    outcome: outcome as OutcomeId,
    rule,
    sources: rule.sources.map((id) => ({ id, ...SOURCES[id] })),
  }));
}

export function buildChangesPage(): ChangesPage {
  const versions: ChangesPage['versions'] = [];
  for (const entry of changeEntries()) {
    const group = versions.find((v) => v.version === entry.version);
    if (group) group.entries.push(entry);
    else versions.push({ version: entry.version, date: entry.date, entries: [entry] });
  }
  return { version: RULES_VERSION, date: CHANGES[0].date, versions, national: nationalEntries() };
}
