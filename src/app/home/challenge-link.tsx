import type { Challenge } from '../../core/pack/schema';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Dutch } from '../ui/dutch';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';

export function challengePath(packId: string, challengeId: string): string {
  return `/challenge/${encodeURIComponent(packId)}/${encodeURIComponent(challengeId)}`;
}

/** A challenge as a large tappable row: its picture, its title in both languages. */
export function ChallengeLink({
  packId,
  challenge,
  isCurrent = false,
}: {
  packId: string;
  challenge: Challenge;
  isCurrent?: boolean;
}) {
  const { language } = useApp();
  return (
    <a
      class={`challenge-link ${isCurrent ? 'challenge-link-current' : ''}`}
      href={challengePath(packId, challenge.id)}
    >
      <span class="challenge-icon">
        <Icon name={challenge.icon ?? 'chat'} size={isCurrent ? 2.5 : 1.75} />
      </span>
      <span class="challenge-link-text">
        {isCurrent && <span class="eyebrow">{t('home.thisWeeksChallenge')}</span>}
        <span class="challenge-title">{translated(challenge.title, language)}</span>
        {language !== 'nl' && <Dutch class="challenge-title-nl">{challenge.title.nl}</Dutch>}
      </span>
      <Icon name="forward" isDirectional />
    </a>
  );
}
