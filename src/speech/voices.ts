// Which of the device's voices may read a language (docs/read-aloud.md). A voice reads only its
// own language (its `lang`'s primary subtag), and only if it runs on the device: a voice without
// `localService` sends the text to its vendor's servers, so it is never used.

/** Voice tags that name one of the guide's languages by another code. */
const ALIASES: Record<string, string> = { cmn: 'zh', prs: 'fa' };

/** Variants preferred when the device has several: the guide's Chinese is simplified, its French is France's. */
const PREFERRED: Record<string, readonly string[]> = {
  zh: ['zh-cn', 'zh-hans', 'cmn-cn', 'cmn-hans', 'zh-sg'],
  fr: ['fr-fr'],
};

const tagOf = (voice: SpeechSynthesisVoice) => voice.lang.replace(/_/g, '-').toLowerCase();

function primaryOf(voice: SpeechSynthesisVoice): string {
  const primary = tagOf(voice).split('-')[0] ?? '';
  return ALIASES[primary] ?? primary;
}

/** A local voice for `language` (a code of src/i18n/languages.ts), or null: then nothing is read. */
export function voiceFor(
  voices: readonly SpeechSynthesisVoice[],
  language: string,
): SpeechSynthesisVoice | null {
  const preferred = PREFERRED[language] ?? [];
  const rank = (voice: SpeechSynthesisVoice) => {
    const variant = preferred.findIndex((tag) => tagOf(voice).startsWith(tag));
    return (variant === -1 ? preferred.length : variant) * 2 + (voice.default ? 0 : 1);
  };
  const usable = voices.filter((voice) => voice.localService && primaryOf(voice) === language);
  return usable.reduce<SpeechSynthesisVoice | null>(
    (best, voice) => (best === null || rank(voice) < rank(best) ? voice : best),
    null,
  );
}

/**
 * Calls `onChange` with the voices now and whenever they change. Browsers often list none at
 * first and fire `voiceschanged` when they have loaded them. Returns the unsubscribe function.
 */
export function watchVoices(
  synth: SpeechSynthesis,
  onChange: (voices: SpeechSynthesisVoice[]) => void,
): () => void {
  const update = () => onChange(synth.getVoices());
  update();
  synth.addEventListener('voiceschanged', update);
  return () => synth.removeEventListener('voiceschanged', update);
}
