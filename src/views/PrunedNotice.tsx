import { useTranslation } from 'react-i18next';

/** Told in one line when answers from the link were dropped (tampered, outdated or no longer applying). */
export function PrunedNotice({ count, onDismiss }: { count: number; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="pruned-notice" role="status" data-notice="pruned">
      <p>{t('fragment.pruned', { count })}</p>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('fragment.dismiss')}
      </button>
    </div>
  );
}
