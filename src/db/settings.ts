/** The learner's settings, one key each, with defaults for a first start. */
import type { InterfaceLanguage } from '../core/languages';
import { SYNCED_SETTINGS, type SyncedSetting } from '../core/sync/kinds';
import { db } from './database';
import { guardedWrite } from './errors';
import { OUTBOX_TABLES, queueChange } from './outbox';

export const TEXT_SIZES = [1, 1.25, 1.5, 2] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const SPEECH_RATES = [0.8, 1, 1.2] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];

export interface Settings {
  /** Null until the learner (or the browser) chose one. */
  language: InterfaceLanguage | null;
  textSize: TextSize;
  speechRate: SpeechRate;
  hasSeenIntro: boolean;
  /** The learner said "not now" to putting the app on the home screen. */
  hasDismissedInstall: boolean;
  /** Persistent storage was asked for once, after the first tick. */
  hasAskedToKeepData: boolean;
  /** The latest week this device has seen; a clock set back plans with this. */
  highestWeekSeen: number;
}

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  textSize: 1,
  speechRate: 1,
  hasSeenIntro: false,
  hasDismissedInstall: false,
  hasAskedToKeepData: false,
  highestWeekSeen: 0,
};

/** All settings, defaults filled in. */
export async function readSettings(): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...DEFAULT_SETTINGS, ...stored } as Settings;
}

const isSynced = (key: string): key is SyncedSetting =>
  (SYNCED_SETTINGS as readonly string[]).includes(key);

/** Saves one setting; those that follow the learner to a new phone are queued for sync too. */
export function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', [db.settings, ...OUTBOX_TABLES()], async () => {
      await db.settings.put({ key, value });
      if (isSynced(key)) await queueChange('setting', key, 'put', { key, value }, Date.now());
    }),
  );
}

/** Remembers the week now, unless a later one was seen already. */
export async function noteWeekSeen(week: number): Promise<number> {
  const { highestWeekSeen } = await readSettings();
  if (week > highestWeekSeen) await saveSetting('highestWeekSeen', week);
  return Math.max(week, highestWeekSeen);
}
