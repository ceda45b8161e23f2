import { useState } from 'preact/hooks';
import { saveSetting } from '../../db/settings';
import { t } from '../../i18n';
import { Page } from '../layout/page';
import { lazy } from '../router/lazy';
import { LanguagePicker } from '../settings/language-picker';
import { Icon } from '../ui/icon';
import type { UiIconName } from '../../core/icon-paths';
import type { IconName } from '../../core/pack/vocabulary';

// The pack list (and its code) loads only when the learner reaches the last step.
const CatalogList = lazy(() =>
  import('../packs/catalog-list').then((module) => module.CatalogList),
);

const INTRO: { icons: (UiIconName | IconName)[]; title: string; text: string }[] = [
  {
    icons: ['calendar', 'bread', 'wave'],
    title: 'welcome.weeklyTitle',
    text: 'welcome.weeklyText',
  },
  {
    icons: ['speaker', 'chat', 'map'],
    title: 'welcome.practiseTitle',
    text: 'welcome.practiseText',
  },
  { icons: ['check', 'star', 'pencil'], title: 'welcome.tickTitle', text: 'welcome.tickText' },
];

/** First start: choose a language, see in three pictures how it works, add a first pack. */
export function WelcomeScreen({ onDone }: { onDone: () => void }) {
  const [step, setStep] = useState(0);
  const finish = async () => {
    await saveSetting('hasSeenIntro', true).catch(() => undefined);
    onDone();
  };
  const lastStep = INTRO.length + 1;
  const card = INTRO[step - 1];
  return (
    <Page
      title={
        step === 0
          ? t('welcome.title')
          : step === lastStep
            ? t('welcome.choosePack')
            : t(card?.title ?? '')
      }
    >
      <p class="step-count">{t('welcome.stepOf', { step: step + 1, total: lastStep + 1 })}</p>
      {step === 0 && (
        <>
          <p class="lead">{t('app.tagline')}</p>
          <LanguagePicker />
        </>
      )}
      {card && (
        <div class="intro-card">
          <div class="intro-pictures">
            {card.icons.map((icon) => (
              <Icon key={icon} name={icon} size={3.5} />
            ))}
          </div>
          <p class="lead">{t(card.text)}</p>
        </div>
      )}
      {step === lastStep && <CatalogList exclude={new Set()} onAdded={finish} />}
      <div class="wizard-actions">
        {step > 0 && (
          <button type="button" class="button" onClick={() => setStep(step - 1)}>
            <Icon name="back" isDirectional />
            {t('common.back')}
          </button>
        )}
        {step < lastStep ? (
          <button type="button" class="button button-primary" onClick={() => setStep(step + 1)}>
            {t('common.next')}
            <Icon name="forward" isDirectional />
          </button>
        ) : (
          <button type="button" class="button button-quiet" onClick={finish}>
            {t('welcome.later')}
          </button>
        )}
      </div>
    </Page>
  );
}
