/**
 * The interface language. Only this module sets up i18next; screens use `t` and
 * `useTranslation()`. Each language is its own chunk, loaded when chosen.
 */
import i18next, { type TFunction } from 'i18next';
import { isRightToLeft, type InterfaceLanguage } from '../core/languages';

type Messages = Record<string, unknown>;

const loaders: Record<InterfaceLanguage, () => Promise<{ default: Messages }>> = {
  nl: () => import('./locales/nl.json'),
  en: () => import('./locales/en.json'),
  ar: () => import('./locales/ar.json'),
  pl: () => import('./locales/pl.json'),
  uk: () => import('./locales/uk.json'),
  tr: () => import('./locales/tr.json'),
};

/** Starts downloading a language's messages without waiting for them. */
export function preloadLanguage(language: InterfaceLanguage): void {
  void loaders[language]().catch(() => undefined);
}

async function ensureLoaded(language: InterfaceLanguage): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const messages = await loaders[language]();
  i18next.addResourceBundle(language, 'translation', messages.default);
}

/** Sets the <html> lang and dir so screen readers and the layout follow the language. */
function applyToDocument(language: InterfaceLanguage): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = isRightToLeft(language) ? 'rtl' : 'ltr';
}

/**
 * Starts i18next in the given language. Only that language is loaded: a test checks that
 * every language has every key, so no fallback needs to be downloaded on a first visit.
 */
export async function startI18n(language: InterfaceLanguage): Promise<void> {
  const messages = await loaders[language]();
  await i18next.init({
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    resources: { [language]: { translation: messages.default } },
  });
  applyToDocument(language);
}

/** Switches the whole interface at once, including the reading direction. */
export async function switchLanguage(language: InterfaceLanguage): Promise<void> {
  await ensureLoaded(language);
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
  await ensureLoaded(language);
  return i18next.getFixedT(language);
}

/** Texts in Dutch, whatever the interface language: for sheets printed in two languages. */
export function dutchTexts(): Promise<FixedT> {
  return textsIn('nl');
}
