import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { afterNextPaint } from '../dom/afterNextPaint';
import { plain } from '../i18n/rich';

/**
 * The page title names the step a screen shows ("Dans quelle commune habitez-vous ? – Titre de
 * séjour 92"), for tabs, history and screen readers. Each screen sets its own, as an effect: a
 * screen prepared out of sight runs none, so the title is always the shown one's. It is set once
 * the step is painted: a new title goes to the browser's own interface, which a person waiting
 * for the next question need not wait for.
 */
export function useDocumentTitle(page: string) {
  const { t } = useTranslation();
  const title = plain(t('app.documentTitle', { page }));
  useEffect(
    () =>
      afterNextPaint(() => {
        document.title = title;
      }),
    [title],
  );
}
