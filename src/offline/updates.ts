// A new version of the guide waits (registerType 'prompt') rather than replacing the running one:
// a kiosk applies it only at a reset, never in the middle of someone's session; elsewhere it
// takes over at a later visit, once no tab of the old version is open.
let applyWaiting: (() => Promise<void>) | undefined;
let registration: ServiceWorkerRegistration | undefined;

/** Called by the registration when a new version is installed and waiting. */
export function offerUpdate(apply: () => Promise<void>) {
  applyWaiting = apply;
}

export function setRegistration(value: ServiceWorkerRegistration | undefined) {
  registration = value;
}

/**
 * At a kiosk reset: a waiting version takes over now (the page then reloads on the start screen).
 * Otherwise, since a kiosk never navigates, look for a new version, to apply at the next reset.
 * Returns whether the page is about to reload.
 */
export function applyUpdateAtReset(): boolean {
  if (applyWaiting) {
    void applyWaiting();
    applyWaiting = undefined;
    return true;
  }
  void registration?.update().catch(() => undefined);
  return false;
}
