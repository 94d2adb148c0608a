import { useTranslation } from 'react-i18next';
import { TEXT_SCALES, type TextScale } from './textScale';

const NAMES = {
  1: 'kiosk.textSize.normal',
  1.25: 'kiosk.textSize.larger',
  1.5: 'kiosk.textSize.largest',
} as const;
const MARKS = { 1: 'A', 1.25: 'A+', 1.5: 'A++' } as const;

/** A / A+ / A++: the kiosk's own zoom, since browser zoom is usually off on a kiosk. */
export function TextSizeControl({
  value,
  onChange,
}: {
  value: TextScale;
  onChange: (scale: TextScale) => void;
}) {
  // Renders once the kiosk's words are there (fetched with the kiosk mode, see useKiosk).
  const { t, ready } = useTranslation('kiosk');
  if (!ready) return null;
  return (
    <div className="text-size" role="group" aria-labelledby="text-size-label">
      <span id="text-size-label" className="text-size-label">
        {t('kiosk.textSize.label')}
      </span>
      {TEXT_SCALES.map((scale) => (
        <button
          key={scale}
          type="button"
          className={`text-size-button size-${MARKS[scale].length}`}
          aria-pressed={value === scale}
          data-action={`text-size-${scale}`}
          onClick={() => onChange(scale)}
          // The visible mark starts the accessible name, so voice control can say it (WCAG 2.5.3).
          aria-label={`${MARKS[scale]} ${t(NAMES[scale])}`}
        >
          <span dir="ltr">{MARKS[scale]}</span>
        </button>
      ))}
    </div>
  );
}
