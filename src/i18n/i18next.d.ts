import 'i18next';
import type { Translation } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
    // Missing keys fail the type check; they must never reach a user as a raw key.
    returnNull: false;
  }
}
