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

export function PhraseList({
  phrases,
  onSpeak,
}: {
  phrases: Challenge['phrases'];
  onSpeak: (text: string, isSlow: boolean, audio?: string) => void;
}) {
  const { language } = useApp();
  return (
    <section aria-labelledby="phrases">
      <h2 id="phrases">{t('challenge.phrases')}</h2>
      <ul class="plain-list sentences">
        {phrases.map((phrase) => (
          <SentenceRow
            key={phrase.nl}
            nl={phrase.nl}
            translation={language === 'nl' ? null : translated(phrase, language)}
            onSpeak={(text, isSlow) => onSpeak(text, isSlow, phrase.audio)}
          />
        ))}
      </ul>
    </section>
  );
}

export function WordList({ words, onSpeak }: { words: Challenge['words']; onSpeak: OnSpeak }) {
  const { language } = useApp();
  if (words.length === 0) return null;
  return (
    <section aria-labelledby="words">
      <h2 id="words">{t('challenge.words')}</h2>
      <ul class="plain-list sentences words">
        {words.map((word) => (
          <SentenceRow
            key={word.nl}
            nl={word.nl}
            translation={language === 'nl' ? null : translated(word, language)}
            onSpeak={onSpeak}
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
