/**
 * Says Dutch sentences aloud: the pack's recording where there is one, otherwise the
 * device's own Dutch voice. Without a Dutch voice it says so instead of reading Dutch with
 * a foreign accent.
 */

export type SpeechResult = 'spoken' | 'no-dutch-voice' | 'failed';

const isSpeechSynthesisAvailable = () => typeof speechSynthesis !== 'undefined';

/** The best Dutch voice on this device, if any (nl-NL before nl-BE). */
export function dutchVoice(): SpeechSynthesisVoice | undefined {
  if (!isSpeechSynthesisAvailable()) return undefined;
  const voices = speechSynthesis
    .getVoices()
    .filter((voice) => voice.lang.toLowerCase().startsWith('nl'));
  return voices.find((voice) => voice.lang === 'nl-NL') ?? voices[0];
}

/** Waits briefly for the voice list, which some browsers fill in only after the page loads. */
export function whenVoicesKnown(timeoutMs = 1500): Promise<void> {
  if (!isSpeechSynthesisAvailable() || speechSynthesis.getVoices().length > 0)
    return Promise.resolve();
  return new Promise((resolveWait) => {
    const done = () => {
      speechSynthesis.removeEventListener('voiceschanged', done);
      resolveWait();
    };
    speechSynthesis.addEventListener('voiceschanged', done);
    setTimeout(done, timeoutMs);
  });
}

let currentAudio: HTMLAudioElement | null = null;

function stopSpeaking(): void {
  currentAudio?.pause();
  currentAudio = null;
  if (isSpeechSynthesisAvailable()) speechSynthesis.cancel();
}

function playRecording(url: string, rate: number): Promise<SpeechResult> {
  const audio = new Audio(url);
  audio.playbackRate = rate;
  audio.preservesPitch = true;
  currentAudio = audio;
  return audio.play().then(
    () => 'spoken',
    () => 'failed',
  );
}

/** Speaks one Dutch sentence at `rate` (1 is normal, lower is slower). */
export async function speakDutch(
  text: string,
  rate: number,
  recordingUrl?: string,
): Promise<SpeechResult> {
  stopSpeaking();
  if (recordingUrl) return playRecording(recordingUrl, rate);
  await whenVoicesKnown();
  const voice = dutchVoice();
  if (!voice) return 'no-dutch-voice';
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voice.lang;
  utterance.voice = voice;
  utterance.rate = rate;
  speechSynthesis.speak(utterance);
  return 'spoken';
}
