import type { Challenge } from '../../core/pack/schema';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { SpeakButtons } from '../speech/speak-buttons';
import { Dutch } from '../ui/dutch';
import { translated } from '../ui/translated';

type OnSpeak = (text: string, isSlow: boolean) => void;

export function Steps({ steps }: { steps: Challenge['steps'] }) {
  const { language } = useApp();
  return (
    <section aria-labelledby="steps">
      <h2 id="steps">{t('challenge.steps')}</h2>
      <ol class="steps">
        {steps.map((step, index) => (
          <li key={index}>{translated(step, language)}</li>
        ))}
      </ol>
    </section>
  );
}

/** A Dutch sentence, its translation, and buttons to hear it. */
function SentenceRow({
  nl,
  translation,
  onSpeak,
}: {
  nl: string;
  translation: string | null;
  onSpeak: OnSpeak;
}) {
  return (
    <li class="sentence">
      <div class="sentence-text">
        <Dutch class="sentence-nl">{nl}</Dutch>
        {translation && <span class="sentence-translation">{translation}</span>}
      </div>
      <SpeakButtons text={nl} onSpeak={onSpeak} />
    </li>
  );
}

type SpeakWithRecording = (text: string, isSlow: boolean, audio?: string) => void;

/** A titled list of Dutch sentences or words, each with its translation and listen buttons. */
export function SentenceList({
  id,
  title,
  items,
  onSpeak,
}: {
  id: string;
  title: string;
  items: readonly { nl: string; translations?: Partial<Record<string, string>>; audio?: string }[];
  onSpeak: SpeakWithRecording;
}) {
  const { language } = useApp();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul class="plain-list sentences">
        {items.map((item) => (
          <SentenceRow
            key={item.nl}
            nl={item.nl}
            translation={language === 'nl' ? null : translated(item, language)}
            onSpeak={(text, isSlow) => onSpeak(text, isSlow, item.audio)}
          />
        ))}
      </ul>
    </section>
  );
}

/** The conversation to practise: what the other person says, and what the learner answers. */
export function RolePlay({
  rolePlay,
  onSpeak,
}: {
  rolePlay: Challenge['rolePlay'];
  onSpeak: OnSpeak;
}) {
  const { language } = useApp();
  const other = translated(rolePlay.other, language);
  return (
    <section aria-labelledby="role-play">
      <details class="role-play">
        <summary>
          <h2 id="role-play">{t('challenge.rolePlay')}</h2>
        </summary>
        <ul class="plain-list sentences">
          {rolePlay.lines.map((line, index) => (
            <li key={index} class={`role-line role-${line.role}`}>
              <span class="role-name">{line.role === 'learner' ? t('challenge.you') : other}</span>
              <ul class="plain-list">
                <SentenceRow
                  nl={line.nl}
                  translation={
                    language === 'nl' || !line.translations ? null : translated(line, language)
                  }
                  onSpeak={onSpeak}
                />
              </ul>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
