import { vi } from 'vitest';

/** A stand-in for the browser's speech synthesis, with or without a Dutch voice. */
export function fakeSpeech(voices: { lang: string; name: string }[]) {
  const spoken: { text: string; lang: string; rate: number }[] = [];
  class Utterance {
    lang = '';
    rate = 1;
    voice: unknown = null;
    constructor(readonly text: string) {}
  }
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voices,
    speak: (utterance: Utterance) =>
      spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate }),
    cancel: () => undefined,
    // The voice list is already known: answer at once.
    addEventListener: (_type: string, listener: () => void) => listener(),
    removeEventListener: () => undefined,
  });
  return spoken;
}
