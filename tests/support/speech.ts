// A stand-in for the Web Speech API's speechSynthesis: a list of voices that can change (as when
// a browser loads them late and fires `voiceschanged`), and a record of every utterance queued.
// Self-contained (no outside names), so that a browser test can pass it to `page.addInitScript`.

export interface FakeVoice {
  name: string;
  lang: string;
  /** false: a network voice (the text would leave the device). */
  localService?: boolean;
  default?: boolean;
}

export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

export interface FakeSpeech {
  /** Every utterance queued, in order. */
  spoken: Spoken[];
  /** How many utterances are waiting or being read. */
  readonly queued: number;
  /** How many `voiceschanged` listeners are attached (the button is mounted and listening). */
  readonly listeners: number;
  cancels: number;
  /** Replaces the voices and fires `voiceschanged`. */
  setVoices: (voices: FakeVoice[]) => void;
  /** The device reads everything queued to the end. */
  finishAll: () => void;
}

interface Utterance {
  text: string;
  lang: string;
  voice: { name: string } | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export function installFakeSpeech(initial: FakeVoice[]): FakeSpeech {
  const toVoice = (voice: FakeVoice) => ({
    name: voice.name,
    lang: voice.lang,
    voiceURI: voice.name,
    localService: voice.localService ?? true,
    default: voice.default ?? false,
  });
  let voices = initial.map(toVoice);
  const listeners = new Set<() => void>();
  const queue: Utterance[] = [];

  const control: FakeSpeech = {
    spoken: [],
    get queued() {
      return queue.length;
    },
    get listeners() {
      return listeners.size;
    },
    cancels: 0,
    setVoices(list) {
      voices = list.map(toVoice);
      for (const listener of [...listeners]) listener();
    },
    finishAll() {
      for (let next = queue.shift(); next; next = queue.shift()) next.onend?.({ type: 'end' });
    },
  };

  class FakeUtterance implements Utterance {
    lang = '';
    voice: { name: string } | null = null;
    onend: ((event: unknown) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    constructor(public text = '') {}
  }

  const synth = {
    get speaking() {
      return queue.length > 0;
    },
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => [...voices],
    speak(utterance: Utterance) {
      control.spoken.push({
        text: utterance.text,
        lang: utterance.lang,
        voice: utterance.voice?.name ?? null,
      });
      queue.push(utterance);
    },
    cancel() {
      control.cancels += 1;
      // As browsers do: what was queued ends with an "interrupted" error.
      for (const dropped of queue.splice(0)) dropped.onerror?.({ type: 'error', error: 'interrupted' });
    },
    pause: () => undefined,
    resume: () => undefined,
    addEventListener(type: string, listener: () => void) {
      if (type === 'voiceschanged') listeners.add(listener);
    },
    removeEventListener(_type: string, listener: () => void) {
      listeners.delete(listener);
    },
  };

  // In jsdom, `window` is not the global object; in Node there is no `window`.
  const targets = typeof window === 'undefined' ? [globalThis] : [globalThis, window];
  for (const target of targets) {
    Object.defineProperty(target, 'speechSynthesis', { value: synth, configurable: true, writable: true });
    Object.defineProperty(target, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
      writable: true,
    });
  }
  for (const target of targets) (target as unknown as { __speech: FakeSpeech }).__speech = control;
  return control;
}

/** Back to a browser without speech synthesis (jsdom's default). */
export function removeFakeSpeech() {
  for (const target of typeof window === 'undefined' ? [globalThis] : [globalThis, window]) {
    Reflect.deleteProperty(target, 'speechSynthesis');
    Reflect.deleteProperty(target, 'SpeechSynthesisUtterance');
  }
}
