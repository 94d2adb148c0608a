// The whole French reference, all parts merged, as the tests read it.
import kiosk from '../../locales/fr/kiosk.json';
import overview from '../../locales/fr/overview.json';
import results from '../../locales/fr/results.json';
import core from '../../locales/fr/translation.json';

export const frenchParts = { translation: core, results, overview, kiosk } as const;
export const french = { ...core, ...results, ...overview, ...kiosk };
