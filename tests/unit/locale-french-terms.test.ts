// French passages in translations are marked `<fr>…</fr>` (RGAA 8.7): screen readers then read them
// with a French voice, and the read-aloud button too. Known official French terms written outside
// a mark are flagged in every language, as are a few writing slips the translation review found.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaves, type Tree } from '../support/french';

const LOCALES = join(import.meta.dirname, '../../locales');

/** Official French names and words that stay in French in every translation (glossaries). */
const FRENCH_TERMS = [
  'Démarches pour solliciter un titre de séjour',
  'démarches simplifiées',
  'Prendre un rendez-vous',
  'préfecture',
  'sous-préfecture',
  'étrangers malades',
  'étranger malade',
  'récépissé',
  'titre de séjour',
  'carte de séjour',
  'vie privée et familiale',
  "attestation de prolongation d'instruction",
  "point d'accueil numérique",
  'regroupement familial',
  'réunification familiale',
  'passeport talent',
  'admission exceptionnelle au séjour',
];

function texts(code: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES, code)).filter((f) => f.endsWith('.json'))) {
    for (const [key, text] of leaves(JSON.parse(readFileSync(join(LOCALES, code, file), 'utf8')) as Tree)) {
      all.set(`${file}:${key}`, text);
    }
  }
  return all;
}

/** The text with its `<fr>` passages taken out. */
const outsideMarks = (text: string) => text.replace(/<fr>.*?<\/fr>/g, ' ');

const translations = readdirSync(LOCALES).filter((code) => code !== 'fr');

describe.each(translations)('%s', (code) => {
  const all = texts(code);

  it('writes every known French term inside a <fr> mark', () => {
    const unmarked = [...all].flatMap(([key, text]) =>
      FRENCH_TERMS.filter((term) => outsideMarks(text).toLowerCase().includes(term.toLowerCase())).map(
        (term) => `${key}: « ${term} »`,
      ),
    );
    expect(unmarked).toEqual([]);
  });

  it('keeps plain hyphens in names (no non-breaking hyphen that breaks search and reading)', () => {
    expect([...all].filter(([, text]) => text.includes('\u2011')).map(([key]) => key)).toEqual([]);
  });
});

it('Arabic writes numbers and dates with Latin digits, as the French documents do', () => {
  const digits = [...texts('ar')].filter(([, text]) => /[\u0660-\u0669\u06f0-\u06f9]/.test(text));
  expect(digits.map(([key]) => key)).toEqual([]);
});

it('Persian writes numbers with Latin digits too, as the addresses and dates it quotes', () => {
  const digits = [...texts('fa')].filter(([, text]) => /[\u0660-\u0669\u06f0-\u06f9]/.test(text));
  expect(digits.map(([key]) => key)).toEqual([]);
});

describe.each(translations)('%s: the card mentions', (code) => {
  it('give the French category beside every card answer, as printed on the card', () => {
    const all = texts(code);
    const missing = [...all]
      .filter(([key]) => /^translation\.json:answer\.(renewal-card|change-target)\.[^.]+\.label$/.test(key))
      // The answers that name a category printed on the card (not "other", "je ne sais pas", the
      // récépissé, nor protection, whose cards carry several mentions).
      .filter(([key]) => !/\.(other|dont-know|receipt|protection)\.label$/.test(key))
      .filter(([, text]) => !text.includes('<fr>'))
      .map(([key]) => key);
    expect(missing).toEqual([]);
  });
});

it('Turkish calls a duplicate card « duplicata », not « kopya kart »', () => {
  const all = [...texts('tr')].filter(([, text]) => /kopya kart/i.test(text));
  expect(all.map(([key]) => key)).toEqual([]);
});
