import { useTranslation } from 'react-i18next';
import { textOf, type Key } from './keys';
import { rich } from './rich';

/** A translated text, with official French names kept as `<bdi lang="fr">`. */
export function Text({ k, values }: { k: Key; values?: object }) {
  const { t } = useTranslation();
  return <>{rich(textOf(t, k, values))}</>;
}
