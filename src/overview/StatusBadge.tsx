import { useWords } from '../i18n/words';
import type { Status } from '../content/schema';
import { textOf } from '../i18n/keys';
import { statusKey } from './labels';
import { rich } from '../i18n/rich';

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useWords();
  return (
    <span className={`ov-badge status-${status}`} data-status={status}>
      {rich(textOf(t, statusKey(status)))}
    </span>
  );
}
