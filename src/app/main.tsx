import { render } from 'preact';
import { isInterfaceLanguage, pickInterfaceLanguage } from '../core/languages';
import { db } from '../db/database';
import { openStorage } from '../db/errors';
import { DEFAULT_SETTINGS, readSettings } from '../db/settings';
import { preloadLanguage, startI18n } from '../i18n';
import { listenForInstallOffer } from '../pwa/install';
import { registerServiceWorker } from '../pwa/service-worker';
import { App } from './app';
import { StorageUnavailable } from './layout/storage-unavailable';
import './styles.css';

const preferred = pickInterfaceLanguage(navigator.languages) ?? 'nl';
// Fetch the likely interface language while the database opens, not after.
preloadLanguage(preferred);
const storageProblem = await openStorage(() => db.open());
const settings = storageProblem
  ? DEFAULT_SETTINGS
  : await readSettings().catch(() => DEFAULT_SETTINGS);
const chosen =
  settings.language && isInterfaceLanguage(settings.language) ? settings.language : null;
await startI18n(chosen ?? preferred);

const root = document.getElementById('app');
// A breath between starting up and drawing, so neither is one long task on a slow phone.
await new Promise((resolveYield) => setTimeout(resolveYield, 0));
if (root) {
  root.textContent = '';
  render(storageProblem ? <StorageUnavailable /> : <App initialSettings={settings} />, root);
}
listenForInstallOffer();
registerServiceWorker();
if (!storageProblem) {
  // Sync waits until the first screen is up; its code is not needed to draw it.
  setTimeout(
    () => void import('./sync/sync-service').then((sync) => sync.startBackgroundSync()),
    1500,
  );
}
