/**
 * The app's pictures, drawn on a 24×24 grid with round 2px strokes. Challenge icons carry
 * the names packs use (see core/pack/vocabulary.ts); the rest are for buttons and tabs.
 */
import type { IconName } from './pack/vocabulary';

export const CHALLENGE_ICONS: Record<IconName, string> = {
  bread: 'M5 10a7 4 0 0 1 14 0v8a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2zM9 9l-1 3M13 9l-1 3M17 9l-1 3',
  wave: 'M7 12V6a1.5 1.5 0 0 1 3 0v5M10 11V4a1.5 1.5 0 0 1 3 0v7M13 11V5a1.5 1.5 0 0 1 3 0v7M16 12V8a1.5 1.5 0 0 1 3 0v5c0 4-3 7-7 7s-6-2-8-6l-1-2a1.5 1.5 0 0 1 2.6-1.4L7 13M2 7c.5-2 1.5-3 3-4M21 4c1 1 1.5 2 1.5 3.5',
  map: 'M9 4 3 6v14l6-2 6 2 6-2V4l-6 2zM9 4v14M15 6v14',
  cart: 'M3 4h2l2.4 11h10.8L21 7H6.2M9 20a1 1 0 1 0 0-.01M17 20a1 1 0 1 0 0-.01',
  pharmacy: 'M4 7h16v13H4zM8 7V4h8v3M12 10v7M8.5 13.5h7',
  phone:
    'M6 3h3l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 4 5a2 2 0 0 1 2-2z',
  doctor: 'M6 3v6a4 4 0 0 0 8 0V3M10 13v2a5 5 0 0 0 10 0v-2M20 11a1.5 1.5 0 1 0 0-.01M4 3h4M12 3h4',
  school: 'M3 10 12 5l9 5-9 5zM7 12v5c3 2 7 2 10 0v-5M21 10v6',
  book: 'M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2zM4 21h15M8 7h7',
  coffee:
    'M4 9h12v6a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zM16 11h2a2 2 0 0 1 0 4h-2M8 3c-1 1 1 2 0 3M12 3c-1 1 1 2 0 3',
  bus: 'M6 3h12a2 2 0 0 1 2 2v12H4V5a2 2 0 0 1 2-2zM4 11h16M7 20v-3M17 20v-3M8 14.5h.01M16 14.5h.01',
  bike: 'M6 17a3.5 3.5 0 1 0 0-.01M18 17a3.5 3.5 0 1 0 0-.01M6 17l4-8h6l2 8M10 9 8.5 6H7M16 9l-1-3h2',
  house: 'M3 11 12 4l9 7M5 10v10h14V10M10 20v-6h4v6',
  work: 'M4 8h16v11H4zM9 8V5h6v3M4 13h16M12 12v2',
  'town-hall': 'M3 21h18M4 10h16M12 3 4 8v2h16V8zM6 10v8M10 10v8M14 10v8M18 10v8M4 18h16',
  market:
    'M3 9 5 4h14l2 5M3 9h18M3 9a3 3 0 0 0 6 0 3 3 0 0 0 6 0 3 3 0 0 0 6 0M5 12v8h14v-8M10 20v-5h4v5',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h2M14 14h2M8 17h2',
  chat: 'M4 5h12v8H9l-4 3v-3H4zM16 9h4v8h-1v3l-4-3h-5v-2',
  card: 'M3 6h18v12H3zM3 10h18M6 15h4',
  sick: 'M12 21a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM9 11h.01M15 11h.01M9 16c2-1.5 4-1.5 6 0M17 2v4M15 4h4',
};

export const UI_ICONS = {
  week: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M9 15l2 2 4-4',
  progress: 'M4 20h16M6 20v-6M11 20V9M16 20v-9M20 6l-4 3-5-3-5 4',
  packs: 'M3 7l9-4 9 4-9 4zM3 12l9 4 9-4M3 17l9 4 9-4',
  settings:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9 7 7M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1',
  speaker: 'M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11',
  slow: 'M3 17h15a3 3 0 0 0 3-3v-1h-3M5 17a7 7 0 0 1 13-4M9 10a3 3 0 0 1 5 0M6 17v2M15 17v2',
  check: 'M4 12l5 5L20 6',
  back: 'M15 5l-7 7 7 7',
  forward: 'M9 5l7 7-7 7',
  show: 'M3 5h18v12H3zM8 21h8M12 17v4M7 9h10M7 13h6',
  plus: 'M12 5v14M5 12h14',
  pause: 'M8 5v14M16 5v14',
  play: 'M7 4l13 8-13 8z',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6',
  download: 'M12 4v11M7 10l5 5 5-5M4 20h16',
  skip: 'M5 5l8 7-8 7zM17 5v14',
  repeat: 'M4 12a8 8 0 0 1 14-5l2 2M20 4v5h-5M20 12a8 8 0 0 1-14 5l-2-2M4 20v-5h5',
  close: 'M6 6l12 12M18 6 6 18',
  globe: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  text: 'M4 7V5h12v2M10 5v14M8 19h4M14 12v-1h7v1M17.5 11v8M16 19h3',
  star: 'M12 3l2.6 5.6 6 .7-4.5 4.1 1.2 6L12 16.5 6.7 19.4l1.2-6L3.4 9.3l6-.7z',
  warning: 'M12 3 2 20h20zM12 10v4M12 17h.01',
  cloud: 'M7 18a4 4 0 0 1-.5-8A6 6 0 0 1 18 9a4.5 4.5 0 0 1-.5 9z',
  pencil: 'M4 20h4L19 9l-4-4L4 16zM13 7l4 4',
  print: 'M7 9V3h10v6M7 17H4V9h16v8h-3M7 13h10v8H7zM17 12h.01',
} as const;

export type UiIconName = keyof typeof UI_ICONS;
