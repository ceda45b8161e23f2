/** The kinds of records that sync, and the settings that follow the learner (no zod here: the app's first screen needs these). */

export const RECORD_KIND_NAMES = [
  'tick',
  'reflection',
  'enrolment',
  'pack',
  'setting',
  'intake',
  'plan',
  'appointment',
  'checklist',
  'learner',
] as const;
export type RecordKind = (typeof RECORD_KIND_NAMES)[number];

/** Settings that follow the learner to a new phone (not device-only ones such as "install dismissed"). */
export const SYNCED_SETTINGS = ['language', 'textSize', 'speechRate', 'hasSeenIntro'] as const;
export type SyncedSetting = (typeof SYNCED_SETTINGS)[number];
