import { render } from '@testing-library/preact';
import i18next from 'i18next';
import type { InterfaceLanguage } from '../../src/core/languages';
import { App } from '../../src/app/app';
import { db } from '../../src/db/database';
import { loadScreenTexts, startI18n, switchLanguage } from '../../src/i18n';

/** Starts the interface in `language` with every screen's texts (the first call sets up i18next). */
export async function useLanguage(language: InterfaceLanguage): Promise<void> {
  if (i18next.isInitialized) await switchLanguage(language);
  else await startI18n(language);
  await loadScreenTexts();
}

/** Empties every table of this device's database, sync state included (a brand-new phone). */
export async function clearDevice(): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
}

/** The whole app at `path`, on an empty device, speaking `language`. */
export async function renderApp(path = '/', language: InterfaceLanguage = 'nl') {
  await clearDevice();
  await useLanguage(language);
  window.history.replaceState(null, '', path);
  return render(<App />);
}

/** The app at `path` without erasing what earlier steps of a test stored. */
export async function renderAppKeepingData(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}
