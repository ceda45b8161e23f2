import { t } from '../../i18n';
import { Page } from '../layout/page';
import { Icon } from '../ui/icon';
import type { IconName } from '../../core/pack/vocabulary';
import type { UiIconName } from '../../core/icon-paths';

const TIPS: { id: string; icon: UiIconName | IconName }[] = [
  { id: 'safe', icon: 'star' },
  { id: 'slow', icon: 'slow' },
  { id: 'correct', icon: 'pencil' },
  { id: 'wait', icon: 'calendar' },
  { id: 'real', icon: 'map' },
  { id: 'ask', icon: 'chat' },
  { id: 'boundaries', icon: 'house' },
  { id: 'ending', icon: 'wave' },
];

/** General tips for language buddies, from the library study: warmth, structure, and boundaries. */
export function BuddyTipsScreen() {
  return (
    <Page title={t('buddy.generalTips')} back="/buddy">
      <ul class="plain-list">
        {TIPS.map((tip) => (
          <li key={tip.id} class="card buddy-tip">
            <h2>
              <Icon name={tip.icon} /> {t(`buddy.tip.${tip.id}.title`)}
            </h2>
            <p>{t(`buddy.tip.${tip.id}.text`)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
