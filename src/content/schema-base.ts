// The building blocks of the content schema (schema.ts), and the schemas of the records that name
// no other record but a target: caveats, actions and sources. Their data files take their types
// from here, so that schema.ts, which names those records' ids, imports them without a loop.
import { z } from 'zod';
import { STATUSES } from './status';
import { TARGETS } from './targets';

/** The keys of a data record, as a zod enum of exactly those ids. */
export function idsOf<T extends Record<string, unknown>>(record: T) {
  return z.enum(Object.keys(record) as [keyof T & string, ...(keyof T & string)[]]);
}

/** A text copied from a document: trimmed, no doubled spaces. */
export const verbatim = z
  .string()
  .min(1)
  .refine((text) => text === text.trim() && !/\s{2,}/.test(text), 'text has untrimmed or doubled whitespace');
export const isoDate = z.iso.date();
/** A row of ../shared/source-rows.md (R01–R46). */
export const rowId = z.string().regex(/^R(0[1-9]|[1-3]\d|4[0-6])$/);

export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export const targetUrlSchema = z.union([
  z.url({ protocol: /^https$/ }),
  z.string().regex(/^mailto:[a-zA-Z0-9.-]+@[a-z0-9.-]+\.[a-z]+$/),
]);

export const caveatSchema = z.strictObject({
  /** A sentence of the préfecture's document, verbatim, shown in French in « Ce que dit la préfecture ». */
  quote: verbatim.optional(),
  link: idsOf(TARGETS).optional(),
  /** `warning` is shown with more weight: ignoring it costs the applicant a rejected request. */
  tone: z.enum(['warning', 'info']),
  /** Shown just above the primary action, because it changes what the action is for. */
  beforeAction: z.literal(true).optional(),
});
export type Caveat = z.infer<typeof caveatSchema>;

export const actionSchema = z.strictObject({ target: idsOf(TARGETS) });
export type Action = z.infer<typeof actionSchema>;

export const sourceSchema = z.strictObject({
  /** As the source names itself, in its own language (French). */
  title: verbatim,
  url: z.url({ protocol: /^https?$/ }),
  /** Publication or "mis à jour" date shown by the source (day, month or year); null when it shows none. */
  date: z.union([isoDate, z.string().regex(/^\d{4}(-\d{2})?$/)]).nullable(),
});
export type Source = z.infer<typeof sourceSchema>;
