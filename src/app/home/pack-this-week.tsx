import { openNext } from '../../db/packs';
import type { PackWithPlan } from '../../db/progress';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { formatIsoDay, formatMonday } from '../format';
import type { Appointment } from '../../core/plan';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';
import { ChallengeLink } from './challenge-link';

/** One pack on the home screen: this week's challenge, or what comes next. */
export function PackThisWeek({
  item,
  appointment,
}: {
  item: PackWithPlan;
  appointment?: Appointment;
}) {
  const { language } = useApp();
  const { pack } = item.stored;
  const { plan } = item;
  const challenge = pack.challenges.find((candidate) => candidate.id === plan.current);
  const skipped = plan.challenges.filter((entry) => entry.status === 'skipped');
  const headingId = `pack-${pack.id}`;
  return (
    <section class="card pack-week" aria-labelledby={headingId}>
      <h2 id={headingId} class="pack-name">
        {translated(pack.title, language)}
      </h2>
      {challenge && (
        <>
          <ChallengeLink packId={pack.id} challenge={challenge} isCurrent />
          {appointment?.challengeId === challenge.id && (
            <p class="appointment">
              <Icon name="calendar" />
              {t('home.agreed', { day: formatIsoDay(appointment.day, language) })}
              {appointment.place && ` · ${appointment.place}`}
            </p>
          )}
          <a
            class="button together-button"
            href={`/together/${encodeURIComponent(pack.id)}/${encodeURIComponent(challenge.id)}`}
          >
            <Icon name="chat" />
            {t('home.practiseTogether')}
          </a>
        </>
      )}
      {!challenge && plan.isFinished && (
        <p class="celebrate">
          <Icon name="star" /> {t('home.packFinished')}
        </p>
      )}
      {!challenge && !plan.isFinished && (
        <div class="week-done">
          <p class="celebrate">
            <Icon name="check" /> {t('home.weekDone')}
          </p>
          {plan.nextOpensInWeek !== null && (
            <p>{t('home.nextOn', { day: formatMonday(plan.nextOpensInWeek, language) })}</p>
          )}
          {plan.challenges.some((entry) => entry.status === 'upcoming') && (
            <button type="button" class="button" onClick={() => openNext(pack.id)}>
              <Icon name="forward" isDirectional />
              {t('home.openNextEarly')}
            </button>
          )}
        </div>
      )}
      {skipped.length > 0 && (
        <div class="skipped">
          <h3>{t('home.skippedTitle')}</h3>
          <ul class="plain-list">
            {skipped.map((entry) => {
              const skippedChallenge = pack.challenges.find(
                (candidate) => candidate.id === entry.id,
              );
              return skippedChallenge ? (
                <li key={entry.id}>
                  <ChallengeLink packId={pack.id} challenge={skippedChallenge} />
                </li>
              ) : null;
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
