import { useLive } from '../../db/live';
import { packPlans, progressSummary } from '../../db/progress';
import { reflectionsNewestFirst } from '../../db/reflections';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';
import { ReflectionItem } from './reflection-item';
import { SyncStatusLine } from '../sync/sync-status-line';

/** What the learner has done: weeks in a row, per pack, and every reflection. Never a telling-off. */
export function ProgressScreen() {
  const { language, week } = useApp();
  const summary = useLive(() => progressSummary(week), [week]);
  const plans = useLive(() => packPlans(week), [week]);
  const reflections = useLive(reflectionsNewestFirst, []);
  const titles = new Map(
    (plans ?? []).flatMap((item) =>
      item.stored.pack.challenges.map(
        (challenge) =>
          [`${item.stored.id}/${challenge.id}`, translated(challenge.title, language)] as const,
      ),
    ),
  );
  return (
    <Page title={t('progress.title')}>
      <SyncStatusLine />
      {summary && (
        <div class="stats">
          <p class="stat">
            <span class="stat-number">{summary.weeksInARow.toLocaleString(language)}</span>
            <span>{t('progress.weeksInARow', { count: summary.weeksInARow })}</span>
          </p>
          <p class="stat">
            <span class="stat-number">{summary.totalDone.toLocaleString(language)}</span>
            <span>{t('progress.challengesDone', { count: summary.totalDone })}</span>
          </p>
          <p class="stat">
            <span class="stat-number">{summary.activeWeeks.toLocaleString(language)}</span>
            <span>{t('progress.activeWeeks', { count: summary.activeWeeks })}</span>
          </p>
        </div>
      )}
      {summary && (
        <p class="encourage">
          {t(summary.totalDone === 0 ? 'progress.encourageStart' : 'progress.encourage')}
        </p>
      )}
      {plans && plans.length > 0 && (
        <section aria-labelledby="per-pack">
          <h2 id="per-pack">{t('progress.perPack')}</h2>
          <ul class="plain-list">
            {plans.map(({ stored, plan }) => {
              const done = plan.challenges.filter((entry) => entry.status === 'done').length;
              const total = plan.challenges.length;
              return (
                <li key={stored.id} class="pack-progress">
                  <span>{translated(stored.pack.title, language)}</span>
                  <progress
                    max={total}
                    value={done}
                    aria-label={translated(stored.pack.title, language)}
                  />
                  <span>
                    {t('progress.doneOf', {
                      done: done.toLocaleString(language),
                      total: total.toLocaleString(language),
                    })}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby="reflections">
        <h2 id="reflections">
          <Icon name="pencil" /> {t('progress.reflections')}
        </h2>
        {reflections && reflections.length === 0 && (
          <p class="muted">{t('progress.noReflections')}</p>
        )}
        <ul class="plain-list">
          {reflections?.map((item) => (
            <ReflectionItem
              key={item.id}
              reflection={item}
              title={
                titles.get(`${item.packId}/${item.challengeId}`) ??
                (item.challengeTitle ? translated(item.challengeTitle, language) : item.challengeId)
              }
            />
          ))}
        </ul>
      </section>
    </Page>
  );
}
