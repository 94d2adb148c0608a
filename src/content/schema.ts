// The schema of the content data: the one definition of what an outcome, a caveat, an action, a
// national rule and a source are (the records that name no other, in schema-base.ts, re-exported
// here). The data files import its types (type-only, erased at build);
// the schemas themselves run in the tests (tests/unit/content.test.ts) and in the open-data
// export, never in the app: zod stays out of the bundle (scripts/vite-plugins.mjs guards it).
import { z } from 'zod';
import { ANSWERS, OUTCOME_IDS } from '../../machines/ids';
import { ACTIONS } from './actions';
import { CAVEATS } from './caveats';
import { CHANNEL_IDS } from './channels';
import { ENTRIES } from './entries';
import { idsOf, isoDate, rowId, statusSchema, verbatim } from './schema-base';
import { SOURCES } from './sources';
import { STEP_IDS } from './steps';
import { TARGETS } from './targets';

export {
  actionSchema,
  caveatSchema,
  sourceSchema,
  statusSchema,
  targetUrlSchema,
  type Action,
  type Caveat,
  type Source,
  type Status,
} from './schema-base';

export const outcomeSchema = z.strictObject({
  /** Row ids of ../shared/source-rows.md (R01–R46); empty for outcomes that come from no row. */
  rows: z.array(rowId).readonly(),
  channel: z.enum(CHANNEL_IDS),
  /** A heading of its own (`outcome.<id>.heading`) rather than the channel's. */
  ownHeading: z.literal(true).optional(),
  /** The primary action, when it is not the channel's. */
  action: idsOf(ACTIONS).optional(),
  /** The request in the document's wording, verbatim. */
  request: verbatim.optional(),
  /** This row's own sentence for the channel; `null` when the row has none (not the channel's). */
  channelQuote: verbatim.nullable().optional(),
  /** The numbered steps, when they are not the channel's. */
  steps: z.array(z.enum(STEP_IDS)).readonly().optional(),
  /** The entry to choose on the préfecture's page (named in the steps). */
  entry: idsOf(ENTRIES).optional(),
  /** Further links, after the steps. */
  links: z.array(idsOf(TARGETS)).readonly().optional(),
  caveats: z.array(idsOf(CAVEATS)).readonly(),
  /** Status of the route when nothing else is said; routes listed in `inferredVia` are `inferred`. */
  status: statusSchema,
  /** `question=answer` of the last answer of routes that are our reading, not the document's words. */
  inferredVia: z
    .array(z.string().regex(/^[a-z0-9-]+=[a-z0-9-]+$/))
    .readonly()
    .optional(),
  /** Caveats shown only on the routes whose last answer is `question=answer`. */
  viaCaveats: z
    .record(z.string().regex(/^[a-z0-9-]+=[a-z0-9-]+$/), z.array(idsOf(CAVEATS)).readonly())
    .optional(),
  /** Notices beyond the channel's (decision-table.md §2: G3 on ten-year-post). */
  infoDeskClosed: z.literal(true).optional(),
  /** The day this record was last checked against the préfecture's table. */
  checkedOn: isoDate,
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const nationalRuleSchema = z.strictObject({
  /** A: the national rule leads (ANEF for every commune). B: check ANEF first (decision-table.md §7). */
  level: z.enum(['A', 'B']),
  /** Since when the cases covered go to ANEF: a day, or a year when only that is known; null if unknown. */
  since: z.union([isoDate, z.string().regex(/^\d{4}$/)]).nullable(),
  /** The text that requires it, in French, as a person would look it up (shown as a French term). */
  basis: verbatim,
  /**
   * Whose words: the locale keys are `national.<texts>.*` when several outcomes share one rule (a
   * first card and its renewal), so that a sentence is written, and translated, once; the
   * outcome's own id otherwise.
   */
  texts: z
    .string()
    .regex(/^[a-z-]+$/)
    .optional(),
  /** Level B: a "check ANEF first" sentence of its own (`national.<texts>.check`) rather than the template. */
  ownCheck: z.literal(true).optional(),
  /** Level A: the sources name cases of this request that the national rule leaves out (locale key `national.<texts>.leavesOut`). */
  leavesOut: z.literal(true).optional(),
  /**
   * Level A: the table's caveats about which cases its row covers, which the national rule's own
   * cases replace (they would claim more, or less, than the rule's sources say).
   */
  supersedes: z.array(idsOf(CAVEATS)).readonly().optional(),
  /** Level A: the first 10-year card asked with this renewal (row R19) is covered too. */
  tenYearCovered: z.literal(true).optional(),
  sources: z.array(idsOf(SOURCES)).min(1).readonly(),
  /** The day this record was last checked against its sources. */
  checkedOn: isoDate,
});
export type NationalRule = z.infer<typeof nationalRuleSchema>;

/** Where a change comes from: a national source, rows of the préfecture's table, a page of its site, a data set. */
export const changeSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('national'), id: idsOf(SOURCES) }),
  z.strictObject({ kind: z.literal('table'), rows: z.array(rowId).min(1).readonly() }),
  z.strictObject({ kind: z.literal('page'), target: idsOf(TARGETS) }),
  z.strictObject({ kind: z.literal('dataset'), title: verbatim, url: z.url({ protocol: /^https$/ }) }),
]);
export type ChangeSource = z.infer<typeof changeSourceSchema>;

export const changeSchema = z.strictObject({
  /** `<date>-<what>`: the anchor of the entry on changes.html; never renamed once published. */
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The day the change reached the guide. */
  date: isoDate,
  /** The version of the rules data (rules.json) that carries it: see docs/open-data.md. */
  version: z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/),
  /** The outcomes whose answer, action or routes changed: they show "mis à jour le …" for 90 days. */
  outcomes: z.array(z.enum(OUTCOME_IDS)).readonly(),
  /** The questions whose answers changed. */
  questions: z.array(idsOf(ANSWERS)).readonly(),
  sources: z.array(changeSourceSchema).min(1).readonly(),
  /** For a change that changes docs/routes.csv: the SHA-256 of that file after it (tests/unit/changes.test.ts). */
  routesSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type Change = z.infer<typeof changeSchema>;

/** What changed, in French (a short title, then the change): shown in French in every language. */
export const changeTextSchema = z.strictObject({ title: verbatim, text: verbatim });
export type ChangeText = z.infer<typeof changeTextSchema>;
