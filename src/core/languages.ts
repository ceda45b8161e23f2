/** Languages the interface speaks. Dutch is also the language being learned. */
export const INTERFACE_LANGUAGES = ['nl', 'en', 'ar', 'pl', 'uk', 'tr'] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** Languages that every Dutch text in a pack is translated into. */
export const TRANSLATION_LANGUAGES = ['en', 'ar', 'pl', 'uk', 'tr'] as const;

export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** Each language's name in its own script, for the language picker (no flags). */
export const LANGUAGE_NAMES: Record<InterfaceLanguage, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  pl: 'Polski',
  uk: 'Українська',
  tr: 'Türkçe',
};

const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar']);

export function isInterfaceLanguage(code: string): code is InterfaceLanguage {
  return (INTERFACE_LANGUAGES as readonly string[]).includes(code);
}

export function isRightToLeft(code: string): boolean {
  return RTL_LANGUAGES.has(code);
}

/** The first supported language in a browser's preference list ("ar-SY" counts as "ar"). */
export function pickInterfaceLanguage(preferred: readonly string[]): InterfaceLanguage | undefined {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isInterfaceLanguage(base)) return base;
  }
  return undefined;
}
