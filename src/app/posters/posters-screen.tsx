import { useEffect, useState } from 'preact/hooks';
import type { Pack } from '../../core/pack/schema';
import {
  INVITATION_LANGUAGES,
  POSTER_SIZES,
  posterContent,
  type PosterSize,
} from '../../core/poster';
import { t, textsIn, type FixedT } from '../../i18n';
import { useApp } from '../app-context';
import { Page } from '../layout/page';
import { fetchCatalog, fetchPack } from '../packs/pack-source';
import type { CatalogEntry } from '../../core/pack/catalog';
import { Icon } from '../ui/icon';
import { translated } from '../ui/translated';
import { PosterView } from './poster-view';

interface ServerSettings {
  /** Null when the server has no PUBLIC_BASE_URL: then the address this app was opened at. */
  publicBaseUrl: string | null;
  libraryName: string | null;
}

async function serverSettings(): Promise<ServerSettings> {
  try {
    const response = await fetch('/api/config');
    if (response.ok) return (await response.json()) as ServerSettings;
  } catch {
    // Offline: the address this app was opened at is the best guess.
  }
  return { publicBaseUrl: window.location.origin, libraryName: null };
}

async function posterTexts(): Promise<Record<string, FixedT>> {
  const languages = ['nl', ...INVITATION_LANGUAGES] as const;
  const fixed = await Promise.all(languages.map((language) => textsIn(language)));
  return Object.fromEntries(languages.map((language, index) => [language, fixed[index]!]));
}

/** For library staff: choose a pack and a size, see the poster, print it (nothing of the app on paper). */
export function PostersScreen() {
  const { language } = useApp();
  const [entries, setEntries] = useState<CatalogEntry[]>([]);
  const [packId, setPackId] = useState(
    () => new URLSearchParams(window.location.search).get('pack') ?? '',
  );
  const [size, setSize] = useState<PosterSize>('A4');
  const [pack, setPack] = useState<Pack | null>(null);
  const [settings, setSettings] = useState<ServerSettings | null>(null);
  const [texts, setTexts] = useState<Record<string, FixedT> | null>(null);
  useEffect(() => {
    void fetchCatalog().then((catalog) => {
      if (catalog.kind !== 'ok') return;
      setEntries(catalog.entries);
      setPackId((current) => current || catalog.entries[0]?.id || '');
    });
    void serverSettings().then(setSettings);
    void posterTexts().then(setTexts);
  }, []);
  useEffect(() => {
    if (packId)
      void fetchPack(packId).then((result) => setPack(result.kind === 'ok' ? result.pack : null));
  }, [packId]);
  const content =
    pack && settings
      ? posterContent(
          pack,
          settings.publicBaseUrl ?? window.location.origin,
          settings.libraryName ?? pack.publisher.name,
        )
      : null;
  return (
    <Page title={t('posters.title')} back="/packs">
      <style>{`@page { size: ${size}; margin: 0; }`}</style>
      <div class="poster-controls">
        <p>{t('posters.intro')}</p>
        <div class="field">
          <label for="poster-pack">{t('posters.pack')}</label>
          <select
            id="poster-pack"
            value={packId}
            onChange={(event) => setPackId(event.currentTarget.value)}
          >
            {entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {translated(entry.title, language)}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="choices choices-row">
          <legend>{t('posters.size')}</legend>
          {POSTER_SIZES.map((option) => (
            <label key={option} class="choice">
              <input
                type="radio"
                name="poster-size"
                checked={size === option}
                onChange={() => setSize(option)}
              />
              <span>{option}</span>
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          class="button button-primary button-wide"
          onClick={() => window.print()}
          disabled={!content}
        >
          <Icon name="print" />
          {t('posters.print')}
        </button>
      </div>
      {content && texts && (
        <PosterView
          content={content}
          texts={texts}
          qrLabel={t('posters.qrLabel', { link: content.shortLink })}
        />
      )}
    </Page>
  );
}
