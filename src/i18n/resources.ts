// French is the reference: its file defines the key set and the types of every other locale.
import fr from '../../locales/fr/translation.json';

export const REFERENCE_LANGUAGE = 'fr';
export const reference = fr;
export type Translation = typeof fr;
