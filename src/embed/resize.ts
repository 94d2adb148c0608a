// In an iframe, tells the host page how tall the app is, so the iframe never scrolls inside
// itself. The message carries a height only (CSS pixels), never an answer; and the height is
// rounded up to a step, so that it says less about which screen is shown (docs/embedding.md
// gives the measure: how many outcome screens a host could still tell apart by height).
export const RESIZE_MESSAGE = 'titre-sejour-92:resize';

/** The step, in CSS pixels: the iframe is at most this much taller than the guide. */
export const HEIGHT_STEP = 40;

export function reportedHeight(contentHeight: number): number {
  return Math.max(HEIGHT_STEP, Math.ceil(contentHeight / HEIGHT_STEP) * HEIGHT_STEP);
}

export function reportHeight(parentOrigin: string | undefined): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  const post = () => {
    const height = reportedHeight(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Without a validated parentOrigin the (rounded) height is sent to any origin: it names no answer.
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, parentOrigin ?? '*');
  };
  post();
  const observer = new ResizeObserver(post);
  observer.observe(document.documentElement);
  return () => observer.disconnect();
}
