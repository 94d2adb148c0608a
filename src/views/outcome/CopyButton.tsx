// "Copier" beside an address: copies it and says so to everyone, screen readers included (a
// status region mounted empty, filled after the copy, emptied a few seconds later).
import { useEffect, useState } from 'react';
import { useWords } from '../../i18n/words';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyButton({ value, what }: { value: string; what: 'address' | 'email' }) {
  const { t } = useWords();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="copy">
      <button
        type="button"
        className="copy-button"
        onClick={() => void copy(value).then((ok) => setState(ok ? 'copied' : 'failed'))}
      >
        {t(what === 'email' ? 'copy.email' : 'copy.address')}
      </button>
      <span className="copy-status" role="status">
        {state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}
