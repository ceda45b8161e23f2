import { useState } from 'preact/hooks';
import type { Reflection } from '../../core/records';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { formatDay } from '../format';
import { FaceBadge } from '../reflection/faces';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';

/**
 * Step 1: last week's challenge. The reflection is the learner's: it stays hidden until
 * the learner chooses to show it.
 */
export function LookBack({ previous }: { previous: Reflection | null }) {
  const { language } = useApp();
  const [isShown, setShown] = useState(false);
  if (!previous) return <p class="together-text">{t('together.lookBackFirst')}</p>;
  const title = previous.challengeTitle
    ? translated(previous.challengeTitle, language)
    : previous.challengeId;
  const texts = [previous.hard, previous.newWords, previous.notes].filter(
    (text) => text.trim() !== '',
  );
  return (
    <div>
      <p class="together-text">
        {t('together.lookBackDone', { title, day: formatDay(previous.createdAt, language) })}
      </p>
      <p>{t('together.lookBackAsk')}</p>
      {!isShown ? (
        <button type="button" class="button button-wide" onClick={() => setShown(true)}>
          <Icon name="show" />
          {t('together.showReflection')}
        </button>
      ) : (
        <div class="card reflection-shown">
          {previous.feeling && <FaceBadge feeling={previous.feeling} />}
          {texts.length === 0 ? (
            <p class="muted">{t('together.nothingWritten')}</p>
          ) : (
            texts.map((text) => (
              <p key={text} dir="auto">
                {text}
              </p>
            ))
          )}
          <button type="button" class="button button-quiet" onClick={() => setShown(false)}>
            {t('together.hideReflection')}
          </button>
        </div>
      )}
    </div>
  );
}
