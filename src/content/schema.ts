// The schema of the content data, checked by tests/unit/content.test.ts (and so in CI). It lives
// beside the data but is never imported by the app, so zod stays out of the bundle.
import { z } from 'zod';
import { CAVEATS } from './caveats';
import { CHANNEL_IDS } from './channels';
import { TARGETS } from './targets';

const targetId = z.enum(Object.keys(TARGETS) as [string, ...string[]]);
const caveatId = z.enum(Object.keys(CAVEATS) as [string, ...string[]]);
const verbatim = z
  .string()
  .min(1)
  .refine((text) => text === text.trim() && !/\s{2,}/.test(text), 'verbatim text has collapsed whitespace');

export const targetUrlSchema = z.union([
  z.url({ protocol: /^https$/ }),
  z.string().regex(/^mailto:[a-zA-Z0-9.-]+@[a-z0-9.-]+\.[a-z]+$/),
]);

export const caveatSchema = z.strictObject({
  quote: verbatim.optional(),
  link: targetId.optional(),
  tone: z.enum(['warning', 'info']),
  channelSpecific: z.literal(true).optional(),
  beforeLink: z.literal(true).optional(),
});

export const outcomeSchema = z.strictObject({
  rows: z.array(z.string().regex(/^R(0[1-9]|[1-3]\d|4[0-6])$/)),
  channel: z.enum(CHANNEL_IDS),
  target: targetId.optional(),
  request: verbatim.optional(),
  channelQuote: verbatim.optional(),
  caveats: z.array(caveatId),
  status: z.enum(['explicit', 'inferred', 'external', 'not-covered']),
  inferredVia: z.array(z.string().regex(/^[a-z0-9-]+=[a-z0-9-]+$/)).optional(),
  infoDeskClosed: z.literal(true).optional(),
  checkedOn: z.iso.date(),
});
