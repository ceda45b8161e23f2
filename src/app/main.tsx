import { render } from 'preact';
import { isInterfaceLanguage, pickInterfaceLanguage } from '../core/languages';
import { db } from '../db/database';
import { openStorage } from '../db/errors';
import { DEFAULT_SETTINGS, readSettings } from '../db/settings';
import { startI18n } from '../i18n';
import { listenForInstallOffer } from '../pwa/install';
import { registerServiceWorker } from '../pwa/service-worker';
import { App } from './app';
import { StorageUnavailable } from './layout/storage-unavailable';
import './styles.css';

const storageProblem = await openStorage(() => db.open());
const settings = storageProblem
  ? DEFAULT_SETTINGS
  : await readSettings().catch(() => DEFAULT_SETTINGS);
const chosen =
  settings.language && isInterfaceLanguage(settings.language) ? settings.language : null;
await startI18n(chosen ?? pickInterfaceLanguage(navigator.languages) ?? 'nl');

const root = document.getElementById('app');
if (root) render(storageProblem ? <StorageUnavailable /> : <App />, root);
listenForInstallOffer();
registerServiceWorker();
