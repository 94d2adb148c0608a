import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Are you still there?": a modal dialog (the page behind is inert) with a visible countdown and
 * one large button, focused. A tap anywhere or Escape also keeps the session (machines/idle.ts).
 */
export function IdleDialog({ remaining, onContinue }: { remaining: number; onContinue: () => void }) {
  // The kiosk's words are fetched when kiosk mode starts (useKiosk), long before a countdown.
  const { t } = useTranslation('kiosk');
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    const element = dialog.current!;
    // jsdom has no showModal; an open dialog is still a dialog there.
    if (typeof element.showModal === 'function') {
      if (!element.open) element.showModal();
    } else element.setAttribute('open', '');
    button.current?.focus();
    return () => {
      if (typeof element.close === 'function') element.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="idle-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      data-idle-dialog=""
      // A tap anywhere, on the dialog or its backdrop (which covers the page), keeps the session.
      onClick={onContinue}
      onCancel={(event) => {
        // Escape keeps the session, as the button does.
        event.preventDefault();
        onContinue();
      }}
    >
      <h2 id="idle-title">{t('kiosk.idle.title')}</h2>
      <p id="idle-text">{t('kiosk.idle.text')}</p>
      <p className="idle-countdown" role="timer">
        <span className="idle-seconds">{remaining}</span>
        <span>{t('kiosk.idle.countdown', { count: remaining })}</span>
      </p>
      <button
        ref={button}
        type="button"
        className="button primary idle-continue"
        data-action="continue-session"
      >
        {t('kiosk.idle.continue')}
      </button>
    </dialog>
  );
}
