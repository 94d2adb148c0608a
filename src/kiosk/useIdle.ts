// Runs the idle machine (machines/idle.ts) while a kiosk is shown: the page's touches, clicks,
// keys and wheel turns are its ACTIVITY events (heard in the capture phase, before any handler
// can stop them), and its `reset` action is the app's.
import { useEffect, useRef, useState } from 'react';
import { createActor, type Actor } from 'xstate';
import { idleMachine } from '../../machines/idle';

/** Someone is there: a touch, a click, a key, a wheel (scroll events also come from the page itself). */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export interface IdleView {
  warning: boolean;
  /** Seconds left before the reset, while the warning shows. */
  remaining: number;
  onContinue: () => void;
}

export function useIdle(options: { idleSeconds: number; inUse: boolean; onReset: () => void }) {
  const { idleSeconds, inUse, onReset } = options;
  const [view, setView] = useState({ warning: false, remaining: 0 });
  const actor = useRef<Actor<typeof idleMachine> | null>(null);
  const reset = useRef(onReset);
  const used = useRef(inUse);

  useEffect(() => {
    reset.current = onReset;
  }, [onReset]);

  useEffect(() => {
    used.current = inUse;
    actor.current?.send({ type: 'IN_USE', inUse });
  }, [inUse]);

  useEffect(() => {
    const running = createActor(idleMachine.provide({ actions: { reset: () => reset.current() } }), {
      input: { idleSeconds },
    });
    actor.current = running;
    const subscription = running.subscribe((snapshot) => {
      const warning = snapshot.matches('warning');
      const remaining = warning ? snapshot.context.remaining : 0;
      setView((current) =>
        current.warning === warning && current.remaining === remaining ? current : { warning, remaining },
      );
    });
    running.start();
    running.send({ type: 'IN_USE', inUse: used.current });
    const onActivity = () => running.send({ type: 'ACTIVITY' });
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
      subscription.unsubscribe();
      running.stop();
      actor.current = null;
    };
  }, [idleSeconds]);

  const idle: IdleView = {
    ...view,
    onContinue: () => actor.current?.send({ type: 'CONTINUE' }),
  };
  return idle;
}
