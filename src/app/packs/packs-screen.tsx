import { pausePack, resumePack } from '../../db/packs';
import { useLive } from '../../db/live';
import { packPlans } from '../../db/progress';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';
import { CatalogList } from './catalog-list';
import { PackFacts } from './pack-facts';
import { RemovePackButton } from './remove-pack-dialog';

/** The learner's packs (pause, resume, remove, details) and the library's other packs to add. */
export function PacksScreen() {
  const { language, week } = useApp();
  const plans = useLive(() => packPlans(week), [week]);
  if (!plans) return null;
  return (
    <Page title={t('packs.title')}>
      <section aria-labelledby="my-packs">
        <h2 id="my-packs">{t('packs.mine')}</h2>
        {plans.length === 0 && <p class="muted">{t('packs.noneYet')}</p>}
        <ul class="plain-list">
          {plans.map(({ stored, plan }) => {
            const title = translated(stored.pack.title, language);
            return (
              <li key={stored.id} class="card">
                <h3>
                  <a href={`/packs/${encodeURIComponent(stored.id)}`}>{title}</a>
                </h3>
                {plan.isPaused && <p class="tag">{t('packs.pausedTag')}</p>}
                <PackFacts
                  level={stored.pack.level}
                  themes={stored.pack.themes}
                  challengeCount={stored.pack.challenges.length}
                />
                <div class="actions">
                  {plan.isPaused ? (
                    <button
                      type="button"
                      class="button"
                      onClick={() => resumePack(stored.id, week)}
                    >
                      <Icon name="play" isDirectional />
                      {t('packs.resume')}
                    </button>
                  ) : (
                    <button type="button" class="button" onClick={() => pausePack(stored.id, week)}>
                      <Icon name="pause" />
                      {t('packs.pause')}
                    </button>
                  )}
                  <RemovePackButton packId={stored.id} title={title} />
                </div>
              </li>
            );
          })}
        </ul>
      </section>
      <a class="button button-wide" href="/buddy">
        <Icon name="chat" />
        {t('buddy.title')}
      </a>
      <a class="button button-wide" href="/posters">
        <Icon name="show" />
        {t('posters.forLibrary')}
      </a>
      <section aria-labelledby="more-packs">
        <h2 id="more-packs">{t('packs.more')}</h2>
        <CatalogList exclude={new Set(plans.map((item) => item.stored.id))} />
      </section>
    </Page>
  );
}
