import { useState } from 'preact/hooks';
import type { Challenge } from '../../core/pack/schema';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { SpeakButtons } from '../speech/speak-buttons';
import { Dutch } from '../ui/dutch';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';

type OnSpeak = (text: string, isSlow: boolean) => void;

/** Step 2: the situation, in Dutch for the buddy to read aloud, and in the learner's language. */
export function Situation({ challenge }: { challenge: Challenge }) {
  const { language } = useApp();
  return (
    <div>
      <div class="challenge-icon challenge-icon-large">
        <Icon name={challenge.icon ?? 'chat'} size={3} />
      </div>
      <p class="together-text">
        <Dutch>{challenge.situation.nl}</Dutch>
      </p>
      {language !== 'nl' && <p class="muted">{translated(challenge.situation, language)}</p>}
    </div>
  );
}

/** Step 3: listen, repeat; the buddy ticks each sentence the learner said well. */
export function PhrasesPractice({
  challenge,
  onSpeak,
}: {
  challenge: Challenge;
  onSpeak: OnSpeak;
}) {
  const { language } = useApp();
  const [said, setSaid] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) => {
    const next = new Set(said);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    setSaid(next);
  };
  return (
    <ul class="plain-list sentences">
      {challenge.phrases.map((phrase, index) => (
        <li key={phrase.nl} class="sentence">
          <div class="sentence-text">
            <Dutch class="sentence-nl together-text">{phrase.nl}</Dutch>
            {language !== 'nl' && (
              <span class="sentence-translation">{translated(phrase, language)}</span>
            )}
          </div>
          <SpeakButtons text={phrase.nl} onSpeak={onSpeak} />
          <label class="checkbox said-it">
            <input type="checkbox" checked={said.has(index)} onChange={() => toggle(index)} />
            {t('together.saidIt')}
          </label>
        </li>
      ))}
    </ul>
  );
}

/** Step 4: the role-play. The buddy reads the other part; after a swap, the learner does. */
export function RolePlayPractice({ challenge }: { challenge: Challenge }) {
  const { language } = useApp();
  const [isSwapped, setSwapped] = useState(false);
  const other = translated(challenge.rolePlay.other, language);
  const reader = (role: 'learner' | 'other') =>
    (role === 'other') !== isSwapped ? t('together.buddyReads') : t('together.learnerSays');
  return (
    <div>
      <p>
        {isSwapped
          ? t('together.swappedExplain', { other })
          : t('together.rolePlayExplain', { other })}
      </p>
      <ol class="plain-list role-script">
        {challenge.rolePlay.lines.map((line, index) => (
          <li key={index} class={`role-line role-${line.role}`}>
            <span class="role-name">
              {line.role === 'other' ? other : t('challenge.you')} · {reader(line.role)}
            </span>
            <Dutch class="together-text">{line.nl}</Dutch>
            {language !== 'nl' && line.translations && (
              <span class="sentence-translation">{translated(line, language)}</span>
            )}
          </li>
        ))}
      </ol>
      <button type="button" class="button button-wide" onClick={() => setSwapped(!isSwapped)}>
        <Icon name="repeat" />
        {t('together.swapRoles')}
      </button>
    </div>
  );
}

/** Step 6: the pack's tips for the buddy (in Dutch), and a link to the general tips. */
export function BuddyTips({ challenge }: { challenge: Challenge }) {
  const { language } = useApp();
  return (
    <div>
      <ul class="tips">
        {challenge.buddyTips.map((tip) => (
          <li key={tip.nl}>
            <Dutch>{tip.nl}</Dutch>
            {language !== 'nl' && tip.translations?.[language] && (
              <span class="sentence-translation">{tip.translations[language]}</span>
            )}
          </li>
        ))}
      </ul>
      <a href="/buddy/tips">{t('together.generalTips')}</a>
    </div>
  );
}
