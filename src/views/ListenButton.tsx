// "Écouter": reads the screen aloud with the device's own voices (docs/read-aloud.md). Loaded
// lazily by ./Listen.tsx; shows nothing until the device has a voice for the page's language.
import { useEffect, useRef, useState } from 'react';
import { useWords } from '../i18n/words';
import type { Key } from '../i18n/keys';
import type { QuestionScreenModel } from '../screen/describe';
import type { OutcomeScreenModel } from '../screen/outcome';
import { linesOf } from '../speech/lines';
import { speak, utterancesOf } from '../speech/speak';
import { voiceFor, watchVoices } from '../speech/voices';
import { useTextWords } from './T';
import './listen.css';

export default function ListenButton({ screen }: { screen: QuestionScreenModel | OutcomeScreenModel }) {
  const { t, i18n } = useWords();
  const words = useTextWords();
  const language = i18n.language;
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [speaking, setSpeaking] = useState(false);
  const stop = useRef<(() => void) | null>(null);

  useEffect(() => watchVoices(window.speechSynthesis, setVoices), []);
  const page = voiceFor(voices, language);
  const hasVoice = page !== null;
  // Another language, its voice gone, or leaving the screen (a step, a kiosk reset): silence.
  useEffect(
    () => () => {
      stop.current?.();
      stop.current = null;
      setSpeaking(false);
    },
    [language, hasVoice],
  );

  if (!page) return null;
  const french = language === 'fr' ? page : voiceFor(voices, 'fr');

  const toggle = () => {
    if (stop.current) {
      stop.current();
      stop.current = null;
      setSpeaking(false);
      return;
    }
    // The page's own words only: French shown in their place (not yet translated) is French.
    const translated = (key: Key) => i18n.exists(key, { fallbackLng: false });
    const frenchTerm = translated('listen.frenchTerm') ? t('listen.frenchTerm') : null;
    const lines = linesOf(screen, words, translated);
    const utterances = utterancesOf(lines, { page, french }, frenchTerm);
    if (utterances.length === 0) return; // nothing in the page's language to read yet
    const done = () => {
      stop.current = null;
      setSpeaking(false);
    };
    stop.current = speak(window.speechSynthesis, utterances, done);
    setSpeaking(true);
  };

  return (
    <div className="listen">
      <button type="button" className="button secondary listen-button" data-action="listen" onClick={toggle}>
        <svg className="listen-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          {speaking ? (
            <rect x="6" y="6" width="12" height="12" rx="1" />
          ) : (
            <path d="M4 9v6h4l5 4V5L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z" />
          )}
        </svg>
        {speaking ? t('listen.stop') : t('listen.start')}
      </button>
      {/* Mounted empty with the button, so that screen readers announce the change. */}
      <p className="visually-hidden" role="status">
        {speaking ? t('listen.speaking') : ''}
      </p>
    </div>
  );
}
