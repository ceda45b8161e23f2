/** A lease in IndexedDB: the fallback lock for browsers (and Node tests) without Web Locks. */
import { db } from './database';

interface Lease {
  holder: string;
  until: number;
}

/** Takes the lease unless someone else holds an unexpired one. */
export function takeLease(
  name: string,
  holder: string,
  durationMs: number,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.syncState, async () => {
    const current = (await db.syncState.get(`lease:${name}`))?.value as Lease | undefined;
    if (current && current.holder !== holder && current.until > now) return false;
    await db.syncState.put({ key: `lease:${name}`, value: { holder, until: now + durationMs } });
    return true;
  });
}

export function releaseLease(name: string, holder: string): Promise<void> {
  return db.transaction('rw', db.syncState, async () => {
    const current = (await db.syncState.get(`lease:${name}`))?.value as Lease | undefined;
    if (current?.holder === holder) await db.syncState.delete(`lease:${name}`);
  });
}
