import { useEffect } from 'react';
import { afterNextPaint } from '../dom/afterNextPaint';

/**
 * The page title names the current step ("Dans quelle commune habitez-vous ? – Titre de séjour
 * 92"), for tabs, history and screen readers. It is set once the step is painted: a new title
 * goes to the browser's own interface, which a person waiting for the next question need not
 * wait for.
 */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (title === null) return;
    return afterNextPaint(() => {
      document.title = title;
    });
  }, [title]);
}
