// The whole French reference, all parts merged, as the tests read it.
import accessibility from '../../locales/fr/accessibility.json';
import changes from '../../locales/fr/changes.json';
import kiosk from '../../locales/fr/kiosk.json';
import overview from '../../locales/fr/overview.json';
import results from '../../locales/fr/results.json';
import core from '../../locales/fr/translation.json';

export const frenchParts = { translation: core, results, overview, kiosk, changes, accessibility } as const;
export const french = { ...core, ...results, ...overview, ...kiosk, ...changes, ...accessibility };

export type Tree = { [key: string]: string | Tree };

/** The texts of a locale tree by dotted key (`question.need.title`). */
export function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}
