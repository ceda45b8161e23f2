import type { InterfaceLanguage } from '../../core/languages';
import type { TextWithTranslations } from '../../core/records';

/**
 * A pack text in the learner's language: the translation if the pack has it, else English,
 * else the Dutch itself (a pack may be missing a translation; the app still works).
 */
export function translated(text: TextWithTranslations, language: InterfaceLanguage): string {
  if (language === 'nl') return text.nl;
  return text.translations?.[language] ?? text.translations?.en ?? text.nl;
}
