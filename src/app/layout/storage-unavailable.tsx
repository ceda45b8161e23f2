import { t } from '../../i18n';
import { Icon } from '../ui/icon';

/** Shown instead of the app when this browser cannot store anything (private mode, no IndexedDB). */
export function StorageUnavailable() {
  return (
    <main id="main" class="page">
      <h1>
        <Icon name="warning" /> {t('storage.unavailable.title')}
      </h1>
      <p>{t('storage.unavailable.what')}</p>
      <p>{t('storage.unavailable.safe')}</p>
    </main>
  );
}
