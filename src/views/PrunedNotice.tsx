import { useEffect, useState } from 'react';
import { useWords } from '../i18n/words';
import { focusScreenHeading } from './useStepFocus';

/**
 * Told in one line when answers from the link were dropped (tampered, outdated or no longer
 * applying). The status region is mounted empty and filled just after, so that screen readers
 * announce it; closing the notice puts focus back on the screen's heading, not on the page.
 */
export function PrunedNotice({ count, onDismiss }: { count: number; onDismiss: () => void }) {
  const { t } = useWords();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    // The region must exist before its text for the text to be announced.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown(true);
  }, []);
  const dismiss = () => {
    onDismiss();
    focusScreenHeading();
  };
  return (
    <div className="pruned-notice" data-notice="pruned">
      <p role="status">{shown ? t('fragment.pruned', { count }) : ''}</p>
      {shown && (
        <button type="button" className="link-button" onClick={dismiss}>
          {t('fragment.dismiss')}
        </button>
      )}
    </div>
  );
}
