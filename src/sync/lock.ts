/** One tab syncs at a time: the browser's Web Locks where there are any, a lease in IndexedDB otherwise. */
import { releaseLease, takeLease } from '../db/sync-lease';

const LOCK_NAME = 'stapjes-sync';
const LEASE_MS = 60_000;

interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

function webLocks(): LockManagerLike | undefined {
  return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
}

/** Runs `work` holding the sync lock; resolves to `null` at once when another tab holds it. */
export async function withSyncLock<T>(holder: string, work: () => Promise<T>): Promise<T | null> {
  const locks = webLocks();
  if (locks)
    return locks.request(LOCK_NAME, { ifAvailable: true }, (lock) =>
      lock ? work() : Promise.resolve(null),
    );
  if (!(await takeLease(LOCK_NAME, holder, LEASE_MS))) return null;
  try {
    return await work();
  } finally {
    await releaseLease(LOCK_NAME, holder);
  }
}
