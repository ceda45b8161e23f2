import { useState } from 'preact/hooks';
import { useLive } from '../../db/live';
import { storedPack } from '../../db/packs';
import { appointments } from '../../db/plan';
import { latestReflectionBefore } from '../../db/reflections';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { NotFoundScreen } from '../not-found-screen';
import { useRoute } from '../router/router';
import { SpeechNotice } from '../speech/speech-notice';
import { useSpeaker } from '../speech/use-speaker';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';
import { AgreeStep } from './agree-step';
import { LookBack } from './look-back';
import { BuddyTips, PhrasesPractice, RolePlayPractice, Situation } from './practise-steps';

const STEPS = ['lookBack', 'situation', 'phrases', 'rolePlay', 'agree', 'tips'] as const;

/**
 * "Together": a weekly session for learner and buddy on one phone, passed between them, in
 * six steps that a buddy who never saw the app can follow. Every step can be skipped.
 */
export function TogetherScreen() {
  const { params } = useRoute();
  const packId = params.packId ?? '';
  const challengeId = params.challengeId ?? '';
  const { language } = useApp();
  const [step, setStep] = useState(0);
  const stored = useLive(() => storedPack(packId).then((found) => found ?? null), [packId]);
  const previous = useLive(
    () => latestReflectionBefore(packId, challengeId),
    [packId, challengeId],
  );
  const agreed = useLive(appointments, []);
  const speaker = useSpeaker();
  if (stored === undefined || previous === undefined || agreed === undefined) return null;
  const challenge = stored?.pack.challenges.find((candidate) => candidate.id === challengeId);
  if (!stored || !challenge) return <NotFoundScreen />;
  const name = STEPS[step]!;
  const isLast = step === STEPS.length - 1;
  const say = (text: string, isSlow: boolean) => void speaker.speak(text, isSlow);
  return (
    <Page title={t(`together.step.${name}`)} back="/">
      <div class="together">
        <p class="step-count">
          {t('together.title', { title: translated(challenge.title, language) })} ·{' '}
          {t('welcome.stepOf', { step: step + 1, total: STEPS.length })}
        </p>
        <progress
          class="together-progress"
          max={STEPS.length}
          value={step + 1}
          aria-label={t('welcome.stepOf', { step: step + 1, total: STEPS.length })}
        />
        <p class="together-who">{t(`together.who.${name}`)}</p>
        <SpeechNotice
          hasNoVoice={speaker.hasNoVoice}
          hasFailed={speaker.hasFailed}
          onClose={speaker.dismiss}
        />
        {name === 'lookBack' && <LookBack previous={previous} />}
        {name === 'situation' && <Situation challenge={challenge} />}
        {name === 'phrases' && <PhrasesPractice challenge={challenge} onSpeak={say} />}
        {name === 'rolePlay' && <RolePlayPractice challenge={challenge} />}
        {name === 'agree' && (
          <AgreeStep
            packId={packId}
            challengeId={challengeId}
            current={agreed.find((item) => item.packId === packId)}
          />
        )}
        {name === 'tips' && <BuddyTips challenge={challenge} />}
        <div class="wizard-actions">
          {step > 0 && (
            <button type="button" class="button" onClick={() => setStep(step - 1)}>
              <Icon name="back" isDirectional />
              {t('common.back')}
            </button>
          )}
          {isLast ? (
            <a class="button button-primary" href="/">
              <Icon name="check" />
              {t('together.finish')}
            </a>
          ) : (
            <>
              <button type="button" class="button button-quiet" onClick={() => setStep(step + 1)}>
                {t('together.skip')}
              </button>
              <button type="button" class="button button-primary" onClick={() => setStep(step + 1)}>
                {t('common.next')}
                <Icon name="forward" isDirectional />
              </button>
            </>
          )}
        </div>
      </div>
    </Page>
  );
}
