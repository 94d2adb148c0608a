// French is the reference: its files define the key set and the types of every other language.
// Each file is an i18next namespace, loaded when a screen needs it (src/i18n/setup.ts):
//   translation  the start screen and the questions (bundled with the app, French only)
//   results      the outcome screen
//   overview     the rules overview page;   kiosk  kiosk mode
//   changes        the page of what changed (changes.html)
//   accessibility  the accessibility statement page (accessibilite.html)
import type accessibility from '../../locales/fr/accessibility.json';
import type changes from '../../locales/fr/changes.json';
import type kiosk from '../../locales/fr/kiosk.json';
import type overview from '../../locales/fr/overview.json';
import type results from '../../locales/fr/results.json';
import core from '../../locales/fr/translation.json';

export const REFERENCE_LANGUAGE = 'fr';
export const referenceCore = core;

export const NAMESPACES = [
  'translation',
  'results',
  'overview',
  'kiosk',
  'changes',
  'accessibility',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export interface Resources {
  translation: typeof core;
  results: typeof results;
  overview: typeof overview;
  kiosk: typeof kiosk;
  changes: typeof changes;
  accessibility: typeof accessibility;
}
