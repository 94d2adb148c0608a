import { useTranslation } from 'react-i18next';

/** "Retour", and for a question how far the person is (read after the heading, see QuestionScreen). */
export function StepBar({
  onBack,
  progress,
}: {
  onBack: () => void;
  progress?: { current: number; total: number };
}) {
  const { t } = useTranslation();
  return (
    <div className="step-bar">
      <button type="button" className="back-link" onClick={onBack}>
        <span aria-hidden="true" className="back-arrow" />
        {t('nav.back')}
      </button>
      {progress && (
        <p className="progress">
          {t('nav.progress', { current: progress.current, total: progress.total })}
          <progress max={progress.total} value={progress.current} aria-hidden="true" />
        </p>
      )}
    </div>
  );
}
