import { useState } from 'preact/hooks';
import type { Challenge } from '../../core/pack/schema';
import { useLive } from '../../db/live';
import { readChecklist, tickForGroup, toggleChecklistItem } from '../../db/outings';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Dutch } from '../ui/dutch';
import { Icon } from '../ui/icon';

/** For a Taalcafé outing: the organiser's checklist, and ticking the challenge for the group. */
export function OutingSection({ packId, challenge }: { packId: string; challenge: Challenge }) {
  const { language } = useApp();
  const checklist = useLive(() => readChecklist(packId, challenge.id), [packId, challenge.id]);
  const [groupSize, setGroupSize] = useState(6);
  const [tickedFor, setTickedFor] = useState<number | null>(null);
  if (!challenge.outing) return null;
  const checked = new Set(checklist?.checked ?? []);
  const tickGroup = async () => {
    await tickForGroup(packId, challenge.id, groupSize);
    setTickedFor(groupSize);
  };
  return (
    <section class="card outing" aria-labelledby="outing-title">
      <h2 id="outing-title">
        <Icon name="market" /> {t('outing.title')}
      </h2>
      <p>{t('outing.explain')}</p>
      <fieldset class="choices">
        <legend>{t('outing.checklist')}</legend>
        {challenge.outing.checklist.map((item, index) => (
          <label key={item.nl} class="checkbox">
            <input
              type="checkbox"
              checked={checked.has(index)}
              onChange={() => toggleChecklistItem(packId, challenge.id, index)}
            />
            <span>
              <Dutch>{item.nl}</Dutch>
              {language !== 'nl' && item.translations?.[language] && (
                <span class="sentence-translation"> · {item.translations[language]}</span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="group-size">{t('outing.groupSize')}</label>
        <input
          id="group-size"
          type="number"
          min={1}
          max={200}
          value={groupSize}
          onInput={(event) =>
            setGroupSize(Math.max(1, Math.min(200, Number(event.currentTarget.value) || 1)))
          }
        />
      </div>
      <button type="button" class="button button-primary button-wide" onClick={tickGroup}>
        <Icon name="check" />
        {t('outing.tickForGroup')}
      </button>
      <p role="status">{tickedFor !== null ? t('outing.tickedFor', { count: tickedFor }) : ''}</p>
    </section>
  );
}
