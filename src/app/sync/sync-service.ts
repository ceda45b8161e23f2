/** The app's one sync engine, started after the first screen is drawn. */
import { createSyncEngine, type SyncEngine } from '../../sync/engine';
import { startSyncing } from '../../sync/scheduler';
import { fetchPack } from '../packs/pack-source';

let engine: SyncEngine | null = null;

export function syncEngine(): SyncEngine {
  engine ??= createSyncEngine({
    baseUrl: '',
    loadPack: async (packId) => {
      const result = await fetchPack(packId);
      return result.kind === 'ok' ? result.pack : null;
    },
  });
  return engine;
}

/** Starts syncing in the background; safe to call more than once. */
let stop: (() => void) | null = null;
export function startBackgroundSync(): void {
  stop ??= startSyncing(syncEngine());
}

/** Syncs now (after a restore, an erase, or a tap on "sync now"). */
export function syncNow() {
  return syncEngine().sync();
}
