import { t } from '../../i18n';
import { Icon } from '../ui/icon';

/** Said when the phone has no Dutch voice or a recording would not play (a live region, always present). */
interface SpeechNoticeProps {
  hasNoVoice: boolean;
  hasFailed: boolean;
  onClose: () => void;
}

export function SpeechNotice({ hasNoVoice, hasFailed, onClose }: SpeechNoticeProps) {
  const isShown = hasNoVoice || hasFailed;
  return (
    <div role="status" class={isShown ? 'banner banner-info speech-toast' : 'visually-hidden'}>
      {isShown && (
        <>
          <Icon name="speaker" />
          <p>{hasNoVoice ? t('speech.noVoice') : t('speech.failed')}</p>
          <button
            type="button"
            class="button-icon"
            onClick={onClose}
            aria-label={t('common.close')}
          >
            <Icon name="close" />
          </button>
        </>
      )}
    </div>
  );
}
