import { useRoute } from '../router/router';
import { useLive } from '../../db/live';
import { openNext } from '../../db/packs';
import { packPlans } from '../../db/progress';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { challengePath } from '../home/challenge-link';
import { Page } from '../layout/page';
import { NotFoundScreen } from '../not-found-screen';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';
import { PackFacts } from './pack-facts';

/** One pack of the learner's: what it is, and where they are in it. */
export function PackDetailsScreen() {
  const { params } = useRoute();
  const { language, week } = useApp();
  const plans = useLive(() => packPlans(week), [week]);
  if (!plans) return null;
  const item = plans.find((candidate) => candidate.stored.id === params.packId);
  if (!item) return <NotFoundScreen />;
  const { pack } = item.stored;
  return (
    <Page title={translated(pack.title, language)} back="/packs">
      <p>{translated(pack.description, language)}</p>
      <PackFacts level={pack.level} themes={pack.themes} challengeCount={pack.challenges.length} />
      <p class="muted">{t('packs.publishedBy', { publisher: pack.publisher.name })}</p>
      <ol class="plain-list challenge-statuses">
        {item.plan.challenges.map((entry) => {
          const challenge = pack.challenges.find((candidate) => candidate.id === entry.id);
          if (!challenge) return null;
          const isReachable = entry.status !== 'upcoming';
          return (
            <li key={entry.id} class={`status-${entry.status}`}>
              <Icon name={challenge.icon ?? 'chat'} />
              {isReachable ? (
                <a href={challengePath(pack.id, entry.id)}>
                  {translated(challenge.title, language)}
                </a>
              ) : (
                <span>{translated(challenge.title, language)}</span>
              )}
              <span class="tag">{t(`status.${entry.status}`, { count: entry.timesDone })}</span>
            </li>
          );
        })}
      </ol>
      {item.plan.challenges.some((entry) => entry.status === 'upcoming') && !item.plan.isPaused && (
        <button type="button" class="button" onClick={() => openNext(pack.id)}>
          <Icon name="forward" isDirectional />
          {t('home.openNextEarly')}
        </button>
      )}
    </Page>
  );
}
