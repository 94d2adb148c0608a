// Whether the page is being printed. What only paper shows (the print header and its QR code, the
// French copy of a translated answer) is rendered then, never kept hidden in the page: the browser
// fires `beforeprint` before it lays the page out for print (Ctrl+P as much as the Print button),
// and the state is flushed at once so the print has it.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
