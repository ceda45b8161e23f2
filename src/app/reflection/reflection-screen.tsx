import { useRoute } from '../router/router';
import { useEffect, useState } from 'preact/hooks';
import type { Pack } from '../../core/pack/schema';
import type { Reflection, ReflectionText } from '../../core/records';
import { storedPack } from '../../db/packs';
import {
  reflection as loadReflection,
  updateReflection,
  type ReflectionChange,
} from '../../db/reflections';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { NotFoundScreen } from '../not-found-screen';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';
import { Faces } from './faces';

type Loaded = { reflection: Reflection; pack: Pack | undefined } | null;

const FIELDS: { key: ReflectionText; label: string; rows: number }[] = [
  { key: 'hard', label: 'reflection.hard', rows: 3 },
  { key: 'newWords', label: 'reflection.newWords', rows: 2 },
  { key: 'notes', label: 'reflection.notes', rows: 4 },
];

/** How it went: every answer optional, each saved the moment it is typed. */
export function ReflectionScreen() {
  const { params } = useRoute();
  const id = params.reflectionId ?? '';
  const { language } = useApp();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [draft, setDraft] = useState<Reflection | null>(null);
  const [saveState, setSaveState] = useState<'idle' | 'saved' | 'failed'>('idle');

  useEffect(() => {
    void loadReflection(id).then(async (found) => {
      const pack = found ? (await storedPack(found.packId))?.pack : undefined;
      setLoaded(found ? { reflection: found, pack } : null);
      setDraft(found ?? null);
    });
  }, [id]);

  if (loaded === undefined) return null;
  if (loaded === null || !draft) return <NotFoundScreen />;

  const change = (update: ReflectionChange) => {
    setDraft({ ...draft, ...update });
    updateReflection(id, update).then(
      () => setSaveState('saved'),
      () => setSaveState('failed'),
    );
  };
  const challenge = loaded.pack?.challenges.find((candidate) => candidate.id === draft.challengeId);
  return (
    <Page title={t('reflection.title')} back="/">
      <p class="celebrate">
        <Icon name="star" /> {t('reflection.wellDone')}
      </p>
      {challenge && <p class="muted">{translated(challenge.title, language)}</p>}
      <Faces value={draft.feeling} onChange={(feeling) => change({ feeling })} />
      {challenge && (
        <ul class="prompts">
          {challenge.reflection.map((prompt) => (
            <li key={prompt.nl}>{translated(prompt, language)}</li>
          ))}
        </ul>
      )}
      {FIELDS.map((field) => (
        <div key={field.key} class="field">
          <label for={`reflection-${field.key}`}>{t(field.label)}</label>
          <textarea
            id={`reflection-${field.key}`}
            rows={field.rows}
            dir="auto"
            value={draft[field.key]}
            onInput={(event) => change({ [field.key]: event.currentTarget.value })}
          />
        </div>
      ))}
      <p class="save-state" role="status">
        {saveState === 'saved' && (
          <>
            <Icon name="check" /> {t('reflection.saved')}
          </>
        )}
        {saveState === 'failed' && t('reflection.notSaved')}
      </p>
      <p class="muted">{t('reflection.private')}</p>
      <a class="button button-primary button-wide" href="/">
        <Icon name="check" />
        {t('reflection.done')}
      </a>
    </Page>
  );
}
