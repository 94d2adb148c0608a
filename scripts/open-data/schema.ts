// The format of the open rules data (/rules.json), as a zod schema: the one definition from which
// rules.schema.json (JSON Schema 2020-12) is generated, and which the build checks the data
// against before publishing it. Ids are checked by pattern, not listed: a new outcome or answer
// is a minor version of the data, not a new format (docs/open-data.md). Build and tests only.
import { z } from 'zod';
import { STATUSES } from '../../src/content/status';

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .meta({
    description: 'An id of the guide (decision-table.md): lower case, digits and hyphens; never renamed.',
  });
const caveatId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-zA-Z0-9]+)*$/)
  .meta({ description: 'A caveat id (its case in capitals for not-covered reasons: not-covered-N4).' });
const targetId = z
  .string()
  .regex(/^T-[A-Z0-9]+(-[A-Z0-9]+)*$/)
  .meta({ description: 'A link id (T-RDV, T-MAIL-AES…).' });
const caseId = z
  .string()
  .regex(/^N\d+$/)
  .meta({ description: 'A case the préfecture’s document does not cover (N1…N10).' });
const rowId = z
  .string()
  .regex(/^R\d{2}$/)
  .meta({ description: 'A row of the préfecture’s table (R01…R46).' });
const french = z.string().min(1).meta({ description: 'Text in French, plain (no markup).' });
const verbatim = z.string().min(1).meta({ description: 'The préfecture’s own words, verbatim, in French.' });
const isoDate = z.iso.date();
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({ description: 'A day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), as precise as the source.' });
const httpsUrl = z.string().regex(/^https:\/\/\S+$/);
const webUrl = z.string().regex(/^https?:\/\/\S+$/);
const status = z.enum(STATUSES).meta({
  description:
    'explicit: the document says so; inferred: our reading; external: from another source than the table (national rule, FAQ, list of communes); not-covered: the document does not cover the case.',
});
const level = z.enum(['A', 'B']).meta({
  description:
    'A: the national rule leads (the guide sends every commune to ANEF first). B: check ANEF first (the table’s channel stands, with a warning).',
});

const target = z.strictObject({
  id: targetId,
  url: z
    .string()
    .regex(/^(https:\/\/\S+|mailto:\S+@\S+)$/)
    .meta({ description: 'An https address, or mailto: and an email address.' }),
  email: z.string().nullable().meta({ description: 'The email address, for a mailto: target; else null.' }),
  label: french.meta({ description: 'What the guide calls this link, in French.' }),
});

const question = z.strictObject({
  id,
  title: french,
  titleTenYearBranch: french.nullable().meta({
    description: 'renewal-card only: its title when asked about the one-year card (first 10-year card).',
  }),
  hint: french.nullable(),
  answers: z
    .array(
      z.strictObject({
        id,
        label: french.meta({ description: 'For communes, the commune’s name.' }),
        hint: french.nullable(),
      }),
    )
    .meta({
      description:
        'Every answer the question can take, in the order the guide offers them. Which answers are offered where is given by the routes.',
    }),
});

const route = z.strictObject({
  fragment: z.string().meta({
    description:
      'The answers in order, as the `route` column of docs/routes.csv and as the guide’s URL fragment (https://<guide>/#<fragment>).',
  }),
  answers: z.array(z.strictObject({ question: id, answer: id })).min(1),
  outcome: id.meta({ description: 'The outcome shown.' }),
  request: id.nullable().meta({
    description:
      'For the sub-prefecture outcome: the outcome whose request goes to the sous-préfecture; else null.',
  }),
  case: caseId.nullable().meta({ description: 'For the not-covered outcome: the case; else null.' }),
  channel: id.meta({ description: 'The channel the préfecture’s table names (see channels).' }),
  national: level.nullable().meta({ description: 'The national rule’s level for the request, if any.' }),
  since: partialDate.nullable().meta({ description: 'Since when the national rule applies, if known.' }),
  target: z.string().meta({ description: 'The primary action’s address (https or mailto:).' }),
  status,
  caveats: z.array(caveatId).meta({
    description:
      'The caveats this route shows, in order: their words are in outcomes[outcome].caveats, or for a sous-préfecture route in outcomes[request].caveats.',
  }),
});

const caveat = z.strictObject({
  id: caveatId,
  text: french.meta({ description: 'What the guide says, in French.' }),
  quote: verbatim.nullable().meta({ description: 'The préfecture’s words this caveat explains, if any.' }),
  tone: z.enum(['warning', 'info']),
  beforeAction: z
    .boolean()
    .meta({ description: 'Shown just above the primary action: it changes what the action is for.' }),
  target: targetId.nullable().meta({ description: 'A link the caveat gives (see the outcome’s targets).' }),
});

const outcome = z.strictObject({
  id,
  title: french.meta({ description: 'The request or situation, as the guide names it, in French.' }),
  channel: id.meta({ description: 'The channel the préfecture’s table names.' }),
  primaryTarget: targetId.meta({
    description: 'What the guide tells the person to open first (for level A national rules: ANEF).',
  }),
  targets: z
    .array(target.extend({ role: z.enum(['primary', 'link', 'caveat']) }))
    .meta({ description: 'Every link this outcome’s screens give.' }),
  request: verbatim.nullable().meta({ description: 'The request in the document’s words (its row’s cell).' }),
  channelQuote: verbatim
    .nullable()
    .meta({ description: 'The document’s sentence for the channel, for this row.' }),
  rows: z.array(rowId).meta({ description: 'The rows of the préfecture’s table it comes from.' }),
  caveats: z
    .array(caveat)
    .meta({ description: 'Every caveat this outcome can show (a route lists its own).' }),
  status: status.meta({
    description:
      'The status of the row; each route gives its own (inferred readings, national rules and sous-préfectures are not explicit).',
  }),
  national: level
    .nullable()
    .meta({ description: 'The level of the national rule for this request (see nationalRules).' }),
  checkedOn: isoDate.meta({
    description: 'The day this outcome was last checked against the préfecture’s table.',
  }),
});

const source = z.strictObject({
  id: z.string(),
  title: z.string().min(1).meta({ description: 'As the source names itself (French).' }),
  url: webUrl,
  date: partialDate
    .nullable()
    .meta({ description: 'Publication or "mis à jour" date shown by the source; null when none.' }),
});

const nationalRule = z.strictObject({
  outcome: id,
  level,
  since: partialDate
    .nullable()
    .meta({ description: 'Since when the cases covered go to ANEF (day or year); null if unknown.' }),
  basis: french.meta({ description: 'The text that requires it, as a person would look it up.' }),
  covers: french.meta({ description: 'The cases the national rule covers.' }),
  leavesOut: french
    .nullable()
    .meta({ description: 'Level A: cases of this request the national rule leaves out.' }),
  sources: z.array(source).min(1),
  checkedOn: isoDate,
});

const changeSource = z.discriminatedUnion('kind', [
  source.extend({ kind: z.literal('national') }),
  z.strictObject({ kind: z.literal('table'), rows: z.array(rowId).min(1) }),
  z.strictObject({ kind: z.literal('page'), target: targetId, url: httpsUrl }),
  z.strictObject({ kind: z.literal('dataset'), title: z.string().min(1), url: httpsUrl }),
]);

const change = z.strictObject({
  id: z.string().meta({ description: 'The entry’s anchor on changes.html (changes.html#<id>).' }),
  date: isoDate,
  version: z.string().meta({ description: 'The version of the rules data that carries this change.' }),
  title: french,
  text: french.meta({ description: 'What changed, what it was before, and why.' }),
  outcomes: z.array(id).meta({ description: 'The outcomes whose answer, action or routes changed.' }),
  questions: z.array(id).meta({ description: 'The questions whose answers changed.' }),
  sources: z.array(changeSource).min(1),
  routesSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .meta({ description: 'For a change of routes: the SHA-256 of docs/routes.csv after it.' }),
});

export const rulesSchema = z
  .strictObject({
    version: z
      .string()
      .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/)
      .meta({
        description:
          'Semantic version of the rules data: see docs/open-data.md for what makes a major, minor or patch.',
      }),
    date: isoDate.meta({ description: 'The date of this version (its newest change).' }),
    licence: z.strictObject({ name: z.string(), url: httpsUrl }),
    language: z.literal('fr').meta({ description: 'The language of every text in this file.' }),
    source: z
      .strictObject({
        publisher: z.string(),
        title: verbatim,
        date: z.null().meta({ description: 'The document is undated.' }),
        writtenAfter: isoDate.meta({
          description: 'It was written after this day (a row says « Depuis le 4 août 2020 »).',
        }),
      })
      .meta({ description: 'The préfecture’s document the routes come from.' }),
    statuses: z.array(z.strictObject({ id: status, label: french, meaning: french })),
    channels: z.array(z.strictObject({ id, label: french })),
    questions: z.array(question).meta({ description: 'Every question, the commune first.' }),
    routes: z.array(route).meta({
      description:
        'Every route, exactly the rows of docs/routes.csv, for one commune per arrondissement (see arrondissements.routeCommune) and for outside-92.',
    }),
    outcomes: z.array(outcome),
    nationalRules: z
      .array(nationalRule)
      .meta({ description: 'National rules since the préfecture’s table (decision-table.md §7).' }),
    arrondissements: z.array(
      z.strictObject({
        id,
        name: z.string(),
        routeCommune: id.meta({ description: 'The commune the routes use for this arrondissement.' }),
      }),
    ),
    communes: z.array(
      z.strictObject({
        id,
        name: z.string(),
        insee: z.string().regex(/^92\d{3}$/),
        postalCodes: z.array(z.string().regex(/^92\d{3}$/)).min(1),
        arrondissement: id,
      }),
    ),
    changes: z.array(change).meta({ description: 'What changed, newest first (also on changes.html).' }),
  })
  .meta({
    title: 'Titre de séjour 92: rules data',
    description:
      'Where and how to lodge a residence-permit request in the Hauts-de-Seine, as the guide Titre de séjour 92 applies it. Not an official service. Licence Ouverte / Open Licence 2.0.',
  });

export type RulesData = z.infer<typeof rulesSchema>;

/** rules.schema.json: JSON Schema 2020-12, generated from `rulesSchema`. */
export function rulesJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(rulesSchema, { target: 'draft-2020-12' });
}
