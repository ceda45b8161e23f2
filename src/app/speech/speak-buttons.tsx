import { t } from '../../i18n';
import { Icon } from '../ui/icon';

interface SpeakButtonsProps {
  text: string;
  onSpeak: (text: string, isSlow: boolean) => void;
}

/** "Listen" and "Listen slowly" for one Dutch sentence. */
export function SpeakButtons({ text, onSpeak }: SpeakButtonsProps) {
  return (
    <div class="speak-buttons">
      <button
        type="button"
        class="button-icon"
        onClick={() => onSpeak(text, false)}
        aria-label={t('speech.listen', { text })}
      >
        <Icon name="speaker" />
      </button>
      <button
        type="button"
        class="button-icon"
        onClick={() => onSpeak(text, true)}
        aria-label={t('speech.listenSlowly', { text })}
      >
        <Icon name="slow" />
      </button>
    </div>
  );
}
