import { useEffect } from 'react';
import { useWords } from '../i18n/words';
import { plain } from '../i18n/rich';

/**
 * The page title names the step a screen shows ("Dans quelle commune habitez-vous ? – Titre de
 * séjour 92"), for tabs, history and screen readers. `kind` adds what the page is (an answer).
 */
export function useDocumentTitle(page: string, kind: 'page' | 'answer' = 'page') {
  const { t } = useWords();
  const title = plain(t(kind === 'answer' ? 'app.documentTitleAnswer' : 'app.documentTitle', { page }));
  useEffect(() => {
    document.title = title;
  }, [title]);
}
