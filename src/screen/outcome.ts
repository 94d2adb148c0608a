// The screen model of an outcome (issues 12 and 17): the answer first (heading, one plain
// sentence, the warnings that change the action, the primary action), then how to do it, what to
// know, the préfecture's own words, and where it all comes from. Built from the machine's
// resolution and the content data alone; where each caveat goes is read from the data (the order
// of src/content/caveats.ts, `beforeAction`), never decided here or in a view.
import type { WizardContext } from '../../machines/wizard';
import {
  communeById,
  subprefectureOf,
  type NotCoveredCase,
  type OutcomeId,
  type QuestionId,
  type SubprefectureArrondissement,
} from '../../machines/ids';
import { isOnTrail } from '../../machines/flow';
import { ACTIONS, type ActionId } from '../content/actions';
import { CAVEAT_ORDER, CAVEATS, type CaveatId } from '../content/caveats';
import { recentChange, type ChangeId } from '../content/changes';
import { CHANNELS, SUBPREFECTURE_STEPS, type ChannelId } from '../content/channels';
import { ENTRIES } from '../content/entries';
import { ANEF_GENERAL_SOURCES, nationalRuleOf, nationalText } from '../content/national';
import { NOTICES, type NoticeId } from '../content/notices';
import { NOT_COVERED_LINKS, OUTCOME_RECORDS } from '../content/outcomes';
import { POINTERS, type PointerId } from '../content/pointers';
import type { Caveat, Source, Status } from '../content/schema';
import { SOURCES, type SourceId } from '../content/sources';
import type { TargetId } from '../content/targets';
import type { Key } from '../i18n/keys';
import { summaryOf, type SummaryRow } from './summary';
import { date, french, keyed, text, type Text, type TextValue } from './text';

export interface CaveatModel {
  id: CaveatId;
  text: Text;
  tone: 'warning' | 'info';
  link: TargetId | null;
}

export interface ActionModel {
  id: ActionId;
  target: TargetId;
  label: Text;
}

export interface PointerModel {
  id: PointerId;
  text: Text;
  button: Text;
  go: { answers: Record<string, string> } | { edit: QuestionId };
}

export interface QuoteModel {
  /** Verbatim, in French. */
  quote: string;
  about: Text;
}

export interface NoticeModel {
  id: NoticeId | 'after-lodging' | 'after-anef';
  lines: Text[];
}

export interface CitedSource extends Source {
  id: SourceId;
}

export interface SourceModel {
  rows: string[];
  status: Status;
  statusText: Text;
  /** The day this answer was last checked against the préfecture's table. */
  checkedOn: string;
  national: {
    level: 'A' | 'B';
    basis: string;
    /** The cases the national rule covers, shown with its source (decision-table.md §7). */
    covers: TextValue;
    since: string | null;
    checkedOn: string;
    sources: CitedSource[];
  } | null;
  /** Sources of the general ANEF rules (help, attestation), when the action is ANEF. */
  anefSources: CitedSource[];
  /** A change to this answer in the last 90 days (src/content/changes.ts): "mis à jour le …". */
  updated: { date: string; entryId: ChangeId } | null;
  /** Which answer this is, without the person's answers (for "Signaler une erreur"). */
  reference: { outcome: OutcomeId; request: OutcomeId | null; case: NotCoveredCase | null };
}

/** The test hooks of decision-table.md §6, as the outcome element carries them. */
export interface OutcomeHooks {
  outcome: OutcomeId;
  /** The channel the préfecture's table names (level A keeps it: the action says ANEF). */
  channel: ChannelId;
  request: OutcomeId | null;
  subprefecture: SubprefectureArrondissement | null;
  requestChannel: ChannelId | null;
  national: 'anef' | 'check' | null;
}

export interface OutcomeScreenModel {
  kind: 'outcome';
  hooks: OutcomeHooks;
  /** The request, above the heading (`outcome.<request>.title`). */
  title: Key;
  /** The answer: where and how, in a few words. */
  heading: Text;
  /** One plain sentence: where and how. */
  lead: Text;
  /** For a sous-préfecture: the request, and how Nanterre handles it. */
  detail: Text | null;
  /** Just above the action: what changes what the action is for. */
  warnings: CaveatModel[];
  /** Where the person probably misanswered, and the way to the route meant for them. */
  pointers: PointerModel[];
  primary: ActionModel;
  links: TargetId[];
  steps: Text[];
  caveats: CaveatModel[];
  /** Level A: what the préfecture's table said, as history (no link). */
  history: Text | null;
  notices: NoticeModel[];
  /** The préfecture's general rules, or, when the action is ANEF, what follows a filing there. */
  noticesHeading: Text;
  quotes: QuoteModel[];
  source: SourceModel;
  summary: SummaryRow[];
}

const cited = (ids: readonly SourceId[]): CitedSource[] => ids.map((id) => ({ id, ...SOURCES[id] }));

/** `day`, `year` or `undated`: how a national rule's "since" reads (national.* keys). */
function sincePrecision(since: string | null): 'day' | 'year' | 'undated' {
  return since === null ? 'undated' : since.length === 4 ? 'year' : 'day';
}

function sinceValue(since: string | null): TextValue {
  return sincePrecision(since) === 'day' ? date(since!) : (since ?? '');
}

/**
 * The outcome screen for a journey that ended (`context.resolution` set). `now` (milliseconds since
 * the epoch) decides whether a recent change is announced.
 */
export function describeOutcome(context: WizardContext, now: number = Date.now()): OutcomeScreenModel {
  const resolution = context.resolution!;
  const { answers, trail } = context;
  const requestId = resolution.request ?? resolution.outcome;
  const shown = OUTCOME_RECORDS[resolution.outcome];
  const requested = OUTCOME_RECORDS[requestId];
  const isSubprefecture = resolution.outcome === 'sub-prefecture';
  // The sous-préfecture of the person's arrondissement, and the one this answer sends them to.
  const ownSubprefecture = subprefectureOf(answers.commune);
  const subprefecture = isSubprefecture ? ownSubprefecture : null;
  const national = nationalRuleOf(requestId) ?? null;
  const levelA = national?.level === 'A';
  // What the person does: the national portal where the national rule leads, else the row's channel.
  const acting: ChannelId = levelA ? 'anef' : shown.channel;
  const lastQuestion = trail.at(-1);
  const lastAnswer = lastQuestion ? `${lastQuestion}=${answers[lastQuestion] ?? ''}` : '';

  const place = subprefecture ? keyed(`subprefecture.${subprefecture}.place`) : '';
  const values: Record<string, TextValue> = {
    place,
    arrondissement: subprefecture ? keyed(`subprefecture.${subprefecture}.arrondissement`) : '',
    commune: french(communeById(answers.commune)?.name ?? ''),
    entry: requested.entry ? french(ENTRIES[requested.entry]) : '',
    since: sinceValue(national?.since ?? null),
    basis: french(national?.basis ?? ''),
    covers: national ? keyed(nationalText(requestId, 'covers')) : '',
  };

  // Which caveats this outcome has: the request's, those of this route, the case's, the national
  // rule's, the channel's. The order they are shown in is the list's (src/content/caveats.ts).
  const has = new Set<CaveatId>([...requested.caveats, ...(requested.viaCaveats?.[lastAnswer] ?? [])]);
  if (resolution.tenYearOneYear) {
    has.delete('not-ten-year-card');
    has.add('ten-year-one-year').add('pieces');
  }
  if (resolution.notCovered) has.add(`not-covered-${resolution.notCovered}`);
  if (isSubprefecture) for (const id of shown.caveats) has.add(id);
  if (ownSubprefecture && requested.channel === 'email') has.add('subpref-check');
  if (national?.level === 'B') has.add('national-check');
  if (levelA && 'leavesOut' in national) has.add('national-leaves-out');
  if (levelA && resolution.tenYearOneYear && !('tenYearCovered' in national)) {
    has.add('national-ten-year-unconfirmed');
  }
  if (levelA) for (const id of national.supersedes ?? []) has.delete(id);
  for (const id of CHANNELS[acting].caveats ?? []) has.add(id);
  const caveats = CAVEAT_ORDER.filter((id) => has.has(id));
  // The national caveats' words come from the record; every other caveat's from `caveat.<id>`.
  const caveatText = (id: CaveatId): Text => {
    if (id === 'national-check') {
      const own = national!.ownCheck ? nationalText(requestId, 'check') : null;
      return text(own ?? `national.check.${sincePrecision(national!.since)}`, values);
    }
    if (id === 'national-leaves-out') return text(nationalText(requestId, 'leavesOut'));
    return text(`caveat.${id}`, values);
  };
  const models: CaveatModel[] = caveats.map((id) => {
    const caveat: Caveat = CAVEATS[id];
    return { id, text: caveatText(id), tone: caveat.tone, link: caveat.link ?? null };
  });

  const pointers: PointerModel[] = Object.entries(POINTERS).flatMap(([id, pointer]) => {
    const here =
      'outcome' in pointer.on
        ? pointer.on.outcome === resolution.outcome
        : pointer.on.notCovered === resolution.notCovered;
    const after = 'after' in pointer ? pointer.after : undefined;
    if (!here || (after && !isOnTrail(context, after.question, after.answer))) return [];
    const go =
      pointer.go === 'last-question'
        ? { edit: lastQuestion! }
        : { answers: { commune: answers.commune ?? '', ...pointer.go.answers } };
    return [
      { id: id as PointerId, text: text(`pointer.${id}.text`), button: text(`pointer.${id}.button`), go },
    ];
  });

  const actionId: ActionId = levelA ? 'anef' : (shown.action ?? CHANNELS[shown.channel].action);
  const steps = levelA
    ? CHANNELS.anef.steps
    : isSubprefecture
      ? (SUBPREFECTURE_STEPS[requested.channel] ?? CHANNELS['sub-prefecture'].steps)
      : (shown.steps ?? CHANNELS[shown.channel].steps);

  const notices = noticesFor(acting, 'infoDeskClosed' in requested);
  const status = statusOf(resolution.outcome, requestId, levelA, resolution.tenYearOneYear, lastAnswer);

  return {
    kind: 'outcome',
    hooks: {
      outcome: resolution.outcome,
      channel: shown.channel,
      request: isSubprefecture ? requestId : null,
      subprefecture,
      requestChannel: isSubprefecture ? requested.channel : null,
      national: levelA ? 'anef' : national ? 'check' : null,
    },
    title: `outcome.${requestId}.title` as Key,
    heading: levelA
      ? text('national.heading')
      : // A request the table says is posted is posted to the sous-préfecture too: never "go to".
        isSubprefecture && requested.channel === 'post'
        ? text('channel.sub-prefecture.headingByPost', values)
        : text(
            shown.ownHeading ? `outcome.${requestId}.heading` : `channel.${shown.channel}.heading`,
            values,
          ),
    lead: levelA
      ? text(`national.lead.${sincePrecision(national.since)}`, values)
      : isSubprefecture
        ? text('channel.sub-prefecture.lead', values)
        : text(`outcome.${requestId}.lead`, values),
    detail: isSubprefecture
      ? text('channel.sub-prefecture.detail', {
          atNanterre: keyed(`channel.${requested.channel}.atNanterre`),
        })
      : null,
    warnings: models.filter((m) => 'beforeAction' in CAVEATS[m.id]),
    pointers,
    primary: { id: actionId, target: ACTIONS[actionId].target, label: text(`action.${actionId}`, values) },
    links: [
      ...(shown.links ?? []),
      ...(resolution.notCovered ? NOT_COVERED_LINKS[resolution.notCovered] : []),
    ],
    steps: steps.map((id) => text(`step.${id}`, values)),
    caveats: models.filter((m) => !('beforeAction' in CAVEATS[m.id])),
    history: levelA
      ? text('national.history', { channel: keyed(`channel.${requested.channel}.history`) })
      : null,
    notices,
    noticesHeading: text(acting === 'anef' ? 'notice.headingAnef' : 'notice.heading'),
    quotes: quotesFor(requestId, isSubprefecture, levelA, caveats, notices),
    source: {
      rows: [...(resolution.tenYearOneYear ? ['R19'] : []), ...requested.rows],
      status,
      statusText: text(`status.${status}`, {
        source: keyed(
          `status.source.${isSubprefecture ? 'faq' : resolution.outcome === 'other-prefecture' ? 'scope' : 'national'}`,
        ),
      }),
      checkedOn: [shown.checkedOn, requested.checkedOn].sort()[0]!,
      national: national
        ? {
            level: national.level,
            basis: national.basis,
            covers: keyed(nationalText(requestId, 'covers')),
            since: national.since,
            checkedOn: national.checkedOn,
            sources: cited(national.sources),
          }
        : null,
      anefSources:
        acting === 'anef'
          ? cited([
              ...new Set([...ANEF_GENERAL_SOURCES['anef-help'], ...ANEF_GENERAL_SOURCES['anef-attestation']]),
            ])
          : [],
      updated: recentChange([resolution.outcome, requestId], now),
      reference: {
        outcome: resolution.outcome,
        request: resolution.request,
        case: resolution.notCovered,
      },
    },
    summary: summaryOf(context),
  };
}

function statusOf(
  outcome: OutcomeId,
  request: OutcomeId,
  levelA: boolean,
  tenYearOneYear: boolean,
  lastAnswer: string,
): Status {
  // Row R19 is our reading of the table (decision-table.md §5), whatever channel it leads to.
  if (tenYearOneYear && outcome !== 'sub-prefecture') return 'inferred';
  if (outcome === 'sub-prefecture' || outcome === 'other-prefecture' || levelA) return 'external';
  const record = OUTCOME_RECORDS[request];
  if (record.inferredVia?.includes(lastAnswer)) return 'inferred';
  return record.status;
}

function noticesFor(acting: ChannelId, infoDeskClosed: boolean): NoticeModel[] {
  const { notices } = CHANNELS[acting];
  const list: NoticeModel[] = [];
  if (notices.freeAndNoWalkIn) {
    list.push({ id: 'G1', lines: [text('notice.G1')] }, { id: 'G2', lines: [text('notice.G2')] });
  }
  if (notices.infoDeskClosed || infoDeskClosed) list.push({ id: 'G3', lines: [text('notice.G3')] });
  if (notices.afterLodging) {
    // No récépissé on ANEF: the "after lodging" lines are the portal's (decision-table.md §7).
    const id = acting === 'anef' ? 'after-anef' : 'after-lodging';
    const lines = ['followUp', 'waiting', 'collect', 'fingerprints'].map((line) => `notice.${id}.${line}`);
    list.push({ id, lines: lines.map((key) => text(key)) });
  }
  return list;
}

function quotesFor(
  request: OutcomeId,
  subprefecture: boolean,
  levelA: boolean,
  caveats: CaveatId[],
  notices: NoticeModel[],
): QuoteModel[] {
  const record = OUTCOME_RECORDS[request];
  const quotes: QuoteModel[] = [];
  if (record.request) quotes.push({ quote: record.request, about: text('quotes.request') });
  const channelQuote =
    record.channelQuote === undefined ? CHANNELS[record.channel].quote : record.channelQuote;
  if (channelQuote) {
    const about = levelA ? 'quotes.tableChannel' : subprefecture ? 'quotes.atNanterre' : 'quotes.channel';
    quotes.push({ quote: channelQuote, about: text(about) });
  }
  for (const id of caveats) {
    const caveat = CAVEATS[id];
    if ('quote' in caveat) quotes.push({ quote: caveat.quote, about: text(`caveat.${id}`) });
  }
  for (const notice of notices) {
    if (notice.id in NOTICES)
      quotes.push({ quote: NOTICES[notice.id as NoticeId], about: text(`notice.${notice.id}`) });
  }
  return quotes.filter((q, i) => quotes.findIndex((other) => other.quote === q.quote) === i);
}
