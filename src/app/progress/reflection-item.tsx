import type { Reflection } from '../../core/records';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { formatDay } from '../format';
import { FaceBadge } from '../reflection/faces';
import { Icon } from '../ui/icon';

/** One reflection in the list: when, which challenge, the face, and what was written. */
export function ReflectionItem({ reflection, title }: { reflection: Reflection; title: string }) {
  const { language } = useApp();
  const texts = [
    { label: 'reflection.hard', value: reflection.hard },
    { label: 'reflection.newWords', value: reflection.newWords },
    { label: 'reflection.notes', value: reflection.notes },
  ].filter((entry) => entry.value.trim() !== '');
  return (
    <li class="card reflection-item">
      <div class="reflection-head">
        {reflection.feeling && <FaceBadge feeling={reflection.feeling} />}
        <div>
          <h3>{title}</h3>
          <p class="muted">{formatDay(reflection.createdAt, language)}</p>
        </div>
      </div>
      <dl>
        {texts.map((entry) => (
          <div key={entry.label}>
            <dt>{t(entry.label)}</dt>
            <dd dir="auto">{entry.value}</dd>
          </div>
        ))}
      </dl>
      <a class="button button-quiet" href={`/reflection/${reflection.id}`}>
        <Icon name="pencil" />
        {t('progress.editReflection')}
      </a>
    </li>
  );
}
