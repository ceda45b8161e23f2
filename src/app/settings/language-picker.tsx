import {
  INTERFACE_LANGUAGES,
  LANGUAGE_NAMES,
  isRightToLeft,
  type InterfaceLanguage,
} from '../../core/languages';
import { saveSetting } from '../../db/settings';
import { switchLanguage, t } from '../../i18n';
import { useApp } from '../app-context';
import { RadioGroup } from '../ui/radio-group';

/** Every interface language by its own name, in its own script; choosing one switches at once. */
export function LanguagePicker() {
  const { language } = useApp();
  const choose = async (next: InterfaceLanguage) => {
    await saveSetting('language', next).catch(() => undefined);
    await switchLanguage(next);
  };
  return (
    <RadioGroup
      legend={t('settings.language')}
      name="language"
      options={INTERFACE_LANGUAGES}
      value={language}
      onChoose={choose}
      label={(code) => LANGUAGE_NAMES[code]}
      labelProps={(code) => ({ lang: code, dir: isRightToLeft(code) ? 'rtl' : 'ltr' })}
    />
  );
}
