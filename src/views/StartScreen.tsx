import { useWords } from '../i18n/words';
import { useAppConfig } from '../config/AppConfig';
import { T } from './T';
import { useDocumentTitle } from './useDocumentTitle';
import { useStepFocus } from './useStepFocus';

export function StartScreen({ onStart, focusOnShow }: { onStart: () => void; focusOnShow: boolean }) {
  const { t } = useWords();
  const heading = useStepFocus<HTMLHeadingElement>(focusOnShow);
  useDocumentTitle(t('start.title'));
  // On a shared kiosk, what protects the person is the reset, not their own device.
  const { kiosk } = useAppConfig();
  return (
    <section className="start" aria-labelledby="start-title">
      <h1 id="start-title" tabIndex={-1} ref={heading}>
        <T text="start.title" />
      </h1>
      <p className="lead">
        <T text="start.intro" />
      </p>
      <ul className="start-points">
        <li>
          <T text="start.points.source" />
        </li>
        <li>
          <T text="start.points.unofficial" />
        </li>
        <li>
          <T text={kiosk ? 'start.points.privacyKiosk' : 'start.points.privacy'} />
        </li>
      </ul>
      <button type="button" className="button primary start-button" data-action="start" onClick={onStart}>
        {t('start.button')}
        <span aria-hidden="true" className="forward-arrow" />
      </button>
      <p className="hint">{t('start.duration')}</p>
    </section>
  );
}
