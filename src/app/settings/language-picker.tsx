import {
  INTERFACE_LANGUAGES,
  LANGUAGE_NAMES,
  isRightToLeft,
  type InterfaceLanguage,
} from '../../core/languages';
import { saveSetting } from '../../db/settings';
import { switchLanguage, t } from '../../i18n';
import { useApp } from '../app-context';

/** Every interface language by its own name, in its own script; choosing one switches at once. */
export function LanguagePicker() {
  const { language } = useApp();
  const choose = async (next: InterfaceLanguage) => {
    await saveSetting('language', next).catch(() => undefined);
    await switchLanguage(next);
  };
  return (
    <fieldset class="choices">
      <legend>{t('settings.language')}</legend>
      {INTERFACE_LANGUAGES.map((code) => (
        <label key={code} class="choice" lang={code} dir={isRightToLeft(code) ? 'rtl' : 'ltr'}>
          <input
            type="radio"
            name="language"
            value={code}
            checked={language === code}
            onChange={() => choose(code)}
          />
          <span>{LANGUAGE_NAMES[code]}</span>
        </label>
      ))}
    </fieldset>
  );
}
