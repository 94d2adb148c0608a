/**
 * Runs `task` once the next frame is painted, or soon if no frame comes (a hidden tab, a frame
 * the browser throttles). Work the person does not see (moving focus, writing the URL, the
 * title) waits for it, so that a step paints the next question first.
 * Returns a function that cancels the task if it has not run yet.
 */
export function afterNextPaint(task: () => void): () => void {
  return deferUntilPainted(task).cancel;
}

export interface Deferred {
  /** Drops the task if it has not run yet. */
  cancel: () => void;
  /** Runs the task now if it has not run yet. */
  flush: () => void;
}

/** `afterNextPaint`, with a way to run the task at once when something else must come after it. */
export function deferUntilPainted(task: () => void): Deferred {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  // A timer queued from an animation-frame callback runs after that frame is painted.
  const frame =
    typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(run, 0)) : 0;
  const fallback = setTimeout(run, 100);
  const cancel = () => {
    done = true;
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
  return {
    cancel,
    flush: () => {
      const pending = !done;
      cancel();
      if (pending) task();
    },
  };
}
