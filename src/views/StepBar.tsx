import { useWords } from '../i18n/words';

/** "Retour". */
export function StepBar({ onBack }: { onBack: () => void }) {
  const { t } = useWords();
  return (
    <div className="step-bar">
      <button type="button" className="back-link" onClick={onBack}>
        <span aria-hidden="true" className="back-arrow" />
        {t('nav.back')}
      </button>
    </div>
  );
}

/** How far the person is: "Question 2 sur 5 au plus". */
export function Progress({ current, total }: { current: number; total: number }) {
  const { t } = useWords();
  return (
    <p className="progress">
      {t('nav.progress', { current, total })}
      <progress max={total} value={current} aria-hidden="true" />
    </p>
  );
}
