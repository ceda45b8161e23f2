import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { InterfaceLanguage } from '../core/languages';
import { DEFAULT_SETTINGS, type Settings } from '../db/settings';

/** What every screen may need: the interface language, the settings and the week to plan with. */
export interface AppState {
  language: InterfaceLanguage;
  settings: Settings;
  week: number;
}

export const AppContext = createContext<AppState>({
  language: 'nl',
  settings: DEFAULT_SETTINGS,
  week: 0,
});

export function useApp(): AppState {
  return useContext(AppContext);
}
