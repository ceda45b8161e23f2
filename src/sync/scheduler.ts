/**
 * When to sync in the browser: at start, shortly after a change, when the connection comes
 * back, when the app comes to the front, and every few minutes while it is open. After a
 * failure it waits longer each time (with jitter, so phones do not all retry at once), or
 * as long as the server asked with Retry-After.
 */
import { watchOutbox } from '../db/outbox';
import type { SyncEngine, SyncResult } from './engine';

const AFTER_CHANGE_MS = 2_000;
const EVERY_MS = 5 * 60_000;
const FIRST_RETRY_MS = 5_000;
const LONGEST_RETRY_MS = 10 * 60_000;

/** How long to wait before the next try after `failures` failures in a row. */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export function startSyncing(
  engine: SyncEngine,
  onResult: (result: SyncResult) => void = () => undefined,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let isRunning = false;

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(run, delayMs);
  };

  async function run() {
    if (isRunning) return schedule(AFTER_CHANGE_MS);
    isRunning = true;
    try {
      const result = await engine.sync();
      onResult(result);
      if (result.ok) {
        failures = 0;
        schedule(EVERY_MS);
      } else if (result.problem !== 'unauthorized') {
        failures += 1;
        schedule(result.retryAfterMs ?? backoffMs(failures));
      }
    } finally {
      isRunning = false;
    }
  }

  let previousWaiting = -1;
  const stopWatching = watchOutbox((waiting) => {
    if (waiting > previousWaiting && previousWaiting !== -1 && failures === 0)
      schedule(AFTER_CHANGE_MS);
    previousWaiting = waiting;
  });
  const soon = () => schedule(200);
  const onVisible = () => document.visibilityState === 'visible' && soon();
  window.addEventListener('online', soon);
  document.addEventListener('visibilitychange', onVisible);
  schedule(1_000);

  return () => {
    clearTimeout(timer);
    stopWatching();
    window.removeEventListener('online', soon);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
