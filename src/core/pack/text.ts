import { z } from 'zod';
import { TRANSLATION_LANGUAGES } from '../languages';

/** How strict a pack schema is about translations. */
export type SchemaMode = 'strict' | 'lenient';

/** A non-empty, not-only-spaces string of at most `max` characters. */
export function words(max: number) {
  return z.string().regex(/\S/, { message: 'empty' }).max(max);
}

/**
 * The translations of one Dutch text, keyed by language code. Strict mode (the checker,
 * the published JSON Schema) wants every interface language; the app accepts gaps.
 */
export function translations(max: number, mode: SchemaMode) {
  const shape = Object.fromEntries(TRANSLATION_LANGUAGES.map((code) => [code, words(max)]));
  const all = z.strictObject(
    shape as Record<(typeof TRANSLATION_LANGUAGES)[number], ReturnType<typeof words>>,
  );
  return mode === 'strict' ? all : all.partial();
}

/** A Dutch text with its translations. Translations may be twice as long as the Dutch. */
export function dutchText(max: number, mode: SchemaMode) {
  return z.strictObject({
    nl: words(max),
    translations: translations(max * 2, mode),
  });
}

/** A Dutch text for the buddy, who reads Dutch: translations are welcome, not required. */
export function buddyText(max: number) {
  return z.strictObject({
    nl: words(max),
    translations: translations(max * 2, 'lenient').optional(),
  });
}
