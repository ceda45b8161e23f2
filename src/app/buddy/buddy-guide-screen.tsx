import { useEffect, useState } from 'preact/hooks';
import type { CatalogEntry } from '../../core/pack/catalog';
import { t } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { fetchCatalog } from '../packs/pack-source';
import { FetchProblem } from '../packs/fetch-problem';
import { PackFacts } from '../packs/pack-facts';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';

/** For buddies: every pack's tips and role-plays, to prepare at home. No learner data here. */
export function BuddyGuideScreen() {
  const { language } = useApp();
  const [catalog, setCatalog] = useState<
    { kind: 'ok'; entries: CatalogEntry[] } | { kind: 'offline' } | { kind: 'failed' } | null
  >(null);
  useEffect(() => {
    void fetchCatalog().then(setCatalog);
  }, []);
  return (
    <Page title={t('buddy.title')}>
      <p class="lead">{t('buddy.intro')}</p>
      <a class="button button-wide" href="/buddy/tips">
        <Icon name="star" />
        {t('buddy.generalTips')}
      </a>
      {catalog && catalog.kind !== 'ok' && <FetchProblem result={catalog} />}
      {catalog?.kind === 'ok' && (
        <ul class="plain-list">
          {catalog.entries.map((entry) => (
            <li key={entry.id} class="card">
              <h2>
                <a href={`/buddy/${encodeURIComponent(entry.id)}`}>
                  {translated(entry.title, language)}
                </a>
              </h2>
              <PackFacts
                level={entry.level}
                themes={entry.themes}
                challengeCount={entry.challengeCount}
              />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
