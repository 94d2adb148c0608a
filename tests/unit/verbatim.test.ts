// Truth of the content: every quotation the guide shows as the préfecture's own words is found in
// the préfecture's document (docs/source/), so a typo or a paraphrase cannot pass as a quote.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAVEATS } from '../../src/content/caveats';
import { CHANNELS } from '../../src/content/channels';
import { NOTICES } from '../../src/content/notices';
import { ENTRIES } from '../../src/content/entries';
import { OUTCOME_RECORDS } from '../../src/content/outcomes';
import { SECTIONS } from '../../src/content/sections';

const SOURCE = 'docs/source/prefecture-92-demarches-titre-de-sejour.txt';

/**
 * Only whitespace and apostrophes are normalised: runs of whitespace become one space, ’ is ',
 * and whitespace after a hyphen is dropped. The transcription breaks lines after real hyphens
 * (« hauts-⏎de-seine », « rendez-⏎vous »), so a quote may join them; no character is ever added
 * or removed, and the same rule applies to the quote and to the document.
 */
function normalise(text: string): string {
  return text.replaceAll('’', "'").replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim();
}

const documentText = normalise(readFileSync(new URL(`../../${SOURCE}`, import.meta.url), 'utf8'));

const quotes: Array<[string, string]> = [
  ...Object.entries(OUTCOME_RECORDS).flatMap(([id, outcome]) => [
    ...(outcome.request
      ? [[`src/content/outcomes.ts ${id}.request`, outcome.request] as [string, string]]
      : []),
    ...(outcome.channelQuote
      ? [[`src/content/outcomes.ts ${id}.channelQuote`, outcome.channelQuote] as [string, string]]
      : []),
  ]),
  ...Object.entries(ENTRIES).map(([id, text]) => [`src/content/entries.ts ${id}`, text] as [string, string]),
  ...Object.entries(CAVEATS).flatMap(([id, caveat]) =>
    'quote' in caveat ? [[`src/content/caveats.ts ${id}.quote`, caveat.quote] as [string, string]] : [],
  ),
  ...Object.entries(CHANNELS).flatMap(([id, channel]) =>
    channel.quote ? [[`src/content/channels.ts ${id}.quote`, channel.quote] as [string, string]] : [],
  ),
  ...Object.entries(NOTICES).map(([id, text]) => [`src/content/notices.ts ${id}`, text] as [string, string]),
  ...SECTIONS.flatMap((section) =>
    'quote' in section
      ? [[`src/content/sections.ts ${section.id}.quote`, section.quote] as [string, string]]
      : [],
  ),
];

describe(`every quotation is in the préfecture's document (${SOURCE})`, () => {
  it.each(quotes)('%s', (record, quote) => {
    expect(
      documentText.includes(normalise(quote)),
      `${record}: « ${quote} » is not in ${SOURCE} (only whitespace and ’/' are normalised)`,
    ).toBe(true);
  });
});

it('the quotations checked include every kind of verbatim text in the content', () => {
  const records = quotes.map(([record]) => record);
  for (const kind of [
    '.request',
    '.channelQuote',
    'caveats.ts',
    'channels.ts',
    'notices.ts G3',
    'sections.ts',
  ])
    expect(
      records.some((r) => r.includes(kind)),
      kind,
    ).toBe(true);
});

describe('the normalisation is honest', () => {
  it('joins a line broken after a hyphen, keeping the hyphen', () => {
    expect(normalise('www.hauts-\nde-seine.gouv.fr')).toBe('www.hauts-de-seine.gouv.fr');
  });
  it('collapses whitespace and reads ’ as an apostrophe', () => {
    expect(normalise(' la sous-préfecture  d’Antony.\n')).toBe("la sous-préfecture d'Antony.");
  });
  it('never drops a hyphen nor adds a letter: a de-hyphenated or misspelt quote fails', () => {
    expect(documentText.includes(normalise('prendre rendezvous'))).toBe(false);
    expect(documentText.includes(normalise('quelque soit son mode'))).toBe(true);
    expect(documentText.includes(normalise('quel que soit son mode'))).toBe(false);
  });
});
