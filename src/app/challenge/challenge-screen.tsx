import { useRoute } from '../router/router';
import { useLive } from '../../db/live';
import { storedPack } from '../../db/packs';
import { packPlans, ticksOf } from '../../db/progress';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { useSpeaker } from '../speech/use-speaker';
import { SpeechNotice } from '../speech/speech-notice';
import { Dutch } from '../ui/dutch';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';
import { NotFoundScreen } from '../not-found-screen';
import { DoneSection } from './done-section';
import { RolePlay, SentenceList, Steps } from './challenge-sections';
import { OutingSection } from './outing-section';
import { ShowCardButton } from './show-card';

/** One challenge: the situation, the steps, the sentences to practise, and "I did it!". */
export function ChallengeScreen() {
  const { params } = useRoute();
  const packId = params.packId ?? '';
  const challengeId = params.challengeId ?? '';
  const { language, week } = useApp();
  const stored = useLive(() => storedPack(packId).then((found) => found ?? null), [packId]);
  const ticks = useLive(() => ticksOf(packId, challengeId), [packId, challengeId]);
  const plans = useLive(() => packPlans(week), [week]);
  const speaker = useSpeaker();
  if (stored === undefined) return null;
  const challenge = stored?.pack.challenges.find((candidate) => candidate.id === challengeId);
  if (!stored || !challenge) return <NotFoundScreen />;
  const status = plans
    ?.find((item) => item.stored.id === packId)
    ?.plan.challenges.find((entry) => entry.id === challengeId)?.status;
  const say = (text: string, isSlow: boolean) => void speaker.speak(text, isSlow);
  const sayPhrase = (text: string, isSlow: boolean, audio?: string) =>
    void speaker.speak(text, isSlow, audio ? `/challenges/${audio}` : undefined);
  return (
    <Page title={translated(challenge.title, language)} back="/">
      <div class="challenge-heading">
        <span class="challenge-icon challenge-icon-large">
          <Icon name={challenge.icon ?? 'chat'} size={3} />
        </span>
        {language !== 'nl' && <Dutch class="challenge-title-nl">{challenge.title.nl}</Dutch>}
      </div>
      <SpeechNotice
        hasNoVoice={speaker.hasNoVoice}
        hasFailed={speaker.hasFailed}
        onClose={speaker.dismiss}
      />
      <section aria-labelledby="situation">
        <h2 id="situation">{t('challenge.situation')}</h2>
        <p class="situation">{translated(challenge.situation, language)}</p>
      </section>
      <Steps steps={challenge.steps} />
      <SentenceList
        id="phrases"
        title={t('challenge.phrases')}
        items={challenge.phrases}
        onSpeak={sayPhrase}
      />
      <SentenceList
        id="words"
        title={t('challenge.words')}
        items={challenge.words}
        onSpeak={sayPhrase}
      />
      <RolePlay rolePlay={challenge.rolePlay} onSpeak={say} />
      <OutingSection packId={packId} challenge={challenge} />
      <a
        class="button button-wide"
        href={`/together/${encodeURIComponent(packId)}/${encodeURIComponent(challengeId)}`}
      >
        <Icon name="chat" />
        {t('home.practiseTogether')}
      </a>
      <ShowCardButton />
      <DoneSection packId={packId} challengeId={challengeId} ticks={ticks ?? []} status={status} />
    </Page>
  );
}
