/** The data behind the poster page: the library's packs, the chosen one, the server's settings and the poster's texts. */
import { useEffect, useState } from 'preact/hooks';
import type { CatalogEntry } from '../../core/pack/catalog';
import type { Pack } from '../../core/pack/schema';
import { INVITATION_LANGUAGES, posterContent, type PosterContent } from '../../core/poster';
import { textsIn, type FixedT } from '../../i18n';
import { fetchCatalog, fetchPack, type CatalogFetch, type PackFetch } from '../packs/pack-source';

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

type Problem = Exclude<CatalogFetch | PackFetch, { kind: 'ok' }>;

export interface PosterData {
  entries: CatalogEntry[];
  packId: string;
  choosePack: (packId: string) => void;
  /** What went wrong getting the packs or the chosen pack, if anything. */
  problem: Problem | null;
  content: PosterContent | null;
  texts: Record<string, FixedT> | null;
}

function contentOf(pack: Pack, settings: ServerSettings): PosterContent {
  const baseUrl = settings.publicBaseUrl ?? window.location.origin;
  return posterContent(pack, baseUrl, settings.libraryName ?? pack.publisher.name);
}

/** Loads what the poster page shows; `initialPackId` comes from `?pack=` in the address. */
export function usePoster(initialPackId: string): PosterData {
  const [entries, setEntries] = useState<CatalogEntry[]>([]);
  const [packId, choosePack] = useState(initialPackId);
  const [catalogProblem, setCatalogProblem] = useState<Problem | null>(null);
  const [fetched, setFetched] = useState<PackFetch | null>(null);
  const [settings, setSettings] = useState<ServerSettings | null>(null);
  const [texts, setTexts] = useState<Record<string, FixedT> | null>(null);
  useEffect(() => {
    void fetchCatalog().then((catalog) => {
      if (catalog.kind !== 'ok') return setCatalogProblem(catalog);
      setEntries(catalog.entries);
      choosePack((current) => current || catalog.entries[0]?.id || '');
    });
    void serverSettings().then(setSettings);
    void posterTexts().then(setTexts);
  }, []);
  useEffect(() => {
    setFetched(null);
    if (packId) void fetchPack(packId).then(setFetched);
  }, [packId]);
  const pack = fetched?.kind === 'ok' ? fetched.pack : null;
  const packProblem = fetched && fetched.kind !== 'ok' ? fetched : null;
  return {
    entries,
    packId,
    choosePack,
    problem: packProblem ?? catalogProblem,
    content: pack && settings ? contentOf(pack, settings) : null,
    texts,
  };
}
