/** Closed word lists that packs choose from, so the app can draw and translate them. */

export const LEVELS = ['A0', 'A1', 'A2', 'B1'] as const;
export type Level = (typeof LEVELS)[number];

/** Themes match the places a learner says they want to use Dutch (see the intake). */
export const THEMES = [
  'shopping',
  'neighbours',
  'directions',
  'health',
  'work',
  'school',
  'municipality',
  'library',
  'social',
  'transport',
  'housing',
] as const;
export type Theme = (typeof THEMES)[number];

/** Icons the app ships as SVG; a challenge names one instead of carrying a picture. */
export const ICONS = [
  'bread',
  'wave',
  'map',
  'cart',
  'pharmacy',
  'phone',
  'doctor',
  'school',
  'book',
  'coffee',
  'bus',
  'bike',
  'house',
  'work',
  'town-hall',
  'market',
  'calendar',
  'chat',
  'card',
  'sick',
] as const;
export type IconName = (typeof ICONS)[number];

/** Who speaks a role-play line: the learner, or the other person (baker, assistant…). */
export const ROLES = ['learner', 'other'] as const;
export type Role = (typeof ROLES)[number];
