import { useLocation } from '../router/router';
import type { ChallengeStatus } from '../../core/progress/schedule';
import type { Tick } from '../../core/records';
import { skip, unskip } from '../../db/packs';
import { markDone } from '../../db/progress';
import { reflectionForTick } from '../../db/reflections';
import { saveSetting } from '../../db/settings';
import { askToKeepData } from '../../pwa/storage';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { formatMoment } from '../format';
import { Icon } from '../ui/icon';

interface DoneSectionProps {
  packId: string;
  challengeId: string;
  ticks: readonly Tick[];
  status: ChallengeStatus | undefined;
}

/** "I did it!", what was done before, and skipping for later. */
export function DoneSection({ packId, challengeId, ticks, status }: DoneSectionProps) {
  const { route } = useLocation();
  const { language, settings } = useApp();
  const tickNow = async () => {
    const tick = await markDone(packId, challengeId);
    if (!settings.hasAskedToKeepData) {
      // Now there is something worth keeping: ask the browser not to clear it.
      void saveSetting('hasAskedToKeepData', true).then(askToKeepData);
    }
    const reflection = await reflectionForTick(tick.id);
    if (reflection) route(`/reflection/${reflection.id}`);
  };
  return (
    <section class="done-section" aria-labelledby="done-title">
      <h2 id="done-title" class="visually-hidden">
        {t('challenge.doneTitle')}
      </h2>
      {ticks.length > 0 && (
        <ul class="plain-list done-list">
          {ticks.map((tick) => (
            <li key={tick.id}>
              <Icon name="check" />{' '}
              {t('challenge.doneOn', { when: formatMoment(tick.doneAt, language) })}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="button button-primary button-huge" onClick={tickNow}>
        <Icon name="check" size={2} />
        {ticks.length > 0 ? t('challenge.didItAgain') : t('challenge.didIt')}
      </button>
      {status === 'open' && (
        <button
          type="button"
          class="button button-quiet"
          onClick={() => skip(packId, challengeId).then(() => route('/'))}
        >
          <Icon name="skip" isDirectional />
          {t('challenge.skip')}
        </button>
      )}
      {status === 'skipped' && (
        <button
          type="button"
          class="button button-quiet"
          onClick={() => unskip(packId, challengeId)}
        >
          <Icon name="repeat" />
          {t('challenge.unskip')}
        </button>
      )}
    </section>
  );
}
