import { useEffect, useState } from 'preact/hooks';
import { saveSetting } from '../../db/settings';
import { t } from '../../i18n';
import {
  canOfferInstall,
  needsIosHint,
  offerInstall,
  onInstallOfferChanged,
} from '../../pwa/install';
import { useApp } from '../app-context';
import { Icon } from '../ui/icon';

/** Offered on the home screen once the learner has a pack: put the app on the home screen. */
export function InstallOffer() {
  const { settings } = useApp();
  const [canInstall, setCanInstall] = useState(canOfferInstall());
  useEffect(() => onInstallOfferChanged(() => setCanInstall(canOfferInstall())), []);
  const isIos = needsIosHint();
  if (settings.hasDismissedInstall || (!canInstall && !isIos)) return null;
  const dismiss = () => void saveSetting('hasDismissedInstall', true);
  return (
    <section class="card install-offer" aria-labelledby="install-title">
      <h2 id="install-title">
        <Icon name="download" /> {t('install.title')}
      </h2>
      <p>{t('install.text')}</p>
      {isIos ? (
        <p>{t('install.iosHint')}</p>
      ) : (
        <button
          type="button"
          class="button button-primary"
          onClick={() => void offerInstall().then(dismiss)}
        >
          <Icon name="download" />
          {t('install.button')}
        </button>
      )}
      <button type="button" class="button button-quiet" onClick={dismiss}>
        {t('install.notNow')}
      </button>
    </section>
  );
}
