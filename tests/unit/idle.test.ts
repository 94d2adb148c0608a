// The kiosk idle machine on a simulated clock: warning after the delay, a countdown, the reset.
import { SimulatedClock, createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { WARNING_SECONDS, idleMachine } from '../../machines/idle';

function kiosk(idleSeconds = 90) {
  const clock = new SimulatedClock();
  const resets: number[] = [];
  const actor = createActor(
    idleMachine.provide({ actions: { reset: () => void resets.push(clock.now()) } }),
    { clock, input: { idleSeconds } },
  );
  actor.start();
  const seconds = (n: number) => {
    // One second at a time, as the countdown reschedules itself each second.
    for (let i = 0; i < n; i++) clock.increment(1000);
  };
  const state = () => actor.getSnapshot();
  /** Someone touches the screen and leaves answers behind. */
  const use = () => {
    actor.send({ type: 'ACTIVITY' });
    actor.send({ type: 'IN_USE', inUse: true });
  };
  return { actor, clock, resets, seconds, state, use };
}

describe('kiosk idle reset', () => {
  it('an untouched kiosk runs no timer and never warns', () => {
    const { state, seconds, resets } = kiosk();
    seconds(1000);
    expect(state().value).toBe('resting');
    expect(resets).toEqual([]);
  });

  it('the warning shows after the delay without a touch, not before', () => {
    const { state, seconds, use } = kiosk(90);
    use();
    seconds(89);
    expect(state().matches('watching')).toBe(true);
    seconds(1);
    expect(state().matches('warning')).toBe(true);
    expect(state().context.remaining).toBe(WARNING_SECONDS);
  });

  it('every touch restarts the delay', () => {
    const { actor, state, seconds, use } = kiosk(60);
    use();
    seconds(50);
    actor.send({ type: 'ACTIVITY' });
    seconds(50);
    expect(state().matches('watching')).toBe(true);
    seconds(10);
    expect(state().matches('warning')).toBe(true);
  });

  it('the countdown is visible second by second, and the reset comes when it ends', () => {
    const { state, seconds, use, resets } = kiosk(30);
    use();
    seconds(30);
    seconds(1);
    expect(state().context.remaining).toBe(WARNING_SECONDS - 1);
    seconds(WARNING_SECONDS - 2);
    expect(state().context.remaining).toBe(1);
    expect(resets).toEqual([]);
    seconds(1);
    expect(resets).toEqual([(30 + WARNING_SECONDS) * 1000]);
    expect(state().value).toBe('resting');
  });

  it('the continue button cancels the warning and starts a full delay again', () => {
    const { actor, state, seconds, use, resets } = kiosk(30);
    use();
    seconds(30 + 10);
    actor.send({ type: 'CONTINUE' });
    expect(state().matches('watching')).toBe(true);
    seconds(29);
    expect(state().matches('watching')).toBe(true);
    seconds(1);
    expect(state().matches('warning')).toBe(true);
    expect(state().context.remaining).toBe(WARNING_SECONDS);
    expect(resets).toEqual([]);
  });

  it('during the countdown a bare pointerdown changes nothing: the tap itself (CONTINUE) does', () => {
    // The app sends CONTINUE for a tap anywhere on the modal dialog or its backdrop; closing on
    // pointerdown would let the rest of the tap land on the page under the finger.
    const { actor, state, seconds, use, resets } = kiosk(30);
    use();
    seconds(30 + 5);
    actor.send({ type: 'ACTIVITY' });
    expect(state().matches('warning')).toBe(true);
    expect(state().context.remaining).toBe(WARNING_SECONDS - 5);
    actor.send({ type: 'CONTINUE' });
    seconds(WARNING_SECONDS);
    expect(resets).toEqual([]);
  });

  it('with nothing of anyone on screen, the delay resets quietly, without a warning', () => {
    const { actor, state, seconds, resets } = kiosk(30);
    actor.send({ type: 'ACTIVITY' }); // a passer-by scrolls the start screen
    seconds(30);
    expect(resets).toEqual([30_000]);
    expect(state().value).toBe('resting');
  });

  it('after a reset the kiosk rests until the next person touches it', () => {
    const { state, seconds, use, resets } = kiosk(30);
    use();
    seconds(30 + WARNING_SECONDS);
    expect(resets).toHaveLength(1);
    seconds(1000);
    expect(resets).toHaveLength(1);
    use();
    expect(state().matches('watching')).toBe(true);
  });
});
