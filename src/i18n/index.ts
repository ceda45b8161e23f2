/**
 * The interface language. Only this module sets up i18next; screens use `t` and
 * `useTranslation()`. Each language is two chunks (see parts.ts): the first screen's
 * texts, loaded at start, and the rest, loaded with the first other screen.
 */
import i18next, { type TFunction } from 'i18next';
import { isRightToLeft, type InterfaceLanguage } from '../core/languages';
import type { Messages, TextPart } from './parts';

type Loader = () => Promise<Messages>;

// One chunk per language and part; the build cuts each locale file (src/build/locale-parts-plugin.ts).
const PARTS: Record<TextPart, Record<string, Loader>> = {
  first: import.meta.glob<Messages>('./locales/*.json', {
    query: '?part=first',
    import: 'default',
  }),
  rest: import.meta.glob<Messages>('./locales/*.json', { query: '?part=rest', import: 'default' }),
};

function loadPart(language: InterfaceLanguage, part: TextPart): Promise<Messages> {
  const loader = PARTS[part][`./locales/${language}.json`];
  return loader ? loader() : Promise.reject(new Error(`No interface texts for ${language}`));
}

const loaded = new Set<string>();
/** Whether a screen beyond the first has asked for its texts: a language switch then loads them too. */
let wantsScreenTexts = false;

/** Starts downloading a language's first-screen texts without waiting for them. */
export function preloadLanguage(language: InterfaceLanguage): void {
  void loadPart(language, 'first').catch(() => undefined);
}

async function ensureLoaded(language: InterfaceLanguage, parts: TextPart[]): Promise<void> {
  const missing = parts.filter((part) => !loaded.has(`${language}/${part}`));
  const bundles = await Promise.all(missing.map((part) => loadPart(language, part)));
  bundles.forEach((bundle, index) => {
    i18next.addResourceBundle(language, 'translation', bundle, true, true);
    loaded.add(`${language}/${missing[index]!}`);
  });
}

/** Sets the <html> lang and dir so screen readers and the layout follow the language. */
function applyToDocument(language: InterfaceLanguage): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = isRightToLeft(language) ? 'rtl' : 'ltr';
}

/**
 * Starts i18next in the given language with its first-screen texts. No fallback language
 * is downloaded: a test checks that every language has every key.
 */
export async function startI18n(language: InterfaceLanguage): Promise<void> {
  const messages = await loadPart(language, 'first');
  await i18next.init({
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    resources: { [language]: { translation: messages } },
  });
  loaded.add(`${language}/first`);
  applyToDocument(language);
}

/** Loads the texts of every screen in the current language; screens wait for it before they show. */
export function loadScreenTexts(): Promise<void> {
  wantsScreenTexts = true;
  return ensureLoaded(currentLanguage(), ['rest']);
}

/** Switches the whole interface at once, including the reading direction. */
export async function switchLanguage(language: InterfaceLanguage): Promise<void> {
  await ensureLoaded(language, wantsScreenTexts ? ['first', 'rest'] : ['first']);
  await i18next.changeLanguage(language);
  applyToDocument(language);
}

export const t = i18next.t.bind(i18next);

/** Calls `listener` whenever the language changes; returns the unsubscribe. */
export function onLanguageChanged(listener: (language: string) => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
}

export function currentLanguage(): InterfaceLanguage {
  return (i18next.resolvedLanguage ?? i18next.language ?? 'nl') as InterfaceLanguage;
}

/** A translate function fixed to one language. */
export type FixedT = TFunction;

/** Texts in one language, whatever the interface language: for sheets and posters. */
export async function textsIn(language: InterfaceLanguage): Promise<FixedT> {
  await ensureLoaded(language, ['first', 'rest']);
  return i18next.getFixedT(language);
}

/** Texts in Dutch, whatever the interface language: for sheets printed in two languages. */
export function dutchTexts(): Promise<FixedT> {
  return textsIn('nl');
}
