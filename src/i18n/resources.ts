// French is the reference: its files define the key set and the types of every other locale.
// The words are split by where they are needed, so a first visit downloads only the questions:
//   translation.json  the start screen and the questions (in the first download)
//   results.json      the outcome screen (fetched with it)
//   overview.json     the rules overview page;   kiosk.json  kiosk mode
import type kiosk from '../../locales/fr/kiosk.json';
import type overview from '../../locales/fr/overview.json';
import type results from '../../locales/fr/results.json';
import core from '../../locales/fr/translation.json';

export const REFERENCE_LANGUAGE = 'fr';
export const referenceCore = core;
export type Translation = typeof core & typeof results & typeof overview & typeof kiosk;

export const LOCALE_PARTS = ['translation', 'results', 'overview', 'kiosk'] as const;
export type LocalePart = (typeof LOCALE_PARTS)[number];
