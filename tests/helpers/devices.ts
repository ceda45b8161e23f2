import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPack } from '../../src/core/pack/check';
import { StapjesDatabase, useDeviceDatabase } from '../../src/db/database';
import { createSyncEngine, type SyncEngineOptions } from '../../src/sync/engine';
import { ROOT } from './run-command';

let counter = 0;

/** Reads a shipped pack, as the app would fetch it from the server. */
export async function loadShippedPack(packId: string) {
  const reading = readPack(
    JSON.parse(readFileSync(resolve(ROOT, 'challenges', `${packId}.json`), 'utf8')),
  );
  return reading.ok ? reading.pack : null;
}

/**
 * A simulated phone: its own IndexedDB database (fake-indexeddb) and its own sync engine
 * against the real server. `act` switches the app's database to this phone for one step.
 */
export function phone(baseUrl: string, options: Partial<SyncEngineOptions> = {}) {
  const name = `phone-${++counter}-${Math.random().toString(36).slice(2)}`;
  const engine = createSyncEngine({ baseUrl, loadPack: loadShippedPack, holder: name, ...options });
  const act = async <T>(step: () => Promise<T>): Promise<T> => {
    useDeviceDatabase(name);
    return step();
  };
  return {
    name,
    engine,
    act,
    sync: () => act(() => engine.sync()),
    wipe: () => new StapjesDatabase(name).delete(),
  };
}
