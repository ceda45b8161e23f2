import { useEffect, useState } from 'preact/hooks';
import type { CatalogEntry } from '../../core/pack/catalog';
import { isSuggested, suggestedOrder } from '../../core/intake';
import { readIntake } from '../../db/intake';
import { useLive } from '../../db/live';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';
import { FetchProblem } from './fetch-problem';
import { PackFacts } from './pack-facts';
import { fetchCatalog, type CatalogFetch } from './pack-source';
import { useAddPack } from './use-add-pack';

function CatalogItem({
  entry,
  onAdded,
  isSuggested: suits,
}: {
  entry: CatalogEntry;
  onAdded?: () => void;
  isSuggested: boolean;
}) {
  const { language } = useApp();
  const { state, add } = useAddPack();
  const headingId = `catalog-${entry.id}`;
  return (
    <li class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{translated(entry.title, language)}</h3>
      {suits && <p class="tag tag-suggested">{t('packs.suitsYou')}</p>}
      <p>{translated(entry.description, language)}</p>
      <PackFacts level={entry.level} themes={entry.themes} challengeCount={entry.challengeCount} />
      <button
        type="button"
        class="button button-primary"
        disabled={state.kind === 'adding'}
        onClick={async () => {
          if (await add(entry.id)) onAdded?.();
        }}
      >
        <Icon name="plus" />
        {t('packs.add')}
      </button>
      {state.kind !== 'idle' && state.kind !== 'adding' && state.kind !== 'added' && (
        <FetchProblem result={state} />
      )}
    </li>
  );
}

/** The packs the library offers that the learner does not have yet. */
export function CatalogList({
  exclude,
  onAdded,
}: {
  exclude: ReadonlySet<string>;
  onAdded?: () => void;
}) {
  const [catalog, setCatalog] = useState<CatalogFetch | null>(null);
  const intake = useLive(() => readIntake().then((found) => found ?? null), []);
  useEffect(() => {
    void fetchCatalog().then(setCatalog);
  }, []);
  if (!catalog || intake === undefined) return <p class="muted">{t('common.loading')}</p>;
  if (catalog.kind !== 'ok') return <FetchProblem result={catalog} />;
  const offered = suggestedOrder(catalog.entries, intake).filter((entry) => !exclude.has(entry.id));
  if (offered.length === 0) return <p class="muted">{t('packs.allAdded')}</p>;
  return (
    <ul class="plain-list">
      {offered.map((entry) => (
        <CatalogItem
          key={entry.id}
          entry={entry}
          onAdded={onAdded}
          isSuggested={isSuggested(entry, intake)}
        />
      ))}
    </ul>
  );
}
