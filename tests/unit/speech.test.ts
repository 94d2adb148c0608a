// Reading aloud, without a browser: which voice may read a language, how a screen's words become
// utterances by language, and that stopping silences everything queued.
import { afterEach, describe, expect, it } from 'vitest';
import { speak, utterancesOf, type Voices } from '../../src/speech/speak';
import { voiceFor, watchVoices } from '../../src/speech/voices';
import { installFakeSpeech, removeFakeSpeech, type FakeVoice } from '../support/speech';

const voice = (lang: string, name = lang, more: Partial<FakeVoice> = {}) =>
  ({ name, lang, localService: true, default: false, voiceURI: name, ...more }) as SpeechSynthesisVoice;

afterEach(removeFakeSpeech);

describe('the voice for a language', () => {
  it('is one of that language only, matched on its primary subtag', () => {
    const voices = [voice('en-US'), voice('ar-SA'), voice('fr-CA')];
    expect(voiceFor(voices, 'ar')?.lang).toBe('ar-SA');
    expect(voiceFor(voices, 'fr')?.lang).toBe('fr-CA');
    expect(voiceFor(voices, 'fa')).toBeNull();
    expect(voiceFor([voice('es-ES')], 'en')).toBeNull();
  });

  it('is never a network voice, even when it is the only one or the default', () => {
    const online = voice('fr-FR', 'Google français', { localService: false, default: true });
    expect(voiceFor([online], 'fr')).toBeNull();
    expect(voiceFor([online, voice('fr-BE', 'local')], 'fr')?.name).toBe('local');
  });

  it('for Chinese, prefers simplified Mandarin (zh-CN, zh-Hans) over Taiwan or Hong Kong', () => {
    expect(voiceFor([voice('zh-HK'), voice('zh-TW'), voice('zh-CN')], 'zh')?.lang).toBe('zh-CN');
    expect(voiceFor([voice('zh-TW'), voice('zh-Hans-CN')], 'zh')?.lang).toBe('zh-Hans-CN');
    expect(voiceFor([voice('cmn_CN')], 'zh')?.lang).toBe('cmn_CN');
    expect(voiceFor([voice('zh-TW')], 'zh')?.lang).toBe('zh-TW');
  });

  it('for French, prefers France, then the device default', () => {
    expect(voiceFor([voice('fr-CA'), voice('fr-FR')], 'fr')?.lang).toBe('fr-FR');
    expect(voiceFor([voice('fr-CA', 'a'), voice('fr-BE', 'b', { default: true })], 'fr')?.name).toBe('b');
  });

  it('is looked for again when voices arrive late (voiceschanged)', () => {
    const speech = installFakeSpeech([]);
    const seen: number[] = [];
    const unsubscribe = watchVoices(globalThis.speechSynthesis, (voices) => seen.push(voices.length));
    speech.setVoices([{ name: 'Maged', lang: 'ar-SA' }]);
    unsubscribe();
    speech.setVoices([]);
    expect(seen).toEqual([0, 1]);
    expect(speech.listeners).toBe(0);
  });
});

describe('a screen’s words become utterances by language', () => {
  const ar = voice('ar-SA');
  const fr = voice('fr-FR');
  const said = (voices: Voices, lines: string[], frenchTerm: string | null = null) =>
    utterancesOf(
      lines.map((words) => ({ words, french: false })),
      voices,
      frenchTerm,
    ).map((u) => [u.voice.lang, u.text]);

  it('on a French page, one utterance a line, the marks gone', () => {
    expect(said({ page: fr, french: fr }, ['Le portail (<fr>ANEF</fr>) ouvre', 'Étape'])).toEqual([
      ['fr-FR', 'Le portail ANEF ouvre'],
      ['fr-FR', 'Étape'],
    ]);
  });

  it('on an Arabic page with a French voice, French terms are read by it, the rest by the Arabic voice', () => {
    const line = 'قدّموا ملفكم عبر الإنترنت على <fr>démarches simplifiées</fr>.';
    expect(said({ page: ar, french: fr }, [line])).toEqual([
      ['ar-SA', 'قدّموا ملفكم عبر الإنترنت على'],
      ['fr-FR', 'démarches simplifiées'],
    ]);
    expect(said({ page: ar, french: fr }, ['الوصل (<fr>récépissé</fr>) الذي لديكم'])).toEqual([
      ['ar-SA', 'الوصل'],
      ['fr-FR', 'récépissé'],
      ['ar-SA', 'الذي لديكم'],
    ]);
  });

  it('without a French voice, no French term is read by the Arabic voice', () => {
    const voices = { page: ar, french: null };
    const placeholder = 'كلمة فرنسية مكتوبة على الشاشة';
    // A term in brackets glosses the words before it: left out.
    expect(said(voices, ['الوصل (<fr>récépissé</fr>) الذي لديكم'], placeholder)).toEqual([
      ['ar-SA', 'الوصل الذي لديكم'],
    ]);
    expect(said(voices, ['أجير (<fr>salarié</fr> / <fr>travailleur temporaire</fr>)'], placeholder)).toEqual([
      ['ar-SA', 'أجير'],
    ]);
    // A term standing alone: the page's own words say that a French word is on the screen.
    expect(said(voices, ['قدّموا ملفكم على <fr>démarches simplifiées</fr>.'], placeholder)).toEqual([
      ['ar-SA', `قدّموا ملفكم على ${placeholder}.`],
    ]);
    // No such words in the page's language: left out rather than read in French.
    expect(said(voices, ['قدّموا ملفكم على <fr>démarches simplifiées</fr>.'])).toEqual([
      ['ar-SA', 'قدّموا ملفكم على .'],
    ]);
  });

  it('a line not yet translated (French shown in its place) is read by the French voice, or not at all', () => {
    const lines = [
      { words: 'الوصل', french: false },
      { words: 'Déposez votre dossier sur <fr>démarches simplifiées</fr>.', french: true },
    ];
    expect(utterancesOf(lines, { page: ar, french: fr }, null).map((u) => [u.voice.lang, u.text])).toEqual([
      ['ar-SA', 'الوصل'],
      ['fr-FR', 'Déposez votre dossier sur démarches simplifiées.'],
    ]);
    expect(utterancesOf(lines, { page: ar, french: null }, 'كلمة').map((u) => u.text)).toEqual(['الوصل']);
  });

  it('terms side by side are read as one, a slash as a pause; punctuation alone is not queued', () => {
    expect(
      said({ page: ar, french: fr }, ['<fr>salarié</fr> / <fr>travailleur temporaire</fr>', ' : ']),
    ).toEqual([['fr-FR', 'salarié, travailleur temporaire']]);
  });
});

describe('speaking and stopping', () => {
  const fr = voice('fr-FR', 'Amélie');

  it('queues each utterance with its voice and that voice’s language, and says when all is read', () => {
    const speech = installFakeSpeech([]);
    let ended = 0;
    speak(
      globalThis.speechSynthesis,
      [
        { text: 'Un', voice: fr },
        { text: 'Deux', voice: voice('ar-SA', 'Maged') },
      ],
      () => (ended += 1),
    );
    expect(speech.spoken).toEqual([
      { text: 'Un', lang: 'fr-FR', voice: 'Amélie' },
      { text: 'Deux', lang: 'ar-SA', voice: 'Maged' },
    ]);
    speech.finishAll();
    expect(ended).toBe(1);
  });

  it('stop silences everything queued, and does not report an end', () => {
    const speech = installFakeSpeech([]);
    let ended = 0;
    const stop = speak(globalThis.speechSynthesis, [{ text: 'Un', voice: fr }], () => (ended += 1));
    stop();
    expect(speech.queued).toBe(0);
    expect(ended).toBe(0);
  });

  it('a reading that fails ends, and the rest of it is dropped', () => {
    const speech = installFakeSpeech([]);
    let ended = 0;
    speak(
      globalThis.speechSynthesis,
      [
        { text: 'Un', voice: fr },
        { text: 'Deux', voice: fr },
      ],
      () => (ended += 1),
    );
    globalThis.speechSynthesis.cancel(); // as another page or the system would
    expect(ended).toBe(1);
    expect(speech.queued).toBe(0);
  });
});
