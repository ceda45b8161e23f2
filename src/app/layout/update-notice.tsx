import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { applyUpdate, onUpdateReady } from '../../pwa/service-worker';
import { Icon } from '../ui/icon';

/** "A new version is ready — refresh": the app only switches when the learner taps. */
export function UpdateNotice() {
  const [isReady, setReady] = useState(false);
  useEffect(() => onUpdateReady(() => setReady(true)), []);
  return (
    <div role="status" class={isReady ? 'banner banner-info update-notice' : 'visually-hidden'}>
      {isReady && (
        <>
          <Icon name="repeat" />
          <p>{t('update.ready')}</p>
          <button type="button" class="button button-primary" onClick={applyUpdate}>
            {t('update.refresh')}
          </button>
        </>
      )}
    </div>
  );
}
