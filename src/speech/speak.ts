// Reading a screen aloud: its lines (words with `<fr>…</fr>` marks, see src/i18n/rich.tsx) become
// utterances by language, each with a voice of that language, queued in speechSynthesis.
import type { SpokenLine } from './lines';

export interface Voices {
  /** A voice of the page's language. */
  page: SpeechSynthesisVoice;
  /** A French voice, for the terms marked `<fr>`, or null when the device has none. */
  french: SpeechSynthesisVoice | null;
}

export interface Utterance {
  text: string;
  voice: SpeechSynthesisVoice;
}

// As in src/i18n/rich.tsx: brackets hugging a French term belong to it.
const FRENCH_TERM = /(\()?<fr>(.*?)<\/fr>(\))?/g;
// Terms side by side ("<fr>salarié</fr> / <fr>travailleur temporaire</fr>") are read as one.
const SIDE_BY_SIDE = /<\/fr>(\s*[/,،]\s*)<fr>/g;
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/**
 * The utterances that read `lines`, in order: the page's language with its voice, each French
 * term with the French voice. A line is never merged with the next (a pause between them). A
 * line still in French (not translated yet) is read by the French voice, or not at all.
 *
 * Without a French voice, a French term is never read by a voice of another language (it would
 * be mangled past recognition): a term in brackets glosses words just said in the page's
 * language and is left out; a term standing alone is replaced by `frenchTerm` ("a French word,
 * written on the screen", in the page's language), or left out if there is no such phrase.
 */
export function utterancesOf(
  lines: readonly SpokenLine[],
  voices: Voices,
  frenchTerm: string | null,
): Utterance[] {
  return lines.flatMap(({ words, french }) => {
    if (!french) return lineUtterances(words, voices, frenchTerm);
    return voices.french ? lineUtterances(words, { page: voices.french, french: voices.french }, null) : [];
  });
}

function lineUtterances(marked: string, voices: Voices, frenchTerm: string | null): Utterance[] {
  const line = marked.replace(SIDE_BY_SIDE, '$1');
  const parts: Utterance[] = [];
  const add = (text: string, voice: SpeechSynthesisVoice) => {
    const last = parts.at(-1);
    if (last?.voice === voice) last.text += text;
    else parts.push({ text, voice });
  };
  let from = 0;
  for (const match of line.matchAll(FRENCH_TERM)) {
    const [whole, open, term = '', close] = match;
    add(line.slice(from, match.index), voices.page);
    if (voices.french) add(term, voices.french);
    else if (open === undefined && close === undefined && frenchTerm) add(frenchTerm, voices.page);
    from = match.index + whole.length;
  }
  add(line.slice(from), voices.page);
  // A spaced slash ("a / b") is a pause, not a word for the voice to say.
  const spoken = (text: string) =>
    text
      .replace(/\s+\/\s+/g, ', ')
      .replace(/\s+/g, ' ')
      .trim();
  return parts
    .map((part) => ({ ...part, text: spoken(part.text) }))
    .filter((part) => SAYS_SOMETHING.test(part.text));
}

/**
 * Reads the utterances in order; `onEnd` is called once, when the last one has been read or
 * reading failed. Returns `stop`, which silences it (without calling `onEnd`).
 */
export function speak(
  synth: SpeechSynthesis,
  utterances: readonly Utterance[],
  onEnd: () => void,
): () => void {
  if (synth.speaking || synth.pending) synth.cancel();
  let live = true;
  const finish = () => {
    if (!live) return;
    live = false;
    synth.cancel();
    onEnd();
  };
  // Held until the end: some browsers drop the events of utterances nothing refers to.
  const queued = utterances.map(({ text, voice }, index) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onerror = finish;
    if (index === utterances.length - 1) utterance.onend = finish;
    synth.speak(utterance);
    return utterance;
  });
  return () => {
    if (!live) return;
    live = false;
    queued.length = 0;
    synth.cancel();
  };
}
