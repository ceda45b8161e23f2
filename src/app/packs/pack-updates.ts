import { addPack, storedPacks } from '../../db/packs';
import { fetchCatalog, fetchPack } from './pack-source';

/**
 * Brings the packs on this phone up to the library's latest version. The catalog says
 * which versions exist; only a newer one is fetched, checked and stored. Progress is kept
 * by challenge id, so nothing done on a challenge that is still in the pack is lost.
 */
export async function refreshStoredPacks(week: number): Promise<string[]> {
  const stored = await storedPacks();
  if (stored.length === 0) return [];
  const catalog = await fetchCatalog();
  if (catalog.kind !== 'ok') return [];
  const versions = new Map(catalog.entries.map((entry) => [entry.id, entry.version]));
  const outdated = stored.filter((item) => (versions.get(item.id) ?? 0) > item.version);
  const updated: string[] = [];
  for (const item of outdated) {
    const result = await fetchPack(item.id);
    if (result.kind === 'ok' && result.pack.version > item.version) {
      await addPack(result.pack, week);
      updated.push(item.id);
    }
  }
  return updated;
}
