// The kiosk's screens and idle timer: a lazy chunk, with its stylesheet, loaded in kiosk mode only.
import { IdleDialog } from './IdleDialog';
import { useIdle } from './useIdle';
import './kiosk.css';

export { KioskLanguages } from './KioskLanguages';
export { QrTarget } from './QrTarget';
export { TextSizeControl } from './TextSizeControl';

/** Watches for a touch; after the delay, the "are you still there?" dialog, then `onReset`. */
export function IdleWatch(props: { idleSeconds: number; inUse: boolean; onReset: () => void }) {
  const idle = useIdle(props);
  return idle.warning ? <IdleDialog remaining={idle.remaining} onContinue={idle.onContinue} /> : null;
}
