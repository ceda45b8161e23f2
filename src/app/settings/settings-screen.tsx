import { SPEECH_RATES, TEXT_SIZES, saveSetting } from '../../db/settings';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { LanguagePicker } from './language-picker';
import { BackupSection } from '../sync/backup-section';
import { BuddyLinks } from './buddy-links';
import { MyData } from './my-data';
import { StorageSection } from './storage-section';
import { RadioGroup } from '../ui/radio-group';

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
      <RadioGroup
        legend={t('settings.textSize')}
        name="text-size"
        options={TEXT_SIZES}
        value={settings.textSize}
        onChoose={(size) => saveSetting('textSize', size)}
        label={(size) => (
          <>
            <span style={{ fontSize: `${size}em` }} aria-hidden="true">
              A
            </span>
            <span class="visually-hidden">
              {t('settings.textSizePercent', { percent: size * 100 })}
            </span>
          </>
        )}
        layout="row"
      />
      <RadioGroup
        legend={t('settings.speechRate')}
        name="speech-rate"
        options={SPEECH_RATES}
        value={settings.speechRate}
        onChoose={(rate) => saveSetting('speechRate', rate)}
        label={(rate) => t(RATE_LABELS[rate] ?? 'settings.rateNormal')}
      />
      <BuddyLinks />
      <BackupSection />
      <MyData />
      <StorageSection />
    </Page>
  );
}
