import { SPEECH_RATES, TEXT_SIZES, saveSetting } from '../../db/settings';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { LanguagePicker } from './language-picker';
import { BackupSection } from '../sync/backup-section';
import { BuddyLinks } from './buddy-links';
import { MyData } from './my-data';
import { StorageSection } from './storage-section';

const RATE_LABELS: Record<number, string> = {
  0.8: 'settings.rateSlow',
  1: 'settings.rateNormal',
  1.2: 'settings.rateFast',
};

/** Language, text size, speaking speed, and the learner's own data. */
export function SettingsScreen() {
  const { settings } = useApp();
  return (
    <Page title={t('settings.title')}>
      <LanguagePicker />
      <fieldset class="choices choices-row">
        <legend>{t('settings.textSize')}</legend>
        {TEXT_SIZES.map((size) => (
          <label key={size} class="choice">
            <input
              type="radio"
              name="text-size"
              checked={settings.textSize === size}
              onChange={() => saveSetting('textSize', size)}
            />
            <span style={{ fontSize: `${size}em` }} aria-hidden="true">
              A
            </span>
            <span class="visually-hidden">
              {t('settings.textSizePercent', { percent: size * 100 })}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choices">
        <legend>{t('settings.speechRate')}</legend>
        {SPEECH_RATES.map((rate) => (
          <label key={rate} class="choice">
            <input
              type="radio"
              name="speech-rate"
              checked={settings.speechRate === rate}
              onChange={() => saveSetting('speechRate', rate)}
            />
            <span>{t(RATE_LABELS[rate] ?? 'settings.rateNormal')}</span>
          </label>
        ))}
      </fieldset>
      <BuddyLinks />
      <BackupSection />
      <MyData />
      <StorageSection />
    </Page>
  );
}
