import { isoWeek } from '../../core/progress/week';
import { useLive } from '../../db/live';
import { readIntake } from '../../db/intake';
import { appointments } from '../../db/plan';
import { packPlans } from '../../db/progress';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { formatWeekRange } from '../format';
import { Page } from '../layout/page';
import { Icon } from '../ui/icon';
import { InstallOffer } from './install-offer';
import { PackThisWeek } from './pack-this-week';

/** "This week": the current challenge of every active pack. */
export function HomeScreen() {
  const { language, week } = useApp();
  const plans = useLive(() => packPlans(week), [week]);
  const agreed = useLive(appointments, []);
  const intake = useLive(() => readIntake().then((found) => found ?? null), []);
  const active = plans?.filter((item) => !item.plan.isPaused) ?? [];
  const pausedCount = (plans?.length ?? 0) - active.length;
  return (
    <Page title={t('home.title')}>
      <p class="week-label">
        {t('home.weekLabel', {
          week: isoWeek(week).week.toLocaleString(language),
          range: formatWeekRange(week, language),
        })}
      </p>
      {plans && plans.length === 0 && (
        <section class="card empty-state">
          <Icon name="packs" size={3} />
          <p>{t('home.noPacks')}</p>
          <a class="button button-primary" href="/packs">
            <Icon name="plus" />
            {t('home.addPack')}
          </a>
        </section>
      )}
      {active.map((item) => (
        <PackThisWeek
          key={item.stored.id}
          item={item}
          appointment={agreed?.find((entry) => entry.packId === item.stored.id)}
        />
      ))}
      {plans && plans.length > 0 && intake === null && (
        <a class="button button-wide" href="/intake">
          <Icon name="pencil" />
          {t('home.fillIntake')}
        </a>
      )}
      {plans && plans.length > 0 && <InstallOffer />}
      {pausedCount > 0 && (
        <p class="muted">
          <a href="/packs">{t('home.paused', { count: pausedCount })}</a>
        </p>
      )}
    </Page>
  );
}
