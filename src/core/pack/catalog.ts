import type { Level, Theme } from './vocabulary';
import type { DutchText, Pack } from './schema';

/** What the pack list needs to know about a pack without loading all of it. */
export interface CatalogEntry {
  id: string;
  version: number;
  title: DutchText;
  description: DutchText;
  level: Level;
  themes: Theme[];
  publisher: string;
  challengeCount: number;
}

export function catalogEntry(pack: Pack): CatalogEntry {
  return {
    id: pack.id,
    version: pack.version,
    title: pack.title,
    description: pack.description,
    level: pack.level,
    themes: pack.themes,
    publisher: pack.publisher.name,
    challengeCount: pack.challenges.length,
  };
}

const LEVEL_ORDER: Record<Level, number> = { A0: 0, A1: 1, A2: 2, B1: 3 };

/** Easiest packs first, then by title. */
export function byLevel(a: CatalogEntry, b: CatalogEntry): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.title.nl.localeCompare(b.title.nl, 'nl');
}
