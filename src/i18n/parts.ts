/**
 * Each interface language loads in two parts: the texts of the app's frame and its first
 * screen (small, needed on a first visit), and the rest, loaded with the first other screen.
 * The locale files stay one per language; the build cuts them (src/build/locale-parts-plugin.ts).
 */
export type Messages = { [key: string]: string | Messages };

export type TextPart = 'first' | 'rest';

/** Sections and single texts that the code in the first chunk shows (a test keeps this list complete). */
export const FIRST_SCREEN_TEXTS = [
  'app',
  'common',
  'nav',
  'notFound',
  'storage',
  'update',
  'welcome',
  'settings.language',
  'packs.toHome',
] as const;

function isFirst(path: string): boolean {
  return FIRST_SCREEN_TEXTS.some((first) => path === first || path.startsWith(`${first}.`));
}

function isAbove(path: string): boolean {
  return FIRST_SCREEN_TEXTS.some((first) => first.startsWith(`${path}.`));
}

function pick(messages: Messages, part: TextPart, prefix: string): Messages {
  const picked: Messages = {};
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && isAbove(path)) {
      const inner = pick(value, part, path);
      if (Object.keys(inner).length > 0) picked[key] = inner;
    } else if (isFirst(path) === (part === 'first')) {
      picked[key] = value;
    }
  }
  return picked;
}

/** One part of a language's messages; the two parts together are the whole. */
export function textPart(messages: Messages, part: TextPart): Messages {
  return pick(messages, part, '');
}
