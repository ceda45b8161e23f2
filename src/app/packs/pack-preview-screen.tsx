import { useLocation, useRoute } from '../router/router';
import { useEffect, useState } from 'preact/hooks';
import { useLive } from '../../db/live';
import { storedPack } from '../../db/packs';
import { saveSetting } from '../../db/settings';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';
import { FetchProblem } from './fetch-problem';
import { PackFacts } from './pack-facts';
import { fetchPack, type PackFetch } from './pack-source';
import { useAddPack } from './use-add-pack';

/** /p/<pack-id>, the address on the library's poster: the pack, and one button to add it. */
export function PackPreviewScreen() {
  const { params } = useRoute();
  const packId = params.packId ?? '';
  const { route } = useLocation();
  const { language } = useApp();
  const stored = useLive(() => storedPack(packId).then((found) => found ?? null), [packId]);
  const [fetched, setFetched] = useState<PackFetch | null>(null);
  const { state, add } = useAddPack();

  useEffect(() => {
    void fetchPack(packId).then(setFetched);
  }, [packId]);

  const pack = stored?.pack ?? (fetched?.kind === 'ok' ? fetched.pack : undefined);
  if (!pack) {
    return (
      <Page title={t('packs.previewTitle')}>
        {fetched && fetched.kind !== 'ok' ? (
          <FetchProblem result={fetched} />
        ) : (
          <p class="muted">{t('common.loading')}</p>
        )}
        <a class="button" href="/">
          {t('packs.toHome')}
        </a>
      </Page>
    );
  }
  const addAndGo = async () => {
    if (await add(pack.id, pack)) {
      await saveSetting('hasSeenIntro', true);
      route('/');
    }
  };
  return (
    <Page title={translated(pack.title, language)}>
      {language !== 'nl' && <p lang="nl">{pack.title.nl}</p>}
      <p>{translated(pack.description, language)}</p>
      <PackFacts level={pack.level} themes={pack.themes} challengeCount={pack.challenges.length} />
      <ul class="plain-list preview-challenges">
        {pack.challenges.slice(0, 3).map((challenge) => (
          <li key={challenge.id}>
            <Icon name={challenge.icon ?? 'chat'} />
            {translated(challenge.title, language)}
          </li>
        ))}
      </ul>
      {stored ? (
        <a class="button button-primary button-huge" href="/">
          <Icon name="check" size={2} />
          {t('packs.alreadyAdded')}
        </a>
      ) : (
        <button
          type="button"
          class="button button-primary button-huge"
          disabled={state.kind === 'adding'}
          onClick={addAndGo}
        >
          <Icon name="plus" size={2} />
          {t('packs.add')}
        </button>
      )}
      {state.kind !== 'idle' && state.kind !== 'adding' && state.kind !== 'added' && (
        <FetchProblem result={state} />
      )}
      <p class="muted">{t('packs.publishedBy', { publisher: pack.publisher.name })}</p>
    </Page>
  );
}
