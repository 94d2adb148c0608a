// In an iframe, tells the host page how tall the app is, so the iframe never scrolls inside
// itself. The message carries the height only (CSS pixels), never an answer.
export const RESIZE_MESSAGE = 'titre-sejour-92:resize';

export function reportHeight(parentOrigin: string | undefined): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Without a validated parentOrigin the height alone is sent to any origin: it reveals nothing.
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, parentOrigin ?? '*');
  };
  post();
  const observer = new ResizeObserver(post);
  observer.observe(document.documentElement);
  return () => observer.disconnect();
}
