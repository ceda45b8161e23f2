import { useState } from 'preact/hooks';
import { useApp } from '../app-context';
import { speakDutch, type SpeechResult } from './speech';

/** How much slower the "slow" button speaks than the learner's normal speed. */
const SLOW_FACTOR = 0.6;

/** Speaks Dutch at the learner's speed (or slower), and remembers whether the device lacked a voice. */
export function useSpeaker() {
  const { settings } = useApp();
  const [lastResult, setLastResult] = useState<SpeechResult | null>(null);
  const speak = async (text: string, isSlow: boolean, recordingUrl?: string) => {
    const rate = settings.speechRate * (isSlow ? SLOW_FACTOR : 1);
    setLastResult(await speakDutch(text, rate, recordingUrl));
  };
  return {
    speak,
    hasNoVoice: lastResult === 'no-dutch-voice',
    hasFailed: lastResult === 'failed',
    dismiss: () => setLastResult(null),
  };
}
