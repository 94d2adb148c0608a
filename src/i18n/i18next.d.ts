import 'i18next';
import type { Resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Keys of the other namespaces are found without a prefix (`t('outcome.health.title')`).
    fallbackNS: ['results', 'overview', 'kiosk', 'changes', 'accessibility'];
    resources: Resources;
    // Missing keys fail the type check; they must never reach a user as a raw key.
    returnNull: false;
  }
}
